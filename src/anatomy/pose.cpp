#include "anatomy/pose.h"

#include <algorithm>

#include <glm/gtc/matrix_transform.hpp>

namespace soleus::anatomy {
namespace {

// Vertices per run: consecutive vertices of a lofted mesh lie on one ring, so a run's box is
// small, and few runs reach the edge of a structure's box in any pose.
constexpr std::uint32_t kRunLength = 32;

float angle_for(JointKind kind, const JointAngles& a) {
  switch (kind) {
    case JointKind::Knee: return a.knee_flexion;
    case JointKind::Ankle: return a.ankle_dorsiflexion;
    case JointKind::Subtalar: return a.subtalar_inversion;
    case JointKind::Mtp: return a.mtp_dorsiflexion;
    case JointKind::Thigh:
    case JointKind::Other: return 0.0f;
  }
  return 0.0f;
}

// The weighted sum of a vertex's joint matrices (linear blend skinning).
Mat4 blended_matrix(const VertexWeights& w, const std::vector<Mat4>& skin_matrices) {
  Mat4 blended = skin_matrices[w.joints[0]] * w.weights[0];
  for (int k = 1; k < 4; ++k)
    if (w.weights[k] > 0.0f) blended += skin_matrices[w.joints[k]] * w.weights[k];
  return blended;
}

std::vector<VertexRun> vertex_runs(const Structure& structure) {
  std::vector<VertexRun> runs;
  const auto count = static_cast<std::uint32_t>(structure.mesh.positions.size());
  for (std::uint32_t first = 0; first < count; first += kRunLength) {
    VertexRun run;
    run.first = first;
    run.count = std::min(kRunLength, count - first);
    for (std::uint32_t v = first; v < first + run.count; ++v) {
      run.rest.expand(structure.mesh.positions[v]);
      if (structure.skin.empty()) continue;
      const VertexWeights& w = structure.skin[v];
      for (int k = 0; k < 4; ++k)
        if (w.weights[k] > 0.0f && std::find(run.joints.begin(), run.joints.end(), w.joints[k]) == run.joints.end())
          run.joints.push_back(w.joints[k]);
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

// A box holding `box` moved by `m` (its eight corners moved).
void expand_by_moved_box(core::Aabb& out, const core::Aabb& box, const Mat4& m) {
  for (int corner = 0; corner < 8; ++corner)
    out.expand(Vec3(m * Vec4((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                             (corner & 4) ? box.max.z : box.min.z, 1.0f)));
}

bool inside(const core::Aabb& inner, const core::Aabb& outer) {
  return !outer.empty() && glm::all(glm::greaterThanEqual(inner.min, outer.min)) &&
         glm::all(glm::lessThanEqual(inner.max, outer.max));
}

// The exact box of a structure's posed vertices, skinning only the runs that can reach its
// edge. A skinned vertex is a weighted mean of its joints' moves, so it lies in the box of its
// run's rest box moved by each of the run's joints: a run whose such box lies inside the exact
// box found so far cannot extend it. The runs at the six extremes go first.
core::Aabb posed_bounds(const Structure& structure, const std::vector<VertexRun>& runs, const PoseBuffers& pose,
                        std::vector<core::Aabb>& reach) {
  reach.assign(runs.size(), core::Aabb{});
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (structure.skin.empty()) {
      expand_by_moved_box(reach[r], runs[r].rest, pose.root);
    } else {
      for (const std::uint16_t j : runs[r].joints) expand_by_moved_box(reach[r], runs[r].rest, pose.skin_matrices[j]);
    }
  }
  core::Aabb exact;
  std::vector<bool> done(runs.size(), false);
  auto add_run = [&](std::size_t r) {
    for (std::uint32_t v = runs[r].first; v < runs[r].first + runs[r].count; ++v)
      exact.expand(posed_position(structure, v, pose));
    done[r] = true;
  };
  for (int axis = 0; axis < 3; ++axis) {
    std::size_t lowest = 0;
    std::size_t highest = 0;
    for (std::size_t r = 1; r < runs.size(); ++r) {
      if (reach[r].min[axis] < reach[lowest].min[axis]) lowest = r;
      if (reach[r].max[axis] > reach[highest].max[axis]) highest = r;
    }
    if (!runs.empty() && !done[lowest]) add_run(lowest);
    if (!runs.empty() && !done[highest]) add_run(highest);
  }
  for (std::size_t r = 0; r < runs.size(); ++r)
    if (!done[r] && !inside(reach[r], exact)) add_run(r);
  return exact;
}

}  // namespace

void compute_joint_matrices(const Rig& rig, const JointAngles& angles, const Mat4& root,
                            PoseBuffers& out) {
  out.root = root;
  out.joint_globals.resize(rig.joints.size());
  out.skin_matrices.resize(rig.joints.size());
  for (std::size_t j = 0; j < rig.joints.size(); ++j) {
    const Joint& joint = rig.joints[j];
    const Mat4 parent = joint.parent >= 0 ? out.joint_globals[static_cast<std::size_t>(joint.parent)] : root;
    const float angle = angle_for(joint.kind, angles);
    Mat4 local = joint.rest_local;
    if (angle != 0.0f) local = glm::rotate(local, angle, Vec3(1.0f, 0.0f, 0.0f));
    out.joint_globals[j] = parent * local;
    out.skin_matrices[j] = out.joint_globals[j] * joint.inverse_bind;
  }
}

void pose_model(const AnatomyModel& model, const JointAngles& angles, const Mat4& root,
                PoseBuffers& out) {
  compute_joint_matrices(model.rig, angles, root, out);
  if (out.runs_for != &model || out.runs.size() != model.structures.size()) {
    out.runs.clear();
    for (const Structure& structure : model.structures) out.runs.push_back(vertex_runs(structure));
    out.runs_for = &model;
  }
  out.bounds.resize(model.structures.size());
  std::vector<core::Aabb> reach;
  for (std::size_t s = 0; s < model.structures.size(); ++s)
    out.bounds[s] = posed_bounds(model.structures[s], out.runs[s], out, reach);
}

Vec3 skin_position(const Vec3& rest, const VertexWeights& w, const std::vector<Mat4>& skin_matrices) {
  return Vec3(blended_matrix(w, skin_matrices) * Vec4(rest, 1.0f));
}

Vec3 posed_position(const Structure& structure, std::size_t v, const PoseBuffers& pose) {
  const Vec3& rest = structure.mesh.positions[v];
  return structure.skin.empty() ? Vec3(pose.root * Vec4(rest, 1.0f))
                                : skin_position(rest, structure.skin[v], pose.skin_matrices);
}

void skin_mesh(const core::TriangleMesh& rest, const std::vector<VertexWeights>& weights,
               const std::vector<Mat4>& skin_matrices, core::TriangleMesh& out) {
  if (out.indices != rest.indices) out.indices = rest.indices;  // topology and texcoords: once
  if (out.uvs != rest.uvs) out.uvs = rest.uvs;
  out.positions.resize(rest.positions.size());
  const bool has_normals = rest.normals.size() == rest.positions.size();
  out.normals.resize(rest.normals.size());
  for (std::size_t v = 0; v < rest.positions.size(); ++v) {
    const Mat4 blended = blended_matrix(weights[v], skin_matrices);
    out.positions[v] = Vec3(blended * Vec4(rest.positions[v], 1.0f));
    // Rigid joint matrices: the blended upper 3x3 is close enough to a rotation for normals.
    if (has_normals) out.normals[v] = glm::normalize(Mat3(blended) * rest.normals[v]);
  }
  ++out.revision;
}

core::TriangleMesh posed_mesh(const Structure& structure, const PoseBuffers& pose) {
  core::TriangleMesh posed;
  if (!structure.skin.empty()) {
    skin_mesh(structure.mesh, structure.skin, pose.skin_matrices, posed);
    return posed;
  }
  posed = structure.mesh;
  const Mat3 normal_matrix(pose.root);  // root is a rigid motion: no inverse-transpose needed
  for (Vec3& p : posed.positions) p = Vec3(pose.root * Vec4(p, 1.0f));
  for (Vec3& n : posed.normals) n = normal_matrix * n;
  return posed;
}

}  // namespace soleus::anatomy
