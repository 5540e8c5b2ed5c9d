#pragma once
/// The Export menu and its dialog: what to export, where, at what size. The panel only asks;
/// the app carries the request out (app/in_app_export.h) and reports progress back here.
#include <optional>
#include <string>

namespace soleus::ui {

enum class ExportKind {
  WindowPng,  ///< the window as it is, panels included, at its own size
  ViewPng,    ///< the 3D view alone, at a chosen size
  StrideCsv,  ///< the stride's time series
  Video,      ///< the running leg over strides: an .mp4, or a folder/ of PNG frames
  Handout,    ///< the coach's handout folder
};

/// What the dialog asks the app to do.
struct ExportRequest {
  ExportKind kind = ExportKind::ViewPng;
  std::string path;
  int width = 1920;
  int height = 1080;
  int strides = 1;
};

struct ExportDialogState {
  bool open_popup = false;  // set by the menu: open the dialog in this frame
  ExportKind kind = ExportKind::ViewPng;
  char path[512] = "";
  int width = 1920;
  int height = 1080;
  int strides = 1;
  std::optional<ExportRequest> request;  // the user pressed Export: the app takes it
  // Filled by the app while an export runs and after it ends.
  bool busy = false;
  float progress = 0.0f;         // 0..1
  bool cancel_requested = false;  // Cancel pressed: the app stops and cleans up
  std::string status;             // the last result or error, shown until the next export
};

/// The Export menu (in the main menu bar).
void draw_export_menu(ExportDialogState& state);
/// The dialog, and the progress window while an export runs.
void draw_export_dialog(ExportDialogState& state);

}  // namespace soleus::ui
