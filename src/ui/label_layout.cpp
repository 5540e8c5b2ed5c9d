#include "ui/label_layout.h"

#include <algorithm>
#include <numeric>

namespace soleus::ui {
namespace {

constexpr int kMaxUntanglePasses = 64;  // each swap shortens the leaders, so this is never reached in practice

struct Point {
  float x, y;
};

float cross(Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// Whether segments ab and cd cross (touching ends do not count).
bool segments_cross(Point a, Point b, Point c, Point d) {
  const float d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  return ((d1 > 0.0f && d2 < 0.0f) || (d1 < 0.0f && d2 > 0.0f)) && ((d3 > 0.0f && d4 < 0.0f) || (d3 < 0.0f && d4 > 0.0f));
}

// Tops of `count` boxes of `height` as near as possible to `wanted` (in order), none overlapping,
// all within [top, bottom]: pushed down from the top, then up from the bottom.
std::vector<float> spread(const std::vector<float>& wanted, float height, float gap, float top, float bottom) {
  std::vector<float> tops = wanted;
  float floor = top;
  for (float& t : tops) {
    t = std::max(t, floor);
    floor = t + height + gap;
  }
  float ceiling = bottom - height;
  for (auto t = tops.rbegin(); t != tops.rend(); ++t) {
    *t = std::min(*t, ceiling);
    ceiling = *t - height - gap;
  }
  return tops;
}

// How many labels a column holds.
std::size_t column_capacity(const Rect& view, const LabelStyle& style) {
  const float room = view.height() - 2.0f * style.margin + style.gap;
  return static_cast<std::size_t>(std::max(0.0f, room / (style.height + style.gap)));
}

// The widest box a column allows: the room between the view's edge and the column's anchor
// nearest that edge (`edge_anchor_x`), and half the view; never below the minimum.
float column_width(const Rect& view, const LabelStyle& style, bool left, float edge_anchor_x) {
  const float room_to_anchor =
      (left ? edge_anchor_x - view.left : view.right - edge_anchor_x) - style.margin - style.stub - style.clearance;
  const float half_view = 0.5f * view.width() - 1.5f * style.margin - style.stub;
  return std::max(0.0f, std::min(half_view, std::max(room_to_anchor, style.min_width)));
}

void place_column(const std::vector<LabelRequest>& requests, std::vector<std::size_t> members, bool left,
                  const Rect& view, const LabelStyle& style, std::vector<PlacedLabel>& out) {
  if (members.size() > column_capacity(view, style)) members.resize(column_capacity(view, style));  // the most wanted first
  if (members.empty()) return;
  std::sort(members.begin(), members.end(),
            [&](std::size_t a, std::size_t b) { return requests[a].anchor_y < requests[b].anchor_y; });
  float edge_anchor = left ? view.right : view.left;
  for (const std::size_t r : members)
    edge_anchor = left ? std::min(edge_anchor, requests[r].anchor_x) : std::max(edge_anchor, requests[r].anchor_x);
  const float max_width = column_width(view, style, left, edge_anchor);
  float widest = 0.0f;
  std::vector<float> wanted;
  for (const std::size_t r : members) {
    widest = std::max(widest, std::min(requests[r].width, max_width));
    wanted.push_back(requests[r].anchor_y - 0.5f * style.height);
  }
  const std::vector<float> tops =
      spread(wanted, style.height, style.gap, view.top + style.margin, view.bottom - style.margin);
  const float elbow = left ? view.left + style.margin + widest + style.stub : view.right - style.margin - widest - style.stub;

  // Slots stay where they are; labels trade slots while two leaders cross.
  std::vector<std::size_t> slot_of(members.size());
  std::iota(slot_of.begin(), slot_of.end(), 0u);
  auto start = [&](std::size_t i) { return Point{elbow, tops[slot_of[i]] + 0.5f * style.height}; };
  auto anchor = [&](std::size_t i) { return Point{requests[members[i]].anchor_x, requests[members[i]].anchor_y}; };
  for (int pass = 0; pass < kMaxUntanglePasses; ++pass) {
    bool swapped = false;
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size(); ++j)
        if (segments_cross(start(i), anchor(i), start(j), anchor(j))) {
          std::swap(slot_of[i], slot_of[j]);
          swapped = true;
        }
    if (!swapped) break;
  }

  for (std::size_t i = 0; i < members.size(); ++i) {
    const float width = std::min(requests[members[i]].width, max_width);
    const float top = tops[slot_of[i]];
    PlacedLabel placed;
    placed.request = members[i];
    placed.left = left;
    placed.box = left ? Rect{view.left + style.margin, top, view.left + style.margin + width, top + style.height}
                      : Rect{view.right - style.margin - width, top, view.right - style.margin, top + style.height};
    placed.elbow_x = elbow;
    placed.line_y = top + 0.5f * style.height;
    out.push_back(placed);
  }
}

// Half a pixel: float rounding of box edges near x = 2500 px is about 1e-4 px, text is drawn at
// whole pixels anyway.
constexpr float kFitSlackPx = 0.5f;

}  // namespace

std::string fit_text(const std::string& text, float width,
                     const std::function<float(const char* begin, const char* end)>& measure) {
  const char* begin = text.c_str();
  if (measure(begin, begin + text.size()) <= width + kFitSlackPx) return text;
  const std::string ellipsis = "...";
  const float dots = measure(ellipsis.data(), ellipsis.data() + ellipsis.size());
  std::size_t end = text.size();
  while (end > 0) {
    do --end;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);  // whole UTF-8 characters
    if (measure(begin, begin + end) + dots <= width + kFitSlackPx) break;
  }
  return text.substr(0, end) + "...";
}

std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const Rect& view,
                                      const LabelStyle& style) {
  std::vector<PlacedLabel> placed;
  if (view.empty()) return placed;
  const float reserved = style.margin + style.stub + style.clearance;  // between a box and its anchor
  std::vector<std::size_t> shown;
  for (std::size_t r = 0; r < requests.size(); ++r) {
    const LabelRequest& q = requests[r];
    if (q.anchor_x >= view.left && q.anchor_x <= view.right && q.anchor_y >= view.top && q.anchor_y <= view.bottom)
      shown.push_back(r);
  }
  std::sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) { return requests[a].anchor_x < requests[b].anchor_x; });
  // The anchors' own middle, not the view's: the camera follows the leg, but its parts swing
  // across the view's middle, and less across each other.
  float middle = 0.0f;
  for (const std::size_t r : shown) middle += requests[r].anchor_x / static_cast<float>(shown.size());
  auto has_room = [&](std::size_t r, bool left) {
    const float x = requests[r].anchor_x;
    return (left ? x - view.left : view.right - x) - reserved >= style.min_width;
  };
  // The widest box each column allows (its anchor nearest the edge is the outermost of all).
  const float left_width = shown.empty() ? 0.0f : column_width(view, style, true, requests[shown.front()].anchor_x);
  const float right_width = shown.empty() ? 0.0f : column_width(view, style, false, requests[shown.back()].anchor_x);
  // What a label costs in one column (pixels): how far its anchor lies past the middle, away from
  // it; what of its text that column cuts off; a change of column; a column with no room before
  // its anchor (then it is left out).
  constexpr float kNoRoom = 1e6f;
  auto cost = [&](std::size_t r, bool left) {
    const LabelRequest& q = requests[r];
    float c = std::max(0.0f, left ? q.anchor_x - middle : middle - q.anchor_x);
    c += std::max(0.0f, q.width - (left ? left_width : right_width));
    if (q.was_left && *q.was_left != left) c += style.keep_side;
    if (!has_room(r, left)) c += kNoRoom;
    return c;
  };
  // The columns split the anchors at one x (all of the left column's anchors left of all of the
  // right one's), so that leaders from the two sides never cross: the cheapest such split, where
  // a label a column has no height for costs as much as one it has no room for.
  const std::size_t capacity = column_capacity(view, style);
  std::size_t best_split = 0;
  float best_cost = 1e30f;
  for (std::size_t split = 0; split <= shown.size(); ++split) {
    float total = kNoRoom * static_cast<float>((split > capacity ? split - capacity : 0) +
                                               (shown.size() - split > capacity ? shown.size() - split - capacity : 0));
    for (std::size_t i = 0; i < shown.size(); ++i) total += cost(shown[i], i < split);
    if (total < best_cost) {
      best_cost = total;
      best_split = split;
    }
  }
  std::vector<std::size_t> left, right;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const bool in_left = i < best_split;
    if (has_room(shown[i], in_left)) (in_left ? left : right).push_back(shown[i]);
  }
  // The most wanted first, as asked (a column short of height keeps those).
  std::sort(left.begin(), left.end());
  std::sort(right.begin(), right.end());
  place_column(requests, left, true, view, style, placed);
  place_column(requests, right, false, view, style, placed);
  return placed;
}

}  // namespace soleus::ui
