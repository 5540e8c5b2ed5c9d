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

namespace soleus::testing {

// The Structure tab quotes the picked muscle's force and strain at the playhead: another instant
// of the stride changes its text for the soleus; the tibia's says the model does not compute its
// load, the same at every instant.
TEST(AppStructureTab, TheSoleusLoadFollowsThePlayheadAndTheTibiaHasNone) {
  REQUIRE_DISPLAY();
  auto capture = [](const std::string& structure, const std::string& phase) {
    const auto out = temp_png("structure_" + structure + "_" + phase);
    const std::string args = "--width 1280 --height 720 --select " + structure + " --phase " + phase + " --screenshot " + out.string();
    const RunResult run = run_app(args);
    EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.output;
    return load_png(out);
  };
  // The Structure tab's text in the right column, below the colour legend (whose marker moves).
  auto tab_changes = [](const Image& a, const Image& b) {
    std::size_t count = 0;
    for (int y = 165; y < 610; ++y)
      for (int x = 940; x < 1270; ++x)
        for (int c = 0; c < 3; ++c)
          if (a.at(x, y)[c] != b.at(x, y)[c]) {
            ++count;
            break;
          }
    return count;
  };
  const Image soleus_early = capture("soleus", "0.1");
  const Image soleus_late = capture("soleus", "0.3");
  const Image tibia_early = capture("tibia", "0.1");
  const Image tibia_late = capture("tibia", "0.3");
  ASSERT_EQ(soleus_early.width, 1280);
  ASSERT_EQ(tibia_late.width, 1280);
  EXPECT_GT(tab_changes(soleus_early, soleus_late), 30u);  // its force and strain now
  EXPECT_EQ(tab_changes(tibia_early, tibia_late), 0u);
  EXPECT_GT(tab_changes(soleus_early, tibia_early), 1000u);  // another structure, another text
}

}  // namespace soleus::testing
