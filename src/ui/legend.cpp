#include "ui/legend.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "scene/colormap.h"
#include "scene/teaching.h"

namespace soleus::ui {
namespace {

constexpr ImGuiWindowFlags kOverlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings;

ImU32 to_srgb(const Vec3& linear) {
  auto encode = [](float c) { return std::pow(std::clamp(c, 0.0f, 1.0f), 1.0f / 2.2f); };
  return ImGui::ColorConvertFloat4ToU32(ImVec4(encode(linear.x), encode(linear.y), encode(linear.z), 1.0f));
}

std::string joined_names(const scene::Legend& legend, const std::function<std::string(anatomy::StructureRole)>& name_of) {
  std::string names;
  for (std::size_t i = 0; i < legend.structures.size(); ++i) {
    if (i > 0) names += i + 1 == legend.structures.size() ? " and " : ", ";
    names += name_of(legend.structures[i]);
  }
  return names;
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
      ImGui::TextWrapped("%s (%s)", legend.quantity.c_str(), legend.unit.c_str());
      char middle[16], high[16];
      std::snprintf(middle, sizeof middle, "%g", legend.scale_max * 0.5);
      std::snprintf(high, sizeof high, "%g", legend.scale_max);
      colour_bar(legend, width, "0", middle, high);
      break;
    }
    case scene::LegendKind::Difference: {
      ImGui::TextWrapped("%s (%s)", legend.quantity.c_str(), legend.unit.c_str());
      char low[16], high[16];
      std::snprintf(low, sizeof low, "\u2212%g", legend.scale_max);
      std::snprintf(high, sizeof high, "+%g", legend.scale_max);
      colour_bar(legend, width, low, "0", high);
      ImGui::TextWrapped("Orange: B loads more. Purple: B loads less.");
      break;
    }
    case scene::LegendKind::Stretch:
      ImGui::TextWrapped("%s", legend.quantity.c_str());
      colour_bar(legend, width, "0", "0.5", "1");
      break;
    case scene::LegendKind::RollingMap:
      ImGui::TextWrapped("%s", legend.quantity.c_str());
      swatch("##spot", scene::kSpotColour, "roll here");
      swatch("##chosen", scene::kSelectedSpotColour, "the spot explained, with the roller");
      swatch("##avoid", scene::kAvoidColour, "do not roll (tendon, bony edges)");
      break;
    case scene::LegendKind::None: break;
  }
  // Which structures the colours are on, and what the marker is.
  const char* marker = legend.marker >= 0.0f ? " Marker: the soleus now." : "";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s %s.%s%s", legend.kind == scene::LegendKind::RollingMap ? "On the" : "Coloured:",
                     joined_names(legend, name_of).c_str(), marker,
                     legend.kind == scene::LegendKind::Force ? " Loaded muscles also swell." : "");
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
  ImGui::TextWrapped("%s has no rig (no knee or ankle joints): it is shown standing, to study its parts. "
                     "Running, exercises and load colours need a rigged leg.",
                     file_name.c_str());
}

}  // namespace soleus::ui
