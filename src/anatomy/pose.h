#pragma once
/// Posing: joint angles -> joint matrices (and each structure's posed box). The vertices are
/// deformed where they are drawn (linear blend skinning in the renderer's vertex stage); the
/// CPU skins them only on demand, for picking and exports, with the same formula.
#include <cstdint>
#include <vector>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// Rotation of each driven joint about its local +X axis (docs/architecture.md). All rad.
struct JointAngles {
  float knee_flexion = 0.0f;        // rad, + flexion
  float ankle_dorsiflexion = 0.0f;  // rad, + dorsiflexion, - plantarflexion
  float subtalar_inversion = 0.0f;  // rad, + inversion, - eversion
  float mtp_dorsiflexion = 0.0f;    // rad, + toe extension
};

/// A run of consecutive vertices of one structure and the joints that move them: a box around
/// it, moved by each of those joints, bounds where the run can be in any pose.
struct VertexRun {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  core::Aabb rest;                         // rest-pose box of the run (m)
  std::vector<std::uint16_t> joints;       // joints with weight on any of its vertices
};

/// Output of pose_model, reused frame to frame to avoid allocations.
struct PoseBuffers {
  std::vector<Mat4> joint_globals;  // posed joint frames in the model frame
  std::vector<Mat4> skin_matrices;  // joint_globals[j] * inverse_bind[j] (the root included)
  Mat4 root{1.0f};                  // the rig's root motion; it alone moves structures without skin
  std::vector<core::Aabb> bounds;   // per structure: the exact box of its posed vertices (m)
  // Per model, found once: each structure's vertex runs (bounds without skinning every vertex).
  const AnatomyModel* runs_for = nullptr;
  std::vector<std::vector<VertexRun>> runs;
};

/// Joint frames for the given angles; `root` moves the whole rig (e.g. the running thigh).
void compute_joint_matrices(const Rig& rig, const JointAngles& angles, const Mat4& root,
                            PoseBuffers& out);

/// Poses the model: joint matrices and every structure's posed box. Skinned structures deform
/// with their joints; rigid ones move with root. No vertex is written.
void pose_model(const AnatomyModel& model, const JointAngles& angles, const Mat4& root,
                PoseBuffers& out);

/// Linear blend skinning of one rest position (what the vertex shader computes).
Vec3 skin_position(const Vec3& rest, const VertexWeights& weights, const std::vector<Mat4>& skin_matrices);

/// Vertex `v` of a structure in the pose of `pose` (its joint matrices and root).
Vec3 posed_position(const Structure& structure, std::size_t v, const PoseBuffers& pose);

/// A rest mesh skinned on the CPU into `out` (positions, normals, texcoords and triangles; the
/// last two copied only when they differ; revision bumped), for what the GPU does not skin.
void skin_mesh(const core::TriangleMesh& rest, const std::vector<VertexWeights>& weights,
               const std::vector<Mat4>& skin_matrices, core::TriangleMesh& out);

/// A structure's mesh in the pose of `pose`, computed on the CPU on demand (skin_mesh, or
/// moved by the root when it has no skin): exports, tests.
core::TriangleMesh posed_mesh(const Structure& structure, const PoseBuffers& pose);

}  // namespace soleus::anatomy
