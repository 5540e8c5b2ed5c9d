#include "ui/motion_dialog.h"

#include <imgui.h>

#include <optional>

#include "biomech/parameters.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace soleus::ui {
namespace {

void path_field(const char* label_key, const char* id, char* buffer, std::size_t size) {
  ImGui::TextUnformatted(tr(label_key));
  ImGui::SetNextItemWidth(29.0f * ImGui::GetFontSize());
  ImGui::InputText(id, buffer, size);
}

}  // namespace

void motion_menu_items(const document::Document& doc, MotionDialogState& state, document::CommandQueue& commands) {
  if (ImGui::MenuItem(tr("menu.file.import_motion"))) state.open_popup = true;
  if (ImGui::MenuItem(tr("menu.file.close_motion"), nullptr, false, doc.run.motion.has_value()))
    commands.push(document::CloseMotion{});
}

void draw_motion_dialog(MotionDialogState& state, document::CommandQueue& commands) {
  const std::string title = tr_id("dialog.import_motion");
  if (state.open_popup) {
    ImGui::OpenPopup(title.c_str());
    state.open_popup = false;
  }
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // type the first path at once
  path_field("dialog.import_motion.kinematics", "##kinematics", state.kinematics, sizeof(state.kinematics));
  path_field("dialog.import_motion.grf", "##grf", state.grf, sizeof(state.grf));
  path_field("dialog.import_motion.grf_map", "##grf_map", state.grf_map, sizeof(state.grf_map));
  const biomech::Parameter& mass = *biomech::find_parameter("mass");
  ImGui::Checkbox(tr_id("dialog.import_motion.mass_from_files").c_str(), &state.mass_from_files);
  if (ImGui::IsItemHovered()) tooltip(tr("dialog.import_motion.mass_from_files.tip"));
  ImGui::BeginDisabled(state.mass_from_files);
  ImGui::SetNextItemWidth(10.0f * ImGui::GetFontSize());
  ImGui::InputFloat(tr_id("dialog.import_motion.mass").c_str(), &state.body_mass_kg, 1.0f, 5.0f, "%.1f");
  ImGui::TextDisabled("%s", trf("dialog.import_motion.mass_range", {{"min", std::to_string(static_cast<int>(mass.min_display))},
                                                                      {"max", std::to_string(static_cast<int>(mass.max_display))}})
                                .c_str());
  ImGui::EndDisabled();
  ImGui::RadioButton(tr_id("dialog.import_motion.right").c_str(), &state.leg, 0);
  ImGui::SameLine();
  ImGui::RadioButton(tr_id("dialog.import_motion.left").c_str(), &state.leg, 1);
  if (ImGui::Button(tr_id("dialog.import_motion.import").c_str())) {
    const std::optional<double> body_mass_kg =
        state.mass_from_files ? std::nullopt : std::optional<double>(static_cast<double>(state.body_mass_kg));
    commands.push(document::LoadMotion{
        {state.kinematics, state.grf, state.grf_map, body_mass_kg, state.leg == 0 ? motion::Leg::kRight : motion::Leg::kLeft}});
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_id("dialog.cancel").c_str())) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace soleus::ui
