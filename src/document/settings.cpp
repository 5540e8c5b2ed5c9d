#include "document/settings.h"

#include "document/audience.h"

#include <algorithm>

#include "document/json_file.h"

namespace soleus::document {
namespace {

using detail::Field;
using detail::Json;

// The range of --ui-scale (app/app_options.h).
constexpr double kMinUiScale = 0.5;
constexpr double kMaxUiScale = 4.0;

Settings settings_from_json(const Json& root, const std::string& file) {
  const Field top(file);
  if (!root.is_object()) detail::require_object(root, top, {});
  const auto version = root.find("version");
  if (version == root.end()) top.at("version").fail("missing");
  const std::int64_t v = detail::integer_value(*version, top.at("version"), 1, 1000000);
  if (v != kSettingsVersion)
    top.at("version").fail("version " + std::to_string(v) + " is not one this app reads (it reads version " +
                           std::to_string(kSettingsVersion) + ")");
  detail::require_object(root, top, {"version", "ui_scale", "layout", "audience", "language", "last_scenario", "recent_files"});
  Settings s;
  if (const auto it = root.find("ui_scale"); it != root.end()) {
    const double scale = detail::number_value(*it, top.at("ui_scale"));
    if (scale < kMinUiScale || scale > kMaxUiScale) top.at("ui_scale").fail("must be between 0.5 and 4 (got " + it->dump() + ")");
    s.ui_scale = static_cast<float>(scale);
  }
  if (const auto it = root.find("layout"); it != root.end()) {
    const Field layout = top.at("layout");
    detail::require_object(*it, layout, {"side_panels", "left_column_collapsed", "right_column_collapsed"});
    const std::pair<const char*, bool*> flags[] = {{"side_panels", &s.layout.side_panels},
                                                   {"left_column_collapsed", &s.layout.left_column_collapsed},
                                                   {"right_column_collapsed", &s.layout.right_column_collapsed}};
    for (const auto& [key, out] : flags)
      if (const auto member = it->find(key); member != it->end()) *out = detail::bool_value(*member, layout.at(key));
  }
  if (const auto it = root.find("audience"); it != root.end()) {
    const std::string id = detail::string_value(*it, top.at("audience"));
    s.audience = parse_audience(id);
    if (!s.audience) top.at("audience").fail(std::string("must be ") + content::audience_ids() + " (got '" + id + "')");
  }
  if (const auto it = root.find("language"); it != root.end()) {
    const std::string id = detail::string_value(*it, top.at("language"));
    s.language = content::parse_language(id);
    if (!s.language) top.at("language").fail(std::string("must be ") + content::language_ids() + " (got '" + id + "')");
  }
  if (const auto it = root.find("last_scenario"); it != root.end())
    s.last_scenario = detail::string_value(*it, top.at("last_scenario"));
  if (const auto it = root.find("recent_files"); it != root.end()) {
    const Field recent = top.at("recent_files");
    if (!it->is_array()) recent.fail("must be an array of file paths");
    if (it->size() > kMaxRecentFiles) recent.fail("holds at most " + std::to_string(kMaxRecentFiles) + " files");
    for (std::size_t i = 0; i < it->size(); ++i) s.recent_files.push_back(detail::string_value((*it)[i], recent.index(i)));
  }
  return s;
}

}  // namespace

Settings parse_settings(const std::string& text, const std::string& file) {
  return settings_from_json(detail::parse_json_text(text, file), file);
}

Settings read_settings(const std::filesystem::path& path) {
  return settings_from_json(detail::read_json_file(path, kMaxSettingsBytes), path.string());
}

std::string settings_text(const Settings& s) {
  Json j;
  j["version"] = kSettingsVersion;
  if (s.ui_scale) j["ui_scale"] = *s.ui_scale;
  j["layout"] = {{"side_panels", s.layout.side_panels},
                 {"left_column_collapsed", s.layout.left_column_collapsed},
                 {"right_column_collapsed", s.layout.right_column_collapsed}};
  if (s.audience) j["audience"] = to_string(*s.audience);
  if (s.language) j["language"] = content::to_string(*s.language);
  j["last_scenario"] = s.last_scenario;
  j["recent_files"] = s.recent_files;
  return detail::json_text(j);
}

void write_settings(const std::filesystem::path& path, const Settings& settings) {
  detail::write_text_file(path, settings_text(settings));
}

void note_recent_file(Settings& s, const std::string& path) {
  s.recent_files.erase(std::remove(s.recent_files.begin(), s.recent_files.end(), path), s.recent_files.end());
  s.recent_files.insert(s.recent_files.begin(), path);
  if (s.recent_files.size() > kMaxRecentFiles) s.recent_files.resize(kMaxRecentFiles);
  s.last_scenario = path;
}

}  // namespace soleus::document
