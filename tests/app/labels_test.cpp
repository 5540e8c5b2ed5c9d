// Leader-line labels through the real binary: --labels (and its shortcut, T) draws them, the same
// way every time.
#include <gtest/gtest.h>

#include "run_app.h"

namespace soleus::testing {

TEST(AppLabels, LabelsShowAndTheSameWayEachTime) {
  REQUIRE_DISPLAY();
  auto capture = [](const std::string& name, const std::string& flags) {
    const auto out = temp_png("labels_" + name);
    const std::string args = "--width 800 --height 600 --phase 0.3 --select soleus " + flags + " --screenshot " + out.string();
    const RunResult run = run_app(args);
    EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.output;
    EXPECT_EQ(run.output.find("warning"), std::string::npos) << run.output;
    return load_png(out);
  };
  const Image plain = capture("off", "");
  const Image labelled = capture("on", "--labels");
  const Image again = capture("again", "--labels");
  const Image pressed = capture("pressed", "--press t");
  const Image toggled_back = capture("toggled_back", "--labels --press t");
  ASSERT_EQ(plain.width, 800);
  ASSERT_EQ(labelled.width, 800);
  EXPECT_GT(changed_pixels(plain, labelled), 2000u);  // seven or more names, boxes and lines
  EXPECT_EQ(changed_pixels(labelled, again), 0u);
  EXPECT_EQ(labelled.rgb, again.rgb);                  // identical, not merely close
  EXPECT_EQ(changed_pixels(labelled, pressed), 0u);    // T is View > Labels
  EXPECT_EQ(changed_pixels(plain, toggled_back), 0u);
}

}  // namespace soleus::testing
