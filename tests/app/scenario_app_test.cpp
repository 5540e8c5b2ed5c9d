// --preset and --compare in the window app: a bad file stops before any window, naming the file,
// the field and the reason; a scenario draws what its flags would.
#include <gtest/gtest.h>

#include <filesystem>

#include "common/special_files.h"
#include "run_app.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;
const std::string kScenarios = std::string(SOLEUS_ASSETS_DIR) + "/scenarios/";

}  // namespace

TEST(AppScenario, BadFilesExitTwoBeforeAnyWindowAndSayWhy) {
  TempDir dir;
  write_text(dir / "bad.json", R"({"format": "soleus-lab-scenario", "version": 1, "runner": {"fatigue": 2}})");
  const fs::path out = temp_png("bad_preset");
  // no display needed: the file is refused before a window is opened
  for (const std::string flag : {"--preset", "--compare"}) {
    const RunResult run = run_app(flag + " " + (dir / "bad.json").string() + " --screenshot " + out.string(),
                                  "env -u DISPLAY");
    EXPECT_EQ(run.exit_code, 2) << run.output;
    EXPECT_NE(run.output.find(flag + ": " + (dir / "bad.json").string() + ": runner.fatigue: must be between 0 and 1"),
              std::string::npos)
        << run.output;
  }
  const RunResult missing = run_app("--preset " + (dir / "none.json").string(), "env -u DISPLAY");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.output.find("none.json: cannot be read: file not found"), std::string::npos) << missing.output;
  EXPECT_FALSE(fs::exists(out));
}

TEST(AppScenario, PresetDrawsWhatItsFlagsWouldAndFlagsWin) {
  REQUIRE_DISPLAY();
  const fs::path preset = temp_png("preset"), flags = temp_png("preset_flags");
  const std::string size = " --width 480 --height 320 --no-ui --phase 0.3";
  ASSERT_APP_RUNS("--preset " + kScenarios + "forefoot-striker-minimalist.json --view posterior --screenshot " +
             preset.string() + size);
  ASSERT_APP_RUNS("--speed 3 --mass 72 --runner-height 1.76 --strike forefoot --shoe minimalist --mode run --view posterior"
             " --screenshot " + flags.string() + size);
  EXPECT_EQ(changed_pixels(load_png(preset), load_png(flags)), 0u);
}

}  // namespace soleus::testing
