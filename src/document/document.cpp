#include "document/document.h"

#include <algorithm>
#include <cmath>

#include "core/log.h"

namespace soleus::document {
namespace {

double wrap_phase(double phase) { return phase - std::floor(phase); }

// The box the camera frames: the rest pose with room for the running leg to swing.
core::Aabb framing_box(const anatomy::AnatomyModel& model) {
  core::Aabb box = model.bounds;
  if (box.empty() || !model.has_rig()) return box;
  const Vec3 margin = box.size() * 0.12f;
  box.min -= margin;
  box.max += margin;
  return box;
}

bool valid_structure(const Document& doc, int index) {
  return doc.model && index >= 0 && static_cast<std::size_t>(index) < doc.model->structures.size();
}

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

namespace {
constexpr std::pair<StretchPose, const char*> kPoseIds[] = {{StretchPose::BentKnee, "bent-knee"},
                                                             {StretchPose::StraightKnee, "straight-knee"},
                                                             {StretchPose::CalfRaise, "calf-raise"},
                                                             {StretchPose::HeelDrop, "heel-drop"}};
constexpr std::pair<ViewMode, const char*> kModeIds[] = {
    {ViewMode::Run, "run"},
    {ViewMode::Anatomy, "anatomy"},
    {ViewMode::Stretch, "stretch"},
    {ViewMode::FoamRolling, "foam-rolling"}};
}  // namespace

const char* to_string(StretchPose pose) {
  for (const auto& [p, id] : kPoseIds)
    if (p == pose) return id;
  return "?";
}

scene::ExercisePose exercise_pose(StretchPose pose) {
  switch (pose) {
    case StretchPose::BentKnee: return scene::ExercisePose::BentKneeStretch;
    case StretchPose::StraightKnee: return scene::ExercisePose::StraightKneeStretch;
    case StretchPose::CalfRaise: return scene::ExercisePose::CalfRaise;
    case StretchPose::HeelDrop: return scene::ExercisePose::HeelDrop;
  }
  return scene::ExercisePose::BentKneeStretch;
}

std::optional<StretchPose> parse_stretch_pose(std::string_view id) {
  for (const auto& [p, name] : kPoseIds)
    if (id == name) return p;
  return std::nullopt;
}

const char* to_string(ViewMode mode) {
  for (const auto& [m, id] : kModeIds)
    if (m == mode) return id;
  return "?";
}

std::optional<ViewMode> parse_view_mode(std::string_view id) {
  for (const auto& [m, name] : kModeIds)
    if (id == name) return m;
  return std::nullopt;
}

Document make_document(std::shared_ptr<const anatomy::AnatomyModel> model, scene::ViewPreset view,
                       const biomech::Conditions& conditions) {
  Document doc;
  doc.run.conditions = conditions;
  biomech::solve_stride_into(conditions, doc.run.stride);
  doc.model = std::move(model);
  doc.layers = scene::Layers::for_model(*doc.model);
  doc.camera.set_view(view, framing_box(*doc.model), doc.viewport_aspect);
  return doc;
}

void apply_command(Document& doc, const Command& command) {
  std::visit(
      Overloaded{
          [&](const SetGroupVisible& c) { doc.layers.group_visible[scene::group_index(c.group)] = c.visible; },
          [&](const SetGroupOpacity& c) {
            doc.layers.group_opacity[scene::group_index(c.group)] = std::clamp(c.opacity, 0.0f, 1.0f);
          },
          [&](const SetStructureVisible& c) {
            if (valid_structure(doc, c.structure))
              doc.layers.structures[static_cast<std::size_t>(c.structure)].visible = c.visible;
          },
          [&](const SetStructureOpacity& c) {
            if (valid_structure(doc, c.structure))
              doc.layers.structures[static_cast<std::size_t>(c.structure)].opacity = std::clamp(c.opacity, 0.0f, 1.0f);
          },
          [&](const SetXray& c) { doc.layers.xray = c.enabled; },
          [&](const Isolate& c) { doc.layers.isolated = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const Select& c) { doc.selected = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const Hover& c) { doc.hovered = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const ShowAll&) { doc.layers = scene::Layers::for_model(*doc.model); },
          [&](const SetView& c) { doc.camera.set_view(c.preset, framing_box(*doc.model), doc.viewport_aspect); },
          [&](const FrameModel&) { doc.camera.frame(framing_box(*doc.model), doc.viewport_aspect); },
          [&](const FrameBox& c) { doc.camera.frame(c.box, doc.viewport_aspect); },
          [&](const MoveCamera& c) {
            doc.camera.orbit(c.yaw, c.pitch);
            doc.camera.pan(c.pan_right, c.pan_up);
            doc.camera.zoom(c.zoom);
          },
          [&](const SetViewport& c) {
            if (c.width <= 0.0f || c.height <= 0.0f || c.free_right <= c.free_left || c.free_bottom <= c.free_top)
              return;
            doc.viewport_aspect = c.width / c.height;
            doc.camera.free_fraction = Vec2((c.free_right - c.free_left) / c.width, (c.free_bottom - c.free_top) / c.height);
            // Centre the image on the free rectangle (NDC: x right, y up).
            doc.camera.lens_shift = Vec2(((c.free_left + c.free_right) * 0.5f - c.width * 0.5f) / (c.width * 0.5f),
                                         -((c.free_top + c.free_bottom) * 0.5f - c.height * 0.5f) / (c.height * 0.5f));
          },
          [&](const LoadModel& c) {
            try {
              auto model = std::make_shared<const anatomy::AnatomyModel>(anatomy::load_anatomy_model(c.path, doc.roles));
              const scene::OrbitCamera camera = doc.camera;
              Document fresh = make_document(std::move(model), scene::ViewPreset::Lateral, doc.run.conditions);
              fresh.run = std::move(doc.run);
              fresh.roles = std::move(doc.roles);
              fresh.camera.yaw = camera.yaw;
              fresh.camera.pitch = camera.pitch;
              fresh.camera.lens_shift = camera.lens_shift;
              fresh.camera.free_fraction = camera.free_fraction;
              fresh.camera.frame(framing_box(*fresh.model), doc.viewport_aspect);
              fresh.viewport_aspect = doc.viewport_aspect;
              doc = std::move(fresh);
              core::log_info("loaded " + c.path.string());
            } catch (const anatomy::ModelLoadError& e) {
              doc.last_error = e.what();  // keep the current model: nothing is lost
              core::log_error(e.what());
            }
          },
          [&](const DismissError&) { doc.last_error.clear(); },
          [&](const SetConditions& c) {
            if (const auto error = biomech::validate(c.conditions)) {
              doc.run.input_error = error->message;  // keep the last valid stride on screen
              return;
            }
            doc.run.input_error.clear();
            if (!c.continuing_edit) doc.run.previous = doc.run.stride;
            doc.run.conditions = c.conditions;
            biomech::solve_stride_into(c.conditions, doc.run.stride);
          },
          [&](const SetPlaying& c) { doc.run.playing = c.playing; },
          [&](const SetLoopPlayback& c) { doc.run.loop = c.loop; },
          [&](const SetPlaybackSpeed& c) { doc.run.speed = std::clamp(c.speed, 0.05, 2.0); },
          [&](const SetPhase& c) { doc.run.phase = wrap_phase(c.phase); },
          [&](const StepFrame& c) {
            doc.run.playing = false;
            doc.run.phase = wrap_phase(doc.run.phase + kStepFraction * c.frames);
          },
          [&](const AdvanceTime& c) {
            if (!doc.run.playing || c.seconds <= 0.0) return;
            doc.teach.exercise_time_s += c.seconds;
            const double stride_time = doc.run.stride.summary.stride_time_s;
            const double phase = doc.run.phase + c.seconds * doc.run.speed / stride_time;
            doc.run.playing = doc.run.loop || phase < 1.0;  // without looping, stop where the stride ends (phase 0)
            doc.run.phase = doc.run.playing ? wrap_phase(phase) : 0.0;
          },
          [&](const SetLoadScale& c) { doc.run.scale = c.scale; },
          [&](const SetLoadColouring& c) {
            doc.run.colour_soleus = c.soleus;
            doc.run.colour_gastrocnemius = c.gastrocnemius;
            doc.run.colour_achilles = c.achilles;
          },
          [&](const SetForceCues& c) {
            doc.run.show_grf_arrow = c.grf_arrow;
            doc.run.show_cop_trace = c.cop_trace;
            doc.run.show_achilles_arrow = c.achilles_arrow;
          },
          [&](const SetCameraFollow& c) { doc.run.follow = c.follow; },
          [&](const SetViewMode& c) {
            doc.teach.mode = c.mode;
            doc.teach.exercise_time_s = 0.0;
          },
          [&](const SetStretchPose& c) {
            doc.teach.mode = ViewMode::Stretch;
            doc.teach.pose = c.pose;
            doc.teach.exercise_time_s = 0.0;
          },
          [&](const OpenLearnEntry& c) { doc.teach.open_entry = c.id; },
      },
      command);
}

void CommandQueue::apply_all(Document& doc) {
  // Commands may be pushed while applying (none do today); swap first so that is safe.
  std::vector<Command> batch;
  batch.swap(pending_);
  for (const Command& c : batch) apply_command(doc, c);
}

}  // namespace soleus::document
