// Audiences through the real binary: the text and the panels change, the 3D view does not.
#include <gtest/gtest.h>

#include "run_app.h"

namespace soleus::testing {

TEST(AppAudience, PanelsDifferAndThePictureIsTheSame) {
  REQUIRE_DISPLAY();
  auto capture = [](const std::string& audience, const std::string& extra) {
    const auto out = temp_png("audience_" + audience + (extra.empty() ? "" : "_bare"));
    const std::string args = "--width 960 --height 600 --phase 0.3 --audience " + audience + " " + extra +
                             " --screenshot " + out.string();
    const RunResult run = run_app(args);
    EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.output;
    return load_png(out);
  };
  const Image student = capture("student", "");
  const Image coach = capture("coach", "");
  const Image runner = capture("runner", "");
  ASSERT_EQ(student.width, 960);
  // Other first tabs and other words: whole panels change.
  EXPECT_GT(changed_pixels(student, coach), 5000u);
  EXPECT_GT(changed_pixels(coach, runner), 5000u);
  EXPECT_GT(changed_pixels(student, runner), 5000u);
  // The leg, its colours and its forces are the same for everyone.
  const Image bare_student = capture("student", "--no-ui");
  const Image bare_runner = capture("runner", "--no-ui");
  EXPECT_EQ(changed_pixels(bare_student, bare_runner), 0u);
  const RunResult bad = run_app("--audience teacher");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("student, coach or runner"), std::string::npos) << bad.output;
}

}  // namespace soleus::testing
