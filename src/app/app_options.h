#pragma once
/// The window app's command line (the report and stretch subcommands parse their own).
#include <filesystem>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "biomech/conditions.h"
#include "document/document.h"
#include "app/video_export.h"
#include "scene/camera.h"
#include "scene/section.h"

namespace soleus::app {

/// The range of --ui-scale (and of the monitor's scale taken as the default).
inline constexpr float kMinUiScale = 0.5f;
inline constexpr float kMaxUiScale = 4.0f;

/// Level of detail of the default leg (docs/anatomy-model.md).
enum class ModelDetail { Full, Lite };

struct AppOptions {
  std::optional<std::filesystem::path> model;        // --model PATH (default: assets/models/lower_leg.glb)
  std::optional<ModelDetail> detail;                 // --detail full|lite; default: lite on software GL
  std::optional<std::filesystem::path> screenshot;   // --screenshot OUT.png: render one frame and exit
  int width = 1280;                                  // --width W (pixels, 64..8192)
  int height = 720;                                  // --height H (pixels, 64..8192)
  std::optional<scene::ViewPreset> view;             // --view posterior|lateral|medial|anterior
  bool ui = true;                                    // --no-ui turns the panels off
  std::optional<float> ui_scale;                     // --ui-scale 0.5..4; default: the monitor's (at least 1)
  bool reduced_motion = false;                       // --reduced-motion: start paused, play a stride once
  std::vector<std::string> hide;                     // --hide NAME[,NAME...] structures or groups
  std::optional<std::string> isolate;                // --isolate NAME
  std::optional<std::string> select;                 // --select NAME (opens its info panel)
  bool xray = false;                                 // --xray
  bool edit_set = false;                             // --edit-set: File > Model set open
  bool labels = false;                               // --labels
  bool quiz = false;                                 // --quiz: the students' quiz open (before --select, which answers a find question)
  std::optional<std::uint32_t> quiz_seed;            // --quiz-seed N: the quiz's question order (default: new each run)
  std::optional<scene::Section> section;             // --section AXIS:METRES | free:METRES,YAW,PITCH (scene/section.h)
  std::optional<int> msaa;                           // --msaa 0|2|4|8; default: 4 on a GPU, 0 + FXAA on software GL
  bool benchmark = false;                            // --benchmark: render frames flat out, print timings
  int frames = 300;                                  // --frames N for --benchmark (1..100000)
  bool json = false;                                 // --json: benchmark report as one JSON object
  bool verbose = false;                              // --verbose: informational log lines on stderr
  biomech::Conditions conditions;                    // the same condition flags as `report` (over --preset's)
  std::optional<std::filesystem::path> preset;       // --preset FILE: a scenario's conditions, view and mode
  std::optional<biomech::Conditions> compare_conditions;  // --compare FILE (or --preset's "compare"): B; opens the compare view
  std::optional<double> phase;                       // --phase 0..1: position in the stride (pauses)
  std::optional<document::MotionFiles> motion;       // --motion KIN --grf GRF [--grf-map XML] [--leg r|l] (mass: --mass)
  std::optional<document::ViewMode> mode;            // --mode run|anatomy|stretch|foam-rolling|compare
  std::optional<scene::PairLayout> compare_layout;   // --compare-layout side-by-side|overlay|difference (compare view)
  std::optional<biomech::ExercisePose> pose;         // --pose bent-knee|straight-knee|calf-raise|heel-drop
  std::optional<std::string> learn_page;             // --learn-page ID: the Learn tab open at that page
  std::optional<document::Audience> audience;         // --audience student|coach|runner
  std::optional<content::Language> language;          // --lang en|zh
  std::vector<std::string> press;                    // --press KEYS: shortcuts run at start, in order (as Help
                                                     // names them; the viewer checks them)
  std::optional<VideoTarget> video;                  // --video OUT.mp4 | DIR/: record strides and exit
  int strides = 1;                                   // --strides N for --video (1..20)
  std::optional<std::filesystem::path> handout;      // --handout DIR: write DIR/index.html and pictures, exit
  bool check_screens = false;                        // --check-screens: render and check every mode and Learn page
  std::optional<std::filesystem::path> screens_dir;  // --screens-dir DIR (with --check-screens): each screen
                                                     // checked is also saved as DIR/NNN-name.png
  bool help = false;                                 // --help
  bool version = false;                              // --version
};

struct ParseResult {
  AppOptions options;
  std::string error;  // non-empty: one line naming the argument and what is valid
};

ParseResult parse_app_options(const std::vector<std::string>& args);

/// The --help text.
std::string app_usage();

/// The language the system locale asks for (LC_ALL, else LC_MESSAGES, else LANG).
content::Language system_language();

}  // namespace soleus::app
