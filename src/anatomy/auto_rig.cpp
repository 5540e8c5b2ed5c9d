#include "anatomy/auto_rig.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include <glm/gtc/matrix_transform.hpp>

namespace soleus::anatomy {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kPlateauBand_m = 0.015f;       // tibial vertices this close to its top make the plateau
constexpr float kToeHeelBand_m = 0.01f;        // toe vertices this close to their back make the joint
constexpr float kFemurOverTibia = 1.2f;        // assumption: thigh length without a femur (crural index ~0.83)
constexpr float kSubtalarRise_rad = 42.0f * kPi / 180.0f;    // Inman 1976, mean of 46 feet
constexpr float kSubtalarMedial_rad = 23.0f * kPi / 180.0f;  // Inman 1976, mean of 46 feet
// Delp et al. 1990 (OpenSim Gait2392 mtp_r axis -0.5809544 0 0.81393611 in x-anterior, z-right
// axes), in ours (x is the subject's left): first to fifth metatarsal head, so that a positive
// turn extends the toes (docs/architecture.md's rig contract).
const Vec3 kMtpAxis(-0.81393611f, 0.0f, -0.5809544f);

const std::vector<Vec3>* positions_of(const AnatomyModel& model, StructureRole role) {
  const int index = model.find(role);
  return index < 0 ? nullptr : &model.structures[static_cast<std::size_t>(index)].mesh.positions;
}

Vec3 centroid(const std::vector<Vec3>& points) {
  Vec3 sum(0.0f);
  for (const Vec3& p : points) sum += p;
  return points.empty() ? sum : sum / static_cast<float>(points.size());
}

Vec3 lowest(const std::vector<Vec3>& points) {
  return *std::min_element(points.begin(), points.end(), [](const Vec3& a, const Vec3& b) { return a.y < b.y; });
}

// Centroid of the points within `band` of the extreme along `direction`.
Vec3 end_centre(const std::vector<Vec3>& points, const Vec3& direction, float band) {
  float most = -std::numeric_limits<float>::max();
  for (const Vec3& p : points) most = std::max(most, glm::dot(p, direction));
  std::vector<Vec3> end;
  for (const Vec3& p : points)
    if (glm::dot(p, direction) >= most - band) end.push_back(p);
  return centroid(end);
}

// A joint frame at `centre` whose +X (the axis it turns about) is `axis` and whose +Y is as near
// up as the axis allows.
Mat4 joint_frame(const Vec3& centre, const Vec3& axis) {
  const Vec3 x = glm::normalize(axis);
  Vec3 y = Vec3(0.0f, 1.0f, 0.0f) - x * x.y;
  y = glm::length(y) > 1e-4f ? glm::normalize(y) : Vec3(0.0f, 0.0f, 1.0f);
  const Vec3 z = glm::cross(x, y);
  Mat4 frame(1.0f);
  frame[0] = Vec4(x, 0.0f);
  frame[1] = Vec4(y, 0.0f);
  frame[2] = Vec4(z, 0.0f);
  frame[3] = Vec4(centre, 1.0f);
  return frame;
}

float smoothstep(float edge0, float edge1, float x) {
  const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

struct PlacedJoints {
  std::vector<Mat4> globals;  // rest frames in the model frame, parents first
  int thigh = -1, knee = -1, ankle = -1, subtalar = -1, mtp = -1;
};

// The segment a bone moves with.
int bone_joint(StructureRole role, const PlacedJoints& j) {
  const int foot = j.subtalar >= 0 ? j.subtalar : j.ankle;
  switch (role) {
    case StructureRole::Femur:
    case StructureRole::Patella: return j.thigh;
    case StructureRole::Tibia:
    case StructureRole::Fibula: return j.knee;
    case StructureRole::Talus: return j.ankle;
    case StructureRole::Phalanges1:
    case StructureRole::Phalanges2:
    case StructureRole::Phalanges3:
    case StructureRole::Phalanges4:
    case StructureRole::Phalanges5: return j.mtp >= 0 ? j.mtp : foot;
    default: break;
  }
  return role_info(role).group == StructureGroup::Bone ? foot : -1;
}

// Soft tissue: thigh above the knee, shank between, foot below the ankle, toes ahead of the MTP
// joint, each blended over kSkinBlend_m either side of the joint.
VertexWeights soft_tissue_weights(const Vec3& p, const PlacedJoints& j) {
  const auto centre = [&](int joint) { return Vec3(j.globals[static_cast<std::size_t>(joint)][3]); };
  const float thigh = smoothstep(centre(j.knee).y - kSkinBlend_m, centre(j.knee).y + kSkinBlend_m, p.y);
  float foot = 1.0f - smoothstep(centre(j.ankle).y - kSkinBlend_m, centre(j.ankle).y + kSkinBlend_m, p.y);
  float toes = 0.0f;
  if (j.mtp >= 0) {
    toes = foot * smoothstep(centre(j.mtp).z - kSkinBlend_m / 2, centre(j.mtp).z + kSkinBlend_m / 2, p.z);
    foot -= toes;
  }
  const float shank = std::max(0.0f, 1.0f - thigh - foot - toes);
  VertexWeights w;
  const std::pair<int, float> shares[] = {
      {j.thigh, thigh}, {j.knee, shank}, {j.subtalar >= 0 ? j.subtalar : j.ankle, foot}, {j.mtp, toes}};
  float sum = 0.0f;
  int slot = 0;
  for (const auto& [joint, share] : shares) {
    if (joint < 0 || share <= 0.0f || slot == 4) continue;
    w.joints[static_cast<std::size_t>(slot)] = static_cast<std::uint16_t>(joint);
    w.weights[static_cast<std::size_t>(slot)] = share;
    sum += share;
    ++slot;
  }
  if (sum <= 0.0f) {
    w.joints[0] = static_cast<std::uint16_t>(j.knee);
    w.weights[0] = sum = 1.0f;
  }
  for (float& x : w.weights) x /= sum;
  return w;
}

}  // namespace

std::string rig_from_bones(AnatomyModel& model, const std::map<std::string, JointNudge>& nudges) {
  const std::vector<Vec3>* tibia = positions_of(model, StructureRole::Tibia);
  if (!tibia || tibia->empty()) return "it has no tibia to place the knee and ankle on";
  const std::vector<Vec3>* fibula = positions_of(model, StructureRole::Fibula);
  const std::vector<Vec3>* femur = positions_of(model, StructureRole::Femur);
  const std::vector<Vec3>* talus = positions_of(model, StructureRole::Talus);
  const std::vector<Vec3>* calcaneus = positions_of(model, StructureRole::Calcaneus);
  const std::vector<Vec3>* toes = positions_of(model, StructureRole::Phalanges1);

  const Vec3 up(0.0f, 1.0f, 0.0f);
  const Vec3 knee = end_centre(*tibia, up, kPlateauBand_m);
  const Vec3 medial_tip = lowest(*tibia);
  const Vec3 lateral_tip = fibula && !fibula->empty() ? lowest(*fibula) : medial_tip - Vec3(0.05f, 0.0f, 0.0f);
  // Medial to lateral (-X in a right leg), as the rig contract has it: a positive turn dorsiflexes.
  const Vec3 ankle_axis = lateral_tip - medial_tip;
  const Vec3 ankle = (medial_tip + lateral_tip) * 0.5f;
  const Vec3 hip = femur && !femur->empty() ? end_centre(*femur, up, kPlateauBand_m)
                                            : knee + up * (kFemurOverTibia * (knee.y - ankle.y));

  PlacedJoints placed;
  Rig rig;
  const auto add = [&](const char* name, JointKind kind, Vec3 centre, Vec3 axis) {
    if (const auto nudge = nudges.find(name); nudge != nudges.end()) {
      centre += nudge->second.offset_m;
      axis = nudge->second.axis.value_or(axis);
    }
    const Mat4 global = joint_frame(centre, axis);
    Joint joint;
    joint.name = name;
    joint.kind = kind;
    joint.parent = rig.joints.empty() ? -1 : static_cast<int>(rig.joints.size()) - 1;
    joint.rest_local = joint.parent < 0 ? global : glm::inverse(placed.globals.back()) * global;
    joint.inverse_bind = glm::inverse(global);
    rig.joints.push_back(joint);
    placed.globals.push_back(global);
    return static_cast<int>(rig.joints.size()) - 1;
  };
  placed.thigh = add("thigh", JointKind::Thigh, hip, Vec3(1.0f, 0.0f, 0.0f));
  placed.knee = add("knee", JointKind::Knee, knee, Vec3(1.0f, 0.0f, 0.0f));
  placed.ankle = add("ankle", JointKind::Ankle, ankle, ankle_axis);
  if (talus && calcaneus && !talus->empty() && !calcaneus->empty()) {
    const Vec3 axis(std::sin(kSubtalarMedial_rad) * std::cos(kSubtalarRise_rad), std::sin(kSubtalarRise_rad),
                    std::cos(kSubtalarMedial_rad) * std::cos(kSubtalarRise_rad));
    placed.subtalar = add("subtalar", JointKind::Subtalar, (centroid(*talus) + centroid(*calcaneus)) * 0.5f, axis);
  }
  if (toes && !toes->empty())
    placed.mtp = add("mtp", JointKind::Mtp, end_centre(*toes, Vec3(0.0f, 0.0f, -1.0f), kToeHeelBand_m), kMtpAxis);

  model.rig = std::move(rig);
  for (Structure& structure : model.structures) {
    const int joint = bone_joint(structure.role, placed);
    structure.skin.clear();
    structure.skin.reserve(structure.mesh.positions.size());
    for (const Vec3& p : structure.mesh.positions) {
      if (joint >= 0) {
        VertexWeights rigid;
        rigid.joints[0] = static_cast<std::uint16_t>(joint);
        rigid.weights[0] = 1.0f;
        structure.skin.push_back(rigid);
      } else {
        structure.skin.push_back(soft_tissue_weights(p, placed));
      }
    }
  }
  return "";
}

}  // namespace soleus::anatomy
