#include "ui/compare_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

#include "document/compare_numbers.h"
#include "ui/text.h"
#include "ui/vocabulary.h"
#include "ui/widgets.h"

namespace soleus::ui {
namespace {

// Keeps the next widget on this line when its label fits there, else starts a new line (a
// narrow column at 800x600 or a large UI scale).
void same_line_if_fits(const char* next_label, float decoration) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float needed = style.ItemSpacing.x + ImGui::CalcTextSize(next_label).x + decoration;
  const float line_end = ImGui::GetItemRectMax().x;
  const float column_end = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (line_end + needed <= column_end) ImGui::SameLine();
}

float button_decoration() { return 2.0f * ImGui::GetStyle().FramePadding.x; }
float radio_decoration() {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
}

}  // namespace

void draw_compare_controls(const document::Document& doc, document::CommandQueue& commands) {
  if (!doc.compare) return;
  using document::Slot;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("compare.editing"));
  ImGui::SameLine();
  int slot = doc.compare->edited == Slot::A ? 0 : 1;
  ImGui::PushStyleColor(ImGuiCol_Text, kColourA);
  bool changed = ImGui::RadioButton("A", &slot, 0);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, kColourB);
  changed |= ImGui::RadioButton("B", &slot, 1);
  ImGui::PopStyleColor();
  if (changed) commands.push(document::SetEditedSlot{slot == 0 ? Slot::A : Slot::B});
  tooltip(tr("compare.editing.tip"));
  if (ImGui::Button(tr_id("compare.copy_a_to_b").c_str())) commands.push(document::CopyAToB{});
  tooltip(tr("compare.copy_a_to_b.tip"));
  same_line_if_fits(tr("compare.swap"), button_decoration());
  if (ImGui::Button(tr_id("compare.swap").c_str())) commands.push(document::SwapAB{});
  same_line_if_fits(tr("compare.stop"), button_decoration());
  if (ImGui::Button(tr_id("compare.stop").c_str())) commands.push(document::StopCompare{});
  tooltip(tr("compare.stop.tip"));
  int layout = static_cast<int>(doc.compare->layout);
  bool relaid = ImGui::RadioButton(tr_id("compare.layout.side_by_side").c_str(), &layout,
                                   static_cast<int>(scene::PairLayout::SideBySide));
  same_line_if_fits(tr("compare.layout.overlay"), radio_decoration());
  relaid |= ImGui::RadioButton(tr_id("compare.layout.overlay").c_str(), &layout, static_cast<int>(scene::PairLayout::Overlay));
  tooltip(tr("compare.layout.overlay.tip"));
  same_line_if_fits(tr("compare.layout.difference"), radio_decoration());
  relaid |= ImGui::RadioButton(tr_id("compare.layout.difference").c_str(), &layout,
                               static_cast<int>(scene::PairLayout::Difference));
  tooltip(tr("compare.layout.difference.tip"));
  if (relaid) commands.push(document::SetCompareLayout{static_cast<scene::PairLayout>(layout)});
  ImGui::Separator();
}

void draw_compare_numbers(const document::Document& doc) {
  if (!doc.compare) return;
  // a condition whose plantarflexors cannot give the moment has capped numbers: say so first
  const std::pair<const char*, const biomech::StrideSummary*> conditions[] = {{"A", &doc.run.stride.summary},
                                                                              {"B", &doc.compare->stride.summary}};
  for (const auto& [name, summary] : conditions) {
    if (!summary->capacity_exceeded) continue;
    char shortfall[32];
    std::snprintf(shortfall, sizeof(shortfall), "%.0f", summary->capacity_shortfall_nm);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kDanger);
    ImGui::TextWrapped("%s", trf("compare.capacity_warning", {{"condition", name}, {"shortfall", shortfall}}).c_str());
    ImGui::PopStyleColor();
  }
  // The numbers keep their width; a narrow column clips the row names (their tooltip says them whole).
  const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
  if (!ImGui::BeginTable("compare_numbers", 4, flags)) return;
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("A");
  ImGui::TableSetupColumn("B");
  // At least its header's width ("+0 %" alone is narrower than "change"), and room for "+00 %" under
  // a short header (变化).
  ImGui::TableSetupColumn("change", ImGuiTableColumnFlags_WidthFixed,
                          std::max(ImGui::CalcTextSize(tr("compare.change")).x, ImGui::CalcTextSize("+00 %").x));
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  ImGui::TextColored(ImColor(kColourA), "A");
  ImGui::TableNextColumn();
  ImGui::TextColored(ImColor(kColourB), "B");
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr("compare.change"));
  char text[48];
  for (const document::CompareRow& row : document::compare_rows(doc.run.stride, doc.compare->stride)) {
    // Enough digits to tell the two apart: impulses per step are a few tenths of a BW s.
    const char* format = row.unit == "BW s" && row.a < 10.0 ? "%.3f" : row.unit == "%" || row.a >= 100.0 ? "%.0f" : "%.2f";
    ImGui::TableNextColumn();
    const std::string name = trf("compare.row", {{"label", compare_row_label(row)}, {"unit", std::string(row.unit)}});
    ImGui::TextUnformatted(name.c_str());
    tooltip(name);
    ImGui::TableNextColumn();
    ImGui::Text(format, row.a);
    ImGui::TableNextColumn();
    ImGui::Text(format, row.b);
    ImGui::TableNextColumn();
    if (row.percent_change)
      std::snprintf(text, sizeof text, "%+.0f %%", *row.percent_change);
    else
      std::snprintf(text, sizeof text, "\u2013");  // no change in percent from zero
    ImGui::TextUnformatted(text);
  }
  ImGui::EndTable();
}

}  // namespace soleus::ui
