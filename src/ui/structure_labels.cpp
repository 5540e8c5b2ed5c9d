#include "ui/structure_labels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/label_layout.h"
#include "ui/text.h"

namespace soleus::ui {
namespace {

const ImU32 kBoxColour = IM_COL32(20, 20, 24, 200);
const ImU32 kTextColour = IM_COL32(255, 255, 255, 255);
const ImU32 kSelectedColour = IM_COL32(255, 214, 102, 255);  // the picked structure's label and line
const ImU32 kLineColour = IM_COL32(20, 20, 24, 220);
constexpr float kPadEm = 0.35f;        // text to box edge
constexpr float kLineWidthEm = 0.09f;
constexpr float kDotEm = 0.2f;         // the anchor's dot radius

float text_width(const char* begin, const char* end) { return ImGui::CalcTextSize(begin, end).x; }

}  // namespace

void draw_structure_labels(const std::vector<scene::StructureLabel>& labels, const document::Document& doc,
                           const UiContent& content, const scene::OrbitCamera& camera, float width, float height,
                           const Rect& view, std::map<int, bool>& sides) {
  if (labels.empty()) {
    sides.clear();
    return;
  }
  const ScopedStrings scope(content.strings);
  const float em = ImGui::GetFontSize();
  const float pad = kPadEm * em;
  const Mat4 to_clip = camera.projection(width / std::max(height, 1.0f)) * camera.view();
  const Vec3 eye = camera.eye();

  std::vector<LabelRequest> requests;
  std::vector<std::string> names;
  std::vector<int> structures;
  for (const scene::StructureLabel& label : labels) {
    const Vec4 clip = to_clip * Vec4(scene::facing_anchor(label, eye), 1.0f);
    if (clip.w <= 0.0f) continue;  // behind the eye
    names.push_back(structure_display_name(doc, content, label.structure));
    structures.push_back(label.structure);
    const auto side = sides.find(label.structure);
    requests.push_back({(clip.x / clip.w * 0.5f + 0.5f) * width, (0.5f - clip.y / clip.w * 0.5f) * height,
                        ImGui::CalcTextSize(names.back().c_str()).x + 2.0f * pad,
                        side == sides.end() ? std::nullopt : std::optional<bool>(side->second)});
  }
  LabelStyle style;
  style.height = em + 2.0f * pad;
  style.margin = 0.5f * em;
  style.gap = 0.25f * em;
  style.stub = 0.6f * em;
  style.clearance = 1.0f * em;
  style.min_width = 4.0f * em;
  style.keep_side = 0.08f * view.width();

  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const std::vector<PlacedLabel> layout = place_labels(requests, view, style);
  sides.clear();
  for (const PlacedLabel& placed : layout) sides[structures[placed.request]] = placed.left;
  for (const PlacedLabel& placed : layout) {
    const LabelRequest& request = requests[placed.request];
    const bool selected = structures[placed.request] == doc.selected;
    const ImU32 accent = selected ? kSelectedColour : kTextColour;
    const Rect& box = placed.box;
    const float edge = placed.left ? box.right : box.left;
    // A dark line under a light one: the leader reads on pale bone and dark muscle alike.
    const ImVec2 points[] = {ImVec2(edge, placed.line_y), ImVec2(placed.elbow_x, placed.line_y),
                             ImVec2(request.anchor_x, request.anchor_y)};
    draw->AddPolyline(points, 3, kLineColour, 0, 3.0f * kLineWidthEm * em);
    draw->AddPolyline(points, 3, accent, 0, kLineWidthEm * em);
    draw->AddCircleFilled(points[2], kDotEm * em, kLineColour);
    draw->AddCircleFilled(points[2], 0.6f * kDotEm * em, accent);
    draw->AddRectFilled(ImVec2(box.left, box.top), ImVec2(box.right, box.bottom), kBoxColour, pad);
    if (selected) draw->AddRect(ImVec2(box.left, box.top), ImVec2(box.right, box.bottom), accent, pad);
    const std::string text = fit_text(names[placed.request], box.width() - 2.0f * pad, text_width);
    draw->AddText(ImVec2(box.left + pad, box.top + pad), accent, text.c_str());
  }
}

}  // namespace soleus::ui
