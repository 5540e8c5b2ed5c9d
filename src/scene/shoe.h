#pragma once
/// The running shoe under the posed foot, built from the shoe's parameters: a foam midsole in the
/// shape of a foot (rounded heel, wider forefoot, tapered toe springing up), as thick as the stack
/// under the heel and the stack less the drop under the ball, its foam giving under load in
/// proportion to its cushioning; a rubber outsole under it; a carbon plate through it when the
/// shoe has one; and a low translucent upper (heel counter and collar, toe cap) that leaves the
/// foot's bones and the Achilles tendon in view. Nothing when barefoot.
#include "biomech/conditions.h"
#include "core/mesh.h"
#include "scene/run_pose.h"

namespace soleus::scene {

struct ShoeMeshes {
  core::TriangleMesh midsole;  // foam
  core::TriangleMesh outsole;  // rubber, under the foam
  core::TriangleMesh plate;    // carbon plate through the foam, its edge showing; empty without one
  core::TriangleMesh upper;    // heel counter and toe cap, drawn translucent
  core::TriangleMesh trim;     // the padded collar round the heel and the toe cap's edge
};

/// Share of the sole's thickness its foam gives under a vertical ground force of `vertical_grf_bw`
/// body weights: in proportion to the force and to the cushioning (0 in the air or barefoot).
float sole_squash(const biomech::Shoe& shoe, double vertical_grf_bw);

/// The shoe around the foot of `pose` (its heel, ball, outline, stack under heel and ball and the
/// foam's squash now), with a plate when `plated`. All meshes empty when the pose has no shoe.
ShoeMeshes make_shoe_meshes(const RunPose& pose, bool plated);

}  // namespace soleus::scene
