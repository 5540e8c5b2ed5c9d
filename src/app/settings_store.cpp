#include "app/settings_store.h"

#include <cstdlib>
#include <system_error>

namespace soleus::app {

std::filesystem::path settings_path() {
  // The XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and ignored.
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  std::filesystem::path base;
  if (xdg != nullptr && std::filesystem::path(xdg).is_absolute()) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = std::filesystem::path(home) / ".config";
  } else {
    return {};
  }
  return base / "soleus-lab" / "settings.json";
}

LoadedSettings load_settings(const std::filesystem::path& path) {
  LoadedSettings loaded;
  if (path.empty()) return loaded;
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return loaded;  // first run
  try {
    loaded.settings = document::read_settings(path);
  } catch (const document::FileError& e) {
    loaded.problem = e.what();
    loaded.message = "settings ignored, starting with the defaults: " + loaded.problem;
  }
  return loaded;
}

std::string save_settings(const std::filesystem::path& path, const document::Settings& settings) {
  if (path.empty()) return "settings not saved: neither XDG_CONFIG_HOME nor HOME is set";
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  try {
    document::write_settings(path, settings);
  } catch (const document::FileError& e) {
    return std::string("settings not saved: ") + e.what();
  }
  return "";
}

}  // namespace soleus::app
