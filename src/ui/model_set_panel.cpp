#include "ui/model_set_panel.h"

#include <imgui.h>

#include <cmath>
#include <string>

#include "anatomy/model_set.h"
#include "scene/joint_markers.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace soleus::ui {
namespace {

constexpr float kDegrees = 57.2957795f;  // per radian
constexpr float kMillimetres = 1000.0f;  // per metre

struct JointWords {
  const char* name;  // the rig's (auto_rig.h)
  const char* key;   // its name for people
};
const JointWords kJointWords[] = {{"knee", "model_set.joint.knee"},
                                  {"ankle", "model_set.joint.ankle"},
                                  {"subtalar", "model_set.joint.subtalar"},
                                  {"mtp", "model_set.joint.mtp"}};

const char* joint_words(const std::string& name) {
  for (const JointWords& j : kJointWords)
    if (name == j.name) return tr(j.key);
  return name.c_str();
}

// An axis as two angles the user can drag: its rise above the horizontal, and its heading in the
// horizontal plane (0 = towards the model's +X, the subject's left; 90 = forward). And back.
struct AxisAngles {
  float rise_deg;
  float heading_deg;
};
AxisAngles angles_of(const Vec3& axis) {
  const auto shown = [](float deg) { return std::fabs(deg) < 0.05f ? 0.0f : deg; };  // never "-0.0"
  return {shown(std::asin(std::clamp(axis.y, -1.0f, 1.0f)) * kDegrees), shown(std::atan2(axis.z, axis.x) * kDegrees)};
}
Vec3 axis_of(const AxisAngles& a) {
  const float rise = a.rise_deg / kDegrees, heading = a.heading_deg / kDegrees;
  return {std::cos(rise) * std::cos(heading), std::sin(rise), std::cos(rise) * std::sin(heading)};
}

// The part's role: its guess from the names until the user picks one.
bool role_combo(const char* id, std::optional<anatomy::StructureRole>& role, const NameOf& name_of) {
  const bool none = !role || *role == anatomy::StructureRole::Unknown;
  const std::string shown = none ? tr("model_set.role.none") : name_of(*role);
  bool changed = false;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo(id, shown.c_str())) {
    if (ImGui::Selectable(tr("model_set.role.none"), none)) {
      role = anatomy::StructureRole::Unknown;  // said outright: the names are not asked again
      changed = !none;
    }
    for (const anatomy::RoleInfo& info : anatomy::all_roles()) {
      if (ImGui::Selectable(name_of(info.role).c_str(), role == info.role)) {
        role = info.role;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

void draw_parts(const anatomy::SetDescription& draft, const NameOf& name_of, document::CommandQueue& commands) {
  if (!ImGui::BeginTable("parts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn(tr("model_set.file"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("model_set.role"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < draft.parts.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string file = draft.parts[i].file.generic_string();
    ImGui::TextUnformatted(file.c_str());
    if (ImGui::IsItemHovered()) tooltip(file);
    ImGui::TableNextColumn();
    std::optional<anatomy::StructureRole> role = draft.parts[i].role;
    if (role_combo("##role", role, name_of)) {
      anatomy::SetDescription changed = draft;
      changed.parts[i].role = role;
      commands.push(document::EditModelSet{changed});
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// Each marked joint (the frame's markers: where the draft puts it, document::joint_markers) with
// its controls; the sliders edit the draft's nudge, which the next frame's markers follow.
void draw_joints(const document::Document& doc, const std::vector<scene::JointMarker>& markers,
                 const anatomy::SetDescription& draft, document::CommandQueue& commands) {
  for (const scene::JointMarker& marker : markers) {
    const anatomy::Joint& joint = doc.model->rig.joints[static_cast<std::size_t>(marker.joint)];
    ImGui::PushID(joint.name.c_str());
    const auto found = draft.joints.find(joint.name);
    const anatomy::JointNudge nudge = found == draft.joints.end() ? anatomy::JointNudge{} : found->second;
    const auto saved_it = doc.model->set->joints.find(joint.name);
    const anatomy::JointNudge saved = saved_it == doc.model->set->joints.end() ? anatomy::JointNudge{} : saved_it->second;
    const Vec3 centre_mm = marker.centre * kMillimetres;
    anatomy::JointNudge edited = nudge;
    bool changed = false;
    ImGui::TextColored(colour::kHeading, "%s", joint_words(joint.name));
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trf("model_set.centre_at", {{"x", std::to_string(std::lround(centre_mm.x))},
                                                          {"y", std::to_string(std::lround(centre_mm.y))},
                                                          {"z", std::to_string(std::lround(centre_mm.z))}}).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("model_set.reset"))) {
      edited = saved;
      changed = true;
    }
    if (ImGui::IsItemHovered()) tooltip(tr("model_set.reset_tip"));
    Vec3 offset_mm = nudge.offset_m * kMillimetres;
    const float limit_mm = anatomy::kMaxJointNudge_m * kMillimetres;
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 7.0f);
    if (ImGui::DragFloat3(tr("model_set.move"), &offset_mm.x, 0.2f, -limit_mm, limit_mm, "%.1f")) {
      edited.offset_m = offset_mm / kMillimetres;
      changed = true;
    }
    if (ImGui::IsItemHovered()) tooltip(tr("model_set.move_tip"));
    AxisAngles angles = angles_of(marker.axis);
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 7.0f);
    if (ImGui::DragFloat2(tr("model_set.axis"), &angles.rise_deg, 0.2f, -180.0f, 360.0f, "%.1f")) {
      angles.rise_deg = std::clamp(angles.rise_deg, -89.0f, 89.0f);
      edited.axis = axis_of(angles);
      changed = true;
    }
    if (ImGui::IsItemHovered()) tooltip(tr("model_set.axis_tip"));
    if (changed) {
      anatomy::SetDescription next = draft;
      if (edited == anatomy::JointNudge{}) next.joints.erase(joint.name);
      else next.joints[joint.name] = edited;
      commands.push(document::EditModelSet{next});
    }
    ImGui::PopID();
  }
}

}  // namespace

void model_set_menu_item(const document::Document& doc, document::CommandQueue& commands) {
  const bool is_set = doc.model && doc.model->set;
  if (ImGui::MenuItem(tr("menu.file.model_set"), nullptr, doc.set_draft.has_value(), is_set)) {
    if (doc.set_draft) commands.push(document::EditModelSet{std::nullopt});
    else commands.push(document::EditModelSet{doc.model->set});
  }
  if (!is_set && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip(tr("menu.file.model_set_tip"));
}

void draw_model_set_panel(const document::Document& doc, const std::vector<scene::JointMarker>& markers,
                          const NameOf& name_of, document::CommandQueue& commands) {
  const anatomy::SetDescription& draft = *doc.set_draft;
  const std::string where = anatomy::set_description_path(doc.model->source).string();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(trf("model_set.intro", {{"file", doc.model->source.filename().string()}}).c_str());
  ImGui::PopTextWrapPos();
  const bool changed = draft != *doc.model->set;
  ImGui::BeginDisabled(!changed);
  if (ImGui::Button(tr("model_set.save"))) commands.push(document::SaveModelSet{});
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip(trf("model_set.save_tip", {{"path", where}}));
  ImGui::SameLine();
  if (ImGui::Button(tr("model_set.revert"))) commands.push(document::EditModelSet{doc.model->set});
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("model_set.close"))) commands.push(document::EditModelSet{std::nullopt});
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", trf(changed ? "model_set.unsaved" : "model_set.saves_to", {{"path", where}}).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();

  if (ImGui::CollapsingHeader(tr_id("model_set.loaded").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    ImGui::PushTextWrapPos(0.0f);
    for (const std::string& note : doc.model->notes) {
      ImGui::Bullet();
      ImGui::TextUnformatted(note.c_str());
    }
    ImGui::PopTextWrapPos();
  }
  if (ImGui::CollapsingHeader(tr_id("model_set.parts").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) draw_parts(draft, name_of, commands);
  if (ImGui::CollapsingHeader(tr_id("model_set.joints").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    if (doc.model->has_rig()) {
      bool see_through = doc.layers.xray;
      if (ImGui::Checkbox(tr("model_set.see_through"), &see_through)) commands.push(document::SetXray{see_through});
      draw_joints(doc, markers, draft, commands);
    } else {
      ImGui::TextWrapped("%s", tr("model_set.no_rig"));
    }
  }

}

}  // namespace soleus::ui
