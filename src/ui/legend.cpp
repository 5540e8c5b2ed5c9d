#include "ui/legend.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "scene/colormap.h"
#include "scene/teaching.h"
#include "ui/text.h"
#include "ui/vocabulary.h"

namespace soleus::ui {
namespace {

constexpr ImGuiWindowFlags kOverlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings;

ImU32 to_srgb(const Vec3& linear) {
  auto encode = [](float c) { return std::pow(std::clamp(c, 0.0f, 1.0f), 1.0f / 2.2f); };
  return ImGui::ColorConvertFloat4ToU32(ImVec4(encode(linear.x), encode(linear.y), encode(linear.z), 1.0f));
}

// "soleus, medial gastrocnemius and Achilles tendon", in the language shown.
std::string joined_names(const scene::Legend& legend, const std::function<std::string(anatomy::StructureRole)>& name_of) {
  std::string names;
  for (std::size_t i = 0; i < legend.structures.size(); ++i) {
    const std::string name = name_of(legend.structures[i]);
    if (i == 0)
      names = name;
    else if (i + 1 == legend.structures.size())
      names = trf("legend.names.last", {{"names", names}, {"name", name}});
    else
      names += tr("legend.names.separator") + name;
  }
  return names;
}

void quantity_with_unit(const scene::Legend& legend) {
  ImGui::TextWrapped("%s", trf("legend.quantity_unit", {{"quantity", legend_quantity(legend)}, {"unit", legend.unit}}).c_str());
}

// The scale (viridis, or PuOr over -1..1 for a difference), the soleus's marker and the scale's
// ends and middle.
void colour_bar(const scene::Legend& legend, float width, const char* low, const char* middle, const char* high) {
  const bool diverging = legend.kind == scene::LegendKind::Difference;
  const float height = ImGui::GetFontSize() * 0.9f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr int kSteps = 48;
  for (int i = 0; i < kSteps; ++i) {
    const float t0 = static_cast<float>(i) / kSteps;
    draw->AddRectFilled(ImVec2(origin.x + t0 * width, origin.y),
                        ImVec2(origin.x + (t0 + 1.0f / kSteps) * width + 0.5f, origin.y + height),
                        to_srgb(diverging ? scene::puor(2.0f * (t0 + 0.5f / kSteps) - 1.0f)
                                          : scene::viridis(scene::load_to_colormap_position(t0 + 0.5f / kSteps))));
  }
  const float tip = height * 0.5f;
  if (legend.marker >= 0.0f) {
    const float x = origin.x + legend.marker * width;
    draw->AddTriangleFilled(ImVec2(x - tip, origin.y + height + tip), ImVec2(x + tip, origin.y + height + tip),
                            ImVec2(x, origin.y + height), IM_COL32(255, 255, 255, 255));
  }
  ImGui::Dummy(ImVec2(width, height + tip));
  ImGui::TextUnformatted(low);
  ImGui::SameLine(width * 0.5f - ImGui::CalcTextSize(middle).x * 0.5f + ImGui::GetStyle().WindowPadding.x);
  ImGui::TextUnformatted(middle);
  ImGui::SameLine(width - ImGui::CalcTextSize(high).x + ImGui::GetStyle().WindowPadding.x);
  ImGui::TextUnformatted(high);
}

void swatch(const char* id, const Vec3& colour, const char* text) {
  const float size = ImGui::GetFontSize() * 0.8f;
  ImGui::ColorButton(id, ImGui::ColorConvertU32ToFloat4(to_srgb(colour)), ImGuiColorEditFlags_NoTooltip, ImVec2(size, size));
  ImGui::SameLine();
  ImGui::TextUnformatted(text);
}

}  // namespace

void draw_legend(const scene::Legend& legend, const NameOf& name_of, float width) {
  if (legend.kind == scene::LegendKind::None) return;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  switch (legend.kind) {
    case scene::LegendKind::Force: {
      quantity_with_unit(legend);
      char middle[16], high[16];
      std::snprintf(middle, sizeof middle, "%g", legend.scale_max * 0.5);
      std::snprintf(high, sizeof high, "%g", legend.scale_max);
      colour_bar(legend, width, "0", middle, high);
      break;
    }
    case scene::LegendKind::Difference: {
      quantity_with_unit(legend);
      char low[16], high[16];
      std::snprintf(low, sizeof low, "\u2212%g", legend.scale_max);
      std::snprintf(high, sizeof high, "+%g", legend.scale_max);
      colour_bar(legend, width, low, "0", high);
      ImGui::TextWrapped("%s", tr("legend.difference.colours"));
      break;
    }
    case scene::LegendKind::Stretch:
      ImGui::TextWrapped("%s", legend_quantity(legend));
      colour_bar(legend, width, "0", "0.5", "1");
      break;
    case scene::LegendKind::RollingMap:
      ImGui::TextWrapped("%s", legend_quantity(legend));
      swatch("##spot", scene::kSpotColour, tr("legend.roll_here"));
      swatch("##chosen", scene::kSelectedSpotColour, tr("legend.spot_explained"));
      swatch("##avoid", scene::kAvoidColour, tr("legend.do_not_roll"));
      break;
    case scene::LegendKind::None: break;
  }
  // Which structures the colours are on, and what the marker is.
  const std::string names = joined_names(legend, name_of);
  std::string note = legend.kind == scene::LegendKind::RollingMap ? trf("legend.on_the", {{"names", names}})
                                                                  : trf("legend.coloured", {{"names", names}});
  auto then = [&](const char* sentence) { note = trf("legend.sentences", {{"first", note}, {"second", sentence}}); };
  if (legend.marker >= 0.0f) then(tr("legend.marker"));
  if (legend.kind == scene::LegendKind::Force) then(tr("legend.swell"));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", note.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
}

void draw_legend_overlay(const scene::Legend& legend, const NameOf& name_of, float left, float top, float max_width) {
  if (legend.kind == scene::LegendKind::None) return;
  ImGui::SetNextWindowPos(ImVec2(left, top), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.75f);
  ImGui::Begin("Legend", nullptr, kOverlay);
  draw_legend(legend, name_of, std::min(ImGui::GetFontSize() * kLegendWidthEm, max_width - 2.0f * ImGui::GetStyle().WindowPadding.x));
  ImGui::End();
}

void draw_static_model_note(const std::string& file_name) {
  ImGui::TextWrapped("%s", trf("legend.no_rig", {{"file", file_name}}).c_str());
}

}  // namespace soleus::ui
