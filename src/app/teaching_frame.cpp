#include "app/teaching_frame.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/gtc/matrix_transform.hpp>

#include "biomech/muscles.h"
#include "scene/colormap.h"
#include "scene/scene_builder.h"
#include "scene/teaching.h"

namespace soleus::app {
namespace {

constexpr float kRollerRadiusM = 0.06f;   // a common 12 cm foam roller
constexpr float kRollerLengthM = 0.30f;
constexpr float kRollerOpacity = 0.6f;      // the spots stay visible through it
constexpr float kBoneUnderSkinM = 0.008f;   // bone this close to the skin is a bony edge not to roll on
constexpr float kSpotLiftM = 0.004f;      // patches float this far above the muscle surface
constexpr float kFadedGastrocnemius = 0.35f;  // opacity that lets the soleus spots show through
const Vec3 kRollerColour{0.12f, 0.22f, 0.45f};
const Vec3 kStepColour{0.55f, 0.50f, 0.45f};

Vec3 skinned_vertex(const anatomy::Structure& s, std::uint32_t v, const std::vector<Mat4>& skin, const Mat4& root) {
  const Vec4 p(s.mesh.positions[v], 1.0f);
  if (s.skin.empty()) return Vec3(root * p);
  const anatomy::VertexWeights& w = s.skin[v];
  Vec4 out(0.0f);
  for (int k = 0; k < 4; ++k) {
    if (w.weights[k] > 0.0f) out += (skin[w.joints[k]] * p) * w.weights[k];
  }
  return Vec3(out);
}

Mat4 rotate_about_x(const Vec3& pivot, float angle) {
  return glm::translate(Mat4(1.0f), pivot) * glm::rotate(Mat4(1.0f), angle, Vec3(1.0f, 0.0f, 0.0f)) *
         glm::translate(Mat4(1.0f), -pivot);
}

scene::SceneInputs base_inputs(const document::Document& doc) {
  scene::SceneInputs inputs;
  inputs.model = doc.model.get();
  inputs.layers = &doc.layers;
  inputs.hovered = doc.hovered;
  inputs.selected = doc.selected;
  return inputs;
}

void add_override(const anatomy::AnatomyModel& model, anatomy::StructureRole role, const Vec3& colour,
                  std::vector<scene::ColourOverride>& out) {
  const int index = model.find(role);
  if (index >= 0) out.push_back({static_cast<std::size_t>(index), colour, 1.0f});
}

// Poses the leg for the exercise: the ball of the foot stays where it is at rest (on the ground,
// or on the step), the sole at the exercise's angle, the leg leaning over it.
void pose_exercise(const anatomy::AnatomyModel& model, const scene::FootLandmarks& marks,
                   const scene::ExerciseFrame& frame, anatomy::PoseBuffers& buffers) {
  anatomy::JointAngles angles;
  angles.knee_flexion = static_cast<float>(frame.joints.knee_flexion_rad);
  angles.ankle_dorsiflexion = static_cast<float>(frame.joints.ankle_dorsiflexion_rad);
  angles.mtp_dorsiflexion = std::max(0.0f, frame.foot_pitch_rad);  // toes stay flat as the heel rises
  const anatomy::Structure& sole = model.structures[static_cast<std::size_t>(marks.sole_structure)];
  const Vec3 rest_heel = sole.mesh.positions[marks.heel_vertex];
  const Vec3 rest_ball = sole.mesh.positions[marks.ball_vertex];
  const float rest_pitch = std::atan2(rest_ball.y - rest_heel.y, rest_ball.z - rest_heel.z);

  Mat4 root(1.0f);
  anatomy::compute_joint_matrices(model.rig, angles, root, buffers);
  Vec3 heel = skinned_vertex(sole, marks.heel_vertex, buffers.skin_matrices, root);
  Vec3 ball = skinned_vertex(sole, marks.ball_vertex, buffers.skin_matrices, root);
  // Pitch measured toes-up; the exercise gives heel-up.
  const float pitch = std::atan2(ball.y - heel.y, ball.z - heel.z);
  root = rotate_about_x(ball, pitch - (rest_pitch - frame.foot_pitch_rad)) * root;
  anatomy::compute_joint_matrices(model.rig, angles, root, buffers);
  ball = skinned_vertex(sole, marks.ball_vertex, buffers.skin_matrices, root);
  const float floor = frame.on_step ? scene::kStepHeightM : 0.0f;
  root = glm::translate(Mat4(1.0f), Vec3(rest_ball.x, rest_ball.y + floor, rest_ball.z) - ball) * root;
  anatomy::pose_model(model, angles, root, buffers);
}

scene::DrawList build_stretch_frame(const document::Document& doc, const scene::FootLandmarks& landmarks,
                                    TeachingAnimation& animation) {
  const anatomy::AnatomyModel& model = *doc.model;
  const biomech::Runner& runner = doc.run.conditions.runner;
  const scene::ExerciseFrame frame = scene::exercise_frame(document::exercise_pose(doc.teach.pose), runner, doc.teach.exercise_time_s);
  scene::SceneInputs inputs = base_inputs(doc);
  // Each muscle coloured by its stretch relative to the stretch it has at the end of the range.
  const biomech::StretchState stretch = biomech::solve_stretch(frame.joints, runner);
  const anatomy::StructureRole roles[] = {anatomy::StructureRole::Soleus, anatomy::StructureRole::GastrocnemiusMedial,
                                          anatomy::StructureRole::GastrocnemiusLateral};
  for (int m = 0; m < biomech::kMuscleCount; ++m) {
    const float fraction = static_cast<float>(std::clamp(stretch.tension_fraction[static_cast<std::size_t>(m)], 0.0, 1.0));
    add_override(model, roles[m], scene::viridis(scene::load_to_colormap_position(fraction)), inputs.overrides);
  }
  if (landmarks.valid && model.has_rig()) {
    pose_exercise(model, landmarks, frame, animation.pose);
    inputs.posed = &animation.pose.meshes;
    if (frame.on_step) {
      const Vec3 ball = model.structures[static_cast<std::size_t>(landmarks.sole_structure)].mesh.positions[landmarks.ball_vertex];
      // The step runs from just behind the ball of the foot to beyond the toes.
      animation.step = scene::make_box(Vec3(ball.x - 0.12f, 0.0f, ball.z - 0.02f), Vec3(ball.x + 0.12f, scene::kStepHeightM, ball.z + 0.30f));
      scene::DrawItem step;
      step.mesh = &animation.step;
      step.colour = kStepColour;
      step.striation = false;
      inputs.extras.push_back(step);
    }
  }
  return scene::build_draw_list(inputs);
}

// Where the roller touches the back of the leg at height y near x (rest pose): the most
// posterior skin point in a thin slice, or the target's own point without skin.
Vec3 posterior_contact(const anatomy::AnatomyModel& model, const Vec3& near) {
  const int skin = model.find(anatomy::StructureRole::Skin);
  Vec3 best = near;
  if (skin < 0) return best;
  float lowest_z = near.z;
  for (const Vec3& p : model.structures[static_cast<std::size_t>(skin)].mesh.positions) {
    if (std::fabs(p.y - near.y) < 0.01f && std::fabs(p.x - near.x) < 0.03f && p.z < lowest_z) {
      lowest_z = p.z;
      best = p;
    }
  }
  return Vec3(near.x, near.y, lowest_z);
}

// Back and forth at constant speed over [-amplitude, amplitude] (triangle wave).
float sweep(double time_s, double speed_m_s, double amplitude_m) {
  if (amplitude_m <= 0.0 || speed_m_s <= 0.0) return 0.0f;
  const double period = 4.0 * amplitude_m / speed_m_s;
  const double x = std::fmod(time_s + 0.25 * period, period) / period;  // 0..1, starting at the centre
  const double wave = x < 0.5 ? 4.0 * x - 1.0 : 3.0 - 4.0 * x;
  return static_cast<float>(wave * amplitude_m);
}

scene::DrawList build_foam_rolling_frame(const document::Document& doc, const content::FoamRolling* rolling,
                                         TeachingAnimation& animation) {
  const anatomy::AnatomyModel& model = *doc.model;
  scene::SceneInputs inputs = base_inputs(doc);
  if (!rolling) return scene::build_draw_list(inputs);

  // Spot patches are cut once per model from the rest meshes (the leg stands still here).
  if (animation.patches_model != &model || animation.spot_patches.size() != rolling->spots.size() ||
      animation.avoid_patches.size() != rolling->avoid.size()) {
    animation.spot_patches.clear();
    animation.avoid_patches.clear();
    const int skin = model.find(anatomy::StructureRole::Skin);
    for (const content::AvoidZone& zone : rolling->avoid) {
      // A bone is marked only where it lies under the skin; soft structures are tinted whole below.
      const auto role = anatomy::role_from_id(zone.structure);
      const int index = role ? model.find(*role) : -1;
      const bool bone = index >= 0 && anatomy::role_info(*role).group == anatomy::StructureGroup::Bone;
      animation.avoid_patches.push_back(bone && skin >= 0
                                            ? scene::make_near_surface_patch(model.structures[static_cast<std::size_t>(index)].mesh,
                                                                             model.structures[static_cast<std::size_t>(skin)].mesh,
                                                                             kBoneUnderSkinM, kSpotLiftM)
                                            : core::TriangleMesh{});
    }
    for (const content::RollingSpot& spot : rolling->spots) {
      const auto role = anatomy::role_from_id(spot.target);
      const int index = role ? model.find(*role) : -1;
      if (index < 0) {
        animation.spot_patches.emplace_back();
        continue;
      }
      const core::TriangleMesh& mesh = model.structures[static_cast<std::size_t>(index)].mesh;
      animation.spot_patches.push_back(
          scene::make_spot_patch(mesh, spot.u, scene::texture_v_from_top(mesh, spot.v), spot.radius, kSpotLiftM));
    }
    animation.roller = scene::make_roller(kRollerRadiusM, kRollerLengthM);
    animation.patches_model = &model;
  }

  const content::RollingSpot* chosen = nullptr;
  for (const content::RollingSpot& spot : rolling->spots) {
    if (spot.id == doc.teach.open_entry) chosen = &spot;
  }
  if (!chosen && !rolling->spots.empty()) chosen = &rolling->spots.front();

  // Fade the gastrocnemius so the soleus spots beneath it show, unless the chosen spot is on it.
  scene::Layers layers = doc.layers;
  const bool on_gastrocnemius = chosen && chosen->target.rfind("gastrocnemius", 0) == 0;
  for (const anatomy::StructureRole role : {anatomy::StructureRole::GastrocnemiusMedial, anatomy::StructureRole::GastrocnemiusLateral}) {
    const int index = model.find(role);
    if (index >= 0 && !on_gastrocnemius && static_cast<std::size_t>(index) < layers.structures.size()) {
      layers.structures[static_cast<std::size_t>(index)].opacity = std::min(layers.structures[static_cast<std::size_t>(index)].opacity,
                                                                            kFadedGastrocnemius);
    }
  }
  inputs.layers = &layers;

  for (std::size_t i = 0; i < rolling->avoid.size(); ++i) {
    const auto role = anatomy::role_from_id(rolling->avoid[i].structure);
    if (!role) continue;
    if (anatomy::role_info(*role).group != anatomy::StructureGroup::Bone) {
      add_override(model, *role, scene::kAvoidColour, inputs.overrides);
    } else if (!animation.avoid_patches[i].positions.empty()) {
      scene::DrawItem patch;
      patch.mesh = &animation.avoid_patches[i];
      patch.colour = scene::kAvoidColour;
      patch.striation = false;
      inputs.extras.push_back(patch);
    }
  }
  for (std::size_t i = 0; i < rolling->spots.size(); ++i) {
    if (animation.spot_patches[i].positions.empty()) continue;
    scene::DrawItem patch;
    patch.mesh = &animation.spot_patches[i];
    patch.colour = &rolling->spots[i] == chosen ? scene::kSelectedSpotColour : scene::kSpotColour;
    patch.striation = false;
    inputs.extras.push_back(patch);
  }

  // The roller behind the calf at the chosen spot, moving along or across the fibres.
  if (chosen) {
    const auto role = anatomy::role_from_id(chosen->target);
    const int index = role ? model.find(*role) : -1;
    if (index >= 0) {
      const core::TriangleMesh& mesh = model.structures[static_cast<std::size_t>(index)].mesh;
      const int centre_vertex = scene::nearest_uv_vertex(mesh, chosen->u, scene::texture_v_from_top(mesh, chosen->v));
      if (centre_vertex >= 0) {
        const core::Aabb bounds = mesh.bounds();
        const double muscle_length = bounds.max.y - bounds.min.y;
        const double speed = rolling->roller_speed_cm_s * 0.01;
        const bool along = chosen->direction != "across";
        const double amplitude = along ? chosen->radius * muscle_length : 0.03;
        const float offset = sweep(doc.teach.exercise_time_s, speed, amplitude);
        Vec3 centre = mesh.positions[static_cast<std::size_t>(centre_vertex)];
        if (along) centre.y += offset;
        else centre.x += offset;
        const Vec3 contact = posterior_contact(model, centre);
        Mat4 transform = glm::translate(Mat4(1.0f), Vec3(contact.x, contact.y, contact.z - kRollerRadiusM));
        if (!along) transform = transform * glm::rotate(Mat4(1.0f), 1.5707963f, Vec3(0.0f, 0.0f, 1.0f));
        scene::DrawItem roller;
        roller.mesh = &animation.roller;
        roller.transform = transform;
        roller.colour = kRollerColour;
        roller.opacity = kRollerOpacity;
        roller.striation = false;
        inputs.extras.push_back(roller);
      }
    }
  }
  return scene::build_draw_list(inputs);
}

}  // namespace

scene::DrawList build_teaching_frame(const document::Document& doc, const ui::UiContent& content,
                                     const scene::FootLandmarks& landmarks, TeachingAnimation& animation) {
  if (doc.teach.mode == document::ViewMode::FoamRolling) {
    return build_foam_rolling_frame(doc, content.learn ? &content.learn->foam_rolling : nullptr, animation);
  }
  return build_stretch_frame(doc, landmarks, animation);
}

}  // namespace soleus::app
