#include "scene/frame.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include "scene/colormap.h"
#include "scene/scene_builder.h"

namespace soleus::scene {
namespace {

constexpr float kRollerRadiusM = 0.075f;      // a common 15 cm (6 in) foam roller (assumption: typical product size)
constexpr float kRollerLengthM = 0.30f;       // ... 30 cm long (assumption: typical product size)
// The rolled leg lies on its back, knee straight, sloping down toward the hip on the floor: about
// 10 degrees for a 15 cm roller under the calf some 0.8 m from the hip (assumption).
constexpr float kLyingSlopeRad = 0.17f;
constexpr float kStepHalfWidthM = 0.07f;      // 14 cm wide, just wider than the forefoot, so that seen from the side
                                              // the foot stands on it rather than behind its near face (assumption)
constexpr float kStepAheadOfBallM = 0.30f;    // it runs 30 cm forward of the ball, past the toes (assumption: a stair tread)
constexpr float kBallInFromEdgeM = 0.005f;    // the metatarsal heads rest 5 mm in from the edge (assumption)
constexpr float kRollerOpacity = 0.6f;        // the spots stay visible through it
constexpr float kBoneUnderSkinM = 0.008f;     // bone this close to the skin is a bony edge not to roll on
constexpr float kSpotLiftM = 0.004f;          // patches float this far above the muscle surface
constexpr float kFadedGastrocnemius = 0.35f;  // opacity that lets the soleus spots show through
constexpr float kAcrossSweepM = 0.03f;        // half-width of a roll across the fibres
constexpr int kEnvelopePhases = 16;           // stride instants whose poses bound the running leg
const Vec3 kRollerColour{0.12f, 0.22f, 0.45f};
const Vec3 kStepColour{0.55f, 0.50f, 0.45f};

SceneInputs base_inputs(const FrameSpec& spec) {
  SceneInputs inputs;
  inputs.model = spec.model;
  inputs.layers = spec.layers;
  inputs.hovered = spec.hovered;
  inputs.selected = spec.selected;
  for (const ScaleColour& c : spec.colours) {
    const int index = spec.model->find(c.role);
    if (index < 0) continue;
    // A difference has no size to swell by: its colour alone says more or less.
    if (spec.diverging)
      inputs.overrides.push_back({static_cast<std::size_t>(index), puor(c.fraction), 1.0f});
    else
      inputs.overrides.push_back({static_cast<std::size_t>(index), viridis(load_to_colormap_position(c.fraction)),
                                  spec.swell_with_load ? load_to_swelling(c.fraction) : 1.0f});
  }
  return inputs;
}

// Per-model data, found once.
void prepare_for_model(const anatomy::AnatomyModel& model, FrameBuffers& buffers) {
  if (buffers.model == &model) return;
  buffers = FrameBuffers{};
  buffers.model = &model;
  buffers.landmarks = find_foot_landmarks(model);
}

bool can_pose(const FrameSpec& spec, const FrameBuffers& buffers) {
  return buffers.landmarks.valid && spec.model->has_rig();
}

// One running leg, posed into `pose` with its cues in `cues` (A's buffers, or B's of a pair).
Frame build_leg(const FrameSpec& spec, FrameBuffers& buffers, anatomy::PoseBuffers& pose, CueMeshes& cue_meshes) {
  Frame frame;
  SceneInputs inputs = base_inputs(spec);
  if (spec.stride && can_pose(spec, buffers)) {
    frame.posed = true;
    frame.run_pose = pose_for_sample(*spec.model, buffers.landmarks, spec.stride->model, spec.sample, pose);
    inputs.pose = &pose;
    CueOptions cues = spec.cues;
    if (!spec.props) cues = CueOptions{false, false, false, false, cues.metres_per_bw, cues.metres_per_bw_achilles};
    build_cues(frame.run_pose, *spec.stride, spec.sample, cues, cue_meshes, inputs.extras);
  }
  if (!spec.paired) build_joint_markers(spec.joint_markers, inputs.pose, buffers.joint_markers, inputs.extras);
  frame.draw_list = build_draw_list(inputs);
  return frame;
}

// World box of the items (their transforms applied; build_draw_list's bounds ignore them).
core::Aabb world_bounds(const std::vector<DrawItem>& items, std::size_t first, std::size_t last) {
  core::Aabb box;
  for (std::size_t i = first; i < last; ++i) {
    if (!items[i].mesh) continue;
    const core::Aabb local = items[i].mesh->bounds();
    if (local.empty()) continue;
    for (int corner = 0; corner < 8; ++corner)
      box.expand(Vec3(items[i].transform * Vec4((corner & 1) ? local.max.x : local.min.x, (corner & 2) ? local.max.y : local.min.y,
                                                (corner & 4) ? local.max.z : local.min.z, 1.0f)));
  }
  return box;
}

constexpr float kLabelLiftM = 0.04f;  // a pair's label floats this far above its leg
constexpr float kLabelTextM = 0.06f;  // about the height of the label's text at the framed scale

// A and B together: side by side (each moved along Z, the lateral view's screen right), B faint
// over A, or A's leg alone carrying the difference colours the spec already holds.
Frame build_pair(const FrameSpec& spec, FrameBuffers& buffers) {
  Frame frame = build_leg(spec, buffers, buffers.pose, buffers.cues);
  std::vector<DrawItem>& items = frame.draw_list.items;
  const std::size_t a_end = items.size();
  auto above = [](const core::Aabb& box, float dz) {
    return Vec3(box.centre().x, box.max.y + kLabelLiftM, box.centre().z + dz);
  };
  if (spec.pair_layout == PairLayout::Difference || !spec.stride_b) {
    frame.labels.push_back({"B \u2212 A", above(world_bounds(items, 0, a_end), 0.0f)});
    return frame;
  }
  FrameSpec b = spec;
  b.stride = spec.stride_b;
  b.sample = spec.sample_b;
  b.colours = spec.colours_b;
  const Frame leg_b = build_leg(b, buffers, buffers.pose_b, buffers.cues_b);
  const bool side_by_side = spec.pair_layout == PairLayout::SideBySide;
  const Mat4 to_a = glm::translate(Mat4(1.0f), Vec3(0.0f, 0.0f, side_by_side ? -kPairOffsetM : 0.0f));
  const Mat4 to_b = glm::translate(Mat4(1.0f), Vec3(0.0f, 0.0f, side_by_side ? kPairOffsetM : 0.0f));
  for (DrawItem& item : items) item.transform = to_a * item.transform;
  for (DrawItem item : leg_b.draw_list.items) {
    item.transform = to_b * item.transform;
    if (!side_by_side) {
      item.opacity *= kOverlayOpacityB;
      item.pick_id = kNoPick;  // clicks reach A's leg under it
    }
    items.push_back(item);
  }
  const core::Aabb box_a = world_bounds(items, 0, a_end);
  const core::Aabb box_b = world_bounds(items, a_end, items.size());
  frame.draw_list.bounds = world_bounds(items, 0, items.size());
  if (side_by_side) {
    frame.labels.push_back({"A", above(box_a, 0.0f)});
    frame.labels.push_back({"B", above(box_b, 0.0f)});
  } else {  // one place for both
    frame.labels.push_back({"A, B faint", above(frame.draw_list.bounds, 0.0f)});
  }
  return frame;
}

Frame build_running(const FrameSpec& spec, FrameBuffers& buffers) {
  return spec.paired ? build_pair(spec, buffers) : build_leg(spec, buffers, buffers.pose, buffers.cues);
}

Frame build_exercise(const FrameSpec& spec, FrameBuffers& buffers) {
  Frame frame;
  SceneInputs inputs = base_inputs(spec);
  if (can_pose(spec, buffers)) {
    const RunPose foot = pose_for_exercise(*spec.model, buffers.landmarks, spec.exercise, buffers.pose);
    inputs.pose = &buffers.pose;
    if (spec.exercise.on_step && spec.props) {
      // Under the posed foot: its edge just behind the ball, the heel hanging free behind it; its
      // top where the forefoot rests (the ground the foot stands on at rest, raised by the step).
      const anatomy::Structure& sole = spec.model->structures[static_cast<std::size_t>(buffers.landmarks.sole_structure)];
      const float ground = sole.mesh.positions[buffers.landmarks.mtp_vertex].y;
      const std::uint64_t revision = buffers.step.revision + 1;
      buffers.step = make_box(Vec3(foot.ball.x - kStepHalfWidthM, ground, foot.ball.z - kBallInFromEdgeM),
                              Vec3(foot.ball.x + kStepHalfWidthM, ground + kStepHeightM, foot.ball.z + kStepAheadOfBallM));
      buffers.step.revision = revision;
      inputs.extras.push_back(plain_item(buffers.step, kStepColour));
    }
  }
  build_joint_markers(spec.joint_markers, inputs.pose, buffers.joint_markers, inputs.extras);
  frame.draw_list = build_draw_list(inputs);
  return frame;
}

// Back and forth at constant speed over [-amplitude, amplitude] (triangle wave).
float sweep(double time_s, double speed_m_s, double amplitude_m) {
  if (amplitude_m <= 0.0 || speed_m_s <= 0.0) return 0.0f;
  const double period = 4.0 * amplitude_m / speed_m_s;
  const double x = std::fmod(time_s + 0.25 * period, period) / period;  // 0..1, starting at the centre
  const double wave = x < 0.5 ? 4.0 * x - 1.0 : 3.0 - 4.0 * x;
  return static_cast<float>(wave * amplitude_m);
}

// Spot and avoid patches are cut once per model and map from the rest meshes (the leg stands still).
void cut_patches(const anatomy::AnatomyModel& model, const RollingMap& map, FrameBuffers& buffers) {
  if (buffers.patches_for == &map && buffers.spot_patches.size() == map.spots.size() &&
      buffers.avoid_patches.size() == map.avoid.size())
    return;
  buffers.spot_patches.clear();
  buffers.avoid_patches.clear();
  const int skin = model.find(anatomy::StructureRole::Skin);
  for (const anatomy::StructureRole role : map.avoid) {
    // A bone is marked only where it lies under the skin; soft structures are tinted whole.
    const int index = model.find(role);
    const bool bone = index >= 0 && anatomy::role_info(role).group == anatomy::StructureGroup::Bone;
    buffers.avoid_patches.push_back(bone && skin >= 0 ? make_near_surface_patch(model.structures[static_cast<std::size_t>(index)].mesh,
                                                                                  model.structures[static_cast<std::size_t>(skin)].mesh,
                                                                                  kBoneUnderSkinM, kSpotLiftM)
                                                      : core::TriangleMesh{});
  }
  for (const RollingSpot& spot : map.spots) {
    const int index = model.find(spot.target);
    if (index < 0) {
      buffers.spot_patches.emplace_back();
      continue;
    }
    const core::TriangleMesh& mesh = model.structures[static_cast<std::size_t>(index)].mesh;
    buffers.spot_patches.push_back(make_spot_patch(mesh, spot.u, texture_v_from_top(mesh, spot.v), spot.radius, kSpotLiftM));
  }
  buffers.roller = make_roller(kRollerRadiusM, kRollerLengthM);
  buffers.patches_for = &map;
}

// The roller on the floor under the spot and the leg lying on it: the leg's transform (rest model
// to world). The leg turns about its long axis until the spot faces down (the cards turn the foot
// out to roll the inner calf), then lies back, the knee end (+Y) sloping toward the hip on the
// floor. The roller's world transform goes to `roller` (its axis across the leg, or along it for
// a roll across the fibres).
Mat4 rest_leg_on_roller(const FrameSpec& spec, const RollingSpot& spot, Mat4& roller) {
  const anatomy::AnatomyModel& model = *spec.model;
  const Mat4 lie = glm::rotate(Mat4(1.0f), -(0.5f * glm::pi<float>() + kLyingSlopeRad), Vec3(1.0f, 0.0f, 0.0f));
  const int index = model.find(spot.target);
  if (index < 0) return lie;
  const core::TriangleMesh& mesh = model.structures[static_cast<std::size_t>(index)].mesh;
  const int centre_vertex = nearest_uv_vertex(mesh, spot.u, texture_v_from_top(mesh, spot.v));
  if (centre_vertex < 0) return lie;
  const core::Aabb bounds = mesh.bounds();
  const double amplitude = spot.across ? kAcrossSweepM : spot.radius * (bounds.max.y - bounds.min.y);
  const float offset = sweep(spec.roller_time_s, spec.rolling->roller_speed_m_s, amplitude);
  Vec3 centre = mesh.positions[static_cast<std::size_t>(centre_vertex)];
  const Vec3 facing = centre - bounds.centre();  // the spot's side of the muscle (rest, horizontal part)
  const Mat4 turn = lie * glm::rotate(Mat4(1.0f), std::atan2(facing.x, -facing.z), Vec3(0.0f, 1.0f, 0.0f));
  if (spot.across) centre.x += offset;
  else centre.y += offset;
  const Vec3 spot_world(turn * Vec4(centre, 1.0f));
  const Vec3 axis = spot.across ? Vec3(0.0f, 0.0f, 1.0f) : Vec3(1.0f, 0.0f, 0.0f);
  const Vec3 on_floor(spot_world.x, kRollerRadiusM, spot_world.z);  // the roller's bottom on the floor (y = 0)
  roller = glm::translate(Mat4(1.0f), on_floor);
  if (spot.across) roller = roller * glm::rotate(Mat4(1.0f), 0.5f * glm::pi<float>(), Vec3(0.0f, 1.0f, 0.0f));
  // Lower the leg onto the roller: the most its surface must rise to clear the cylinder.
  const int skin = model.find(anatomy::StructureRole::Skin);
  const core::TriangleMesh& surface = skin >= 0 ? model.structures[static_cast<std::size_t>(skin)].mesh : mesh;
  float lift = 2.0f * kRollerRadiusM - spot_world.y;
  bool found = false;
  for (const Vec3& p : surface.positions) {
    const Vec3 w = Vec3(turn * Vec4(p, 1.0f)) - on_floor;
    if (std::fabs(glm::dot(w, axis)) > 0.5f * kRollerLengthM) continue;
    const float aside = spot.across ? w.x : w.z;  // horizontal distance from the roller's axis
    if (std::fabs(aside) >= kRollerRadiusM) continue;
    const float needed = std::sqrt(kRollerRadiusM * kRollerRadiusM - aside * aside) - w.y;
    lift = found ? std::max(lift, needed) : needed;
    found = true;
  }
  return glm::translate(Mat4(1.0f), Vec3(0.0f, lift, 0.0f)) * turn;
}

Frame build_foam_rolling(const FrameSpec& spec, FrameBuffers& buffers) {
  Frame frame;
  SceneInputs inputs = base_inputs(spec);
  if (!spec.rolling) {
    frame.draw_list = build_draw_list(inputs);
    return frame;
  }
  const anatomy::AnatomyModel& model = *spec.model;
  const RollingMap& map = *spec.rolling;
  cut_patches(model, map, buffers);
  const RollingSpot* chosen =
      spec.chosen_spot >= 0 && static_cast<std::size_t>(spec.chosen_spot) < map.spots.size() ? &map.spots[static_cast<std::size_t>(spec.chosen_spot)]
                                                                                              : nullptr;

  // Fade the gastrocnemius so the soleus spots beneath it show, unless the chosen spot is on it.
  Layers layers = *spec.layers;
  const bool on_gastrocnemius = chosen && (chosen->target == anatomy::StructureRole::GastrocnemiusMedial ||
                                           chosen->target == anatomy::StructureRole::GastrocnemiusLateral);
  for (const anatomy::StructureRole role : {anatomy::StructureRole::GastrocnemiusMedial, anatomy::StructureRole::GastrocnemiusLateral}) {
    const int index = model.find(role);
    if (index >= 0 && !on_gastrocnemius && static_cast<std::size_t>(index) < layers.structures.size()) {
      float& opacity = layers.structures[static_cast<std::size_t>(index)].opacity;
      opacity = std::min(opacity, kFadedGastrocnemius);
    }
  }
  inputs.layers = &layers;

  // Patches belong to their structure: shown only with it (and, while one is isolated, on it alone).
  auto shown = [&](int index) {
    return index >= 0 && layers.effective_opacity(model, static_cast<std::size_t>(index)) > 0.0f &&
           (layers.isolated < 0 || layers.isolated == index);
  };
  for (std::size_t i = 0; i < map.avoid.size(); ++i) {
    const int index = model.find(map.avoid[i]);
    if (index >= 0 && anatomy::role_info(map.avoid[i]).group != anatomy::StructureGroup::Bone) {
      inputs.overrides.push_back({static_cast<std::size_t>(index), kAvoidColour, 1.0f});
    } else if (!buffers.avoid_patches[i].positions.empty() && shown(index)) {
      inputs.extras.push_back(plain_item(buffers.avoid_patches[i], kAvoidColour));
    }
  }
  for (std::size_t i = 0; i < map.spots.size(); ++i) {
    if (buffers.spot_patches[i].positions.empty() || !shown(model.find(map.spots[i].target))) continue;
    inputs.extras.push_back(plain_item(buffers.spot_patches[i], &map.spots[i] == chosen ? kSelectedSpotColour : kSpotColour));
  }
  frame.draw_list = build_draw_list(inputs);
  // The leg lies on the roller at the chosen spot (at the first spot while none is chosen, the
  // roller hidden), everything drawn on it moving with it.
  const RollingSpot* rolled = chosen ? chosen : map.spots.empty() ? nullptr : &map.spots.front();
  Mat4 roller(1.0f);
  const Mat4 leg = rolled ? rest_leg_on_roller(spec, *rolled, roller) : Mat4(1.0f);
  std::vector<DrawItem>& items = frame.draw_list.items;
  for (DrawItem& item : items) item.transform = leg * item.transform;
  if (chosen && spec.props) {
    DrawItem item = plain_item(buffers.roller, kRollerColour);
    item.transform = roller;
    item.opacity = kRollerOpacity;
    item.bounds = buffers.roller.bounds();
    items.push_back(item);
  }
  frame.draw_list.bounds = world_bounds(items, 0, items.size());
  return frame;
}

// The corners of the world box of each item the spec shows (the isolated structure alone, if any),
// those a cross-section cuts away moved onto its plane.
void add_visible_corners(const FrameSpec& spec, const DrawList& list, std::vector<Vec3>& out) {
  const int isolated = spec.layers ? spec.layers->isolated : -1;
  for (const DrawItem& item : list.items) {
    if (!item.mesh || item.opacity <= 0.0f) continue;
    if (isolated >= 0 && item.pick_id != static_cast<std::uint32_t>(isolated + 1)) continue;
    const core::Aabb& local = item.bounds;
    if (local.empty()) continue;
    for (int corner = 0; corner < 8; ++corner) {
      const Vec3 c((corner & 1) ? local.max.x : local.min.x, (corner & 2) ? local.max.y : local.min.y,
                   (corner & 4) ? local.max.z : local.min.z);
      Vec3 world(item.transform * Vec4(c, 1.0f));
      // What a cross-section cuts away is not framed: the corner comes onto the plane.
      if (list.section_plane) world -= Vec3(*list.section_plane) * std::min(kept_distance(*list.section_plane, world), 0.0f);
      out.push_back(world);
    }
  }
}

// Whether a plane passes through an item's world box.
bool plane_crosses(const Vec4& plane, const DrawItem& item) {
  const core::Aabb& local = item.bounds;
  if (local.empty()) return false;
  bool kept = false;
  bool cut = false;
  for (int corner = 0; corner < 8; ++corner) {
    const Vec3 c((corner & 1) ? local.max.x : local.min.x, (corner & 2) ? local.max.y : local.min.y,
                 (corner & 4) ? local.max.z : local.min.z);
    (kept_distance(plane, Vec3(item.transform * Vec4(c, 1.0f))) >= 0.0f ? kept : cut) = true;
  }
  return kept && cut;
}

constexpr float kLabelledOpacity = 0.5f;  // as picking: a structure fainter than this is looked through

// A label at the centre of each cut outline of a solid structure (not the see-through skin),
// from its posed mesh (skinned here, on the CPU, only when the plane crosses its box).
void add_cut_labels(const FrameSpec& spec, Frame& frame) {
  const DrawList& list = frame.draw_list;
  if (!list.section_plane) return;
  std::vector<Vec3> posed;
  for (const DrawItem& item : list.items) {
    const int index = structure_for_pick(item.pick_id);
    if (index < 0 || static_cast<std::size_t>(index) >= spec.model->structures.size() || !item.mesh ||
        item.opacity < kLabelledOpacity || item.material == Material::Skin || !plane_crosses(*list.section_plane, item))
      continue;
    const core::TriangleMesh& mesh = *item.mesh;
    const std::vector<Vec3>* positions = &mesh.positions;
    if (item.skinned()) {
      posed.resize(mesh.positions.size());
      for (std::size_t v = 0; v < posed.size(); ++v)
        posed[v] = anatomy::skin_position(mesh.positions[v], (*item.skin_weights)[v], *item.joint_matrices);
      positions = &posed;
    }
    const auto centre = cut_centroid(*positions, mesh.indices, item.transform, *list.section_plane);
    if (!centre) continue;
    const anatomy::Structure& structure = spec.model->structures[static_cast<std::size_t>(index)];
    FrameLabel label;
    label.point = *centre;
    label.on_cut = true;
    if (structure.role == anatomy::StructureRole::Unknown) {
      label.text = structure.name;
    } else {
      const anatomy::RoleInfo& role = anatomy::role_info(structure.role);
      label.text = std::string(role.display_name);
      label.key = "structure_name." + std::string(role.id);
    }
    frame.labels.push_back(std::move(label));
  }
}

}  // namespace

namespace {
struct PairLayoutId {
  PairLayout layout;
  const char* id;
};
constexpr PairLayoutId kPairLayoutIds[] = {
    {PairLayout::SideBySide, "side-by-side"}, {PairLayout::Overlay, "overlay"}, {PairLayout::Difference, "difference"}};
}  // namespace

std::optional<PairLayout> parse_pair_layout(std::string_view id) {
  for (const PairLayoutId& row : kPairLayoutIds)
    if (id == row.id) return row.layout;
  return std::nullopt;
}

const char* to_string(PairLayout layout) {
  for (const PairLayoutId& row : kPairLayoutIds)
    if (row.layout == layout) return row.id;
  return "side-by-side";
}

namespace {
// The subject the spec describes, without its labels.
Frame build_subject(const FrameSpec& spec, FrameBuffers& buffers) {
  switch (spec.subject) {
    case Subject::Running: return build_running(spec, buffers);
    case Subject::Exercise: return build_exercise(spec, buffers);
    case Subject::FoamRolling: return build_foam_rolling(spec, buffers);
    case Subject::Standing: break;
  }
  Frame frame;
  SceneInputs inputs = base_inputs(spec);
  build_joint_markers(spec.joint_markers, nullptr, buffers.joint_markers, inputs.extras);
  frame.draw_list = build_draw_list(inputs);
  return frame;
}
}  // namespace

Frame build_frame(const FrameSpec& spec, FrameBuffers& buffers) {
  prepare_for_model(*spec.model, buffers);
  Frame frame = build_subject(spec, buffers);
  if (spec.labels && spec.labels->shown && !spec.paired) {
    find_anchor_candidates(*spec.model, buffers.anchors);
    frame.structure_labels = structure_labels(frame.draw_list, *spec.labels, spec.selected,
                                              spec.layers ? spec.layers->isolated : -1, buffers.anchors);
  }
  add_cut_labels(spec, frame);
  return frame;
}

std::vector<Vec3> framing_points(const FrameSpec& spec, const Frame& frame, FrameBuffers& buffers) {
  std::vector<Vec3> points;
  if (frame.draw_list.section_plane && spec.subject != Subject::Running) {  // the cut fills the view
    const Vec3 normal(*frame.draw_list.section_plane);
    const Vec3 across = glm::normalize(glm::cross(normal, std::abs(normal.y) < 0.9f ? Vec3(0, 1, 0) : Vec3(1, 0, 0)));
    const Vec3 along = glm::cross(normal, across);
    for (const FrameLabel& label : frame.labels) {
      if (!label.on_cut) continue;
      for (const Vec3& side : {across, -across, along, -along}) points.push_back(label.point + side * kCutFramingMarginM);
      points.push_back(label.point + normal * kCutFramingDepthM);  // the normal points into what is kept
    }
    if (!points.empty()) return points;
  }
  const biomech::ExerciseInfo& exercise = biomech::exercise_info(spec.exercise_pose);
  if (spec.subject == Subject::Exercise && exercise.moves) {
    // A repeated exercise: every instant of one repetition (a heel drop lifts the leg as it rises).
    FrameSpec instant = spec;
    for (int k = 0; k < kEnvelopePhases; ++k) {
      instant.exercise = exercise.motion(spec.runner, exercise.cycle_s * k / kEnvelopePhases);
      add_visible_corners(spec, build_exercise(instant, buffers).draw_list, points);
    }
    build_exercise(spec, buffers);  // the buffers hold this frame's pose again: the draw list points into them
    return points;
  }
  if (spec.subject != Subject::Running || !frame.posed) {
    add_visible_corners(spec, frame.draw_list, points);
    return points;
  }
  // The running leg: every instant of the stride, so that the swing stays in the picture while
  // the camera holds still. Cues and shoe are left out (they stay near the ground contact).
  FrameSpec instant = spec;
  instant.props = false;
  for (int k = 0; k < kEnvelopePhases; ++k) {
    instant.sample = spec.stride->sample_at_phase(static_cast<double>(k) / kEnvelopePhases);
    if (spec.stride_b) instant.sample_b = spec.stride_b->sample_at_phase(static_cast<double>(k) / kEnvelopePhases);
    add_visible_corners(spec, build_running(instant, buffers).draw_list, points);
  }
  build_running(spec, buffers);  // the buffers hold this frame's pose again: the draw list points into them
  // A pair's labels, with room for their text above them.
  for (const FrameLabel& label : frame.labels)
    if (!label.on_cut) points.push_back(label.point + Vec3(0.0f, kLabelTextM, 0.0f));
  return points;
}

}  // namespace soleus::scene
