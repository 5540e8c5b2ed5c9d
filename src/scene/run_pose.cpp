#include "scene/run_pose.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/gtc/matrix_transform.hpp>

#include "scene/shoe.h"
#include "scene/teaching.h"

namespace soleus::scene {
namespace {

constexpr float kSoleBand = 0.015f;          // vertices this close to the lowest point are sole (m)
constexpr float kBallFraction = 0.72f;       // metatarsal heads at 72 % of foot length from the heel
constexpr int kMtpSearchSteps = 10;         // MTP angles tried, from half to 1.5 times the sole's angle
constexpr float kShortestFoot = 0.15f;       // assumption: a sole shorter than this is not a whole adult foot (m)
// The outline a shoe is built around: the skin up to 3 cm above the sole, where heel and forefoot
// are widest (assumption), its heel the back quarter of the foot and its forefoot across the
// metatarsal heads, at 63-73 % of its length (landmarks.json, after Winter 2009).
constexpr float kOutlineBand = 0.03f;
constexpr float kHeelEnd = 0.25f;
constexpr float kForefootStart = 0.63f;
constexpr float kForefootEnd = 0.73f;
// Without a skin to measure: Winter 2009 Fig. 4.1, foot length 0.152 H and width 0.055 H (the
// bones' length where the sole is a whole foot's, else the runner's height's); the heel about two
// thirds as wide as the forefoot (assumption).
constexpr float kFootLengthPerHeight = 0.152f;
constexpr float kFootWidthPerHeight = 0.055f;
constexpr float kHeelWidthShare = 0.65f;

// Width and middle (X) of the vertices below `top` whose Z lies in [z0, z1].
std::pair<float, float> width_and_middle(const std::vector<Vec3>& positions, float top, float z0, float z1) {
  float lo = std::numeric_limits<float>::max();
  float hi = -std::numeric_limits<float>::max();
  for (const Vec3& p : positions) {
    if (p.y > top || p.z < z0 || p.z > z1) continue;
    lo = std::min(lo, p.x);
    hi = std::max(hi, p.x);
  }
  return hi > lo ? std::pair{hi - lo, 0.5f * (hi + lo)} : std::pair{0.0f, 0.0f};
}

FootOutline measure_outline(const std::vector<Vec3>& positions, const Vec3& heel, float lowest, float toe_z) {
  const float length = toe_z - heel.z;
  const float top = lowest + kOutlineBand;
  const auto [heel_width, heel_middle] = width_and_middle(positions, top, heel.z, heel.z + kHeelEnd * length);
  const auto [fore_width, fore_middle] =
      width_and_middle(positions, top, heel.z + kForefootStart * length, heel.z + kForefootEnd * length);
  if (heel_width <= 0.0f || fore_width <= 0.0f) return {};
  return {length, heel_width, heel_middle - heel.x, fore_width, fore_middle - heel.x};
}

// The foot's front: the most anterior point of any structure near the ground (the toes, where the
// sole's structure ends before them).
float toe_tips_z(const anatomy::AnatomyModel& model, float lowest) {
  float front = -std::numeric_limits<float>::max();
  for (const anatomy::Structure& s : model.structures)
    for (const Vec3& p : s.mesh.positions)
      if (p.y <= lowest + kOutlineBand) front = std::max(front, p.z);
  return front;
}

FootOutline outline_from_length(float length) {
  const float width = length * kFootWidthPerHeight / kFootLengthPerHeight;
  return {length, kHeelWidthShare * width, 0.0f, width, 0.0f};
}

// Rotation about the medial-lateral (X) axis through `pivot`.
Mat4 rotate_about_x(const Vec3& pivot, float angle) {
  return glm::translate(Mat4(1.0f), pivot) * glm::rotate(Mat4(1.0f), angle, Vec3(1.0f, 0.0f, 0.0f)) *
         glm::translate(Mat4(1.0f), -pivot);
}

}  // namespace

FootLandmarks find_foot_landmarks(const anatomy::AnatomyModel& model) {
  FootLandmarks marks;
  if (!model.has_rig()) return marks;
  marks.sole_structure = model.find(anatomy::StructureRole::Skin);
  if (marks.sole_structure < 0) marks.sole_structure = model.find(anatomy::StructureRole::Calcaneus);
  if (marks.sole_structure < 0) return marks;
  const auto& positions = model.structures[static_cast<std::size_t>(marks.sole_structure)].mesh.positions;
  float lowest = std::numeric_limits<float>::max();
  for (const Vec3& p : positions) lowest = std::min(lowest, p.y);
  // Sole vertices: the heel is the most posterior, the ball lies 72 % of the way to the toes.
  float heel_z = std::numeric_limits<float>::max();
  float toe_z = -std::numeric_limits<float>::max();
  for (std::uint32_t v = 0; v < positions.size(); ++v) {
    if (positions[v].y > lowest + kSoleBand) continue;
    if (positions[v].z < heel_z) {
      heel_z = positions[v].z;
      marks.heel_vertex = v;
    }
    toe_z = std::max(toe_z, positions[v].z);
  }
  auto nearest_sole = [&](const Vec3& target) {
    std::uint32_t nearest = 0;
    float best = std::numeric_limits<float>::max();
    for (std::uint32_t v = 0; v < positions.size(); ++v) {
      if (positions[v].y > lowest + kSoleBand) continue;
      const float d = glm::distance(positions[v], target);
      if (d < best) {
        best = d;
        nearest = v;
      }
    }
    return nearest;
  };
  const Vec3 heel = positions[marks.heel_vertex];
  marks.ball_vertex = nearest_sole(Vec3(heel.x, lowest, heel_z + kBallFraction * (toe_z - heel_z)));
  marks.mtp_vertex = marks.ball_vertex;
  const int mtp = model.rig.find(anatomy::JointKind::Mtp);
  if (mtp >= 0) {
    const Vec3 joint(glm::inverse(model.rig.joints[static_cast<std::size_t>(mtp)].inverse_bind)[3]);
    marks.mtp_vertex = nearest_sole(Vec3(joint.x, lowest, joint.z));
  }
  const float mtp_z = positions[marks.mtp_vertex].z;
  for (std::uint32_t v = 0; v < positions.size(); ++v)
    if (positions[v].y <= lowest + kSoleBand && positions[v].z >= mtp_z) marks.forefoot_vertices.push_back(v);
  marks.achilles_structure = model.find(anatomy::StructureRole::AchillesTendon);
  if (marks.achilles_structure >= 0) {
    const auto& tendon = model.structures[static_cast<std::size_t>(marks.achilles_structure)].mesh.positions;
    for (std::uint32_t v = 0; v < tendon.size(); ++v) {
      if (tendon[v].y < tendon[marks.achilles_insertion_vertex].y) marks.achilles_insertion_vertex = v;
      if (tendon[v].y > tendon[marks.achilles_top_vertex].y) marks.achilles_top_vertex = v;
    }
  }
  marks.valid = toe_z > heel_z;
  if (toe_z - heel_z < kShortestFoot) {
    const Vec3 ball = positions[marks.ball_vertex];
    marks.whole_foot = false;
    marks.rest_pitch_rad = std::atan2(ball.y - heel.y, ball.z - heel.z);
  } else if (model.structures[static_cast<std::size_t>(marks.sole_structure)].role == anatomy::StructureRole::Skin) {
    marks.outline = measure_outline(positions, heel, lowest, toe_tips_z(model, lowest));
  } else {  // the bones' length, a foot's proportions
    marks.outline = outline_from_length(toe_tips_z(model, lowest) - heel_z);
  }
  return marks;
}

anatomy::JointAngles joint_angles(const biomech::StrideSample& sample) {
  anatomy::JointAngles angles;
  angles.knee_flexion = static_cast<float>(sample.knee_flexion_rad);
  angles.ankle_dorsiflexion = static_cast<float>(sample.ankle_dorsiflexion_rad);
  angles.subtalar_inversion = static_cast<float>(sample.subtalar_inversion_rad);
  angles.mtp_dorsiflexion = static_cast<float>(sample.mtp_dorsiflexion_rad);
  return angles;
}

RunPose pose_for_sample(const anatomy::AnatomyModel& model, const FootLandmarks& marks,
                        const biomech::StrideModel& stride, const biomech::StrideSample& sample,
                        anatomy::PoseBuffers& buffers) {
  RunPose pose;
  const anatomy::JointAngles angles = joint_angles(sample);
  const int thigh = model.rig.find(anatomy::JointKind::Thigh);
  const Vec3 pivot = thigh >= 0 ? Vec3(glm::inverse(model.rig.joints[static_cast<std::size_t>(thigh)].inverse_bind)[3])
                                : model.bounds.centre();
  const anatomy::Structure& sole = model.structures[static_cast<std::size_t>(marks.sole_structure)];

  // 1. Thigh swing (hip flexion moves the knee forward, i.e. a negative turn about +X).
  Mat4 root = rotate_about_x(pivot, -static_cast<float>(sample.hip_flexion_rad));
  anatomy::compute_joint_matrices(model.rig, angles, root, buffers);
  Vec3 heel = anatomy::posed_position(sole, marks.heel_vertex, buffers);
  Vec3 ball = anatomy::posed_position(sole, marks.ball_vertex, buffers);

  // 2. Tilt the whole leg so the foot meets the ground at the model's angle. Inside a shoe the
  //    foot sits toes-down by the drop wedge relative to the sole.
  const float wanted_pitch = static_cast<float>(sample.foot_pitch_rad - stride.drop_angle_rad);
  const float pitch = std::atan2(ball.y - heel.y, ball.z - heel.z) - marks.rest_pitch_rad;
  root = rotate_about_x(pivot, pitch - wanted_pitch) * root;

  // 3. Lift it so the lower of heel and ball rests at the height the model gives, on the shoe
  //    as thick as its foam is under the load now.
  const biomech::Shoe& shoe = stride.conditions.shoe;
  pose.shoe_heel_m = static_cast<float>(std::max(0.0, shoe.stack_m));
  pose.shoe_forefoot_m = static_cast<float>(std::max(0.0, shoe.stack_m - shoe.drop_m));
  pose.sole_squash = sole_squash(shoe, sample.vertical_grf_n / stride.body_weight_n);
  pose.toe_bend_rad = static_cast<float>(sample.mtp_dorsiflexion_rad);
  const float kept = 1.0f - pose.sole_squash;
  anatomy::compute_joint_matrices(model.rig, angles, root, buffers);
  heel = anatomy::posed_position(sole, marks.heel_vertex, buffers);
  ball = anatomy::posed_position(sole, marks.ball_vertex, buffers);
  const float heel_lift = static_cast<float>(sample.heel_height_m) + pose.shoe_heel_m * kept - heel.y;
  const float lift = marks.whole_foot ? std::max(heel_lift, static_cast<float>(sample.ball_height_m) +
                                                                pose.shoe_forefoot_m * kept - ball.y)
                                      : heel_lift;
  root = glm::translate(Mat4(1.0f), Vec3(0.0f, lift, 0.0f)) * root;

  anatomy::pose_model(model, angles, root, buffers);
  pose.root = root;
  pose.heel = anatomy::posed_position(sole, marks.heel_vertex, buffers);
  pose.ball = anatomy::posed_position(sole, marks.ball_vertex, buffers);
  pose.foot = marks.outline.length_m > 0.0f
                  ? marks.outline
                  : outline_from_length(kFootLengthPerHeight * static_cast<float>(stride.conditions.runner.height_m));
  pose.sole_forward = glm::normalize(pose.ball - pose.heel);
  pose.heel_to_ball_m = glm::distance(pose.heel, pose.ball);
  if (!marks.whole_foot) {
    const Vec3 medial = glm::normalize(glm::cross(Vec3(0.0f, 1.0f, 0.0f), pose.sole_forward));
    pose.sole_forward = Mat3(glm::rotate(Mat4(1.0f), marks.rest_pitch_rad, medial)) * pose.sole_forward;
    pose.heel_to_ball_m = kBallFraction * pose.foot.length_m;
  }
  if (marks.achilles_structure >= 0) {
    const anatomy::Structure& tendon = model.structures[static_cast<std::size_t>(marks.achilles_structure)];
    pose.achilles_insertion = anatomy::posed_position(tendon, marks.achilles_insertion_vertex, buffers);
    pose.achilles_top = anatomy::posed_position(tendon, marks.achilles_top_vertex, buffers);
  }
  return pose;
}

RunPose pose_for_exercise(const anatomy::AnatomyModel& model, const FootLandmarks& marks, const biomech::ExerciseFrame& frame,
                          anatomy::PoseBuffers& buffers) {
  const anatomy::Structure& sole = model.structures[static_cast<std::size_t>(marks.sole_structure)];
  const Vec3 rest_heel = sole.mesh.positions[marks.heel_vertex];
  const Vec3 rest_ball = sole.mesh.positions[marks.mtp_vertex];
  const float rest_pitch = std::atan2(rest_ball.y - rest_heel.y, rest_ball.z - rest_heel.z);
  anatomy::JointAngles angles;
  angles.knee_flexion = static_cast<float>(frame.joints.knee_flexion_rad);
  angles.ankle_dorsiflexion = static_cast<float>(frame.joints.ankle_dorsiflexion_rad);

  // The foot at the sole's angle, turned about the ball; `lowest` is the forefoot's lowest point.
  Mat4 root(1.0f);
  Vec3 ball(0.0f);
  float lowest = 0.0f;
  auto place = [&](float mtp) {
    angles.mtp_dorsiflexion = mtp;
    root = Mat4(1.0f);
    anatomy::compute_joint_matrices(model.rig, angles, root, buffers);
    const Vec3 heel = anatomy::posed_position(sole, marks.heel_vertex, buffers);
    ball = anatomy::posed_position(sole, marks.mtp_vertex, buffers);
    const float pitch = std::atan2(ball.y - heel.y, ball.z - heel.z);  // toes-up; the exercise gives heel-up
    root = rotate_about_x(ball, pitch - (rest_pitch - frame.foot_pitch_rad));
    anatomy::compute_joint_matrices(model.rig, angles, root, buffers);
    ball = anatomy::posed_position(sole, marks.mtp_vertex, buffers);
    lowest = ball.y;
    for (const std::uint32_t v : marks.forefoot_vertices) lowest = std::min(lowest, anatomy::posed_position(sole, v, buffers).y);
  };
  // The toes lie flat on what the ball stands on (extended as the heel rises, flexed over the
  // step's edge as it drops): the MTP angle near the sole's angle that keeps the ball lowest.
  float best_mtp = frame.foot_pitch_rad;
  float best_gap = std::numeric_limits<float>::max();
  for (int k = 0; k <= kMtpSearchSteps; ++k) {
    const float mtp = frame.foot_pitch_rad * (0.5f + static_cast<float>(k) / kMtpSearchSteps);
    place(mtp);
    if (ball.y - lowest < best_gap - 1e-4f) {
      best_gap = ball.y - lowest;
      best_mtp = mtp;
    }
  }
  place(best_mtp);
  // The forefoot's lowest point rests on the floor (or the step's top), the ball where it was.
  const float floor = rest_ball.y + (frame.on_step ? kStepHeightM : 0.0f);
  root = glm::translate(Mat4(1.0f), Vec3(rest_ball.x - ball.x, floor - lowest, rest_ball.z - ball.z)) * root;
  anatomy::pose_model(model, angles, root, buffers);
  RunPose pose;
  pose.root = root;
  pose.heel = anatomy::posed_position(sole, marks.heel_vertex, buffers);
  pose.ball = anatomy::posed_position(sole, marks.mtp_vertex, buffers);
  return pose;
}

}  // namespace soleus::scene
