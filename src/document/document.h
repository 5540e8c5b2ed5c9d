#pragma once
/// The app's state: the loaded model, what is shown (layers), selection and hover, the camera,
/// and the commands that change them. No ImGui, no GL: panels read a const Document and queue
/// Commands; the app applies them between frames.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "biomech/conditions.h"
#include "biomech/stride.h"
#include "scene/camera.h"
#include "scene/layers.h"
#include "scene/teaching.h"

namespace soleus::document {

/// Which force the load colouring shows and against what scale.
enum class LoadScale { BodyWeights, PercentCapacity };
/// Where the camera looks while the leg runs.
enum class CameraFollow { Free, Leg, GroundContact };

/// What the 3D view demonstrates: the running stride, the standing leg for anatomy study, a
/// static stretch or exercise pose, or the foam-rolling map.
enum class ViewMode { Run, Anatomy, Stretch, FoamRolling };

/// Poses of the stretch mode (ids as in the content files and the CLI's --pose).
enum class StretchPose { BentKnee, StraightKnee, CalfRaise, HeelDrop };
const char* to_string(StretchPose pose);               // "bent-knee", "straight-knee", "calf-raise", "heel-drop"
scene::ExercisePose exercise_pose(StretchPose pose);    // the scene's exercise animation for a pose
std::optional<StretchPose> parse_stretch_pose(std::string_view id);
const char* to_string(ViewMode mode);                   // "run", "anatomy", "stretch", "foam-rolling"
std::optional<ViewMode> parse_view_mode(std::string_view id);

/// The teaching views' state (Learn panels).
struct TeachState {
  ViewMode mode = ViewMode::Run;
  StretchPose pose = StretchPose::BentKnee;
  double exercise_time_s = 0.0;   // animation clock of the exercise / roller (s)
  std::string open_entry;         // id of the Learn entry, myth or exercise shown ("" = none)
};

/// The running simulation's state: inputs, the solved stride, playback.
struct RunState {
  biomech::Conditions conditions;         // validated inputs of the load model
  biomech::SolvedStride stride;           // solved for `conditions`
  std::optional<biomech::SolvedStride> previous;  // the stride before the last change (faded curve)
  double phase = 0.0;                     // playhead (fraction of the stride, 0..1)
  bool playing = true;                    // animation running
  bool loop = true;                       // false: playback stops at the end of the stride (reduced motion)
  double speed = 0.25;                    // playback speed (x real time, 0.05..2); stance is 0.25 s
  LoadScale scale = LoadScale::BodyWeights;
  bool colour_soleus = true;              // load colouring on the soleus
  bool colour_gastrocnemius = false;      // ... on both gastrocnemius heads
  bool colour_achilles = false;           // ... on the Achilles tendon
  bool show_grf_arrow = true;             // ground reaction force arrow at the centre of pressure
  bool show_cop_trace = true;             // centre-of-pressure trace under the foot
  bool show_achilles_arrow = true;        // Achilles pull at the heel
  CameraFollow follow = CameraFollow::Leg;
  std::string input_error;                // why the last condition change was refused ("" = none)
};

struct Document {
  std::shared_ptr<const anatomy::AnatomyModel> model;  // never null once the app runs
  anatomy::RoleTable roles = anatomy::RoleTable::with_defaults();
  scene::Layers layers;         // sized for model
  int selected = -1;            // structure index or -1
  int hovered = -1;             // structure index or -1
  scene::OrbitCamera camera;
  float viewport_aspect = 16.0f / 9.0f;  // width / height of the whole 3D view, for framing
  std::string last_error;       // the most recent failure, shown until dismissed ("" = none)
  RunState run;
  TeachState teach;
};

// Commands. Each is a small value; panels push them, apply_command carries them out.
struct SetGroupVisible { anatomy::StructureGroup group; bool visible; };
struct SetGroupOpacity { anatomy::StructureGroup group; float opacity; };  // 0..1
struct SetStructureVisible { int structure; bool visible; };
struct SetStructureOpacity { int structure; float opacity; };             // 0..1
struct SetXray { bool enabled; };
struct Isolate { int structure; };   // -1 ends isolation
struct Select { int structure; };    // -1 clears
struct Hover { int structure; };     // -1 clears
struct ShowAll {};                   // every layer back to its default
struct SetView { scene::ViewPreset preset; };
struct FrameModel {};
struct FrameBox { core::Aabb box; };   // frame what is drawn (e.g. a posed exercise), keep the angles
struct MoveCamera {                  // orbit (rad), pan (fractions of the view height), zoom factor
  float yaw = 0.0f;
  float pitch = 0.0f;
  float pan_right = 0.0f;
  float pan_up = 0.0f;
  float zoom = 1.0f;
};
struct SetViewport {                 // the window and the part of it left free by panels (pixels)
  float width, height;               // whole 3D view
  float free_left, free_top;         // free rectangle, from the top-left corner
  float free_right, free_bottom;
};
struct LoadModel { std::filesystem::path path; };  // on failure the current model stays
struct DismissError {};
struct SetConditions {             // invalid values are refused with a message
  biomech::Conditions conditions;
  bool continuing_edit = false;     // true while a slider is still dragged: keep the "previous" stride
};
struct SetPlaying { bool playing; };
struct SetLoopPlayback { bool loop; };
struct SetPlaybackSpeed { double speed; };   // x real time, clamped to 0.05..2
struct SetPhase { double phase; };           // wraps into 0..1
struct StepFrame { int frames; };            // +-1: one 1/100 of the stride (pauses playback)
struct AdvanceTime { double seconds; };      // wall-clock seconds since the last frame
struct SetLoadScale { LoadScale scale; };
struct SetLoadColouring { bool soleus; bool gastrocnemius; bool achilles; };
struct SetForceCues { bool grf_arrow; bool cop_trace; bool achilles_arrow; };
struct SetCameraFollow { CameraFollow follow; };
struct SetViewMode { ViewMode mode; };
struct SetStretchPose { StretchPose pose; };     // also switches to ViewMode::Stretch
struct OpenLearnEntry { std::string id; };      // "" closes

using Command = std::variant<SetGroupVisible, SetGroupOpacity, SetStructureVisible, SetStructureOpacity,
                             SetXray, Isolate, Select, Hover, ShowAll, SetView, FrameModel, FrameBox, MoveCamera,
                             SetViewport, LoadModel, DismissError, SetConditions, SetPlaying, SetLoopPlayback,
                             SetPlaybackSpeed, SetPhase, StepFrame, AdvanceTime, SetLoadScale,
                             SetLoadColouring, SetForceCues, SetCameraFollow, SetViewMode, SetStretchPose,
                             OpenLearnEntry>;

/// A document for a loaded model, framed in the given view, running with default conditions
/// (or the given ones, which must be valid).
Document make_document(std::shared_ptr<const anatomy::AnatomyModel> model,
                       scene::ViewPreset view = scene::ViewPreset::Lateral,
                       const biomech::Conditions& conditions = {});

/// Fraction of the stride one StepFrame moves.
inline constexpr double kStepFraction = 0.01;

/// Applies one command. Out-of-range indices and values are clamped or ignored, never fatal.
void apply_command(Document& doc, const Command& command);

/// Commands queued by the UI during a frame.
class CommandQueue {
 public:
  void push(Command command) { pending_.push_back(std::move(command)); }
  /// Applies and clears everything queued, in order.
  void apply_all(Document& doc);
  bool empty() const { return pending_.empty(); }

 private:
  std::vector<Command> pending_;
};

}  // namespace soleus::document
