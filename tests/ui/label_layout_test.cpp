// Leader-line label layout (pure arithmetic): crowds of anchors never give overlapping labels,
// labels outside the view or crossing leaders.
#include "ui/label_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace soleus::ui {
namespace {

const Rect kView{300.0f, 40.0f, 1000.0f, 620.0f};

struct Segment {
  float ax, ay, bx, by;
};

float side(float ox, float oy, float ax, float ay, float bx, float by) { return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox); }

// Proper crossing (shared end points do not count).
bool cross(const Segment& s, const Segment& t) {
  const float d1 = side(t.ax, t.ay, t.bx, t.by, s.ax, s.ay), d2 = side(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  const float d3 = side(s.ax, s.ay, s.bx, s.by, t.ax, t.ay), d4 = side(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  return d1 * d2 < 0.0f && d3 * d4 < 0.0f;
}

// A leader: level from the box to the elbow, then to its anchor.
std::vector<Segment> leader(const PlacedLabel& p, const LabelRequest& r) {
  const float edge = p.left ? p.box.right : p.box.left;
  return {{edge, p.line_y, p.elbow_x, p.line_y}, {p.elbow_x, p.line_y, r.anchor_x, r.anchor_y}};
}

bool boxes_overlap(const Rect& a, const Rect& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// Twelve anchors crowded in the middle of the view (a leg seen from the side), some on each side.
std::vector<LabelRequest> crowd(unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<float> x(600.0f, 700.0f), y(250.0f, 420.0f), width(40.0f, 260.0f);
  std::vector<LabelRequest> requests(12);
  for (LabelRequest& r : requests) r = {x(random), y(random), width(random), std::nullopt};
  return requests;
}

void expect_tidy(const std::vector<LabelRequest>& requests, const std::vector<PlacedLabel>& placed, const Rect& view,
                 const LabelStyle& style) {
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const Rect& box = placed[i].box;
    EXPECT_GE(box.left, view.left);
    EXPECT_LE(box.right, view.right);
    EXPECT_GE(box.top, view.top);
    EXPECT_LE(box.bottom, view.bottom);
    EXPECT_NEAR(box.height(), style.height, 1e-3f);
    // In its own half of the view: the two columns never meet.
    if (placed[i].left) EXPECT_LE(box.right, 0.5f * (view.left + view.right));
    else EXPECT_GE(box.left, 0.5f * (view.left + view.right));
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      EXPECT_FALSE(boxes_overlap(box, placed[j].box)) << i << " and " << j;
      for (const Segment& s : leader(placed[i], requests[placed[i].request]))
        for (const Segment& t : leader(placed[j], requests[placed[j].request]))
          EXPECT_FALSE(cross(s, t)) << "leaders of " << placed[i].request << " and " << placed[j].request << " cross";
    }
  }
}

}  // namespace

TEST(LabelLayout, TwelveCrowdedAnchorsGiveTidyLabels) {
  const LabelStyle style;
  for (unsigned seed = 1; seed <= 50; ++seed) {
    SCOPED_TRACE(seed);
    const std::vector<LabelRequest> requests = crowd(seed);
    const std::vector<PlacedLabel> placed = place_labels(requests, kView, style);
    ASSERT_EQ(placed.size(), requests.size()) << "the view has room for all twelve";
    float middle = 0.0f;
    for (const LabelRequest& r : requests) middle += r.anchor_x / 12.0f;
    for (const PlacedLabel& p : placed) {
      EXPECT_EQ(p.left, requests[p.request].anchor_x < middle);  // the side of the anchors' middle it is on
      if (p.left) EXPECT_NEAR(p.box.left, kView.left + style.margin, 1e-3f);
      else EXPECT_NEAR(p.box.right, kView.right - style.margin, 1e-3f);
    }
    expect_tidy(requests, placed, kView, style);
  }
}

// Anchors down a leg keep their order in each column: the label of the higher anchor is higher.
TEST(LabelLayout, EachColumnKeepsItsAnchorsOrder) {
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 12; ++i) {  // alternate sides, down a slanted line, all close together
    const float step = static_cast<float>(i);
    requests.push_back({i % 2 ? 660.0f + 2.0f * step : 640.0f - 2.0f * step,
                        300.0f + 9.0f * static_cast<float>((i * 5) % 12), 120.0f, std::nullopt});
  }
  const std::vector<PlacedLabel> placed = place_labels(requests, kView, LabelStyle{});
  ASSERT_EQ(placed.size(), requests.size());
  for (const PlacedLabel& a : placed)
    for (const PlacedLabel& b : placed)
      if (a.left == b.left && requests[a.request].anchor_y < requests[b.request].anchor_y) {
        EXPECT_LT(a.box.top, b.box.top) << a.request << " above " << b.request;
      }
}

// A small view: labels that do not fit are left out, the first requested kept; the rest are
// narrowed to half the view, and all still fit.
TEST(LabelLayout, ASmallViewKeepsTheFirstLabelsInside) {
  const Rect view{0.0f, 0.0f, 200.0f, 100.0f};
  LabelStyle style;
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 12; ++i) requests.push_back({50.0f, 30.0f + static_cast<float>(i), 400.0f, std::nullopt});
  const std::vector<PlacedLabel> placed = place_labels(requests, view, style);
  ASSERT_FALSE(placed.empty());
  EXPECT_LT(placed.size(), requests.size());
  for (std::size_t i = 0; i < placed.size(); ++i)
    EXPECT_TRUE(std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel& p) { return p.request == i; }))
        << "request " << i << " left out while a later one was kept";
  // The anchors are too near the left edge for a box before them: the right column takes them.
  for (const PlacedLabel& p : placed) EXPECT_FALSE(p.left);
  expect_tidy(requests, placed, view, style);
}

// Long names near the view's edge are cut so that every leader runs inwards from its column.
TEST(LabelLayout, BoxesAreCutToTheRoomBeforeTheNearestAnchor) {
  LabelStyle style;
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 6; ++i) requests.push_back({420.0f + 5.0f * static_cast<float>(i), 200.0f + 20.0f * static_cast<float>(i), 300.0f, std::nullopt});
  requests.push_back({880.0f, 300.0f, 300.0f, std::nullopt});  // one on the right, as near its edge
  const std::vector<PlacedLabel> placed = place_labels(requests, kView, style);
  ASSERT_EQ(placed.size(), requests.size());
  for (const PlacedLabel& p : placed) {
    if (p.left) {
      EXPECT_LE(p.elbow_x, 420.0f - style.clearance + 1e-3f);
      EXPECT_LE(p.box.right + style.stub, p.elbow_x + 1e-3f);
    } else {
      EXPECT_GE(p.elbow_x, 880.0f + style.clearance - 1e-3f);
      EXPECT_GE(p.box.left - style.stub, p.elbow_x - 1e-3f);
    }
    EXPECT_GE(p.box.width(), style.min_width);
  }
  expect_tidy(requests, placed, kView, style);
}

// A label keeps its column until its anchor is well past the middle (the leg swings; labels must
// not hop), and the columns never take anchors out of order across the split, so leaders from the
// two sides never cross.
TEST(LabelLayout, LabelsKeepTheirColumnUntilTheirAnchorIsWellPastTheMiddle) {
  const LabelStyle style;
  const float middle = 650.0f;  // of two fixed anchors either side and the one that moves
  auto column_of = [&](float x, std::optional<bool> was_left) {
    const std::vector<LabelRequest> requests = {{middle - 150.0f, 200.0f, 80.0f, std::nullopt},
                                                {middle + 150.0f - x + middle, 250.0f, 80.0f, std::nullopt},
                                                {x, 300.0f, 80.0f, was_left}};
    const std::vector<PlacedLabel> placed = place_labels(requests, kView, style);
    EXPECT_EQ(placed.size(), 3u);
    const auto moving = std::find_if(placed.begin(), placed.end(), [](const PlacedLabel& p) { return p.request == 2; });
    return moving != placed.end() && moving->left;
  };
  EXPECT_TRUE(column_of(middle + 0.5f * style.keep_side, true));
  EXPECT_FALSE(column_of(middle + 0.5f * style.keep_side, std::nullopt));
  EXPECT_FALSE(column_of(middle + 2.0f * style.keep_side, true));
  EXPECT_FALSE(column_of(middle - 0.5f * style.keep_side, false));
  EXPECT_TRUE(column_of(middle - 2.0f * style.keep_side, false));

  std::mt19937 random(7);
  std::uniform_int_distribution<int> coin(0, 2);
  for (unsigned seed = 1; seed <= 50; ++seed) {
    std::vector<LabelRequest> requests = crowd(seed);
    for (LabelRequest& r : requests)
      if (const int c = coin(random); c < 2) r.was_left = c == 0;
    const std::vector<PlacedLabel> placed = place_labels(requests, kView, style);
    ASSERT_EQ(placed.size(), requests.size());
    for (const PlacedLabel& a : placed)
      for (const PlacedLabel& b : placed)
        if (a.left && !b.left) {
          EXPECT_LE(requests[a.request].anchor_x, requests[b.request].anchor_x);
        }
    expect_tidy(requests, placed, kView, style);
  }
}

TEST(LabelLayout, AnchorsOutsideTheViewGetNoLabel) {
  const std::vector<LabelRequest> requests = {
      {100.0f, 300.0f, 50.0f, std::nullopt}, {650.0f, 700.0f, 50.0f, std::nullopt}, {650.0f, 300.0f, 50.0f, std::nullopt}};
  const std::vector<PlacedLabel> placed = place_labels(requests, kView, LabelStyle{});
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(placed[0].request, 2u);
  EXPECT_TRUE(place_labels(requests, Rect{}, LabelStyle{}).empty());
}

// Ten pixels a byte: "Soleus" is 60 px wide.
float ten_per_byte(const char* begin, const char* end) { return 10.0f * static_cast<float>(end - begin); }

TEST(FitText, ABoxSizedToItsTextKeepsItWholeThoughItsEdgesRound) {
  // A right-column box at x = 2500 px: right - (right - 60) is not exactly 60 in floats.
  const float right = 2531.7f;
  const float width = right - (right - 60.0f) - 1e-3f;
  EXPECT_EQ(fit_text("Soleus", width, ten_per_byte), "Soleus");
  EXPECT_EQ(fit_text("Soleus", 59.0f, ten_per_byte), "So...");       // 20 + 30 fits, 30 + 30 does not
  EXPECT_EQ(fit_text("Tibia (shin bone)", 90.0f, ten_per_byte), "Tibia ...");
  EXPECT_EQ(fit_text("Soleus", 20.0f, ten_per_byte), "...");
  EXPECT_EQ(fit_text("\xE6\xAF\x94\xE7\x9B\xAE\xE9\xB1\xBC", 65.0f, ten_per_byte),
            "\xE6\xAF\x94...");  // whole UTF-8 characters only
}

}  // namespace soleus::ui
