#pragma once
/// The Export menu and its dialog: what to export, where, at what size. The panel only asks;
/// the app carries the request out (app/in_app_export.h) and reports progress back here.
#include <optional>
#include <string>
#include <utility>

namespace soleus::ui {

enum class ExportKind {
  WindowPng,  ///< the window as it is, panels included, at its own size
  ViewPng,    ///< the 3D view alone, at a chosen size
  StrideCsv,  ///< the stride's time series
  Video,      ///< the running leg over strides: an .mp4, or a folder/ of PNG frames
  Handout,    ///< the coach's handout folder
};

/// How the last export ended, kept as facts and said in the language shown when the dialog draws
/// it (a language switch in between re-words it).
struct ExportStatus {
  enum class Kind { None, Saved, Failed, Cancelled, Notice };
  Kind kind = Kind::None;
  std::string text;         ///< Saved: the path; Failed: the error; Notice: the writer's own message
  int done = 0, total = 0;  ///< Cancelled: frames written, of how many

  static ExportStatus saved(std::string path) { return {Kind::Saved, std::move(path)}; }
  static ExportStatus failed(std::string error) { return {Kind::Failed, std::move(error)}; }
  static ExportStatus cancelled(int done, int total) { return {Kind::Cancelled, {}, done, total}; }
  static ExportStatus notice(std::string message) { return {Kind::Notice, std::move(message)}; }
  bool empty() const { return kind == Kind::None; }
  void clear() { *this = ExportStatus{}; }
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
  ExportStatus status;            // the last result or error, shown until the next export
};

/// The Export menu (in the main menu bar).
void draw_export_menu(ExportDialogState& state);
/// The dialog, and the progress window while an export runs.
void draw_export_dialog(ExportDialogState& state);

}  // namespace soleus::ui
