#include "app/settings_store.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "common/special_files.h"

namespace soleus::app {
namespace {

namespace fs = std::filesystem;
using soleus::testing::read_text;
using soleus::testing::TempDir;
using soleus::testing::write_text;

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) ::setenv(name, value, 1); else ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1); else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST(SettingsStore, FollowsXdgElseHome) {
  {
    ScopedEnv xdg("XDG_CONFIG_HOME", "/cfg");
    EXPECT_EQ(settings_path(), fs::path("/cfg/soleus-lab/settings.json"));
  }
  ScopedEnv xdg("XDG_CONFIG_HOME", "relative/ignored");
  ScopedEnv home("HOME", "/home/coach");
  EXPECT_EQ(settings_path(), fs::path("/home/coach/.config/soleus-lab/settings.json"));
}

TEST(SettingsStore, CorruptOrUnreadableGivesDefaultsAndAMessage) {
  TempDir dir;
  const fs::path file = dir / "soleus-lab" / "settings.json";
  LoadedSettings first = load_settings(file);  // first run: no file, no message
  EXPECT_EQ(first.message, "");
  EXPECT_EQ(first.settings, document::Settings{});
  fs::create_directories(file.parent_path());
  const std::string bad[] = {"{", "{\"version\": 1, \"ui_scale\": \"x\"}", "[]", "{\"version\": 1, \"ui_scale\": 1e999}",
                             std::string("\xff\xfe", 2)};
  for (const std::string& text : bad) {
    write_text(file, text);
    const LoadedSettings loaded = load_settings(file);
    EXPECT_EQ(loaded.settings, document::Settings{}) << text;
    EXPECT_NE(loaded.message.find(file.string() + ": "), std::string::npos) << loaded.message;
    EXPECT_EQ(loaded.message.find('\n'), std::string::npos) << "one line";
  }
  fs::remove(file);
  fs::create_directory(file);  // a directory where the file should be
  EXPECT_NE(load_settings(file).message.find("it is a directory"), std::string::npos);
}

TEST(SettingsStore, SavesIntoANewFolderAndAFailureKeepsTheOldFile) {
  TempDir dir;
  const fs::path file = dir / "new" / "soleus-lab" / "settings.json";
  document::Settings s;
  s.audience = document::Audience::Runner;
  document::note_recent_file(s, "/a.json");
  EXPECT_EQ(save_settings(file, s), "");
  EXPECT_EQ(load_settings(file).settings, s);
  const std::string before = read_text(file);
  fs::permissions(file, fs::perms::owner_read);
  s.audience = document::Audience::Coach;
  EXPECT_NE(save_settings(file, s).find("settings.json: cannot write: it is read-only"), std::string::npos);
  EXPECT_EQ(read_text(file), before);
}

}  // namespace soleus::app
