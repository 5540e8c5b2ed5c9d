#pragma once
/// The settings that persist between runs (docs/settings.md): UI scale, the side panels, the
/// audience, the last scenario and the recent files. Pure reading and writing here; where the
/// file lives and when it is written is the app's (app/settings_store.h).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/audience.h"
#include "content/language.h"
#include "document/file_error.h"

namespace soleus::document {

using content::Audience;

inline constexpr int kSettingsVersion = 1;
inline constexpr std::size_t kMaxRecentFiles = 8;
inline constexpr std::uint64_t kMaxSettingsBytes = std::uint64_t{1} << 20;

/// The side columns as the user left them (ui::AppUiState).
struct LayoutSettings {
  bool side_panels = true;              // Tab shows or hides both columns
  bool left_column_collapsed = false;   // collapsed to its rail
  bool right_column_collapsed = false;
  bool operator==(const LayoutSettings& o) const {
    return side_panels == o.side_panels && left_column_collapsed == o.left_column_collapsed &&
           right_column_collapsed == o.right_column_collapsed;
  }
};

struct Settings {
  std::optional<float> ui_scale;        // none: the monitor's
  LayoutSettings layout;
  std::optional<Audience> audience;     // none: the app's default
  std::optional<content::Language> language;  // none: the system locale's (View > Language sets it)
  std::string last_scenario;            // the scenario last opened or saved ("" = none)
  std::vector<std::string> recent_files;  // most recent first, at most kMaxRecentFiles
  bool operator==(const Settings& o) const {
    return ui_scale == o.ui_scale && layout == o.layout && audience == o.audience && language == o.language &&
           last_scenario == o.last_scenario && recent_files == o.recent_files;
  }
  bool operator!=(const Settings& o) const { return !(*this == o); }
};

/// Reads a settings file; throws FileError "FILE: FIELD: reason" (a syntax error, a wrong type,
/// an unknown version or key, a value out of range).
Settings read_settings(const std::filesystem::path& path);
Settings parse_settings(const std::string& text, const std::string& file);
std::string settings_text(const Settings& settings);
/// Writes atomically; throws FileError and leaves a previous file intact.
void write_settings(const std::filesystem::path& path, const Settings& settings);

/// `path` first in the recent files (once), the list cut to kMaxRecentFiles, and the last scenario.
void note_recent_file(Settings& settings, const std::string& path);

}  // namespace soleus::document
