#pragma once
/// The triceps surae: soleus and the two gastrocnemius heads sharing the Achilles tendon.
/// Geometry (moment arms, muscle-tendon lengths), strength scaled to the runner, and the
/// static stretch model. Angles in rad: ankle +dorsiflexion, knee +flexion.
#include <array>

#include "biomech/conditions.h"

namespace soleus::biomech {

enum class Muscle { kSoleus = 0, kGastrocnemiusMedial = 1, kGastrocnemiusLateral = 2 };
inline constexpr int kMuscleCount = 3;

/// Published architecture of one muscle (values for an adult; scaled per runner by the functions below).
struct MuscleParameters {
  double volume_slope_cm3_per_m_kg;  // muscle volume per (height x mass) (cm^3 / (m kg)); Handsfield 2014 J Biomech, Supp. Table 3
  double volume_intercept_cm3;       // muscle volume at zero height x mass (cm^3); same
  double optimal_fibre_length_m;     // optimal fibre length (m); Ward 2009 Clin Orthop Relat Res, cadaver fibre length
  double standing_length_m;          // muscle-tendon length in quiet standing for a 1.70 m adult (m); Rajagopal 2016 tendon slack + Lopt cos(pennation)
  bool crosses_knee;                 // two-joint muscle (gastrocnemius) (flag)
};

/// Parameters of one muscle.
const MuscleParameters& muscle_parameters(Muscle muscle);

/// Lower-case identifier, equal to the anatomy role id ("soleus", "gastrocnemius_medial", ...).
const char* muscle_name(Muscle muscle);

/// Maximum isometric force (N) at optimal length, fresh: volume / optimal fibre length x 61 N/cm^2
/// (Handsfield 2014 volumes; the specific tension used by Arnold's model, biomech.md §5).
/// For 1.70 m / 75 kg this gives soleus 6.2 kN, as Rajagopal 2016 (6195 N).
double max_isometric_force_n(Muscle muscle, double height_m, double body_mass_kg);

/// Optimal fibre length (m) scaled to the runner's height.
double optimal_fibre_length_m(Muscle muscle, double height_m);

/// Achilles tendon moment arm (m) about the ankle: linear in ankle angle from 35.7 mm at 20 deg
/// dorsiflexion to 38.1 mm at 10 deg plantarflexion (Manal, Cowder & Buchanan 2013 Physiol Rep,
/// values during MVC), held constant outside +-20 deg, scaled by height / 1.75 m.
double achilles_moment_arm_m(double ankle_dorsiflexion_rad, double height_m);

/// Knee flexion moment arm of the gastrocnemius (m): 14/20 of the Achilles arm at neutral, so
/// that 20 deg of knee flexion slackens it as much as 13-15 deg of dorsiflexion stretches it
/// (Baumbach 2014 BMC Musculoskelet Disord, derived).
double gastrocnemius_knee_moment_arm_m(double height_m);

/// Muscle-tendon lengths (m) of the three muscles, indexed by Muscle.
using MuscleLengths = std::array<double, kMuscleCount>;

/// Muscle-tendon lengths in a pose: standing length + integral of the Achilles moment arm over
/// dorsiflexion, minus the knee moment arm x knee flexion for the gastrocnemius heads.
MuscleLengths muscle_tendon_lengths(double ankle_dorsiflexion_rad, double knee_flexion_rad,
                                    double height_m);

/// Muscle-tendon lengths (m) in quiet standing (ankle and knee at zero).
MuscleLengths standing_lengths(double height_m);

/// Force-length factor of the fibres (0..1) at normalised fibre length (fibre / optimal):
/// Gaussian of Thelen 2003 J Biomech Eng (gait2392 model), width parameter 0.45.
double force_length_factor(double normalised_fibre_length);

/// Achilles tendon stiffness (N/m): 430 N/mm (Peltonen et al. 2010 J Exp Biol).
inline constexpr double kAchillesStiffnessNPerM = 430.0e3;

/// Fraction of plantarflexor strength lost at fatigue 1: 20 %, MVC Achilles force 3.5 -> 2.8 kN
/// after hopping to exhaustion (Peltonen 2010); -17 % MVC after 2 h running (PMID 18028283).
inline constexpr double kStrengthLossAtFullFatigue = 0.20;

/// A static pose for the stretch model.
struct StretchPose {
  double knee_flexion_rad = 0.0;          // knee angle (rad, +flexion)
  double ankle_dorsiflexion_rad = 0.0;    // ankle angle (rad, +dorsiflexion)
};

/// Static stretch of the triceps surae. Strain = muscle-tendon elongation over its standing
/// length. A muscle restrains dorsiflexion once it reaches the strain it has at the end of the
/// runner's range: soleus at the knee-bent range, gastrocnemius at the knee-straight range.
struct StretchState {
  std::array<double, kMuscleCount> strain;  // muscle-tendon strain vs quiet standing, by Muscle (dimensionless, +lengthened)
  std::array<double, kMuscleCount> tension_fraction;  // strain / end-of-range strain, by Muscle (dimensionless, >= 1 at the limit)
  double dorsiflexion_limit_rad;          // largest dorsiflexion at this knee angle (rad, +dorsiflexion)
  Muscle limiting_muscle;                 // the muscle that sets that limit (soleus or gastrocnemius medial)
};

/// Stretch of the calf in a pose for a runner (uses height and both dorsiflexion ranges).
StretchState solve_stretch(const StretchPose& pose, const Runner& runner);

/// Largest ankle dorsiflexion (rad) the runner's calf allows at a knee flexion (rad): the
/// knee-bent range, or less while the gastrocnemius is still taut (knee flexion below ~20 deg).
double dorsiflexion_limit_rad(double knee_flexion_rad, const Runner& runner);

}  // namespace soleus::biomech
