#pragma once
/// What the load model says about a picked structure now, for the Structure tab: the force and
/// strain of a structure the model carries (soleus, both gastrocnemius heads, Achilles tendon;
/// the deep plantarflexors' force only: their lengths are not modelled),
/// quoted from the frame's stride sample while running, or the muscles' stretch in the stretch
/// mode. Nothing is computed here that the frame does not already hold.
#include "anatomy/structure_role.h"
#include "scene/frame.h"

namespace soleus::document {

enum class LoadQuote {
  NotModelled,  ///< the model does not compute this structure's load
  NotNow,       ///< carried by the model, but this subject computes nothing for it (standing, rolling; the tendon in a stretch)
  Running,      ///< force and strain at the playhead
  Exercise,     ///< force (the body's weight held on the ball of the foot) and strain in a strength exercise's instant
  Stretch,      ///< a muscle's stretch in the exercise's instant
};

struct StructureLoad {
  LoadQuote quote = LoadQuote::NotModelled;
  bool tendon = false;            ///< the Achilles tendon: `strain` is the tendon's own, not the muscle-tendon unit's
  bool has_strain = true;         ///< false for a deep plantarflexor: the model holds its force, not its length
  double force_n = 0.0;           ///< Running and Exercise: tension (N, +pulling)
  double force_bw = 0.0;          ///< Running: the same in body weights (force / the runner's weight)
  double strain = 0.0;            ///< Running and Stretch: lengthening vs quiet standing (dimensionless, +longer);
                                  ///< the tendon: force / stiffness / slack length
  double range_fraction = 0.0;    ///< Stretch: strain / the strain at the end of the runner's range (>= 1 at the limit)
};

/// Whether the load model carries a structure of this role.
bool load_modelled(anatomy::StructureRole role);

/// The structure's load in this frame (A's leg of a pair).
StructureLoad structure_load(const scene::FrameSpec& frame, anatomy::StructureRole role);

}  // namespace soleus::document
