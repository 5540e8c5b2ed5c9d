#include "app/viewer.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdint>
#include <future>
#include <cmath>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <random>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "anatomy/model_cache.h"
#include "app/benchmark_report.h"
#include "app/handout_export.h"
#include "app/imgui_session.h"
#include "app/in_app_export.h"
#include "app/model_loading.h"
#include "anatomy/display_mesh.h"
#include "app/paths.h"
#include "app/role_aliases.h"
#include "app/screen_check.h"
#include "app/screen_tour.h"
#include "app/settings_store.h"
#include "app/video_export.h"
#include "content/structures.h"
#include "core/log.h"
#include "document/document.h"
#include "document/scenario_io.h"
#include "document/settings.h"
#include "platform/window.h"
#include "render/gl_context.h"
#include "render/image_io.h"
#include "render/renderer.h"
#include "scene/frame.h"
#include "scene/scene_builder.h"
#include "ui/app_ui.h"
#include "ui/frame_labels.h"
#include "ui/learn_panels.h"
#include "ui/quiz_panel.h"
#include "ui/shortcuts.h"
#include "ui/structure_labels.h"

namespace soleus::app {
namespace {

using Clock = std::chrono::steady_clock;

constexpr float kOrbitPerPixel = 0.008f;   // rad per pixel of drag
constexpr float kKeyOrbit = 0.08f;         // rad per arrow-key press
constexpr float kZoomPerNotch = 0.9f;      // distance factor per wheel notch
constexpr float kClickSlopPixels = 4.0f;   // a press that moves less than this is a click
constexpr int kScreenshotFrames = 3;       // with UI: ImGui sizes auto-resizing windows over two frames
constexpr int kTourFrames = kScreenshotFrames + 1;  // --check-screens: a screen's commands apply on its second frame
constexpr float kFollowSmoothing = 0.2f;   // share of the follow offset closed per frame
constexpr float kMovingRenderScale = 0.75f;        // 3D resolution while animating on software GL
constexpr long kFrameBudgetMicroseconds = 16667;  // 60 fps cap for the interactive window
constexpr int kSettleFrames = 3;           // frames drawn after any input before sleeping again
constexpr double kIdleWakeSeconds = 1.0;   // an idle app still wakes now and then (cheap: no drawing)

// Drag bookkeeping between frames.
struct PointerState {
  float travelled = 0.0f;  // pixels moved since the left button went down
  bool dragging_view = false;
};

// The interface's words and the teaching text as `audience` reads it in `language`. `roles` (when
// given) learns the catalogue's aliases.
ui::UiContent load_ui_content(const std::filesystem::path& assets, anatomy::RoleTable* roles,
                              document::Audience audience, content::Language language) {
  ui::UiContent content;
  content.audience = audience;
  content.language = language;
  auto note_problem = [&](const std::string& problem) {
    content.error += (content.error.empty() ? "" : "\n") + problem;
    core::log_warning(problem);
  };
  try {
    content.strings = content::Strings::load_language(assets / "strings", language);
  } catch (const std::exception& e) {
    note_problem(e.what());
  }
  try {
    content.structures =
        content::load_structure_catalog((assets / "content" / "structures.json").string(), audience, language);
    for (const content::StructureEntry& entry : content.structures->structures)  // for undo steps' names
      content.strings.add("structure_name." + entry.id, entry.name);
    if (roles) add_catalog_aliases(*content.structures, *roles);
  } catch (const std::exception& e) {
    note_problem(e.what());
  }
  try {
    content.learn = content::load_learn_content((assets / "content" / "learn.json").string(), audience, language);
    content.rolling = ui::rolling_map(content.learn->foam_rolling);
  } catch (const std::exception& e) {
    note_problem(e.what());
  }
  return content;
}

void apply_layer_options(const AppOptions& options, document::Document& doc) {
  for (const std::string& unknown : scene::hide_by_names(*doc.model, options.hide, doc.layers))
    core::log_warning("--hide: no structure or group named '" + unknown + "'");
  auto index_of = [&](const std::string& name, const char* flag) {
    const auto found = scene::find_structure(*doc.model, name);
    if (!found) core::log_warning(std::string(flag) + ": no structure named '" + name + "'");
    return found ? static_cast<int>(*found) : -1;
  };
  if (options.isolate) apply_command(doc, document::Isolate{index_of(*options.isolate, "--isolate")});
  if (options.select) apply_command(doc, document::Select{index_of(*options.select, "--select")});
  if (options.xray) apply_command(doc, document::SetXray{true});
  if (options.labels) apply_command(doc, document::SetLabels{true});
  if (options.section) apply_command(doc, document::SetSection{*options.section});
}

// What a shortcut does (pressed, or named by --press).
void run_shortcut(const ui::Shortcut& shortcut, const document::Document& doc, ui::AppUiState& ui_state,
                  document::CommandQueue& commands) {
  using ui::Action;
  switch (shortcut.action) {
    case Action::PlayPause: commands.push(document::SetPlaying{!doc.run.playing}); break;
    case Action::StepBack: commands.push(document::StepFrame{-1}); break;
    case Action::StepForward: commands.push(document::StepFrame{1}); break;
    case Action::Mode: commands.push(document::SetViewMode{*shortcut.mode}); break;
    case Action::ViewLateral: commands.push(document::SetView{scene::ViewPreset::Lateral}); break;
    case Action::ViewMedial: commands.push(document::SetView{scene::ViewPreset::Medial}); break;
    case Action::ViewPosterior: commands.push(document::SetView{scene::ViewPreset::Posterior}); break;
    case Action::ViewAnterior: commands.push(document::SetView{scene::ViewPreset::Anterior}); break;
    case Action::FrameView: commands.push(document::FrameModel{}); break;
    case Action::OrbitLeft: commands.push(document::MoveCamera{kKeyOrbit}); break;
    case Action::OrbitRight: commands.push(document::MoveCamera{-kKeyOrbit}); break;
    case Action::OrbitUp: commands.push(document::MoveCamera{0.0f, kKeyOrbit}); break;
    case Action::OrbitDown: commands.push(document::MoveCamera{0.0f, -kKeyOrbit}); break;
    case Action::ZoomIn: commands.push(document::MoveCamera{0, 0, 0, 0, kZoomPerNotch}); break;
    case Action::ZoomOut: commands.push(document::MoveCamera{0, 0, 0, 0, 1.0f / kZoomPerNotch}); break;
    case Action::Xray: commands.push(document::SetXray{!doc.layers.xray}); break;
    case Action::Labels: commands.push(document::SetLabels{!doc.labels.shown}); break;
    case Action::ShowAll: commands.push(document::ShowAll{}); break;
    case Action::Isolate: commands.push(document::Isolate{doc.layers.isolated >= 0 ? -1 : doc.selected}); break;
    case Action::ClearSelection:
      commands.push(doc.layers.isolated >= 0 ? document::Command{document::Isolate{-1}} : document::Command{document::Select{-1}});
      break;
    case Action::TogglePanels: ui_state.show_panels = !ui_state.show_panels; break;
    case Action::Help: ui_state.show_help = !ui_state.show_help; break;
    case Action::NextLanguage: {  // the next in View > Language's order, round to the first
      const auto& all = content::languages();
      const auto current = std::find_if(all.begin(), all.end(), [&](const auto& l) { return l.language == doc.language; });
      const auto next = current == all.end() || current + 1 == all.end() ? all.begin() : current + 1;
      commands.push(document::SetLanguage{next->language});
      break;
    }
    case Action::Undo: commands.push(document::Undo{}); break;
    case Action::Redo: commands.push(document::Redo{}); break;
    case Action::OpenModel: ui_state.open_model_popup = !ui_state.loading.active; break;
  }
}

// Mouse and keyboard -> camera, hover and selection commands (only input ImGui does not want).
void handle_input(const platform::InputState& in, const document::Document& doc, const scene::DrawList& last_frame,
                  Vec2 window_size, Vec2 framebuffer_scale, PointerState& pointer, ui::AppUiState& ui_state,
                  document::CommandQueue& commands) {
  const ImGuiIO& io = ImGui::GetIO();
  const float height = std::max(window_size.y, 1.0f);
  if (!io.WantCaptureMouse) {
    if (in.was_pressed(platform::MouseButton::Left)) pointer = PointerState{0.0f, true};
    const bool pan_drag = in.is_down(platform::MouseButton::Right) || in.is_down(platform::MouseButton::Middle) ||
                          (in.is_down(platform::MouseButton::Left) && in.modifiers.shift);
    if (pan_drag) {
      commands.push(document::MoveCamera{0.0f, 0.0f, -in.mouse_delta.x / height, in.mouse_delta.y / height, 1.0f});
    } else if (in.is_down(platform::MouseButton::Left) && pointer.dragging_view) {
      commands.push(document::MoveCamera{-in.mouse_delta.x * kOrbitPerPixel, in.mouse_delta.y * kOrbitPerPixel});
    }
    if (in.scroll_delta.y != 0.0f)
      commands.push(document::MoveCamera{0, 0, 0, 0, std::pow(kZoomPerNotch, in.scroll_delta.y)});
    pointer.travelled += std::abs(in.mouse_delta.x) + std::abs(in.mouse_delta.y);

    const bool idle_pointer = !in.is_down(platform::MouseButton::Left) && !pan_drag && in.mouse_delta != Vec2(0.0f);
    const bool click = in.was_released(platform::MouseButton::Left) && pointer.dragging_view &&
                       pointer.travelled < kClickSlopPixels;
    if (idle_pointer || click) {
      const Vec2 pixel = in.mouse_position * framebuffer_scale;
      const scene::Ray ray = doc.camera.ray_through_pixel(pixel, window_size * framebuffer_scale);
      const auto hit = scene::pick(last_frame, ray.origin, ray.direction);
      const int structure = hit ? scene::structure_for_pick(hit->pick_id) : -1;
      if (structure != doc.hovered) commands.push(document::Hover{structure});
      if (click) commands.push(document::Select{structure});
    }
    if (in.was_released(platform::MouseButton::Left)) pointer.dragging_view = false;
  } else if (doc.hovered >= 0 && !io.WantCaptureMouse) {
    commands.push(document::Hover{-1});
  }
  if (io.WantCaptureKeyboard) return;
  for (const platform::KeyPress& key : in.keys_pressed) {
    const ui::Shortcut* shortcut = ui::find_shortcut(key.key, key.modifiers.control, key.modifiers.shift);
    if (!shortcut || (key.repeat && !shortcut->repeats)) continue;
    run_shortcut(*shortcut, doc, ui_state, commands);
  }
}

std::shared_ptr<anatomy::AnatomyModel> load_model(const std::filesystem::path& path, const anatomy::RoleTable& roles) {
  return std::make_shared<anatomy::AnatomyModel>(anatomy::load_anatomy_model_cached(path, roles));
}

// Anything that can change what is on screen: then the app draws a few frames, else it sleeps.
bool had_input(const platform::InputState& in) {
  return in.mouse_delta != Vec2(0.0f) || in.scroll_delta != Vec2(0.0f) || !in.keys_pressed.empty() ||
         in.framebuffer_resized || in.mouse_pressed[0] || in.mouse_pressed[1] || in.mouse_pressed[2] ||
         in.mouse_released[0] || in.mouse_released[1] || in.mouse_released[2] || !in.dropped_paths.empty();
}

// Between frames: files dropped on the window (a .json scenario, or a model), and what File >
// Open scenario, Save scenario and Open recent asked for. What opened or saved goes first in the
// recent files.
void carry_out_file_requests(const platform::InputState& in, ui::AppUiState& ui_state, document::Settings& settings,
                             document::Document& doc) {
  auto remember = [&](const std::string& path) {
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    document::note_recent_file(settings, ec ? path : absolute.lexically_normal().string());
  };
  auto open = [&](const std::string& path) {
    if (document::open_scenario(doc, path)) remember(path);
  };
  for (const std::string& path : in.dropped_paths)
    if (document::open_dropped_file(doc, path)) remember(path);
  if (ui_state.open_scenario) open(*std::exchange(ui_state.open_scenario, std::nullopt));
  if (ui_state.save_scenario) {
    const std::string path = *std::exchange(ui_state.save_scenario, std::nullopt);
    if (document::save_scenario(doc, path)) remember(path);
  }
  ui_state.recent_files = settings.recent_files;
}

// File > Open model's request, loaded in the background (a thread: the window stays live), and
// the load's progress and Stop; a finished load is shown (or its failure said).
void carry_out_model_load(BackgroundModelLoad& loader, std::size_t display_budget, ui::AppUiState& ui_state,
                          document::Document& doc) {
  if (ui_state.open_model) {
    const std::filesystem::path path = *std::exchange(ui_state.open_model, std::nullopt);
    if (!loader.start(path, doc.roles, display_budget)) apply_command(doc, document::LoadModel{path});  // no thread: in turn
  }
  if (std::exchange(ui_state.loading.stop_requested, false)) loader.stop();
  if (std::optional<document::ShowModel> loaded = loader.take_finished()) apply_command(doc, *loaded);
  ui::LoadingState& shown = ui_state.loading;
  if (!loader.running()) {
    shown = {};
    return;
  }
  const std::filesystem::path& path = loader.path();
  shown.active = true;
  shown.name = (path.has_filename() ? path.filename() : path.parent_path().filename()).string();
  shown.fraction = loader.fraction();
  shown.seconds = loader.seconds();
  shown.stopping = shown.stopping || loader.stopping();
}

// The settings as the window now has them: the layout always, the UI scale once the user changed
// it (a scale that came from the monitor or --ui-scale is not a preference).
void follow_ui_state(const ui::AppUiState& ui_state, float start_scale, document::Audience start_audience,
                     content::Language start_language, const document::Document& doc, document::Settings& settings) {
  if (ui_state.ui_scale != start_scale) settings.ui_scale = ui_state.ui_scale;
  if (doc.audience != start_audience) settings.audience = doc.audience;
  if (doc.language != start_language) settings.language = doc.language;
  settings.layout = {ui_state.show_panels, !ui_state.left_open, !ui_state.right_open};
}

// Multisampling costs several times its worth on software GL (Mesa llvmpipe), where FXAA gives
// most of the smoothing for a fraction (docs/performance.md).
render::RenderSettings choose_render_settings(const AppOptions& options, bool rigged_model) {
  render::RenderSettings settings;
  const bool software = render::is_software_renderer();
  settings.msaa_samples = options.msaa.value_or(software ? 0 : 4);
  settings.fxaa = settings.msaa_samples <= 1;
  if (software) settings.contact_shadow_interval = 4;  // a moving shadow lagging 3 frames is not seen
  settings.skin_on_gpu = !software;  // software GL: our CPU skinning is cheaper than its transform feedback
  std::copy(std::begin(ui::kPanelBackgroundSrgb), std::end(ui::kPanelBackgroundSrgb), settings.surround_srgb);
  // Our rigged models are closed and wound outward (docs/architecture.md); foreign files may not be.
  settings.cull_back_faces = rigged_model;
  return settings;
}

// On software GL (fill-bound at 720p) a moving picture is drawn at a lower resolution without
// FXAA (motion hides both); full resolution and FXAA return as soon as it holds still.
render::RenderSettings frame_settings(const render::RenderSettings& base, bool moving_on_software_gl) {
  render::RenderSettings settings = base;
  settings.fxaa = base.fxaa && !moving_on_software_gl;
  settings.render_scale = moving_on_software_gl ? kMovingRenderScale : 1.0f;
  return settings;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int run_viewer(const AppOptions& options, std::chrono::steady_clock::time_point process_start) {
  // A hidden window that renders what it is told and exits: a screenshot, or the screen check.
  const bool capture = options.screenshot.has_value() || options.check_screens || options.video.has_value() ||
                       options.handout.has_value();
  BenchmarkReport bench;
  const std::filesystem::path assets = assets_dir();

  anatomy::RoleTable roles = anatomy::RoleTable::with_defaults();
  ui::UiContent content = load_ui_content(assets, &roles, options.audience.value_or(document::kDefaultAudience),
                                          options.language.value_or(content::Language::English));
  ui::AppUiState ui_state;
  ui_state.quiz_seed = options.quiz_seed.value_or(std::random_device{}());
  for (const std::string& keys : options.press) {  // before any window opens (the parser knows no shortcuts)
    if (!ui::find_shortcut(keys)) {
      std::cerr << "soleus-lab: --press: no shortcut is called '" << keys
                << "' (Help > Controls lists them, e.g. x, ctrl+z)\n";
      return 2;
    }
  }
  document::CommandQueue learn_page_commands;  // what opening the page asks of the document, applied once it exists
  if (options.learn_page) {  // checked before any window opens
    if (!content.learn) {
      std::cerr << "soleus-lab: --learn-page: the teaching content could not be loaded: " << content.error << "\n";
      return 1;
    }
    if (!ui::open_learn_page(*content.learn, *options.learn_page, options.conditions, ui_state.learn,
                             learn_page_commands)) {
      std::cerr << "soleus-lab: --learn-page: no Learn page is called '" << *options.learn_page
                << "' (page ids are in assets/content/learn.json; also foam-rolling and planner)\n";
      return 2;
    }
    ui_state.show_learn_tab = true;
  }


  // Loads a model and times it (bench.load_s).
  auto timed_load = [&roles, &bench](const std::filesystem::path& path) {
    const Clock::time_point load_start = Clock::now();
    std::shared_ptr<anatomy::AnatomyModel> loaded = load_model(path, roles);
    bench.load_s = seconds_since(load_start);
    return loaded;
  };
  // A model named on the command line loads while the window and GL context are created (the
  // default one waits: its level of detail depends on the renderer).
  std::future<std::shared_ptr<anatomy::AnatomyModel>> early_load;
  if (options.model) {
    try {
      early_load = std::async(std::launch::async, timed_load, *options.model);
    } catch (const std::system_error&) {  // no thread to be had: it loads below, in turn
    }
  }

  std::unique_ptr<platform::Window> window;
  try {
    platform::WindowOptions window_options;
    window_options.width = options.width;
    window_options.height = options.height;
    window_options.visible = !capture;
    window_options.vsync = !capture && !options.benchmark;
    window_options.depth_stencil = !capture;  // see draw_to_window below
    window = std::make_unique<platform::Window>(window_options);
    render::load_gl(platform::get_proc_address);
  } catch (const std::exception& e) {
    std::cerr << "soleus-lab: " << e.what() << "\n";
    return 1;
  }

  // Software GL draws the default leg's lite level of detail (docs/anatomy-model.md) unless told.
  const bool lite = options.detail.value_or(render::is_software_renderer() ? ModelDetail::Lite : ModelDetail::Full) ==
                    ModelDetail::Lite;
  const std::filesystem::path default_model = assets / "models" / (lite ? "lower_leg_lite.glb" : "lower_leg.glb");
  // Settings persist for the interactive window only: a capture or a benchmark draws the same
  // picture whatever the user's preferences (docs/settings.md).
  const bool persistent = !capture && !options.benchmark;
  const std::filesystem::path settings_file = persistent ? settings_path() : std::filesystem::path();
  const LoadedSettings loaded = load_settings(settings_file);
  document::Settings user_settings = loaded.settings;
  if (!loaded.message.empty()) std::cerr << "soleus-lab: " << loaded.message << "\n";
  ui_state.show_panels = user_settings.layout.side_panels;
  ui_state.left_open = !user_settings.layout.left_column_collapsed;
  ui_state.right_open = !user_settings.layout.right_column_collapsed;
  ui_state.recent_files = user_settings.recent_files;
  user_settings.last_scenario.copy(ui_state.scenario_path, sizeof(ui_state.scenario_path) - 1);
  // --ui-scale, else the saved scale, else the monitor's content scale (HiDPI), never below 1 (a
  // virtual display may say less).
  ui_state.ui_scale = options.ui_scale.value_or(
      user_settings.ui_scale.value_or(std::clamp(window->content_scale().y, 1.0f, kMaxUiScale)));
  const float start_scale = ui_state.ui_scale;
  document::Settings saved_settings = user_settings;
  document::Audience start_audience = document::kDefaultAudience;  // as the window opened (set below)
  // --lang, else the one chosen last time (View > Language), else the system's; a capture or a
  // benchmark draws in English unless told (the same picture on every machine).
  const content::Language start_language =
      options.language ? *options.language
                       : persistent ? user_settings.language.value_or(system_language()) : content::Language::English;
  if (start_language != content.language) content = load_ui_content(assets, nullptr, content.audience, start_language);
  auto save_if_changed = [&](const document::Document& doc, bool at_exit) {
    follow_ui_state(ui_state, start_scale, start_audience, start_language, doc, user_settings);
    if (!persistent || (user_settings == saved_settings && !at_exit)) return;
    saved_settings = user_settings;
    const std::string problem = save_settings(settings_file, user_settings);
    if (!problem.empty()) std::cerr << "soleus-lab: " << problem << "\n";
  };
  ImGuiSession imgui(*window, {ui_font_path(), cjk_font_path()}, ui_state.ui_scale,
                     characters_for(assets, content.language, content.strings));
  std::optional<render::Renderer> renderer;
  const bool software_gl = render::is_software_renderer();
  try {
    renderer.emplace(shaders_dir());
    if (early_load.valid()) {
      // While the model loads: the shader variants the first frame needs (software GL compiles
      // them at first use, ~0.1 s).
      const render::RenderSettings still = choose_render_settings(options, true);
      std::vector<render::RenderSettings> variants{still};
      if (software_gl && !capture) variants.push_back(frame_settings(still, true));
      renderer->warm_up(variants);
    }
  } catch (const std::exception& e) {
    std::cerr << "soleus-lab: " << e.what() << "\n";
    return 1;
  }

  // The window draws a model within what its renderer draws interactively; a capture, the full one.
  const std::size_t display_budget = capture ? 0 : software_gl ? anatomy::kSoftwareDisplayTriangles : anatomy::kGpuDisplayTriangles;
  std::shared_ptr<anatomy::AnatomyModel> model;
  content::Phrase startup_error;
  try {
    model = early_load.valid() ? early_load.get() : timed_load(options.model.value_or(default_model));
    if (display_budget > 0) anatomy::simplify_for_display(*model, display_budget);
  } catch (const anatomy::ModelLoadError& e) {
    std::cerr << "soleus-lab: " << e.what() << "\n";
    if (capture || !options.model) return 1;  // a capture writes nothing; no default to fall back on
    startup_error = content::Phrase::with_detail("message.model_not_loaded_default", e.what());
    try {
      model = load_model(default_model, roles);
    } catch (const anatomy::ModelLoadError& fallback) {
      std::cerr << "soleus-lab: " << fallback.what() << "\n";
      return 1;
    }
  }

  if (options.section) {  // the plane must cut the model loaded (the parser knows no model)
    const scene::SectionRange range = scene::section_range(*options.section, model->bounds);
    if (options.section->on() && (options.section->offset_m < range.min_m || options.section->offset_m > range.max_m)) {
      char extent[64];
      std::snprintf(extent, sizeof(extent), "%.2f to %.2f m", static_cast<double>(range.min_m),
                    static_cast<double>(range.max_m));
      std::cerr << "soleus-lab: --section " << scene::to_string(*options.section) << ": the plane misses the model, which runs from "
                << extent << " along that axis\n";
      return 2;
    }
  }

  int exit_code = 0;
  try {
    render::RenderSettings base_settings = choose_render_settings(options, model->has_rig());
    render::RenderSettings settings = base_settings;  // this frame's: base_settings as it moves or holds still
    // Without multisampling the window's own framebuffer is the target: copying a whole
    // offscreen picture to the screen costs software GL 1-2 ms a frame (docs/performance.md).
    // Captures draw offscreen, since a hidden window's pixels are not guaranteed, and so does a
    // window that came without the depth buffer it asked for.
    const bool draw_to_window = !capture && settings.msaa_samples <= 1 && render::window_framebuffer_has_depth();
    render::RenderTarget target = draw_to_window
                                      ? render::RenderTarget::window_framebuffer(options.width, options.height)
                                      : render::RenderTarget(options.width, options.height, settings.msaa_samples);

    document::Document doc =
        document::make_document(model, options.view.value_or(scene::ViewPreset::Lateral), options.conditions);
    doc.roles = roles;
    doc.last_error = startup_error;
    if (!loaded.problem.empty()) {  // after the model's problem, if there is one
      const content::Phrase settings_problem = content::Phrase::with_detail("message.settings_ignored", loaded.problem);
      doc.last_error = doc.last_error.empty()
                           ? settings_problem
                           : content::Phrase{"message.lines", {}, {{"first", doc.last_error}, {"second", settings_problem}}};
    }
    // The layout, once a frame after commands apply: it places the 3D view now and the panels
    // in the next frame (which draw from this state).
    ui::ScreenLayout screen;
    scene::FrameSpec spec;  // this frame's description; the panels draw the previous one
    auto lay_out = [&](float width, float height) {
      screen = ui::screen_layout(ui_state, options.ui, document::mode_info(document::shown_mode(doc)), spec.legend, width,
                                 height);
      const ui::Rect& fit = screen.framing;
      apply_command(doc, document::SetViewport{width, height, fit.left, fit.top, fit.right, fit.bottom});
    };
    if (options.quiz)
      apply_command(doc, document::StartQuiz{ui::quiz_questions(doc, content.structures ? &*content.structures : nullptr,
                                                                content.learn ? &*content.learn : nullptr,
                                                                ui_state.quiz_seed)});
    if (options.edit_set) {
      if (doc.model->set) apply_command(doc, document::EditModelSet{doc.model->set});
      else core::log_warning("--edit-set: the model is not a set of parts (a folder, or its description)");
    }
    apply_layer_options(options, doc);
    // A Learn page first, then what the flags say: they win over what the page shows.
    learn_page_commands.apply_all(doc);
    if (options.mode) apply_command(doc, document::SetViewMode{*options.mode});
    // A B condition opens the comparison; a layout alone opens it with B = A.
    if (options.compare_conditions || options.compare_layout) apply_command(doc, document::StartCompare{options.compare_conditions});
    if (options.compare_layout) apply_command(doc, document::SetCompareLayout{*options.compare_layout});
    if (options.pose) apply_command(doc, document::SetExercisePose{*options.pose});
    if (options.motion) {  // a bad trial is bad input, as for `report --motion`: no picture
      apply_command(doc, document::LoadMotion{*options.motion});
      if (!doc.run.motion) {
        std::cerr << "soleus-lab: " << doc.last_error.args.front().second.literal << "\n";
        return 2;
      }
    }
    if (options.phase) {
      apply_command(doc, document::SetPhase{*options.phase});
      apply_command(doc, document::SetPlaying{false});
    }
    if (options.reduced_motion) {  // no autoplay, and a stride plays once
      apply_command(doc, document::SetPlaying{false});
      apply_command(doc, document::SetLoopPlayback{false});
    }
    if (options.view) apply_command(doc, document::SetView{*options.view});  // also over a mode's own view
    // --audience, else the one chosen last time (View > Audience), else the default.
    if (const auto audience = options.audience ? options.audience : user_settings.audience) {
      apply_command(doc, document::SetAudience{*audience});
      ui_state.panels_audience.reset();  // its panels come forward, even the default audience's
    }
    start_audience = doc.audience;
    apply_command(doc, document::SetLanguage{start_language});
    doc.history.clear();  // what the command line set is where undo stops
    for (const std::string& keys : options.press) {  // each press sees what the one before did
      document::CommandQueue pressed;
      run_shortcut(*ui::find_shortcut(keys), doc, ui_state, pressed);
      pressed.apply_all(doc);
    }

    PictureRenderer pictures(*renderer, base_settings, &content.rolling);  // exports: the 3D view offscreen
    InAppExport exporter(pictures, content.learn ? &*content.learn : nullptr, content.strings);
    BackgroundModelLoad loader;
    if (options.handout) {  // pictures offscreen, then the page: no frame of the window is needed
      const HandoutRequest request{*options.handout, options.compare_conditions, options.width, options.height,
                                   options.view.value_or(scene::ViewPreset::Lateral)};
      const std::string error = export_handout(doc, request, pictures, content.learn ? &*content.learn : nullptr,
                                                 content.strings);
      if (!error.empty()) std::cerr << "soleus-lab: " << error << "\n";
      return error.empty() ? 0 : 1;
    }
    // --video: frame k shows the stride's instant k / (30 fps x 4 slow motion), from initial
    // contact; the settling frames a screenshot needs come first and are not recorded.
    std::optional<VideoWriter> video;
    const int settle_frames = options.ui ? kScreenshotFrames : 1;
    const double stride_time_s = doc.run.stride.summary.stride_time_s;
    const int video_frames = video_frame_count(stride_time_s, options.strides);
    if (options.video) {
      video.emplace(*options.video, options.width, options.height);
      apply_command(doc, document::SetPlaying{false});
    }

    scene::FrameBuffers buffers;
    spec = document::describe_frame(doc, &content.rolling);
    lay_out(static_cast<float>(options.width), static_cast<float>(options.height));
    scene::Frame built;
    document::CommandQueue commands;
    PointerState pointer;
    Clock::time_point frame_start = Clock::now();
    int frames_to_draw = kSettleFrames;  // ImGui settles hover and layout over a few frames
    ScreenTour tour(options.check_screens ? every_screen(content, doc.model->set.has_value()) : std::vector<Screen>{},
                    kTourFrames);

    for (int frame = 0; !window->should_close(); ++frame) {
      if (capture || options.benchmark) {
        window->poll_events();
      } else {
        // Idle costs nothing: with nothing to settle, sleep until input arrives.
        if (frames_to_draw > 0) {
          window->poll_events();
        } else {
          window->wait_events(kIdleWakeSeconds);
        }
        if (had_input(window->input()) || !commands.empty() || spec.animating) frames_to_draw = kSettleFrames;
        if (frames_to_draw == 0) continue;
        --frames_to_draw;
      }
      const platform::Size fb = capture ? platform::Size{options.width, options.height} : window->framebuffer_size();
      if (fb.empty()) {  // minimised: nothing to draw into, so sleep rather than spin
        if (!capture) window->wait_events(kIdleWakeSeconds);
        continue;
      }
      const platform::Size win = capture ? fb : window->window_size();
      const Vec2 fb_scale(static_cast<float>(fb.width) / static_cast<float>(std::max(win.width, 1)),
                          static_cast<float>(fb.height) / static_cast<float>(std::max(win.height, 1)));
      // View > UI scale, applied before the frame uses the font.
      if (imgui.follow_scale(ui_state.ui_scale)) lay_out(static_cast<float>(win.width), static_cast<float>(win.height));
      if (video) {  // before the panels draw, so they show the instant the leg shows
        apply_command(doc, document::SetPhase{video_frame_phase(std::max(0, frame - (settle_frames - 1)), stride_time_s)});
        spec = document::describe_frame(doc, &content.rolling);
      }
      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      if (capture) {  // a hidden window may report another size; the capture size rules
        ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(fb.width), static_cast<float>(fb.height));
        ImGui::GetIO().DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
      }
      ImGui::NewFrame();
      if (tour.starting_screen()) tour.go_to_screen(doc, content, ui_state, commands);
      if (!capture)
        handle_input(window->input(), doc, built.draw_list, Vec2(static_cast<float>(win.width), static_cast<float>(win.height)),
                     fb_scale, pointer, ui_state, commands);
      if (options.ui) {
        ui::draw_app_ui(doc, spec, screen, content, ui_state, commands);
        ui::draw_frame_labels(built.labels, doc.camera, static_cast<float>(win.width), static_cast<float>(win.height),
                              screen.layout.view, content.strings);
        ui::draw_structure_labels(built.structure_labels, doc, content, doc.camera, static_cast<float>(win.width),
                                  static_cast<float>(win.height), screen.framing, ui_state.label_sides);
      }
      ImGui::Render();
      if (!capture) commands.push(document::AdvanceTime{ImGui::GetIO().DeltaTime});
      const auto model_before = doc.model;
      commands.apply_all(doc);
      if (persistent) {
        carry_out_file_requests(window->input(), ui_state, user_settings, doc);
        save_if_changed(doc, false);
      }
      if (!capture) {
        carry_out_model_load(loader, display_budget, ui_state, doc);
        if (loader.running()) frames_to_draw = std::max(frames_to_draw, 1);  // the bar moves
      }
      // Another audience or language reads other text (View > Audience, View > Language); the
      // numbers stay as they are. Another language needs its characters in the font atlas too.
      if (doc.audience != content.audience || doc.language != content.language) {
        const bool new_language = doc.language != content.language;
        content = load_ui_content(assets, nullptr, doc.audience, doc.language);
        if (new_language) {
          imgui.set_characters(characters_for(assets, content.language, content.strings));
          lay_out(static_cast<float>(win.width), static_cast<float>(win.height));
        }
      }
      if (doc.model != model_before) {
        renderer->meshes().clear();  // new meshes may reuse the old ones' addresses
        base_settings = choose_render_settings(options, doc.model->has_rig());
      }
      // The frame, described once, then the layout around it (Tab, a new mode, a legend), then the
      // scene built from that description.
      spec = document::describe_frame(doc, &content.rolling);
      lay_out(static_cast<float>(win.width), static_cast<float>(win.height));
      const ui::Rect& free = screen.layout.view;
      built = scene::build_frame(spec, buffers);
      // Framing and follow move the camera within this very picture (a capture needs no second
      // frame for them); a camera still gliding after the leg keeps the loop awake.
      if (doc.reframe) document::apply_framing(doc, scene::framing_points(spec, built, buffers));
      if (document::follow_leg(doc, built, capture ? 1.0f : kFollowSmoothing)) frames_to_draw = std::max(frames_to_draw, 1);

      settings = frame_settings(base_settings, software_gl && spec.animating && !capture);
      // Only the free rectangle is shaded (in framebuffer pixels). A window too narrow for the
      // columns leaves the view a sliver rather than the whole target: the panels have no
      // background of their own.
      settings.view_left = static_cast<int>(free.left * fb_scale.x);
      settings.view_top = static_cast<int>(free.top * fb_scale.y);
      settings.view_width = std::max(1, static_cast<int>((free.right - free.left) * fb_scale.x));
      settings.view_height = std::max(1, static_cast<int>((free.bottom - free.top) * fb_scale.y));

      target.resize(fb.width, fb.height);
      const bool draw_pixels = !options.check_screens || tour.checks_this_frame();
      if (draw_pixels) renderer->render(built.draw_list, doc.camera, target, settings);
      if (options.ui && draw_pixels) ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      if (!capture) {  // the Export menu's request, or the running video's next frames
        exporter.step(doc, target, ui_state.export_dialog);
        if (exporter.busy()) frames_to_draw = std::max(frames_to_draw, 1);
      }

      if (options.check_screens) {
        if (options.screens_dir && tour.checks_this_frame())
          tour.save_picture(*options.screens_dir, fb.width, fb.height, target.read_rgba());
        if (!tour.screen_drawn(doc, spec, built, buffers, static_cast<float>(fb.width), static_cast<float>(fb.height)))
          continue;
        exit_code = tour.report(fb.width, fb.height);
        break;
      }
      if (capture) {
        if (frame + 1 < settle_frames) continue;
        if (video) {
          video->add_frame(target.read_rgba());
          if (video->frames_written() < video_frames) continue;
          video->finish();
          if (!video->notice().empty()) {
            std::cerr << "soleus-lab: " << video->notice() << "\n";
            exit_code = 1;
          }
          break;
        }
        render::write_png(*options.screenshot, fb.width, fb.height, target.read_rgba());
        if (render::check_gl_errors("screenshot") > 0) core::log_warning("OpenGL reported errors during the capture");
        break;
      }
      target.blit_to_default(fb.width, fb.height);
      window->swap_buffers();
      if (frame == 0) {
        bench.time_to_first_frame_s = seconds_since(process_start);
        core::log_info("first frame after " + std::to_string(bench.time_to_first_frame_s) + " s");
      } else if (options.benchmark) {
        bench.frame_ms.push_back(seconds_since(frame_start) * 1e3);
      }
      if (options.benchmark) render::check_gl_errors("benchmark frame");  // logged as warnings
      if (!options.benchmark) {
        // Vsync does not pace a virtual display (Xvfb) or every driver: cap animation at 60 fps
        // rather than spin. Input waits in GLFW's queue until the next poll.
        const auto next_frame = frame_start + std::chrono::microseconds(kFrameBudgetMicroseconds);
        if (Clock::now() < next_frame) std::this_thread::sleep_until(next_frame);
      }
      frame_start = Clock::now();
      if (options.benchmark && frame + 1 >= options.frames) break;
    }
    save_if_changed(doc, true);
    if (options.benchmark) {
      bench.triangles = doc.model->triangle_count();
      bench.renderer = render::gl_description();
      measure_process(bench);
      std::cout << format_report(bench, options.json);
    }
  } catch (const std::exception& e) {
    std::cerr << "soleus-lab: " << e.what() << "\n";
    exit_code = 1;
  }
  return exit_code;
}

}  // namespace soleus::app
