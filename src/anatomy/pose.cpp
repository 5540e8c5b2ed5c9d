#include "anatomy/pose.h"

#include <glm/gtc/matrix_transform.hpp>

namespace soleus::anatomy {
namespace {

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

}  // namespace

void compute_joint_matrices(const Rig& rig, const JointAngles& angles, const Mat4& root,
                            PoseBuffers& out) {
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
  out.meshes.resize(model.structures.size());
  for (std::size_t s = 0; s < model.structures.size(); ++s) {
    const Structure& structure = model.structures[s];
    core::TriangleMesh& posed = out.meshes[s];
    if (posed.indices.empty()) {  // first use: topology and texcoords never change
      posed.indices = structure.mesh.indices;
      posed.uvs = structure.mesh.uvs;
      posed.positions.resize(structure.mesh.positions.size());
      posed.normals.resize(structure.mesh.normals.size());
    }
    const std::size_t count = structure.mesh.positions.size();
    if (structure.skin.empty()) {
      const Mat3 normal_matrix(root);  // root is a rigid motion: no inverse-transpose needed
      for (std::size_t v = 0; v < count; ++v) {
        posed.positions[v] = Vec3(root * Vec4(structure.mesh.positions[v], 1.0f));
        posed.normals[v] = normal_matrix * structure.mesh.normals[v];
      }
    } else {
      for (std::size_t v = 0; v < count; ++v) {
        const VertexWeights& w = structure.skin[v];
        Mat4 blended = out.skin_matrices[w.joints[0]] * w.weights[0];
        for (int k = 1; k < 4; ++k)
          if (w.weights[k] > 0.0f) blended += out.skin_matrices[w.joints[k]] * w.weights[k];
        posed.positions[v] = Vec3(blended * Vec4(structure.mesh.positions[v], 1.0f));
        // Rigid joint matrices: the blended upper 3x3 is close enough to a rotation for normals.
        posed.normals[v] = glm::normalize(Mat3(blended) * structure.mesh.normals[v]);
      }
    }
    ++posed.revision;
  }
}

}  // namespace soleus::anatomy
