#include "ui/section_controls.h"

#include <imgui.h>

#include <string>

#include "ui/text.h"
#include "ui/widgets.h"

namespace soleus::ui {

void draw_section_controls(const document::Document& doc, document::CommandQueue& commands) {
  const scene::Section& now = doc.layers.section;
  ImGui::PushID("section");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("layers.section"));
  tooltip(tr("layers.section.tip"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1.0f);
  const std::string shown = tr((std::string("section.axis.") + scene::to_string(now.axis)).c_str());
  if (ImGui::BeginCombo("##axis", shown.c_str())) {
    for (const scene::SectionAxis axis : scene::kSectionAxes) {
      const std::string key = std::string("section.axis.") + scene::to_string(axis);
      if (ImGui::Selectable(tr(key.c_str()), axis == now.axis) && axis != now.axis) {
        // A new axis starts in the middle of the model along it.
        scene::Section section;
        section.axis = axis;
        if (axis == scene::SectionAxis::Free) section.pitch_deg = 45.0f;
        const scene::SectionRange range = scene::section_range(section, doc.model->bounds);
        section.offset_m = 0.5f * (range.min_m + range.max_m);
        commands.push(document::SetSection{section});
      }
    }
    ImGui::EndCombo();
  }
  tooltip(tr("layers.section.tip"));
  if (now.on()) {
    // Each slider's drag is one undo step (the first change starts it, the rest join it).
    auto push = [&](const scene::Section& section) {
      commands.push(document::SetSection{section, ImGui::IsItemActive() && !ImGui::IsItemActivated()});
    };
    const scene::SectionRange range = scene::section_range(now, doc.model->bounds);
    scene::Section section = now;
    const std::string metres = trf("layers.section.position", {{"value", "%.3f"}});
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderFloat("##position", &section.offset_m, range.min_m, range.max_m, metres.c_str())) push(section);
    if (now.axis == scene::SectionAxis::Free) {
      const float half = 0.5f * ImGui::GetContentRegionAvail().x - 0.5f * ImGui::GetStyle().ItemSpacing.x;
      const std::string yaw = trf("layers.section.yaw", {{"value", "%.0f"}});
      const std::string pitch = trf("layers.section.pitch", {{"value", "%.0f"}});
      section = now;
      ImGui::SetNextItemWidth(half);
      if (ImGui::SliderFloat("##yaw", &section.yaw_deg, -scene::kSectionMaxYawDeg, scene::kSectionMaxYawDeg, yaw.c_str()))
        push(section);
      ImGui::SameLine();
      section = now;
      ImGui::SetNextItemWidth(-1.0f);
      if (ImGui::SliderFloat("##pitch", &section.pitch_deg, -scene::kSectionMaxPitchDeg, scene::kSectionMaxPitchDeg,
                             pitch.c_str()))
        push(section);
    }
  }
  ImGui::PopID();
}

}  // namespace soleus::ui
