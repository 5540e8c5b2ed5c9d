#include "app/app_options.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>

#include "app/condition_args.h"
#include "document/scenario.h"
#include "motion/leg.h"

namespace soleus::app {
namespace {

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  std::string part;
  while (std::getline(stream, part, ','))
    if (!part.empty()) parts.push_back(part);
  return parts;
}

bool parse_int(const std::string& text, int low, int high, int& out) {
  try {
    std::size_t used = 0;
    const int value = std::stoi(text, &used);
    if (used != text.size() || value < low || value > high) return false;
    out = value;
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

std::string or_list(const std::vector<std::string>& ids) {
  std::string text;
  for (std::size_t i = 0; i < ids.size(); ++i) text += (i == 0 ? "" : i + 1 == ids.size() ? " or " : ", ") + ids[i];
  return text;
}

// "run, anatomy, stretch or foam-rolling": the selectable modes, from the mode table.
std::string mode_ids() {
  std::vector<std::string> ids;
  for (const document::ModeInfo* m = document::modes_begin(); m != document::modes_end(); ++m)
    if (!m->menu_label.empty()) ids.emplace_back(m->id);
  return or_list(ids);
}

// The exercise poses, from the pose table.
std::string pose_ids() {
  std::vector<std::string> ids;
  for (const biomech::ExerciseInfo& pose : biomech::exercise_poses()) ids.emplace_back(pose.id);
  return or_list(ids);
}

}  // namespace

std::string app_usage() {
  return R"(Soleus Lab: an interactive 3D lower leg that shows how much load the soleus carries.

Usage:
  soleus-lab [options]                 open the window
  soleus-lab --screenshot OUT.png ...  render one frame to a PNG and exit
  soleus-lab --video OUT.mp4 ...       record one stride as a video and exit
  soleus-lab --handout DIR ...         write a coach's handout (DIR/index.html) and exit
  soleus-lab report [flags] [--json | --csv FILE]    solve a running stride (soleus-lab report --help)
  soleus-lab stretch --knee-flexion DEG --ankle-dorsiflexion DEG [--json]

Options:
  --model PATH          load another model (glTF/GLB, OBJ, FBX, STL, PLY, DAE, ...), or a folder of
                        them, one part each (BodyParts3D, OpenSim geometry), rigged from its bones
  --detail full|lite    the default leg's level of detail: 147k or 40k triangles (default: full
                        on a GPU, lite on software OpenGL)
  --screenshot OUT.png  headless capture: render one frame (UI included unless --no-ui), exit 0
  --video OUT.mp4|DIR/  record the running leg (UI included unless --no-ui) from initial contact:
                        30 frames a second, 4x slow motion (a 0.7 s stride lasts 2.8 s). OUT.mp4
                        is encoded by the system's ffmpeg (H.264); DIR/ (a trailing slash or an
                        existing folder) gets frame_0001.png, frame_0002.png, ...; without ffmpeg
                        the frames go to OUT_frames/ and the exit code is 1
  --strides N           strides to record with --video, 1 to 20 (default 1)
  --handout DIR         write a coach's handout: DIR/index.html (opens offline) with the leg at
                        the soleus's peak (a_side.png), the force plot, the numbers, the note and
                        the red flags; with --compare, B too and what changed and why
  --width W --height H  size of the window or capture in pixels (default 1280 x 720)
  --view NAME           lateral (default), medial, posterior or anterior
  --hide NAME[,NAME]    hide structures (soleus, gastrocnemius, ...) or groups (skin, muscles, bones, ...)
  --isolate NAME        show one structure alone
  --select NAME         select a structure (its info panel opens)
  --quiz                the students' quiz open (Learn > Quiz); --select then answers a
                        "find the structure" question
  --quiz-seed N         the order of the quiz's questions (default: a new order each run)
  --xray                bones solid, soft tissue see-through
  --edit-set            File > Model set open on a model set (--model FOLDER): what the loader
                        guessed, each part's role and the joints placed from the bones, marked
                        on the leg (the marks also with --no-ui)
  --labels              leader-line labels on the calf's structures and the selected one (View >
                        Labels, T; drawn with the panels, so not with --no-ui)
  --section AXIS:M      cut the leg along a plane, its cut faces coloured and named: axial:M cuts
                        across at M metres above the ground and removes what is above (e.g.
                        axial:0.30, mid-calf), sagittal:M at x = M (+ medial) and removes the
                        lateral side (see it in the lateral view), coronal:M at z = M (+ anterior)
                        and removes the posterior side (the posterior view); free:M,YAW,PITCH
                        turns the axis YAW degrees from anterior towards medial and PITCH up
                        (free:M,0,90 is axial:M) and removes the side it points to; off
  --no-ui               no panels (3D view only)
  --ui-scale S          size of the text and panels, 0.5 to 4 (default: the monitor's scale for
                        HiDPI, at least 1; also View > UI scale)
  --reduced-motion      the stride starts paused and, played, stops at its end instead of looping
                        (also View > Reduced motion)
  --msaa N              multisampling 0, 2, 4 or 8 (default: 4 on a GPU; on software OpenGL 0,
                        with the much cheaper FXAA smoothing edges instead)
  --benchmark [--frames N] [--json]
                        render N frames (default 300) as fast as possible (vsync off) and print
                        time to first frame, load time, frame times, CPU time, peak memory, triangles
  --verbose             informational messages on stderr
  --phase 0..1          position in the stride to show (0 = initial contact; default: the soleus's
                        peak); pauses the animation
  --motion KIN --grf GRF [--grf-map XML] [--leg r|l] [--mass KG]
                        play a measured trial's first stance of that leg instead of the generated
                        stride (as File > Import motion; the files as for report --motion,
                        docs/motion-import.md); with --phase, 0..1 of that stance
  --mode NAME           )" + mode_ids() + R"( (default run: the leg runs,
                        soleus coloured by load)
  --compare-layout NAME the compare mode's layout: side-by-side (default), overlay (B faint over A)
                        or difference (one leg coloured by B minus A)
  --pose NAME           stretch-mode pose: )" + pose_ids() + R"(
  --learn-page ID       open the Learn tab at a page: the id of a cause, remedy, prevention entry,
                        myth, exercise or rolling spot (assets/content/learn.json), or foam-rolling
                        or planner; the 3D view shows its subject (with --no-ui, alone)
  --audience NAME       student, coach or runner (default): the depth of the teaching text and
                        the panels that open first (also View > Audience); never the numbers
  --lang LANG           en or zh (Simplified Chinese): the language of the interface and the
                        teaching text (also View > Language; default: the saved choice, else the
                        system locale); this help stays in English
  --press KEYS          run these shortcuts at start, in order, with the names Help > Controls
                        gives them, comma separated (e.g. --press x,ctrl+z: x-ray, then undo it)
  --preset FILE         open a scenario file (docs/scenarios.md; built-ins in assets/scenarios/): its
                        conditions, view, mode and its "compare" block (B, layout); explicit
                        flags win over it
  --compare FILE        B's conditions for the compare view: the file's own beside --preset, or
                        its "compare" block (and its A) when it has one
  --check-screens       render every mode and Learn page at --width x --height and check each
                        (no OpenGL error, no warning, no 3D content under a panel); exit 1 if not
  --screens-dir DIR     with --check-screens: save each screen it checks as DIR/NNN-name.png

Running conditions (as for `soleus-lab report`, except that the runner's height is
--runner-height M here, since --height is the picture's):
)" + condition_flags_help() + R"(
  --help, --version

Exit codes: 0 success, 1 failure (model, display, OpenGL, file), 2 bad command line.
Without a display, run under a virtual one: xvfb-run -a soleus-lab --screenshot leg.png
)";
}

ParseResult parse_app_options(const std::vector<std::string>& args) {
  ParseResult result;
  AppOptions& o = result.options;
  ConditionsBuilder conditions;
  // Explicit flags win over a --preset scenario's view and mode, whatever their order.
  std::optional<scene::ViewPreset> preset_view;
  std::optional<document::ViewMode> preset_mode;
  std::optional<biomech::Conditions> preset_b;  // the --preset file's own "compare" block
  std::optional<scene::PairLayout> preset_layout;
  std::optional<document::Scenario> compare;
  bool mass_given = false;  // --mass: the runner's, and a measured trial's over its files' header
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](const char* what) -> std::optional<std::string> {
      if (i + 1 >= args.size()) {
        result.error = arg + " needs " + what;
        return std::nullopt;
      }
      return args[++i];
    };
    if (arg == "--preset" || arg == "--compare") {
      const auto v = value("a scenario file (docs/scenarios.md)");
      if (!v) break;
      try {
        document::Scenario scenario = document::read_scenario(*v);
        if (arg == "--compare") {
          compare = std::move(scenario);
        } else {
          o.preset = *v;
          conditions.set_base(scenario.a);
          preset_view = scenario.view;
          preset_mode = scenario.mode;
          preset_b = scenario.b;
          preset_layout = scenario.layout;
        }
      } catch (const document::FileError& e) {
        result.error = arg + ": " + e.what();
        break;
      }
    } else if (arg == "--phase") {
      const auto v = value("a position in the stride from 0 to 1");
      if (!v) break;
      const auto phase = parse_number(*v);
      if (!phase || *phase < 0.0 || *phase > 1.0) {
        result.error = "--phase must be a number from 0 to 1 (got '" + *v + "')";
        break;
      }
      o.phase = *phase;
    } else if (arg == "--mode") {
      const auto v = value(mode_ids().c_str());
      if (!v) break;
      o.mode = document::parse_view_mode(*v);
      if (!o.mode) {
        result.error = "--mode must be " + mode_ids() + " (got '" + *v + "')";
        break;
      }
    } else if (arg == "--compare-layout") {
      const auto v = value("side-by-side|overlay|difference");
      if (!v) break;
      o.compare_layout = scene::parse_pair_layout(*v);
      if (!o.compare_layout) {
        result.error = "--compare-layout must be side-by-side|overlay|difference (got '" + *v + "')";
        break;
      }
    } else if (arg == "--audience") {
      const auto v = value(content::audience_ids());
      if (!v) break;
      o.audience = document::parse_audience(*v);
      if (!o.audience) {
        result.error = std::string("--audience must be ") + content::audience_ids() + " (got '" + *v + "')";
        break;
      }
    } else if (arg == "--lang") {
      const auto v = value(content::language_ids());
      if (!v) break;
      o.language = content::parse_language(*v);
      if (!o.language) {
        result.error = std::string("--lang must be ") + content::language_ids() + " (got '" + *v + "')";
        break;
      }
    } else if (arg == "--press") {
      const auto v = value("shortcut keys, comma separated (e.g. f,ctrl+z)");
      if (!v) break;
      for (const std::string& keys : split_commas(*v)) o.press.push_back(keys);  // checked by the viewer
    } else if (arg == "--video") {
      const auto v = value("an output .mp4 file or a folder ending in /");
      if (!v) break;
      if (v->empty()) {
        result.error = "--video needs an output .mp4 file or a folder ending in /";
        break;
      }
      o.video = video_target(*v);
    } else if (arg == "--strides") {
      const auto v = value("a number of strides (1..20)");
      if (!v) break;
      if (!parse_int(*v, 1, 20, o.strides)) {
        result.error = "--strides must be a whole number from 1 to 20 (got '" + *v + "')";
        break;
      }
    } else if (arg == "--handout") {
      const auto v = value("an output folder");
      if (!v) break;
      if (v->empty()) {
        result.error = "--handout needs an output folder";
        break;
      }
      o.handout = *v;
    } else if (arg == "--check-screens") {
      o.check_screens = true;
    } else if (arg == "--screens-dir") {
      const auto v = value("an output folder");
      if (!v) break;
      if (v->empty()) {
        result.error = "--screens-dir needs an output folder";
        break;
      }
      o.screens_dir = *v;
    } else if (arg == "--pose") {
      const auto v = value(pose_ids().c_str());
      if (!v) break;
      o.pose = biomech::find_exercise_pose(*v);
      if (!o.pose) {
        result.error = "--pose must be " + pose_ids() + " (got '" + *v + "')";
        break;
      }
    } else if (arg == "--learn-page") {
      const auto v = value("a Learn page id");
      if (!v) break;
      o.learn_page = *v;  // checked against the content once it is loaded
    } else if (arg == "--help" || arg == "-h") {
      o.help = true;
    } else if (arg == "--version") {
      o.version = true;
    } else if (arg == "--model") {
      const auto v = value("a model file path");
      if (!v) break;
      o.model = *v;
    } else if (arg == "--detail") {
      const auto v = value("full or lite");
      if (!v) break;
      if (*v != "full" && *v != "lite") {
        result.error = "--detail must be full or lite (got '" + *v + "')";
        break;
      }
      o.detail = *v == "full" ? ModelDetail::Full : ModelDetail::Lite;
    } else if (arg == "--screenshot") {
      const auto v = value("an output PNG path");
      if (!v) break;
      o.screenshot = *v;
    } else if (arg == "--width" || arg == "--height") {
      const auto v = value("a size in pixels (64..8192)");
      if (!v) break;
      if (!parse_int(*v, 64, 8192, arg == "--width" ? o.width : o.height)) {
        result.error = arg + " must be a whole number of pixels from 64 to 8192 (got '" + *v + "')";
        break;
      }
    } else if (arg == "--view") {
      const auto v = value("a view name");
      if (!v) break;
      o.view = scene::parse_view_preset(*v);
      if (!o.view) {
        result.error = "--view must be lateral, medial, posterior or anterior (got '" + *v + "')";
        break;
      }
    } else if (arg == "--no-ui") {
      o.ui = false;
    } else if (arg == "--ui-scale") {
      const auto v = value("a scale from 0.5 to 4");
      if (!v) break;
      const auto scale = parse_number(*v);
      if (!scale || *scale < kMinUiScale || *scale > kMaxUiScale) {
        result.error = "--ui-scale must be a number from 0.5 to 4 (got '" + *v + "')";
        break;
      }
      o.ui_scale = static_cast<float>(*scale);
    } else if (arg == "--reduced-motion") {
      o.reduced_motion = true;
    } else if (arg == "--hide") {
      const auto v = value("structure or group names, comma separated");
      if (!v) break;
      for (const std::string& name : split_commas(*v)) o.hide.push_back(name);
    } else if (arg == "--isolate") {
      const auto v = value("a structure name");
      if (!v) break;
      o.isolate = *v;
    } else if (arg == "--select") {
      const auto v = value("a structure name");
      if (!v) break;
      o.select = *v;
    } else if (arg == "--xray") {
      o.xray = true;
    } else if (arg == "--edit-set") {
      o.edit_set = true;
    } else if (arg == "--quiz") {
      o.quiz = true;
    } else if (arg == "--quiz-seed") {
      const auto v = value("a whole number, 0..4294967295");
      if (!v) break;
      try {
        std::size_t used = 0;
        const unsigned long long seed = std::stoull(*v, &used);
        if (used != v->size() || seed > 0xFFFFFFFFull || v->front() == '-') throw std::out_of_range("seed");
        o.quiz_seed = static_cast<std::uint32_t>(seed);
      } catch (const std::exception&) {
        result.error = "--quiz-seed must be a whole number 0..4294967295 (got '" + *v + "')";
        break;
      }
    } else if (arg == "--labels") {
      o.labels = true;
    } else if (arg == "--section") {
      const auto v = value("AXIS:METRES, e.g. axial:0.30");
      if (!v) break;
      std::string reason;
      o.section = scene::parse_section(*v, reason);
      if (!o.section) {
        result.error = "--section: " + reason;
        break;
      }
    } else if (arg == "--benchmark") {
      o.benchmark = true;
    } else if (arg == "--frames") {
      const auto v = value("a frame count (1..100000)");
      if (!v) break;
      if (!parse_int(*v, 1, 100000, o.frames)) {
        result.error = "--frames must be a whole number from 1 to 100000 (got '" + *v + "')";
        break;
      }
    } else if (arg == "--json") {
      o.json = true;
    } else if (arg == "--verbose") {
      o.verbose = true;
    } else if (arg == "--msaa") {
      const auto v = value("0, 2, 4 or 8");
      if (!v) break;
      int samples = -1;
      const bool valid = parse_int(*v, 0, 8, samples) && (samples == 0 || samples == 2 || samples == 4 || samples == 8);
      o.msaa = samples;
      if (!valid) {
        result.error = "--msaa must be 0, 2, 4 or 8 (got '" + *v + "')";
        break;
      }
    } else if (arg == "--motion" || arg == "--grf" || arg == "--grf-map") {
      const auto v = value("a file");
      if (!v) break;
      if (!o.motion) o.motion = document::MotionFiles{};
      (arg == "--motion" ? o.motion->kinematics : arg == "--grf" ? o.motion->grf : o.motion->grf_map) = *v;
    } else if (arg == "--leg") {
      const auto v = value("r or l");
      if (!v) break;
      const std::optional<motion::Leg> leg = motion::parse_leg(*v);
      if (!leg) {
        result.error = "--leg must be r or l (got '" + *v + "')";
        break;
      }
      if (!o.motion) o.motion = document::MotionFiles{};
      o.motion->leg = *leg;
    } else if (arg == "--runner-height" || (is_condition_flag(arg) && arg != "--height")) {
      // --height is the picture's height here (as --width); the runner's is --runner-height.
      const std::string flag = arg == "--runner-height" ? "--height" : arg;
      mass_given = mass_given || flag == "--mass";
      auto next = [&]() -> std::optional<std::string> {
        if (i + 1 < args.size()) return args[++i];
        return std::nullopt;
      };
      if (auto error = apply_condition_flag(flag, next, conditions)) {
        result.error = *error;
        break;
      }
    } else {
      result.error = "unknown option '" + arg + "' (see soleus-lab --help)";
      break;
    }
  }
  if (result.error.empty() && o.benchmark && o.screenshot)
    result.error = "--benchmark and --screenshot cannot be combined";
  if (result.error.empty() && o.screens_dir && !o.check_screens)
    result.error = "--screens-dir saves the screens of --check-screens; add --check-screens";
  if (result.error.empty() && o.check_screens && (o.benchmark || o.screenshot))
    result.error = "--check-screens cannot be combined with --benchmark or --screenshot";
  // B: the --compare file's own conditions beside a --preset, else its "compare" block when it
  // has one (a single file holding both: A is its own), else its own conditions beside the flags' A;
  // without --compare, the --preset file's "compare" block. The layout: --compare-layout, else the file's.
  const bool holds_both = compare && !o.preset && compare->b;
  if (compare) o.compare_conditions = holds_both ? *compare->b : compare->a;
  if (holds_both) conditions.set_base(compare->a);
  if (!compare) o.compare_conditions = preset_b;  // a --preset with a "compare" block compares
  const auto& layout_file = compare ? compare->layout : preset_layout;
  if (!o.compare_layout && o.compare_conditions) o.compare_layout = layout_file;
  // One output per run: each of these renders what it needs and exits.
  if (result.error.empty() &&
      (o.screenshot.has_value() + o.video.has_value() + o.handout.has_value() + o.benchmark + o.check_screens) > 1)
    result.error = "--screenshot, --video, --handout, --benchmark and --check-screens cannot be combined";
  if (result.error.empty())
    if (auto error = conditions.build(o.conditions)) result.error = *error;
  if (result.error.empty() && o.motion) {
    if (o.motion->kinematics.empty() || o.motion->grf.empty())
      result.error = "a measured trial needs both --motion KIN.sto (joint angles) and --grf GRF.mot (ground reaction forces)";
    if (mass_given) o.motion->body_mass_kg = o.conditions.runner.body_mass_kg;  // else the files' header, or the runner's
  }
  if (!o.view) o.view = preset_view;
  if (!o.mode) o.mode = preset_mode;
  return result;
}

content::Language system_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = std::getenv(name); value && *value) return content::language_from_locale(value);
  return content::Language::English;
}

}  // namespace soleus::app
