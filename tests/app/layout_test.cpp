// The window's layout as captured: the 3D view where ui::compute_layout puts it at several sizes
// and UI scales, no scene under the panels, and reduced motion.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>

#include "run_app.h"
#include "ui/layout.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;

// The layout the app computes for a capture with its panels: a 16 px font at UI scale 1, and a
// menu bar of the font plus ImGui's frame padding (3 px a side at scale 1).
ui::Layout expected_layout(int width, int height, float scale) {
  ui::LayoutInputs in;
  in.width = static_cast<float>(width);
  in.height = static_cast<float>(height);
  in.font_size = 16.0f * scale;
  in.menu_height = 22.0f * scale;
  return ui::compute_layout(in);
}

// The renderer clears everything around the 3D view to ui::kPanelBackgroundSrgb (0.06 -> 15 in
// 8 bits), and the panels draw no background of their own.
bool is_surround(const unsigned char* p) {
  return std::abs(p[0] - 15) <= 3 && std::abs(p[1] - 15) <= 3 && std::abs(p[2] - 15) <= 3;
}

// The longest run of pixels that are not the surround, along row y or (by_column) column x:
// across the 3D view, which the surround separates from every panel.
std::pair<int, int> longest_run(const Image& image, int line, bool by_column) {
  const int length = by_column ? image.height : image.width;
  std::pair<int, int> best{0, 0};
  int start = 0;
  for (int i = 0; i <= length; ++i) {
    const bool surround = i == length || is_surround(by_column ? image.at(line, i) : image.at(i, line));
    if (!surround) continue;
    if (i - start > best.second - best.first) best = {start, i};
    start = i + 1;
  }
  return best;
}

struct Capture {
  Image image;
  ui::Rect view;  // as measured
};

// Captures the running view and checks that the 3D view's pixels span what the layout says,
// across a row under the load legend and down a column right of it.
Capture expect_view_where_the_layout_says(int width, int height, float scale, const std::string& extra = "") {
  // Named per test too: ctest runs tests in parallel.
  const fs::path out = temp_png(std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
                                std::to_string(width) + "_" + std::to_string(scale));
  const std::string args = "--width " + std::to_string(width) + " --height " + std::to_string(height) + extra +
                           " --screenshot " + out.string();
  const RunResult run = run_app(args);
  EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.output;
  Capture capture{load_png(out), {}};
  const Image& image = capture.image;
  if (image.width != width) {
    ADD_FAILURE() << "no capture: " << args;
    return capture;
  }
  const ui::Rect view = expected_layout(width, height, scale).view;
  SCOPED_TRACE(args);
  const auto across = longest_run(image, static_cast<int>(view.top + 0.75f * view.height()), false);
  const auto down = longest_run(image, static_cast<int>(view.right - 0.1f * view.width()), true);
  EXPECT_NEAR(across.first, view.left, 2.0);
  EXPECT_NEAR(across.second, view.right, 2.0);
  EXPECT_NEAR(down.first, view.top, 2.0);
  EXPECT_NEAR(down.second, view.bottom, 2.0);
  capture.view = {static_cast<float>(across.first), static_cast<float>(down.first), static_cast<float>(across.second),
                  static_cast<float>(down.second)};
  return capture;
}

TEST(AppLayout, TheViewIsWhereTheLayoutSaysFromSmallToLargeWindows) {
  REQUIRE_DISPLAY();
  ASSERT_TRUE(expected_layout(800, 600, 1.0f).right_squeezed);  // a rail at 800 x 600
  expect_view_where_the_layout_says(800, 600, 1.0f, " --ui-scale 1");
  const ui::Rect at_1280 = expect_view_where_the_layout_says(1280, 720, 1.0f, " --ui-scale 1").view;
  const ui::Rect at_2560 = expect_view_where_the_layout_says(2560, 1440, 1.0f, " --ui-scale 1").view;
  EXPECT_GT(at_2560.left, at_1280.left + 100.0f);  // a wider window, wider columns
  EXPECT_GT(2560.0f - at_2560.right, 1280.0f - at_1280.right + 100.0f);
}

TEST(AppLayout, UiScaleTwoWidensTheColumns) {
  REQUIRE_DISPLAY();
  const ui::Rect one = expect_view_where_the_layout_says(2560, 1440, 1.0f, " --ui-scale 1").view;
  const ui::Rect two = expect_view_where_the_layout_says(2560, 1440, 2.0f, " --ui-scale 2").view;
  EXPECT_GT(two.left, one.left + 100.0f);    // a wider left column
  EXPECT_LT(two.right, one.right - 100.0f);  // and right one
  EXPECT_GT(two.top, one.top);               // a taller menu bar
  const RunResult bad = run_app("--ui-scale 9");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("--ui-scale"), std::string::npos) << bad.output;
}

TEST(AppLayout, AWindowTooNarrowForBothColumnsShowsNoSceneUnderThem) {
  REQUIRE_DISPLAY();
  // 640 px have room for the left column and the view only; the columns have no background, so a
  // scene drawn beyond the view would show through them.
  const Image image = expect_view_where_the_layout_says(640, 480, 1.0f, " --ui-scale 1").image;
  const ui::Rect view = expected_layout(640, 480, 1.0f).view;
  std::size_t backdrop = 0, outside = 0;  // light, nearly grey pixels: the studio backdrop (text is a small share)
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const float px = static_cast<float>(x), py = static_cast<float>(y);
      if (px >= view.left && px < view.right && py >= view.top && py < view.bottom) continue;
      const unsigned char* p = image.at(x, y);
      const int low = std::min({p[0], p[1], p[2]});
      const int high = std::max({p[0], p[1], p[2]});
      ++outside;
      if (low >= 200 && high - low < 20) ++backdrop;
    }
  EXPECT_LT(static_cast<double>(backdrop) / static_cast<double>(outside), 0.05);
}

TEST(AppLayout, ReducedMotionStartsPaused) {
  REQUIRE_DISPLAY();
  // The timeline's Play/Pause button says whether the stride plays (a capture does not advance
  // time; --phase pauses). Only the button is compared: the phases differ.
  const std::string common = " --width 1280 --height 720 --ui-scale 1 --screenshot ";
  const fs::path playing = temp_png("motion_default");
  const fs::path reduced = temp_png("motion_reduced");
  const fs::path paused = temp_png("motion_paused");
  ASSERT_APP_RUNS(common + playing.string());
  ASSERT_APP_RUNS("--reduced-motion" + common + reduced.string());
  ASSERT_APP_RUNS("--phase 0" + common + paused.string());
  const ui::Rect timeline = expected_layout(1280, 720, 1.0f).timeline;
  auto crop = [&](const fs::path& path) {
    const Image image = load_png(path);
    Image part;
    part.width = 4 * 16;   // the Play/Pause button, 4 em at a 16 px font
    part.height = 2 * 16;
    for (int y = 0; y < part.height; ++y) {
      const unsigned char* row = image.at(static_cast<int>(timeline.left), static_cast<int>(timeline.top) + y);
      part.rgb.insert(part.rgb.end(), row, row + 3 * part.width);
    }
    return part;
  };
  EXPECT_EQ(changed_pixels(crop(reduced), crop(paused)), 0u);
  EXPECT_GT(changed_pixels(crop(playing), crop(paused)), 20u);  // "Pause" instead of "Play"
}

}  // namespace
}  // namespace soleus::testing
