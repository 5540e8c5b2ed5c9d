#pragma once
/// One description of a frame and the scene built from it. The document computes a FrameSpec
/// once a frame, after commands apply: what is shown (subject, pose, the stride sample at the
/// playhead, the stretch state), what is coloured and by which quantity (with the legend that
/// explains it), and what the camera must frame. The panels read the same value; build_frame()
/// turns it into the draw list (MuJoCo's mjv_updateScene idea). No GL, no ImGui, no document.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "anatomy/pose.h"
#include "biomech/muscles.h"
#include "biomech/stride.h"
#include "scene/cues.h"
#include "scene/joint_markers.h"
#include "scene/draw_list.h"
#include "scene/labels.h"
#include "scene/layers.h"
#include "scene/run_pose.h"
#include "biomech/exercises.h"
#include "scene/teaching.h"

namespace soleus::scene {

/// What the 3D view builds.
enum class Subject {
  Standing,     ///< the model at rest (anatomy study, a loaded model without a rig)
  Running,      ///< the leg posed at the playhead, coloured by load, with shoe and force cues
  Exercise,     ///< a stretch or strength exercise, coloured by muscle stretch
  FoamRolling,  ///< the rolling map: spots, places to avoid, the roller
};

/// How the Compare mode shows conditions A and B: two legs side by side (A left of the screen in
/// the lateral view, B right), B faint over A, or one leg coloured by B minus A.
enum class PairLayout { SideBySide, Overlay, Difference };
/// "side-by-side", "overlay", "difference" (the command line's words); nullopt for others.
std::optional<PairLayout> parse_pair_layout(std::string_view id);
const char* to_string(PairLayout layout);  ///< the command line's word

/// The foam-rolling map in scene terms (converted once from the content file).
struct RollingSpot {
  std::string id;
  anatomy::StructureRole target = anatomy::StructureRole::Soleus;  ///< muscle the spot is painted on
  double u = 0.5;          ///< around the belly (texture u, 0..1)
  double v = 0.5;          ///< along the fibres, origin (0) to insertion (1)
  double radius = 0.1;     ///< spot size (texture units)
  bool across = false;     ///< the roller moves across the fibres (else along them)
};
struct RollingMap {
  std::vector<RollingSpot> spots;
  std::vector<anatomy::StructureRole> avoid;  ///< structures not to roll on (bones: only where under the skin)
  double roller_speed_m_s = 0.025;            ///< suggested roller speed (m/s)
};

/// What the colour legend explains.
/// Difference: signed, B minus A, on a diverging map from -scale_max to +scale_max.
enum class LegendKind { None, Force, Stretch, RollingMap, Difference };
struct Legend {
  LegendKind kind = LegendKind::None;
  std::string quantity;    ///< e.g. "Force now" (English: pictures' captions, the log)
  std::string quantity_key;  ///< the same as a string table key for the screen, e.g. "legend.force_now"
  std::string unit;        ///< e.g. "BW", "% of capacity"; "" for the 0..1 stretch scale
  double scale_max = 1.0;  ///< value at the top of the colour scale, in `unit`
  std::vector<anatomy::StructureRole> structures;  ///< what is coloured, in order
  float marker = -1.0f;    ///< the soleus now on the scale (0..1); -1 none
};

/// One structure coloured by a quantity: where it sits on the colour scale (0..1, may exceed 1;
/// for a difference -1..1, may exceed either end).
struct ScaleColour {
  anatomy::StructureRole role;
  float fraction = 0.0f;
};

struct FrameSpec {
  Subject subject = Subject::Standing;
  const anatomy::AnatomyModel* model = nullptr;
  const Layers* layers = nullptr;
  int hovered = -1;    ///< structure index or -1
  int selected = -1;   ///< structure index or -1
  bool props = true;   ///< shoe, step, roller and force cues (off while a structure is isolated)
  bool animating = false;  ///< the picture changes by itself (a clock runs)
  const LabelSet* labels = nullptr;  ///< leader-line labels (null or not shown: none; a pair shows its A and B instead)

  // Running
  const biomech::SolvedStride* stride = nullptr;  ///< non-null when running
  biomech::StrideSample sample{};                 ///< the stride at the playhead, evaluated once
  CueOptions cues;

  // Compare (running only): a second leg B at the same phase of its own stride
  bool paired = false;                              ///< the Compare mode: A and B shown together
  PairLayout pair_layout = PairLayout::SideBySide;
  const biomech::SolvedStride* stride_b = nullptr;  ///< B's stride (non-null when paired)
  biomech::StrideSample sample_b{};                 ///< B's stride at the same phase as `sample`
  std::vector<ScaleColour> colours_b;               ///< B's load colouring (side by side, overlay)

  // Exercise
  biomech::ExercisePose exercise_pose = biomech::ExercisePose::BentKneeStretch;
  biomech::Runner runner;           ///< whose ranges the exercise uses
  biomech::ExerciseFrame exercise;  ///< the leg at this instant of the exercise
  biomech::StretchState stretch{};  ///< muscle stretch in that instant

  // Foam rolling
  const RollingMap* rolling = nullptr;  ///< the foam-rolling map (may have no spots); null in tests without one
  int chosen_spot = -1;                 ///< spot explained and rolled on (index into rolling->spots), in any mode
  double roller_time_s = 0.0;           ///< roller animation clock (s)

  std::vector<ScaleColour> colours;  ///< load or stretch colouring (viridis); for a difference, B - A (PuOr)
  bool diverging = false;            ///< colours are signed (B - A) on the diverging map
  bool swell_with_load = false;      ///< coloured structures also thicken with their fraction
  Legend legend;

  std::vector<JointMarker> joint_markers;  ///< the rig's joints (File > Model set); one leg only, not foam rolling
};

/// Lateral distance of each leg of a side-by-side pair from the centre (m, along +Z: screen right
/// in the lateral view): A at -kPairOffsetM, B at +kPairOffsetM. Wider than one stride's swing.
inline constexpr float kPairOffsetM = 0.36f;
/// Opacity of B's leg drawn over A's (overlay): A stays readable through it.
inline constexpr float kOverlayOpacityB = 0.35f;

/// A word the UI draws over the view at a world point (e.g. "A" above a leg of a pair, a
/// structure's name where the cross-section cuts it).
struct FrameLabel {
  std::string text;  ///< English (or the same in every language)
  Vec3 point{0.0f};  ///< world (m)
  std::string key{};  ///< the string table key of `text` in the language shown ("" = `text` as it is)
  bool on_cut = false;  ///< names a structure at the centre of its cut outline: small, centred on the point
};

/// Meshes and state the draw list points into; kept from frame to frame (it must outlive the
/// draw list). Per-model data (landmarks, spot patches) is rebuilt when the model changes.
struct FrameBuffers {
  const anatomy::AnatomyModel* model = nullptr;
  FootLandmarks landmarks;
  anatomy::PoseBuffers pose;
  CueMeshes cues;
  anatomy::PoseBuffers pose_b;  ///< B's leg of a pair
  CueMeshes cues_b;
  std::vector<core::TriangleMesh> spot_patches;   ///< one per rolling spot (may be empty)
  std::vector<core::TriangleMesh> avoid_patches;  ///< per avoid zone: its bone's edges under the skin (may be empty)
  const RollingMap* patches_for = nullptr;        ///< map the patches were cut for
  core::TriangleMesh roller;
  core::TriangleMesh step;
  AnchorCandidates anchors;  ///< where labels may point, found once per model when labels are first shown
  std::vector<core::TriangleMesh> joint_markers;  ///< one arrow per FrameSpec::joint_markers
};

/// A built frame: the draw list and where things are, for the camera.
struct Frame {
  DrawList draw_list;
  bool posed = false;     ///< the leg is posed by the running stride this frame
  RunPose run_pose;       ///< valid when posed (A's leg of a pair, before its offset)
  std::vector<FrameLabel> labels;  ///< "A", "B" above the legs of a pair; the structures a section cuts
  std::vector<StructureLabel> structure_labels;  ///< leader-line labels of the labelled structures drawn
};

Frame build_frame(const FrameSpec& spec, FrameBuffers& buffers);

/// What the camera frames for this spec, as points (the corners of each shown item's box, which
/// fit far tighter than one box around everything): the isolated structure, else everything
/// visible, props included; for the running leg, every instant of the stride, so the swing is
/// never cut off; what a cross-section cuts away is left out. `frame` is this frame's build.
std::vector<Vec3> framing_points(const FrameSpec& spec, const Frame& frame, FrameBuffers& buffers);

}  // namespace soleus::scene
