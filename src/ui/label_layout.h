#pragma once
/// Where leader-line labels go over the 3D view: pure arithmetic in pixels, no ImGui, so that it
/// is tested for any crowd of labels. Labels stand in two columns at the view's left and right
/// edges (the side of the anchors' middle their anchor is on), in the order of their anchors' height, pushed apart so
/// that no two overlap and all stay inside the view; each leader runs level from its label to the
/// column's inner edge, then straight to its anchor, and no two leaders cross.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/layout.h"

namespace soleus::ui {

/// One label to place: its anchor on screen and its text's width (pixels).
struct LabelRequest {
  float anchor_x = 0.0f, anchor_y = 0.0f;
  float width = 0.0f;
  std::optional<bool> was_left;  ///< the column it stood in last frame (true: left), if it was shown
};

/// One label placed: its box and its leader (box edge -> elbow at the column's inner edge -> anchor).
struct PlacedLabel {
  std::size_t request = 0;  ///< index into the requests
  Rect box;                 ///< inside the view (pixels); its width may be less than asked (the text is cut)
  bool left = true;         ///< in the left column
  float elbow_x = 0.0f;     ///< where the level part of the leader ends (the column's inner edge)
  float line_y = 0.0f;      ///< the leader's height at the box (the box's middle)
};

struct LabelStyle {
  float height = 20.0f;  ///< every label's box height (pixels): one line of text and its padding
  float margin = 8.0f;   ///< from the view's edges
  float gap = 3.0f;      ///< between two labels of a column
  float stub = 8.0f;     ///< the leader's level part beyond the widest box of the column
  float clearance = 12.0f;  ///< at least this between a column's elbow and its nearest anchor, room allowing
  float min_width = 48.0f;  ///< a box is never cut narrower than this (its text would say nothing)
  float keep_side = 40.0f;  ///< a label keeps its column until its anchor is this far past the anchors' middle
};

/// Places the labels. Requests whose anchor lies outside the view are left out. The columns split
/// the anchors at one x, as near their mean x as the labels' last columns and their names' room
/// allow (a label changes column only once its anchor is `keep_side` past that middle, so labels
/// do not hop from side to side as the leg moves; a name the near column would cut may go to the
/// far one, where it fits). Boxes are cut to the room between the view's edge and the
/// column's nearest anchor (and to half the view), so that the leaders run inwards from the
/// column, never back over it; a label with no such room in its column is left out, and so are
/// the last ones (in request order: put the most wanted first) that a column has no height for.
/// Within a column the labels follow their anchors from top to bottom, except where that order
/// would cross two leaders: then those two trade places.
std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const Rect& view,
                                      const LabelStyle& style);

/// `text` cut at a whole UTF-8 character, with "...", to fit `width` pixels as `measure` (the
/// width of [begin, end) in pixels) sees it; whole when it fits. A box sized to its text's width
/// may come back a fraction of a pixel narrower (its edges are computed at large coordinates):
/// that still counts as fitting.
std::string fit_text(const std::string& text, float width,
                     const std::function<float(const char* begin, const char* end)>& measure);

}  // namespace soleus::ui
