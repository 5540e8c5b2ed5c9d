#pragma once
/// Where the settings live and how the app loads them (docs/settings.md):
/// $XDG_CONFIG_HOME/soleus-lab/settings.json, else ~/.config/soleus-lab/settings.json.
/// A corrupt or unreadable file starts the app with the defaults and a one-line message, never a
/// crash; writing is atomic (a temporary, then a rename).
#include <filesystem>
#include <string>

#include "document/settings.h"

namespace soleus::app {

/// The settings file's path; empty when neither XDG_CONFIG_HOME (absolute) nor HOME is set.
std::filesystem::path settings_path();

struct LoadedSettings {
  document::Settings settings;  // the defaults when the file is missing or cannot be used
  std::string message;          // "" or one line: why the defaults are used
  std::string problem;          // the same without its preamble: the file, the field and the reason
};
/// A missing file is no problem (the first run); anything else that fails gives the defaults
/// and a message naming the file, the field and the reason.
LoadedSettings load_settings(const std::filesystem::path& path);

/// Writes the settings (creating the folder); returns "" or a one-line message.
std::string save_settings(const std::filesystem::path& path, const document::Settings& settings);

}  // namespace soleus::app
