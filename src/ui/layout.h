#pragma once
/// Where the panels and the 3D view go in a window: pure arithmetic in font units (em, the
/// font's size in pixels), no ImGui, so every window size and scale is testable.
///
/// The side columns span the height below the menu bar; the timeline sits under the 3D view,
/// as wide as it; the view takes what is left. The columns' width is in em and grows with wide
/// windows (a share of the width, capped) so that their plots get room. When the window is too
/// narrow for both columns and a usable view, the columns shrink to a minimum, then the right
/// one collapses, then the left one. A collapsed column keeps a thin rail at its window edge
/// (the UI puts a button there to open it again).

namespace soleus::ui {

struct Rect {
  float left = 0.0f, top = 0.0f, right = 0.0f, bottom = 0.0f;
  float width() const { return right - left; }
  float height() const { return bottom - top; }
  bool empty() const { return right <= left || bottom <= top; }
};

/// What a side column is doing: absent (Tab hid the panels), collapsed to its rail by the user,
/// or open.
enum class Column { Absent, Collapsed, Open };

struct LayoutInputs {
  float width = 0.0f, height = 0.0f;  // the window (pixels)
  float font_size = 16.0f;            // pixels (ImGui::GetFontSize())
  float menu_height = 0.0f;           // pixels of the main menu bar (0 = none)
  bool ui_visible = true;             // false: --no-ui, the view is the whole window
  Column left = Column::Open, right = Column::Open;
  bool timeline = true;               // the mode has a timeline
};

struct Layout {
  Rect left, right;     // the open columns, or the rails of collapsed ones; empty when absent
  bool left_open = false, right_open = false;        // false for a rail
  bool left_squeezed = false, right_squeezed = false;  // asked open, but collapsed for lack of room
  Rect timeline;        // under the view; empty without one, or when the height has no room for it
  Rect view;            // what the 3D view may use; the load legend floats at its top-left corner
};

// The guarantees compute_layout keeps (the tests check them).
inline constexpr float kMarginEm = 0.5f;          // between panels, the view and the window edges
inline constexpr float kRailEm = 1.75f;           // width of a collapsed column's rail
inline constexpr float kMinViewWidthEm = 16.0f;   // the load legend's width fits (or half the window)
inline constexpr float kMinViewHeightEm = 8.0f;   // (or half the height under the menu)
inline constexpr float kMinLeftEm = 16.0f;        // an open column is never narrower
inline constexpr float kMinRightEm = 18.0f;

Layout compute_layout(const LayoutInputs& in);

/// Whether the left (or right) column would open were the other one collapsed: where a column
/// squeezed out for lack of room can go instead of the other.
bool fits_alone(LayoutInputs in, bool left);

}  // namespace soleus::ui
