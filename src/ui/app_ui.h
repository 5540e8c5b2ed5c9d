#pragma once
/// The whole UI, laid out in font units (ui/layout.h): menu bar; left column with the Run controls
/// (runner, foot strike, shoe) and the Layers tab (show/hide/fade per group and structure, x-ray,
/// isolate, search); right column with the live Load numbers and gait plot and the Structure
/// info; the timeline under the 3D view; the load legend, hover label, error box and help.
/// Panels read a const Document and push Commands; they own no model data.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/learn.h"
#include "content/strings.h"
#include "content/structures.h"
#include "document/document.h"
#include "ui/export_dialog.h"
#include "ui/layout.h"
#include "ui/loading_window.h"
#include "ui/motion_dialog.h"
#include "ui/learn_panels.h"

namespace soleus::ui {

/// Text the panels show, loaded from assets/strings/ and assets/content/ for a language and audience. A missing or broken file leaves
/// the catalogue empty and the reason in `error`, and the panels fall back to names only.
struct UiContent {
  content::Strings strings;  // the interface's words (ui/text.h); empty when its files failed to load
  content::Language language = content::Language::English;  // of the strings and the texts below
  std::optional<content::StructureCatalog> structures;
  std::optional<content::LearnContent> learn;
  scene::RollingMap rolling;  // learn's foam-rolling map in the scene's terms (empty without it)
  std::string error;  // "" when everything loaded
  document::Audience audience = document::kDefaultAudience;  // whose text it holds (by_audience)
};

/// UI-only state that is not part of the document (which panels are open, search text).
struct AppUiState {
  bool show_panels = true;     // the side columns (Tab toggles)
  bool left_open = true;       // each column open, or collapsed to a rail at the window edge
  bool right_open = true;
  float ui_scale = 1.0f;       // text and sizes (View > UI scale); the app rebuilds the font between frames
  bool show_help = false;
  int last_selected = -1;      // to bring the Structure tab forward when the selection changes
  LearnUiState learn;          // the Learn tab's own state
  bool show_learn_tab = false;  // bring the Learn tab forward in the next frame (then cleared)
  std::uint32_t quiz_seed = 0;  // the order of the next quiz's questions (--quiz-seed; else the app picks one)
  bool quiz_shown = false;      // the quiz tab was drawn last frame (a new quiz brings it forward)
  bool model_set_shown = false; // File > Model set's tab was drawn last frame (opening it brings it forward)
  document::ViewMode last_mode = document::ViewMode::Run;  // to bring a mode's first tab forward when it starts
  // The audience whose first panels were last brought forward; when the document's differs (or
  // this is reset, as --audience does) its panels come forward in the next frame.
  std::optional<document::Audience> panels_audience = document::kDefaultAudience;
  char search[64] = "";
  bool open_model_popup = false;
  char model_path[512] = "";
  std::optional<std::string> open_model;  // File > Open model's path, for the app to load (in the background)
  LoadingState loading;                   // that load while it runs
  // File > Open scenario / Save scenario / Open recent: the popups fill a request the app carries
  // out between frames (reading and writing files is not the panels' business).
  bool open_scenario_popup = false;
  bool save_scenario_popup = false;
  char scenario_path[512] = "";
  std::vector<std::string> recent_files;        // most recent first (the app keeps it from the settings)
  std::optional<std::string> open_scenario;     // a scenario to open
  std::optional<std::string> save_scenario;     // where to save the current one
  MotionDialogState motion_dialog;  // File > Import motion
  ExportDialogState export_dialog;  // the Export menu's dialog and the running export's progress
  std::map<int, bool> label_sides;  // each structure label's column last frame (true: left), so labels keep their side
};

/// The colour (sRGB) behind the side columns and the timeline. These panels draw no background
/// of their own (ImGuiWindowFlags_NoBackground): the renderer clears everything around the 3D
/// view to this colour, which costs software GL next to nothing, whereas ImGui would shade the
/// 0.57 million pixels of panel background again every frame (docs/performance.md).
inline constexpr float kPanelBackgroundSrgb[3] = {0.06f, 0.06f, 0.06f};

/// Where everything goes in a width x height window for this UI state and mode, at the current
/// font size: computed once a frame (after commands apply), it places the 3D view and, in the
/// next frame, the panels.
struct ScreenLayout {
  LayoutInputs inputs;
  Layout layout;
  Rect framing;  ///< what the camera fits the subject into: the view, less the legend when it floats over it
};
ScreenLayout screen_layout(const AppUiState& state, bool ui_visible, const document::ModeInfo& mode,
                           const scene::Legend& legend, float width, float height);

/// A structure's name in the language shown: the catalogue's, else its role's, else the file's.
std::string structure_display_name(const document::Document& doc, const UiContent& content, int index);

/// Draws the whole UI for this frame from the document, this frame's description (the panels
/// quote its sample, stretch state and legend rather than computing them) and its layout. Call
/// between ImGui::NewFrame() and ImGui::Render().
void draw_app_ui(const document::Document& doc, const scene::FrameSpec& frame, const ScreenLayout& screen,
                 const UiContent& content, AppUiState& state, document::CommandQueue& commands);

}  // namespace soleus::ui
