#include "ui/layout.h"

#include <algorithm>

namespace soleus::ui {
namespace {

// A column's width: `preferred_em` at most window sizes, a `share` of wider windows up to
// `max_em` (a readable line length; the view gets the rest), never under `min_em`.
struct ColumnWidths {
  float min_em, preferred_em, share, max_em;
  float preferred(float window_width, float em) const {
    return std::max(preferred_em * em, std::min(share * window_width, max_em * em));
  }
};
constexpr ColumnWidths kLeft{kMinLeftEm, 19.0f, 0.20f, 30.0f};
constexpr ColumnWidths kRight{kMinRightEm, 21.0f, 0.22f, 34.0f};

constexpr float kTimelineEm = 5.0f;         // a row of buttons and the scrubber with its labels
constexpr float kMinTimelineEm = 4.25f;     // below this the scrubber loses its labels: dropped instead

// The widths of the open columns (0 for a rail or an absent column) that leave the view at least
// `min_view` of `available` pixels; collapses the right column, then the left, when they do not fit.
struct Widths {
  float left = 0.0f, right = 0.0f;
};
Widths fit_columns(const LayoutInputs& in, float available, float min_view, Layout& out) {
  const float em = in.font_size;
  const float margin = kMarginEm * em;
  bool left_open = in.left == Column::Open, right_open = in.right == Column::Open;
  for (;;) {
    // Each column present takes its gap to the view; a rail its own width too.
    float space = available - min_view;
    if (in.left != Column::Absent) space -= margin + (left_open ? 0.0f : kRailEm * em);
    if (in.right != Column::Absent) space -= margin + (right_open ? 0.0f : kRailEm * em);
    const float pref_left = left_open ? kLeft.preferred(in.width, em) : 0.0f;
    const float pref_right = right_open ? kRight.preferred(in.width, em) : 0.0f;
    const float min_left = left_open ? kLeft.min_em * em : 0.0f;
    const float min_right = right_open ? kRight.min_em * em : 0.0f;
    if (pref_left + pref_right <= space) return {pref_left, pref_right};
    if (min_left + min_right <= space) {  // between minimum and preferred, both in proportion
      const float t = (space - min_left - min_right) / (pref_left + pref_right - min_left - min_right);
      return {min_left + t * (pref_left - min_left), min_right + t * (pref_right - min_right)};
    }
    if (right_open) {
      right_open = false;
      out.right_squeezed = true;
    } else if (left_open) {
      left_open = false;
      out.left_squeezed = true;
    } else {
      return {};  // rails only: they fit while the font is at most a tenth of the window's width
    }
  }
}

}  // namespace

Layout compute_layout(const LayoutInputs& in) {
  Layout out;
  if (!in.ui_visible) {
    out.view = {0.0f, 0.0f, in.width, in.height};
    return out;
  }
  const float em = in.font_size;
  const float margin = kMarginEm * em;
  const float top = std::min(in.menu_height + margin, in.height);
  const float bottom = std::max(top, in.height - margin);

  // Across: left column (or rail), view, right column (or rail).
  const float available = std::max(0.0f, in.width - 2.0f * margin);
  const float min_view_width = std::min(kMinViewWidthEm * em, 0.5f * available);
  const Widths widths = fit_columns(in, available, min_view_width, out);
  out.left_open = widths.left > 0.0f;
  out.right_open = widths.right > 0.0f;
  float view_left = margin, view_right = in.width - margin;
  if (in.left != Column::Absent) {
    out.left = {margin, top, margin + (out.left_open ? widths.left : kRailEm * em), bottom};
    view_left = out.left.right + margin;
  }
  if (in.right != Column::Absent) {
    out.right = {in.width - margin - (out.right_open ? widths.right : kRailEm * em), top, in.width - margin, bottom};
    view_right = out.right.left - margin;
  }

  // Down: view, timeline. A height with no room for both keeps the view and drops the timeline.
  const float min_view_height = std::min(kMinViewHeightEm * em, 0.5f * (bottom - top));
  float view_bottom = bottom;
  if (in.timeline) {
    const float timeline = std::min(kTimelineEm * em, bottom - top - margin - min_view_height);
    if (timeline >= kMinTimelineEm * em) {
      out.timeline = {view_left, bottom - timeline, view_right, bottom};
      view_bottom = out.timeline.top - margin;
    }
  }
  out.view = {view_left, top, view_right, view_bottom};
  return out;
}

bool fits_alone(LayoutInputs in, bool left) {
  Column& column = left ? in.left : in.right;
  Column& other = left ? in.right : in.left;
  column = Column::Open;
  if (other == Column::Open) other = Column::Collapsed;
  const Layout alone = compute_layout(in);
  return left ? alone.left_open : alone.right_open;
}

}  // namespace soleus::ui
