#include "ui/frame_labels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/text.h"

namespace soleus::ui {
namespace {

// A label's words in the language shown: the frame (scene/frame.cpp) writes them in English;
// "A", "B" and "B − A" read the same in every language.
const char* label_text(const std::string& text) {
  if (text == "A, B faint") return tr("compare.label.overlay");
  return text.c_str();
}

}  // namespace

void draw_frame_labels(const std::vector<scene::FrameLabel>& labels, const scene::OrbitCamera& camera, float width,
                       float height, const content::Strings& words) {
  if (labels.empty()) return;
  const ScopedStrings scope(words);
  const Mat4 to_clip = camera.projection(width / std::max(height, 1.0f)) * camera.view();
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  ImFont* font = ImGui::GetFont();
  const float size = 1.5f * ImGui::GetFontSize();  // read at a glance over the picture
  for (const scene::FrameLabel& label : labels) {
    const Vec4 clip = to_clip * Vec4(label.point, 1.0f);
    if (clip.w <= 0.0f) continue;
    const ImVec2 at((clip.x / clip.w * 0.5f + 0.5f) * width, (0.5f - clip.y / clip.w * 0.5f) * height);
    const char* text = label_text(label.text);
    const ImVec2 extent = font->CalcTextSizeA(size, 1e9f, 0.0f, text);
    const ImVec2 corner(at.x - 0.5f * extent.x, at.y - extent.y);
    const float pad = 0.2f * size;
    draw->AddRectFilled(ImVec2(corner.x - pad, corner.y - 0.5f * pad), ImVec2(corner.x + extent.x + pad, at.y + 0.5f * pad),
                        IM_COL32(20, 20, 24, 190), pad);
    draw->AddText(font, size, corner, IM_COL32(255, 255, 255, 255), text);
  }
}

}  // namespace soleus::ui
