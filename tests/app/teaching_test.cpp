// The teaching views from the command line: each stretch pose and the foam-rolling map render,
// and the poses really differ on screen.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "run_app.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;

std::size_t differing_pixels(const Image& a, const Image& b) {
  std::size_t count = 0;
  for (int y = 0; y < a.height; ++y) {
    for (int x = 0; x < a.width; ++x) {
      const unsigned char* p = a.at(x, y);
      const unsigned char* q = b.at(x, y);
      if (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 24) ++count;
    }
  }
  return count;
}

// Pixels clearly green (the rolling spots): green well above red and blue.
std::size_t green_pixels(const Image& image) {
  std::size_t count = 0;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const unsigned char* p = image.at(x, y);
      if (p[1] > p[0] + 40 && p[1] > p[2] + 40) ++count;
    }
  }
  return count;
}

Image capture(const std::string& name, const std::string& arguments) {
  const fs::path png = temp_png(name);
  const RunResult run = run_app("--no-ui --width 480 --height 480 " + arguments + " --screenshot " + png.string());
  EXPECT_EQ(run.exit_code, 0) << run.output;
  return load_png(png);
}

}  // namespace

TEST(AppTeaching, BentAndStraightKneeStretchesLookDifferent) {
  if (!have_display()) GTEST_SKIP() << "no display: run under xvfb-run (test.sh does)";
  const Image bent = capture("bent_knee", "--view medial --mode stretch --pose bent-knee");
  const Image straight = capture("straight_knee", "--view medial --mode stretch --pose straight-knee");
  ASSERT_EQ(bent.width, 480);
  ASSERT_EQ(straight.width, 480);
  EXPECT_GT(differing_pixels(bent, straight), static_cast<std::size_t>(0.02 * bent.width * bent.height));
}

TEST(AppTeaching, StrengthExercisesRenderTheirOwnPoses) {
  if (!have_display()) GTEST_SKIP() << "no display: run under xvfb-run (test.sh does)";
  const Image stretch = capture("stretch_ref", "--view lateral --mode stretch --pose straight-knee");
  for (const std::string pose : {"calf-raise", "heel-drop"}) {
    const Image image = capture(pose, "--view lateral --mode stretch --pose " + pose);
    ASSERT_EQ(image.width, 480) << pose;
    EXPECT_GT(differing_pixels(stretch, image), static_cast<std::size_t>(0.02 * image.width * image.height)) << pose;
  }
}

TEST(AppTeaching, FoamRollingPaintsTheSpots) {
  if (!have_display()) GTEST_SKIP() << "no display: run under xvfb-run (test.sh does)";
  const Image rolling = capture("foam_rolling", "--view medial --mode foam-rolling");
  const Image running = capture("foam_rolling_ref", "--view medial --phase 0.6");
  ASSERT_EQ(rolling.width, 480);
  ASSERT_EQ(running.width, 480);
  const std::size_t area = static_cast<std::size_t>(rolling.width * rolling.height);
  EXPECT_GT(green_pixels(rolling), area / 500);
  EXPECT_GT(green_pixels(rolling), 4 * green_pixels(running) + 1);
}

}  // namespace soleus::testing
