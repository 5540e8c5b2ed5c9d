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
#include "biomech/exercises.h"
#include "biomech/stride.h"
#include "content/language.h"
#include "content/quiz.h"
#include "document/audience.h"
#include "document/history.h"
#include "document/modes.h"
#include "document/motion_trial.h"
#include "document/view_options.h"
#include "scene/camera.h"
#include "scene/frame.h"
#include "scene/layers.h"

namespace soleus::document {

/// Top of the body-weight colour scale: the in-vivo Achilles peak of ~10 BW (biomech.md §1).
inline constexpr double kBwScaleMax = 10.0;

/// The teaching views' state.
struct TeachState {
  ViewMode mode = ViewMode::Run;  // the chosen mode (a model without a rig shows StaticModel whatever it is)
  biomech::ExercisePose pose = biomech::ExercisePose::BentKneeStretch;
  double exercise_time_s = 0.0;   // animation clock of the exercise / roller (s)
  std::string spot;               // id of the rolling spot marked on the map ("" = the first)
};

/// A Learn page that drives the view, and what going back restores.
struct PageState {
  std::string id;                  // the page shown ("" = none)
  int shown_case = -1;             // its "Show me" case on the leg (-1 = none)
  ViewMode own_mode = ViewMode::Run;                   // the mode before the page opened
  biomech::ExercisePose own_pose = biomech::ExercisePose::BentKneeStretch;  // ... its exercise pose
  double own_phase = 0.0;                              // ... and the playhead
  std::optional<biomech::Conditions> own_conditions;   // the runner's own settings while the page shows others
  std::optional<biomech::SolvedStride> own_stride;     // solved for own_conditions
};

/// A request to fit the camera to what is shown, carried out once the frame is built.
struct FramingRequest {
  std::optional<scene::ViewPreset> preset;  // also turn to this view (none: keep the angles)
};

/// The running simulation's state: inputs, the solved stride, playback.
struct RunState {
  biomech::Conditions conditions;         // validated inputs of the load model
  biomech::SolvedStride stride;           // solved for `conditions`
  std::optional<biomech::SolvedStride> previous;  // the stride before the last change (faded curve)
  double phase = 0.0;                     // playhead (fraction of the stride, 0..1); opens at the soleus peak
  bool playing = true;                    // animation running
  bool loop = true;                       // false: one stride (or one repetition) plays, then stops (reduced motion)
  double played = 0.0;                    // strides played since playback (re)started, for loop == false
  double play_start_phase = 0.0;          // where that playback started: where one stride ends
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
  std::optional<MotionState> motion;      // a measured trial plays in `stride` (none: the generated stride)
};

/// The A/B comparison: condition B and its stride beside A (`run`), how the pair is shown and
/// which slot the Run tab edits. Both legs play at the one playhead (the same phase of each stride).
struct CompareState {
  biomech::Conditions conditions;  // B's validated inputs
  biomech::SolvedStride stride;    // solved for `conditions`
  scene::PairLayout layout = scene::PairLayout::SideBySide;
  Slot edited = Slot::A;
};

/// The students' quiz (document/quiz.h): its questions in the order asked, where it stands and
/// what the leg showed before it, which Stop puts back. Not an edit: no undo step.
struct QuizState {
  std::vector<content::QuizQuestion> questions;  // from content::build_quiz
  std::size_t current = 0;                        // the question asked
  bool finished = false;                          // past the last question: the score is shown, nothing asked
  int right = 0;                                  // questions answered right
  int answered = 0;                               // questions answered, right or wrong
  std::optional<std::string> given;               // the current question's answer (none: not yet)
  ViewMode mode_before = ViewMode::Run;           // the mode, pose and selection before the quiz
  biomech::ExercisePose pose_before = biomech::ExercisePose::BentKneeStretch;
  int selected_before = -1;
};

struct Document {
  std::shared_ptr<const anatomy::AnatomyModel> model;  // never null once the app runs
  anatomy::RoleTable roles = anatomy::RoleTable::with_defaults();
  scene::Layers layers;         // sized for model
  scene::LabelSet labels;       // leader-line labels: shown or not, and which structures (sized for model)
  int selected = -1;            // structure index or -1
  int hovered = -1;             // structure index or -1
  scene::OrbitCamera camera;
  float viewport_aspect = 16.0f / 9.0f;  // width / height of the whole 3D view, for framing
  content::Phrase last_error;   // the most recent failure, shown until dismissed (empty = none): a
                                // sentence in the language shown, its detail (file: field: reason) literal
  RunState run;
  TeachState teach;
  PageState page;
  std::optional<CompareState> compare;  // B of the A/B comparison (none: no comparison)
  std::optional<FramingRequest> reframe;  // fit the camera once this frame is built
  std::optional<QuizState> quiz;          // the students' quiz while it is open
  std::optional<anatomy::SetDescription> set_draft;  // File > Model set: the loaded set's description as
                                                     // the user corrects it, while its panel is open
  History history;              // undo and redo of edits (apply_command records them)
  Audience audience = kDefaultAudience;  // whose text the panels show and what they open first
  content::Language language = content::Language::English;  // the words on screen; never the numbers
};

/// Whether `index` names one of the model's structures (commands carry indices from the panels).
inline bool valid_structure(const Document& doc, int index) {
  return doc.model && index >= 0 && static_cast<std::size_t>(index) < doc.model->structures.size();
}

// Commands. Each is a small value; panels push them, apply_command carries them out.
struct SetGroupVisible { anatomy::StructureGroup group; bool visible; };
struct SetGroupOpacity {               // 0..1
  anatomy::StructureGroup group;
  float opacity;
  bool continuing_edit = false;         // a slider still dragged: one undo step for the whole drag
};
struct SetStructureVisible { int structure; bool visible; };
struct SetStructureOpacity {           // 0..1
  int structure;
  float opacity;
  bool continuing_edit = false;         // as SetGroupOpacity
};
struct SetXray { bool enabled; };
struct SetLabels { bool shown; };                        // View > Labels: leader-line labels on or off
struct SetStructureLabelled { int structure; bool labelled; };  // a structure carries a label (when shown)
/// The cross-section (scene/section.h): the offset is clamped to the model's extent along the
/// axis, the angles to their ranges; an axis of Off removes it.
struct SetSection {
  scene::Section section;
  bool continuing_edit = false;         // as SetGroupOpacity
};
struct Isolate { int structure; };   // -1 ends isolation
struct Select { int structure; };    // -1 clears
struct Hover { int structure; };     // -1 clears
struct ShowAll {};                   // every layer back to its default
struct SetView { scene::ViewPreset preset; };
struct FrameModel {};                // fit the camera to what is shown, keep the angles
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
/// A model loaded elsewhere (File > Open loads in the background, app/model_loading.h): shown as
/// LoadModel shows one; with none, `error` (ModelLoadError's words) said as LoadModel says it.
struct ShowModel {
  std::shared_ptr<const anatomy::AnatomyModel> model;
  std::string error;
};
/// File > Model set (a model set only, anatomy/model_set.h): a draft of the loaded set's
/// description (its parts' roles, its joints' nudges), its joints marked on the leg. With a
/// draft, opens or changes it (parts other than the set's, or joints the rig does not name, are
/// ignored; nudges clamped); without one, closes it. SaveModelSet loads the set with the draft,
/// then writes it beside the files (atomically) and shows it; a failure says why and keeps both
/// the model and the draft. Not edits: the description on disk is what is kept.
struct EditModelSet { std::optional<anatomy::SetDescription> draft; };
struct SaveModelSet {};
struct DismissError {};
/// File > Import motion, --motion: a measured trial plays instead of the generated stride (not an
/// undo step). Bad files: a message, and what is shown stays.
struct LoadMotion { MotionFiles files; };
struct CloseMotion {};               // back to the generated stride
struct SetConditions {             // invalid values are refused with a message
  biomech::Conditions conditions;
  bool continuing_edit = false;     // true while a slider is still dragged: keep the "previous" stride, one undo step
  Slot slot = Slot::A;              // B: the comparison's B (ignored without one)
};
struct SetPlaying { bool playing; };
struct SetLoopPlayback { bool loop; };
struct SetPlaybackSpeed { double speed; };   // x real time, clamped to 0.05..2
struct SetPhase { double phase; };           // wraps into 0..1
struct StepFrame { int frames; };            // +-1: 1/100 of the stride, or 0.1 s of an exercise (pauses playback)
struct AdvanceTime { double seconds; };      // wall-clock seconds since the last frame
struct SetLoadScale { LoadScale scale; };
struct SetLoadColouring { bool soleus; bool gastrocnemius; bool achilles; };
struct SetForceCues { bool grf_arrow; bool cop_trace; bool achilles_arrow; };
struct SetCameraFollow { CameraFollow follow; };
struct SetViewMode { ViewMode mode; };                    // by hand: also the mode a Learn page goes back to
struct SetExercisePose { biomech::ExercisePose pose; };  // also switches to ViewMode::Stretch (as SetViewMode)
/// A Learn page shows its subject on the leg. The first page opened remembers the runner's own
/// mode and settings; ClosePage puts them back.
struct ShowPage {
  std::string id;
  ViewMode mode = ViewMode::Run;
  biomech::ExercisePose pose = biomech::ExercisePose::BentKneeStretch;
  std::string spot;                               // rolling spot to mark ("" = the first)
  std::optional<biomech::Conditions> conditions;  // what the leg runs (none = the runner's own); must be valid
  int shown_case = -1;                            // the "Show me" case these conditions come from
  std::optional<scene::ViewPreset> view;          // none: the mode's opening view
};
struct ClosePage {};
/// Starts the A/B comparison and the Compare mode. B: its conditions (none: a copy of A's); an
/// invalid B is refused with a message and nothing changes.
struct StartCompare { std::optional<biomech::Conditions> b; };
struct CopyAToB {};                                   // B's conditions (and stride) become A's
struct SwapAB {};                                     // A and B trade conditions and strides
struct SetCompareLayout { scene::PairLayout layout; };
struct SetEditedSlot { Slot slot; };                  // which slot the Run tab edits
struct StopCompare {};                                // ends the comparison; the Compare mode goes back to Run
struct SetAudience { Audience audience; };  // text depth and first panels; never the numbers
struct SetLanguage { content::Language language; };  // View > Language, --lang: the words, at once
/// The quiz (document/quiz.h): Start opens it in the Anatomy mode (no questions: refused);
/// AnswerQuiz answers the current question once (a choice id; a FindStructure question is also
/// answered by Select, the structure picked) and shows the right answer on the leg; NextQuestion
/// asks the next one; StopQuiz closes it and puts back the mode, pose and selection before it.
struct StartQuiz { std::vector<content::QuizQuestion> questions; };
struct AnswerQuiz { std::string choice; };
struct NextQuestion {};
struct StopQuiz {};
/// Undo the last edit (document/history.h), or redo the last undone one; nothing when there is none.
struct Undo {};
struct Redo {};

using Command = std::variant<SetGroupVisible, SetGroupOpacity, SetStructureVisible, SetStructureOpacity,
                             SetXray, SetLabels, SetStructureLabelled, SetSection, Isolate, Select, Hover, ShowAll, SetView, FrameModel, MoveCamera,
                             SetViewport, LoadModel, ShowModel, EditModelSet, SaveModelSet, DismissError, LoadMotion, CloseMotion, SetConditions, SetPlaying, SetLoopPlayback,
                             SetPlaybackSpeed, SetPhase, StepFrame, AdvanceTime, SetLoadScale,
                             SetLoadColouring, SetForceCues, SetCameraFollow, SetViewMode, SetExercisePose,
                             ShowPage, ClosePage, StartCompare, CopyAToB, SwapAB, SetCompareLayout,
                             SetEditedSlot, StopCompare, SetAudience, SetLanguage, StartQuiz, AnswerQuiz,
                             NextQuestion, StopQuiz, Undo, Redo>;

/// A document for a loaded model, framed in the given view, running with default conditions
/// (or the given ones, which must be valid).
Document make_document(std::shared_ptr<const anatomy::AnatomyModel> model,
                       scene::ViewPreset view = scene::ViewPreset::Lateral,
                       const biomech::Conditions& conditions = {});

/// Fraction of the stride one StepFrame moves, and the time it moves an exercise or the roller (s).
inline constexpr double kStepFraction = 0.01;
inline constexpr double kStepSeconds = 0.1;

/// Applies one command. Out-of-range indices and values are clamped or ignored, never fatal.
/// An edit (document/edit_names.h) that changes the editable state is recorded in doc.history;
/// one that changes nothing (refused conditions, the value already set) is not.
void apply_command(Document& doc, const Command& command);

/// The mode the view shows: the chosen one, or StaticModel for a model without a rig.
ViewMode shown_mode(const Document& doc);

/// The runner's own settings and their stride (what a Learn page's cases start from, and what
/// going back restores), whether or not a page shows other ones now.
const biomech::Conditions& own_conditions(const Document& doc);
const biomech::SolvedStride& own_stride(const Document& doc);

/// The slot the Run tab edits (B only while the Compare mode shows a comparison) and its conditions.
Slot edited_slot(const Document& doc);
const biomech::Conditions& edited_conditions(const Document& doc);

/// Force (N) -> fraction of the load colour scale (body weights up to kBwScaleMax, or the
/// soleus's capacity), as the legend states it; of A's stride, or of the given one (B's).
float load_fraction(const Document& doc, double force_n);
float load_fraction(const Document& doc, const biomech::SolvedStride& stride, double force_n);

/// This frame's description, computed once after commands apply. `rolling` is the foam-rolling
/// map (null when the content is missing). The spec points into `doc`: rebuild it after any change.
scene::FrameSpec describe_frame(const Document& doc, const scene::RollingMap* rolling);

/// Pitch of a view preset while an axial cross-section is on (rad, + = from above): the cut face
/// is seen from above at about 63 degrees, nearly face-on, the leg under it still in view
/// (assumption: an atlas's view of a cross-section, tilted so the student keeps the leg in mind).
inline constexpr float kAxialCutPitch = 1.1f;

/// Carries out a pending framing request (doc.reframe): fits the camera to `points` (what the
/// frame shows, scene::framing_points), turning to the requested view first (from above,
/// kAxialCutPitch, while an axial section is on). Returns whether it did.
bool apply_framing(Document& doc, const std::vector<Vec3>& points);

/// Keeps the running leg in view (CameraFollow): moves the camera target a share `smoothing` of
/// the way (1 = all the way) to the leg's centre or its ground contact. Returns whether it moved.
bool follow_leg(Document& doc, const scene::Frame& frame, float smoothing);

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
