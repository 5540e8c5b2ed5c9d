// The interactive window as a user has it, driven by real key presses (xdotool through XTEST):
// what it changes lands in the settings file while it runs, and the next start begins from it.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "common/special_files.h"
#include "run_app.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;

bool have_xdotool() { return std::system("command -v xdotool >/dev/null 2>&1") == 0; }

// An interactive soleus-lab in the background with its own configuration folder; stopped (and
// waited for) when the test ends.
class Session {
 public:
  explicit Session(const fs::path& config, const std::string& locale = "C.UTF-8") {
    const char* extra = std::getenv("SOLEUS_TEST_APP_ENV");
    const std::string command = "XDG_CONFIG_HOME=" + config.string() + " LC_ALL= LC_MESSAGES= LANG=" + locale + " " +
                                (extra ? extra : "") + " " +
                                soleus::testing::app_binary() + " --width 800 --height 600 >/dev/null 2>&1 & echo $!";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe && std::fscanf(pipe, "%d", &pid_) != 1) pid_ = 0;
    if (pipe) pclose(pipe);
  }
  ~Session() {
    if (pid_ > 0) std::system(("kill " + std::to_string(pid_) + " 2>/dev/null; sleep 0.5").c_str());
  }
  // Presses `keys` (xdotool's names) once the window is up and has the keyboard focus.
  bool press(const std::string& keys) const {
    const std::string window = "$(xdotool search --sync --onlyvisible --pid " + std::to_string(pid_) + " | head -1)";
    return std::system(("timeout 60 sh -c 'w=" + window + "; xdotool windowfocus --sync $w && sleep 1 && xdotool key " +
                        keys + "'")
                           .c_str()) == 0;
  }

 private:
  int pid_ = 0;
};

// Waits up to 30 s for the settings file to contain `text`.
bool settings_come_to_say(const fs::path& file, const std::string& text) {
  for (int i = 0; i < 60; ++i) {
    std::error_code ec;
    if (fs::exists(file, ec) && read_text(file).find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  return false;
}

// A layout changed in the window is saved, and the next start begins from it.
void layout_is_saved_and_the_next_start_begins_from_it() {
  TempDir config;
  const fs::path settings = config.path() / "soleus-lab" / "settings.json";
  {
    Session first(config.path());
    ASSERT_TRUE(first.press("Tab"));  // hide the side panels
    ASSERT_TRUE(settings_come_to_say(settings, "\"side_panels\": false")) << read_text(settings);
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(settings.parent_path()), fs::directory_iterator()), 1)
      << "a temporary file was left beside settings.json";
  // The second start reads the hidden panels: one more Tab shows them again.
  {
    Session second(config.path());
    ASSERT_TRUE(second.press("Tab"));
    EXPECT_TRUE(settings_come_to_say(settings, "\"side_panels\": true")) << read_text(settings);
  }
}

// One test for every session, run one after another: two windows typed into at once (ctest -j)
// would take the keyboard focus from each other.
TEST(AppSession, TheLayoutAndTheLanguageChangedInTheWindowAreSavedAndTheNextStartBeginsFromThem) {
  REQUIRE_DISPLAY();
  if (!have_xdotool()) GTEST_SKIP() << "xdotool not installed";
  layout_is_saved_and_the_next_start_begins_from_it();
  TempDir config;
  const fs::path settings = config.path() / "soleus-lab" / "settings.json";
  {
    Session first(config.path(), "zh_CN.UTF-8");  // starts in Chinese: L goes round to English
    ASSERT_TRUE(first.press("l"));
    ASSERT_TRUE(settings_come_to_say(settings, "\"language\": \"en\"")) << read_text(settings);
  }
  {
    Session second(config.path(), "zh_CN.UTF-8");  // the saved choice wins over the locale
    ASSERT_TRUE(second.press("l"));
    EXPECT_TRUE(settings_come_to_say(settings, "\"language\": \"zh-Hans\"")) << read_text(settings);
  }
}

}  // namespace
}  // namespace soleus::testing
