#include "ui/frame_labels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/text.h"

namespace soleus::ui {
namespace {

// A label's words in the language shown: the frame (scene/frame.cpp) writes them in English with
// their key where they have one (a structure's name); "A", "B" and "B − A" read the same in every
// language.
const char* label_text(const scene::FrameLabel& label) {
  if (!label.key.empty() && strings().contains(label.key)) return tr(label.key.c_str());
  if (label.text == "A, B faint") return tr("compare.label.overlay");
  return label.text.c_str();
}

// The names on a cut, as in an atlas: a dot at the centre of each cut outline and its name in a
// column beside the cut, left or right as the dot lies, joined by a line; a column keeps its
// names in the dots' order from the top, none over another, within the 3D view's area.
void draw_cut_labels(const std::vector<const scene::FrameLabel*>& labels, const std::vector<ImVec2>& points,
                     const Rect& area) {
  if (labels.empty()) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  ImFont* font = ImGui::GetFont();
  const float size = 0.9f * ImGui::GetFontSize();
  const float pad = 0.2f * size;
  const float row = size + 2.0f * pad + 2.0f;  // a name's height and a gap
  float left = 1e9f;
  float right = -1e9f;
  float centre = 0.0f;
  for (const ImVec2& p : points) {
    left = std::min(left, p.x);
    right = std::max(right, p.x);
    centre += p.x / static_cast<float>(points.size());
  }
  // A side without room for its names beside the cut gives them to the other side.
  float widest = 0.0f;
  for (const scene::FrameLabel* label : labels)
    widest = std::max(widest, font->CalcTextSizeA(size, 1e9f, 0.0f, label_text(*label)).x + 2.0f * pad);
  const bool room_left = left - 1.5f * size - widest >= area.left;
  const bool room_right = right + 1.5f * size + widest <= area.right;
  auto goes_left = [&](const ImVec2& p) {
    if (room_left != room_right) return room_left;
    return p.x < centre;
  };
  for (const bool on_left : {true, false}) {
    std::vector<std::size_t> column;
    for (std::size_t i = 0; i < points.size(); ++i)
      if (goes_left(points[i]) == on_left) column.push_back(i);
    std::sort(column.begin(), column.end(), [&](std::size_t a, std::size_t b) { return points[a].y < points[b].y; });
    // Each name as near its dot's height as the names above it allow, then the column moved up
    // as far as it runs out of the window.
    std::vector<float> tops;
    float next = area.top;
    for (const std::size_t i : column) {
      const float top = std::max(points[i].y - 0.5f * row, next);
      tops.push_back(top);
      next = top + row;
    }
    const float overflow = std::min(next - area.bottom, tops.empty() ? 0.0f : tops.front() - area.top);
    if (overflow > 0.0f)
      for (float& top : tops) top -= overflow;
    for (std::size_t k = 0; k < column.size(); ++k) {
      const std::size_t i = column[k];
      const char* text = label_text(*labels[i]);
      const ImVec2 extent = font->CalcTextSizeA(size, 1e9f, 0.0f, text);
      const float width = extent.x + 2.0f * pad;
      const float x = on_left ? std::max(left - 1.5f * size - width, area.left + pad)
                              : std::min(right + 1.5f * size, area.right - pad - width);
      const ImVec2 box_min(x, tops[k]);
      const ImVec2 box_max(x + width, tops[k] + size + 2.0f * pad);
      const ImVec2 anchor(on_left ? box_max.x : box_min.x, 0.5f * (box_min.y + box_max.y));
      draw->AddLine(points[i], anchor, IM_COL32(20, 20, 24, 220), 1.5f);
      draw->AddCircleFilled(points[i], 0.2f * size, IM_COL32(20, 20, 24, 230));
      draw->AddCircle(points[i], 0.2f * size, IM_COL32(255, 255, 255, 255));
      draw->AddRectFilled(box_min, box_max, IM_COL32(20, 20, 24, 190), pad);
      draw->AddText(font, size, ImVec2(box_min.x + pad, box_min.y + pad), IM_COL32(255, 255, 255, 255), text);
    }
  }
}

}  // namespace

void draw_frame_labels(const std::vector<scene::FrameLabel>& labels, const scene::OrbitCamera& camera, float width,
                       float height, const Rect& area, const content::Strings& words) {
  if (labels.empty()) return;
  const ScopedStrings scope(words);
  const Mat4 to_clip = camera.projection(width / std::max(height, 1.0f)) * camera.view();
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  ImFont* font = ImGui::GetFont();
  const float size = 1.5f * ImGui::GetFontSize();  // read at a glance over the picture
  std::vector<const scene::FrameLabel*> on_cut;
  std::vector<ImVec2> cut_points;
  for (const scene::FrameLabel& label : labels) {
    const Vec4 clip = to_clip * Vec4(label.point, 1.0f);
    if (clip.w <= 0.0f) continue;
    const ImVec2 at((clip.x / clip.w * 0.5f + 0.5f) * width, (0.5f - clip.y / clip.w * 0.5f) * height);
    if (label.on_cut) {
      on_cut.push_back(&label);
      cut_points.push_back(at);
      continue;
    }
    const char* text = label_text(label);
    const ImVec2 extent = font->CalcTextSizeA(size, 1e9f, 0.0f, text);
    const ImVec2 corner(at.x - 0.5f * extent.x, at.y - extent.y);
    const float pad = 0.2f * size;
    draw->AddRectFilled(ImVec2(corner.x - pad, corner.y - 0.5f * pad), ImVec2(corner.x + extent.x + pad, at.y + 0.5f * pad),
                        IM_COL32(20, 20, 24, 190), pad);
    draw->AddText(font, size, corner, IM_COL32(255, 255, 255, 255), text);
  }
  draw_cut_labels(on_cut, cut_points, area);
}

}  // namespace soleus::ui
