#include "generator/rig.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "core/assert.h"

namespace soleus::generator {
namespace {

float round_to(float value, float step) { return std::round(value / step) * step; }

// Joint orientation: +X along the axis, +Z as close to anterior as the axis allows.
Quat joint_orientation(const Vec3& axis) {
  const Vec3 x = glm::normalize(axis);
  const Vec3 anterior(0.0f, 0.0f, 1.0f);
  const Vec3 z = glm::normalize(anterior - glm::dot(anterior, x) * x);
  const Vec3 y = glm::cross(z, x);
  return glm::normalize(glm::quat_cast(Mat3(x, y, z)));
}

const JointSpec& joint_spec(const LegSpec& spec, const std::string& name) {
  for (const JointSpec& j : spec.joints)
    if (j.name == name) return j;
  SOLEUS_ASSERT(false && "joint validated by load_leg_spec");
  return spec.joints.front();
}

}  // namespace

int Rig::index_of(const std::string& name) const {
  for (std::size_t i = 0; i < joints.size(); ++i)
    if (joints[i].name == name) return static_cast<int>(i);
  SOLEUS_ASSERT(false && "unknown joint");
  return -1;
}

Rig build_rig(const LegSpec& spec) {
  constexpr float kStep = 1e-7f;
  Rig rig;
  std::vector<Quat> global_rotation;
  for (const JointSpec& js : spec.joints) {
    RigJoint joint;
    joint.name = js.name;
    const Quat orientation = joint_orientation(js.axis);
    Vec3 translation = js.centre;
    Quat rotation = orientation;
    if (!js.parent.empty()) {
      joint.parent = rig.index_of(js.parent);
      const Mat4 parent_inverse = glm::inverse(rig.joints[static_cast<std::size_t>(joint.parent)].global);
      translation = Vec3(parent_inverse * Vec4(js.centre, 1.0f));
      rotation = glm::inverse(global_rotation[static_cast<std::size_t>(joint.parent)]) * orientation;
    }
    for (int i = 0; i < 3; ++i) translation[i] = round_to(translation[i], kStep);
    for (int i = 0; i < 4; ++i) rotation[i] = round_to(rotation[i], kStep);
    rotation = glm::normalize(rotation);
    joint.local_translation = translation;
    joint.local_rotation = rotation;
    const Mat4 local = glm::translate(Mat4(1.0f), translation) * glm::mat4_cast(rotation);
    Quat global_rot = rotation;
    if (joint.parent >= 0) {
      joint.global = rig.joints[static_cast<std::size_t>(joint.parent)].global * local;
      global_rot = global_rotation[static_cast<std::size_t>(joint.parent)] * rotation;
    } else {
      joint.global = local;
    }
    joint.inverse_bind = glm::inverse(joint.global);
    global_rotation.push_back(global_rot);
    rig.joints.push_back(joint);
  }
  return rig;
}

std::vector<VertexWeights> skin_weights(const LegSpec& spec, const Rig& rig, const StructureSpec& structure,
                                        const std::vector<Vec3>& positions) {
  std::vector<int> joint_index;
  for (const std::string& name : structure.joints) joint_index.push_back(rig.index_of(name));

  std::vector<VertexWeights> result;
  result.reserve(positions.size());
  std::vector<std::pair<float, int>> influences;
  for (const Vec3& p : positions) {
    influences.clear();
    // carried = share of the vertex that lies beyond every joint so far (distal side).
    float carried = 1.0f;
    for (std::size_t k = 1; k < structure.joints.size(); ++k) {
      const JointSpec& js = joint_spec(spec, structure.joints[k]);
      const float h = js.blend_half_width;
      const float t = std::clamp((glm::dot(p - js.blend_centre, js.blend_normal) + h) / (2.0f * h), 0.0f, 1.0f);
      const float distal = t * t * (3.0f - 2.0f * t);
      influences.emplace_back(carried * (1.0f - distal), joint_index[k - 1]);
      carried *= distal;
    }
    influences.emplace_back(carried, joint_index.back());
    // Strongest four, ties broken by joint order so the output is deterministic.
    std::stable_sort(influences.begin(), influences.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    VertexWeights vw;
    float total = 0.0f;
    for (std::size_t k = 0; k < std::min<std::size_t>(4, influences.size()); ++k) {
      if (influences[k].first <= 0.0f) break;
      vw.joints[k] = static_cast<std::uint8_t>(influences[k].second);
      vw.weights[static_cast<int>(k)] = influences[k].first;
      total += influences[k].first;
    }
    vw.weights /= total;
    result.push_back(vw);
  }
  return result;
}

}  // namespace soleus::generator
