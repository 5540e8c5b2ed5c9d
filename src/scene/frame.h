#pragma once
/// One description of a frame and the scene built from it. The document computes a FrameSpec
/// once a frame, after commands apply: what is shown (subject, pose, the stride sample at the
/// playhead, the stretch state), what is coloured and by which quantity (with the legend that
/// explains it), and what the camera must frame. The panels read the same value; build_frame()
/// turns it into the draw list (MuJoCo's mjv_updateScene idea). No GL, no ImGui, no document.
#include <string>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "anatomy/pose.h"
#include "biomech/muscles.h"
#include "biomech/stride.h"
#include "scene/cues.h"
#include "scene/draw_list.h"
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
enum class LegendKind { None, Force, Stretch, RollingMap };
struct Legend {
  LegendKind kind = LegendKind::None;
  std::string quantity;    ///< e.g. "Force now"
  std::string unit;        ///< e.g. "BW", "% of capacity"; "" for the 0..1 stretch scale
  double scale_max = 1.0;  ///< value at the top of the colour scale, in `unit`
  std::vector<anatomy::StructureRole> structures;  ///< what is coloured, in order
  float marker = -1.0f;    ///< the soleus now on the scale (0..1); -1 none
};

/// One structure coloured by a quantity: where it sits on the colour scale (0..1, may exceed 1).
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

  // Running
  const biomech::SolvedStride* stride = nullptr;  ///< non-null when running
  biomech::StrideSample sample{};                 ///< the stride at the playhead, evaluated once
  CueOptions cues;

  // Exercise
  biomech::ExercisePose exercise_pose = biomech::ExercisePose::BentKneeStretch;
  biomech::Runner runner;           ///< whose ranges the exercise uses
  biomech::ExerciseFrame exercise;  ///< the leg at this instant of the exercise
  biomech::StretchState stretch{};  ///< muscle stretch in that instant

  // Foam rolling
  const RollingMap* rolling = nullptr;  ///< the foam-rolling map (may have no spots); null in tests without one
  int chosen_spot = -1;                 ///< spot explained and rolled on (index into rolling->spots), in any mode
  double roller_time_s = 0.0;           ///< roller animation clock (s)

  std::vector<ScaleColour> colours;  ///< load or stretch colouring (viridis)
  bool swell_with_load = false;      ///< coloured structures also thicken with their fraction
  Legend legend;
};

/// Meshes and state the draw list points into; kept from frame to frame (it must outlive the
/// draw list). Per-model data (landmarks, spot patches) is rebuilt when the model changes.
struct FrameBuffers {
  const anatomy::AnatomyModel* model = nullptr;
  FootLandmarks landmarks;
  anatomy::PoseBuffers pose;
  CueMeshes cues;
  std::vector<core::TriangleMesh> spot_patches;   ///< one per rolling spot (may be empty)
  std::vector<core::TriangleMesh> avoid_patches;  ///< per avoid zone: its bone's edges under the skin (may be empty)
  const RollingMap* patches_for = nullptr;        ///< map the patches were cut for
  core::TriangleMesh roller;
  core::TriangleMesh step;
};

/// A built frame: the draw list and where things are, for the camera.
struct Frame {
  DrawList draw_list;
  bool posed = false;     ///< the leg is posed by the running stride this frame
  RunPose run_pose;       ///< valid when posed
};

Frame build_frame(const FrameSpec& spec, FrameBuffers& buffers);

/// What the camera frames for this spec, as points (the corners of each shown item's box, which
/// fit far tighter than one box around everything): the isolated structure, else everything
/// visible, props included; for the running leg, every instant of the stride, so the swing is
/// never cut off. `frame` is this frame's build.
std::vector<Vec3> framing_points(const FrameSpec& spec, const Frame& frame, FrameBuffers& buffers);

}  // namespace soleus::scene
