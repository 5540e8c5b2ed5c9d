#pragma once
/// Meshes for what is drawn besides anatomy: the shoe on the foot (scene/shoe.h), the ground reaction
/// force arrow at the centre of pressure with its trace, the Achilles pull at the heel.
#include <vector>

#include "biomech/stride.h"
#include "core/mesh.h"
#include "scene/draw_list.h"
#include "scene/run_pose.h"
#include "scene/shoe.h"

namespace soleus::scene {

/// An arrow from `from` to `to` (m): a shaft and a cone head, smooth-shaded.
core::TriangleMesh make_arrow(const Vec3& from, const Vec3& to, float shaft_radius);

/// What to draw and the meshes that the draw items point at (keep this alive while drawing).
struct CueMeshes {
  ShoeMeshes shoe;
  core::TriangleMesh grf_arrow;
  core::TriangleMesh achilles_arrow;
  core::TriangleMesh cop_trace;
};

struct CueOptions {
  bool shoe = true;            // draw the shoe (ignored when barefoot)
  bool grf_arrow = true;
  bool cop_trace = true;
  bool achilles_arrow = true;
  float metres_per_bw = 0.12f;          // GRF arrow length per body weight
  float metres_per_bw_achilles = 0.03f; // Achilles arrow length per body weight
};

/// Rebuilds the cue meshes for this instant and appends their draw items to `out`.
void build_cues(const RunPose& pose, const biomech::SolvedStride& stride, const biomech::StrideSample& sample,
                const CueOptions& options, CueMeshes& meshes, std::vector<DrawItem>& out);

}  // namespace soleus::scene
