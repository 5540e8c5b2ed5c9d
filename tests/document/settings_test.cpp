#include "document/settings.h"

#include <gtest/gtest.h>

#include "common/special_files.h"

namespace soleus::document {
namespace {

std::string settings_error_of(const std::string& text) {
  try {
    parse_settings(text, "settings.json");
  } catch (const FileError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Settings, RoundTripAndRecentFiles) {
  Settings s;
  s.ui_scale = 1.25f;
  s.layout.left_column_collapsed = true;
  s.audience = Audience::Coach;
  s.language = content::Language::SimplifiedChinese;
  for (int i = 0; i < 10; ++i) note_recent_file(s, "/runs/" + std::to_string(i) + ".json");
  note_recent_file(s, "/runs/5.json");
  ASSERT_EQ(s.recent_files.size(), kMaxRecentFiles);
  EXPECT_EQ(s.recent_files[0], "/runs/5.json");
  EXPECT_EQ(s.recent_files[1], "/runs/9.json");
  EXPECT_EQ(s.last_scenario, "/runs/5.json");
  EXPECT_EQ(parse_settings(settings_text(s), "settings.json"), s);
  EXPECT_EQ(parse_settings(R"({"version": 1})", "settings.json"), Settings{});
}

TEST(Settings, BadFilesSayFileFieldAndReason) {
  const std::pair<std::string, std::string> cases[] = {
      {"{\"version\": 1,", "settings.json: version: line 1, column 15: syntax error"},
      {R"({"version": 2})", "settings.json: version: version 2 is not one this app reads"},
      {R"({"version": 1, "ui_scale": 9})", "settings.json: ui_scale: must be between 0.5 and 4"},
      {R"({"version": 1, "ui_scale": "big"})", "settings.json: ui_scale: must be a number"},
      {R"({"version": 1, "audience": "parent"})", "settings.json: audience: must be student, coach or runner"},
      {R"({"version": 1, "language": "fr"})", "settings.json: language: must be en or zh (got 'fr')"},
      {R"({"version": 1, "layout": {"side_panels": 1}})", "settings.json: layout.side_panels: must be true or false"},
      {R"({"version": 1, "layout": {"top": true}})", "settings.json: layout.top: unknown key"},
      {R"({"version": 1, "recent_files": [1]})", "settings.json: recent_files[0]: must be a string"},
      {R"({"version": 1, "recent_files": ["a","b","c","d","e","f","g","h","i"]})", "settings.json: recent_files: holds at most 8"},
      {R"({"version": 1, "theme": "dark"})", "settings.json: theme: unknown key"},
  };
  for (const auto& [text, expected] : cases) {
    const std::string error = settings_error_of(text);
    EXPECT_EQ(error.rfind(expected, 0), 0u) << text << "\n" << error;
  }
}

}  // namespace soleus::document
