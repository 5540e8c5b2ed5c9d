#include "ui/layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace soleus::ui {
namespace {

bool overlap(const Rect& a, const Rect& b) {
  return !a.empty() && !b.empty() && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

LayoutInputs inputs(float width, float height, float font = 16.0f, Column left = Column::Open,
                    Column right = Column::Open, bool timeline = true) {
  LayoutInputs in;
  in.width = width;
  in.height = height;
  in.font_size = font;
  in.menu_height = font + 6.0f;  // ImGui's menu bar: the font plus frame padding
  in.left = left;
  in.right = right;
  in.timeline = timeline;
  return in;
}

std::string describe(const LayoutInputs& in) {
  std::ostringstream s;
  s << in.width << "x" << in.height << " font " << in.font_size << " left " << static_cast<int>(in.left) << " right "
    << static_cast<int>(in.right) << " timeline " << in.timeline << " ui " << in.ui_visible;
  return s.str();
}

TEST(Layout, NothingOverlapsOrLeavesTheWindowAtAnySizeFontOrColumnState) {
  const float sizes[][2] = {{640, 480},   {800, 600},   {1024, 768},  {1280, 720},  {1366, 768}, {1600, 900},
                            {1920, 1080}, {2560, 1440}, {3440, 1440}, {3840, 2160}, {720, 1280}, {1080, 1920}};
  const Column states[] = {Column::Absent, Column::Collapsed, Column::Open};
  int checked = 0;
  for (const auto& size : sizes) {
    for (float font = 13.0f; font <= 64.0f; font += 3.0f) {
      for (Column left : states) {
        for (Column right : states) {
          for (bool timeline : {false, true}) {
            const LayoutInputs in = inputs(size[0], size[1], font, left, right, timeline);
            const Layout layout = compute_layout(in);
            SCOPED_TRACE(describe(in));
            const std::vector<Rect> rects = {layout.left, layout.right, layout.timeline, layout.view};
            for (std::size_t i = 0; i < rects.size(); ++i) {
              const Rect& r = rects[i];
              if (r.empty()) continue;
              EXPECT_GE(r.left, 0.0f) << i;
              EXPECT_LE(r.right, in.width) << i;
              EXPECT_GE(r.top, in.menu_height) << i;
              EXPECT_LE(r.bottom, in.height) << i;
              for (std::size_t j = i + 1; j < rects.size(); ++j) EXPECT_FALSE(overlap(r, rects[j])) << i << " " << j;
            }
            // The view keeps its minimum (or half the window, for a font this large in a window this small).
            const float em = font;
            EXPECT_GE(layout.view.width(), std::min(kMinViewWidthEm * em, 0.5f * (in.width - 2.0f * kMarginEm * em)) - 0.01f);
            EXPECT_GE(layout.view.height(),
                      std::min(kMinViewHeightEm * em, 0.5f * (in.height - in.menu_height - 2.0f * kMarginEm * em)) - 0.01f);
            // A column present is there, open at least at its minimum width, or as a rail.
            EXPECT_EQ(layout.left.empty(), left == Column::Absent);
            EXPECT_EQ(layout.right.empty(), right == Column::Absent);
            EXPECT_GE(layout.left.width(), layout.left_open ? kMinLeftEm * em - 0.01f : 0.0f);
            EXPECT_GE(layout.right.width(), layout.right_open ? kMinRightEm * em - 0.01f : 0.0f);
            if (!layout.left_open && !layout.left.empty()) {
              EXPECT_FLOAT_EQ(layout.left.width(), kRailEm * em);
            }
            // Squeezed means asked open and not given room; the right column goes first.
            EXPECT_EQ(layout.left_squeezed, left == Column::Open && !layout.left_open);
            EXPECT_EQ(layout.right_squeezed, right == Column::Open && !layout.right_open);
            EXPECT_FALSE(layout.left_squeezed && right == Column::Open && !layout.right_squeezed);
            // The timeline sits under the view, as wide as it.
            if (!layout.timeline.empty()) {
              EXPECT_TRUE(timeline);
              EXPECT_FLOAT_EQ(layout.timeline.left, layout.view.left);
              EXPECT_FLOAT_EQ(layout.timeline.right, layout.view.right);
              EXPECT_GT(layout.timeline.top, layout.view.bottom);
            }
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 3000);
}

TEST(Layout, WithoutTheUiTheViewIsTheWholeWindow) {
  for (const Column column : {Column::Absent, Column::Collapsed, Column::Open}) {
    LayoutInputs in = inputs(1280, 720, 16, column, column);
    in.ui_visible = false;
    const Layout layout = compute_layout(in);
    EXPECT_FLOAT_EQ(layout.view.left, 0.0f);
    EXPECT_FLOAT_EQ(layout.view.top, 0.0f);
    EXPECT_FLOAT_EQ(layout.view.right, 1280.0f);
    EXPECT_FLOAT_EQ(layout.view.bottom, 720.0f);
    EXPECT_TRUE(layout.left.empty() && layout.right.empty() && layout.timeline.empty());
  }
}

TEST(Layout, ColumnsAreAboutNineteenAndTwentyOneEmAt1280AndGrowWithWiderWindows) {
  const Layout at_1280 = compute_layout(inputs(1280, 720));
  EXPECT_NEAR(at_1280.left.width(), 19.0f * 16.0f, 1.0f);
  EXPECT_NEAR(at_1280.right.width(), 21.0f * 16.0f, 1.0f);
  EXPECT_NEAR(at_1280.timeline.height(), 5.0f * 16.0f, 1.0f);
  float left = at_1280.left.width(), right = at_1280.right.width(), view = at_1280.view.width();
  for (const float width : {1920.0f, 2560.0f}) {
    const Layout wider = compute_layout(inputs(width, width * 9.0f / 16.0f));
    EXPECT_GT(wider.left.width(), left) << width;
    EXPECT_GT(wider.right.width(), right) << width;
    EXPECT_GT(wider.view.width(), view) << width;
    left = wider.left.width();
    right = wider.right.width();
    view = wider.view.width();
  }
  // Capped at a readable width: the view gets the rest of a very wide window.
  const Layout at_3840 = compute_layout(inputs(3840, 2160));
  EXPECT_FLOAT_EQ(at_3840.left.width(), 30.0f * 16.0f);
  EXPECT_FLOAT_EQ(at_3840.right.width(), 34.0f * 16.0f);
  EXPECT_GT(at_3840.view.width(), view);
}

TEST(Layout, ColumnsScaleWithTheFont) {
  const Layout one = compute_layout(inputs(2560, 1440, 16));
  const Layout two = compute_layout(inputs(2560, 1440, 32));
  EXPECT_GT(two.left.width(), one.left.width() * 1.2f);
  EXPECT_GT(two.right.width(), one.right.width() * 1.2f);
  EXPECT_NEAR(two.timeline.height(), 2.0f * one.timeline.height(), 1.0f);
}

TEST(Layout, ANarrowWindowShrinksTheColumnsThenCollapsesTheRightOne) {
  const Layout at_900 = compute_layout(inputs(900, 700));
  EXPECT_TRUE(at_900.left_open && at_900.right_open);
  EXPECT_LT(at_900.left.width(), 19.0f * 16.0f);  // shrunk towards the minimum
  EXPECT_GE(at_900.view.width(), kMinViewWidthEm * 16.0f);

  const Layout at_800 = compute_layout(inputs(800, 600));
  EXPECT_TRUE(at_800.left_open);
  EXPECT_FALSE(at_800.right_open);
  EXPECT_TRUE(at_800.right_squeezed);
  EXPECT_FLOAT_EQ(at_800.right.width(), kRailEm * 16.0f);
  EXPECT_FALSE(at_800.timeline.empty());

  // The right column alone (the left collapsed by the user) fits where both did not.
  const Layout right_only = compute_layout(inputs(800, 600, 16, Column::Collapsed, Column::Open));
  EXPECT_TRUE(right_only.right_open);
  EXPECT_FALSE(right_only.right_squeezed || right_only.left_squeezed);
}

TEST(Layout, ASqueezedOutColumnFitsAloneWhereTheWindowHasRoomForOne) {
  EXPECT_TRUE(fits_alone(inputs(800, 600), false));  // the right column, in the left one's place
  EXPECT_TRUE(fits_alone(inputs(800, 600), true));
  // Twice the font in 1024 px: no room for either column beside a usable view.
  EXPECT_FALSE(fits_alone(inputs(1024, 768, 32), true));
  EXPECT_FALSE(fits_alone(inputs(1024, 768, 32), false));
  // A column the mode lacks stays absent.
  const LayoutInputs no_left = inputs(800, 600, 16, Column::Absent, Column::Collapsed);
  EXPECT_TRUE(fits_alone(no_left, false));
  EXPECT_TRUE(compute_layout(no_left).left.empty());
}

TEST(Layout, ALowWindowDropsTheTimelineRatherThanCrushTheView) {
  const Layout low = compute_layout(inputs(1280, 160));
  EXPECT_TRUE(low.timeline.empty());
  const Layout no_timeline = compute_layout(inputs(1280, 720, 16, Column::Open, Column::Open, false));
  EXPECT_TRUE(no_timeline.timeline.empty());
  EXPECT_FLOAT_EQ(no_timeline.view.bottom, no_timeline.left.bottom);
}

}  // namespace
}  // namespace soleus::ui
