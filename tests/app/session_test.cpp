// The interactive window as a user has it, driven by real key presses (xdotool through XTEST):
// what it changes lands in the settings file while it runs, and the next start begins from it.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "common/paths.h"
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
  // `log`: where its --verbose messages go (none: nowhere, and not verbose).
  explicit Session(const fs::path& config, const std::string& locale = "C.UTF-8", const fs::path& log = {}) {
    const char* extra = std::getenv("SOLEUS_TEST_APP_ENV");
    const std::string command = "XDG_CONFIG_HOME=" + config.string() + " LC_ALL= LC_MESSAGES= LANG=" + locale + " " +
                                (extra ? extra : "") + " " +
                                soleus::testing::app_binary() + " --width 800 --height 600" +
                                (log.empty() ? " >/dev/null" : " --verbose >" + log.string()) + " 2>&1 & echo $!";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe && std::fscanf(pipe, "%d", &pid_) != 1) pid_ = 0;
    if (pipe) pclose(pipe);
  }
  ~Session() {
    if (pid_ > 0) std::system(("kill " + std::to_string(pid_) + " 2>/dev/null; sleep 0.5").c_str());
  }
  // Presses `keys` (xdotool's names) once the window is up and has the keyboard focus.
  bool press(const std::string& keys) const { return in_focus("xdotool key " + keys); }
  // Types `text` into the focused field, then holds Return a moment (ImGui 1.86 reads keys once a
  // frame: a press and release between two frames would go unseen).
  bool type_and_enter(const std::string& text) const {
    return in_focus("xdotool type --delay 20 \"" + text + "\" && sleep 0.3 && xdotool keydown Return && sleep 0.2 && xdotool keyup Return");
  }

 private:
  bool in_focus(const std::string& then) const {
    const std::string window = "$(xdotool search --sync --onlyvisible --pid " + std::to_string(pid_) + " | head -1)";
    return std::system(("timeout 60 sh -c 'w=" + window + "; xdotool windowfocus --sync $w && sleep 1 && " + then + "'").c_str()) == 0;
  }

  int pid_ = 0;
};

// Waits up to 30 s for the file (settings, a log) to contain `text`.
bool file_comes_to_say(const fs::path& file, const std::string& text) {
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
    ASSERT_TRUE(file_comes_to_say(settings, "\"side_panels\": false")) << read_text(settings);
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(settings.parent_path()), fs::directory_iterator()), 1)
      << "a temporary file was left beside settings.json";
  // The second start reads the hidden panels: one more Tab shows them again.
  {
    Session second(config.path());
    ASSERT_TRUE(second.press("Tab"));
    EXPECT_TRUE(file_comes_to_say(settings, "\"side_panels\": true")) << read_text(settings);
  }
}

// File > Open (Ctrl+O), a path typed and Return: the model loads in the background and is shown.
void a_model_opened_in_the_window_loads_and_shows() {
  TempDir config;
  const fs::path log = config.path() / "session.log";
  Session session(config.path(), "C.UTF-8", log);
  ASSERT_TRUE(session.press("ctrl+o"));
  ASSERT_TRUE(session.type_and_enter(kDefaultLeg.string()));
  EXPECT_TRUE(file_comes_to_say(log, "loaded " + kDefaultLeg.string())) << read_text(log);
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
    ASSERT_TRUE(file_comes_to_say(settings, "\"language\": \"en\"")) << read_text(settings);
  }
  {
    Session second(config.path(), "zh_CN.UTF-8");  // the saved choice wins over the locale
    ASSERT_TRUE(second.press("l"));
    EXPECT_TRUE(file_comes_to_say(settings, "\"language\": \"zh-Hans\"")) << read_text(settings);
  }
  a_model_opened_in_the_window_loads_and_shows();
}

}  // namespace
}  // namespace soleus::testing
