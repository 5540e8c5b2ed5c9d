// Undo and redo through the real binary: --press runs shortcuts before the capture.
#include <gtest/gtest.h>

#include "run_app.h"

namespace soleus::testing {

TEST(AppUndo, CtrlZUndoesAnEditAndCtrlShiftZAndCtrlYRedoIt) {
  REQUIRE_DISPLAY();
  auto capture = [](const std::string& name, const std::string& press) {
    const auto out = temp_png("undo_" + name);
    const std::string args = "--width 640 --height 400 --phase 0.3 " + press + " --screenshot " + out.string();
    const RunResult run = run_app(args);
    EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.output;
    return load_png(out);
  };
  const Image plain = capture("plain", "");
  const Image xray = capture("xray", "--press x");
  const Image undone = capture("undone", "--press x,ctrl+z");
  const Image redone = capture("redone", "--press x,ctrl+z,ctrl+shift+z");
  const Image redone_y = capture("redone_y", "--press X,Ctrl+Z,Ctrl+Y");
  ASSERT_EQ(plain.width, 640);
  EXPECT_GT(changed_pixels(plain, xray), 1000u);  // x-ray shows
  EXPECT_EQ(changed_pixels(plain, undone), 0u);
  EXPECT_EQ(changed_pixels(xray, redone), 0u);
  EXPECT_EQ(changed_pixels(xray, redone_y), 0u);
  // Nothing to undo: nothing changes.
  EXPECT_EQ(changed_pixels(plain, capture("empty", "--press ctrl+z")), 0u);
  const RunResult bad = run_app("--press ctrl+q");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("ctrl+q"), std::string::npos) << bad.output;
}

}  // namespace soleus::testing
