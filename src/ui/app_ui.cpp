#include "ui/app_ui.h"
#include "ui/run_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "anatomy/structure_role.h"
#include "ui/legend.h"
#include "ui/shortcuts.h"

namespace soleus::ui {
namespace {

using anatomy::StructureGroup;
using document::Command;
using document::CommandQueue;
using document::Document;

constexpr float kPanelMargin = 8.0f;
constexpr float kLeftWidth = 300.0f;
constexpr float kRightWidth = 340.0f;
constexpr float kTimelineHeight = 80.0f;

const StructureGroup kGroups[] = {StructureGroup::Skin, StructureGroup::Muscle, StructureGroup::Tendon,
                                  StructureGroup::Fascia, StructureGroup::Bone, StructureGroup::Other};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string display_name(const Document& doc, const UiContent& content, int index) {
  const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(index)];
  if (s.role == anatomy::StructureRole::Unknown) return s.name;
  if (content.structures)
    if (const content::StructureEntry* entry = content.structures->find(anatomy::role_info(s.role).id))
      return entry->name;
  return anatomy::role_info(s.role).display_name;
}

std::string structure_name(const UiContent& content, anatomy::StructureRole role) {
  if (content.structures)
    if (const content::StructureEntry* entry = content.structures->find(anatomy::role_info(role).id)) return entry->name;
  return anatomy::role_info(role).display_name;
}

void help_marker(const char* text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void draw_menu_bar(const Document& doc, AppUiState& state, CommandQueue& commands) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open model...", "Ctrl+O")) state.open_model_popup = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    const std::pair<const char*, scene::ViewPreset> views[] = {{"Lateral", scene::ViewPreset::Lateral},
                                                               {"Medial", scene::ViewPreset::Medial},
                                                               {"Posterior", scene::ViewPreset::Posterior},
                                                               {"Anterior", scene::ViewPreset::Anterior}};
    const Action keys[] = {Action::ViewLateral, Action::ViewMedial, Action::ViewPosterior, Action::ViewAnterior};
    for (int i = 0; i < 4; ++i)
      if (ImGui::MenuItem(views[i].first, shortcut_keys(keys[i]))) commands.push(document::SetView{views[i].second});
    if (ImGui::MenuItem("Frame what is shown", shortcut_keys(Action::FrameView))) commands.push(document::FrameModel{});
    ImGui::Separator();
    if (ImGui::MenuItem("X-ray", shortcut_keys(Action::Xray), doc.layers.xray)) commands.push(document::SetXray{!doc.layers.xray});
    if (ImGui::MenuItem("Show everything", shortcut_keys(Action::ShowAll))) commands.push(document::ShowAll{});
    ImGui::Separator();
    ImGui::MenuItem("Side panels", shortcut_keys(Action::TogglePanels), &state.show_panels);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Mode")) {
    for (const document::ModeInfo* m = document::modes_begin(); m != document::modes_end(); ++m) {
      if (m->menu_label.empty()) continue;
      const char* keys = m->mode == document::ViewMode::Run       ? shortcut_keys(Action::RunMode)
                         : m->mode == document::ViewMode::Anatomy ? shortcut_keys(Action::AnatomyMode)
                                                                  : "";
      const std::string label(m->menu_label);
      if (ImGui::MenuItem(label.c_str(), keys, doc.teach.mode == m->mode, doc.model->has_rig()))
        commands.push(document::SetViewMode{m->mode});
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Controls", shortcut_keys(Action::Help), &state.show_help);
    ImGui::EndMenu();
  }
  ImGui::SameLine(ImGui::GetWindowWidth() - 360.0f);
  ImGui::TextDisabled("%s", doc.model->source.filename().string().c_str());
  ImGui::EndMainMenuBar();
}

void draw_structure_row(const Document& doc, const UiContent& content, int index, CommandQueue& commands) {
  const scene::StructureLayer& layer = doc.layers.structures[static_cast<std::size_t>(index)];
  ImGui::PushID(index);
  bool visible = layer.visible;
  if (ImGui::Checkbox("##visible", &visible)) commands.push(document::SetStructureVisible{index, visible});
  ImGui::SameLine();
  const std::string name = display_name(doc, content, index);
  if (ImGui::Selectable(name.c_str(), doc.selected == index, 0, ImVec2(150.0f, 0.0f)))
    commands.push(document::Select{doc.selected == index ? -1 : index});
  if (ImGui::IsItemHovered()) commands.push(document::Hover{index});
  ImGui::SameLine();
  float opacity = layer.opacity;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, "%.2f"))
    commands.push(document::SetStructureOpacity{index, opacity});
  ImGui::PopID();
}

void draw_layers_tab(const Document& doc, const UiContent& content, AppUiState& state,
                     CommandQueue& commands) {
  bool xray = doc.layers.xray;
  if (ImGui::Checkbox("X-ray", &xray)) commands.push(document::SetXray{xray});
  help_marker("Bones stay solid and everything else turns see-through, so you can follow "
              "muscles and tendons to their attachments. Shortcut: X.");
  ImGui::SameLine();
  if (ImGui::Button("Show all")) commands.push(document::ShowAll{});
  ImGui::SameLine();
  if (doc.layers.isolated >= 0) {
    if (ImGui::Button("End isolate")) commands.push(document::Isolate{-1});
  } else {
    ImGui::BeginDisabled(doc.selected < 0);
    if (ImGui::Button("Isolate")) commands.push(document::Isolate{doc.selected});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("Show only the selected structure (I). Select one first.");
  }

  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##search", "Find a structure...", state.search, sizeof(state.search));
  const std::string query = lower(state.search);
  ImGui::Separator();

  ImGui::BeginChild("layer_list");
  for (StructureGroup group : kGroups) {
    std::vector<int> members;
    for (std::size_t i = 0; i < doc.model->structures.size(); ++i) {
      if (doc.model->structures[i].group != group) continue;
      if (!query.empty() && lower(display_name(doc, content, static_cast<int>(i))).find(query) == std::string::npos)
        continue;
      members.push_back(static_cast<int>(i));
    }
    if (members.empty()) continue;
    const std::size_t g = scene::group_index(group);
    ImGui::PushID(static_cast<int>(g));
    bool visible = doc.layers.group_visible[g];
    if (ImGui::Checkbox("##group_visible", &visible)) commands.push(document::SetGroupVisible{group, visible});
    ImGui::SameLine();
    const bool open = ImGui::TreeNodeEx("group", query.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen, "%s (%zu)",
                                        anatomy::group_display_name(group), members.size());
    float opacity = doc.layers.group_opacity[g];
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderFloat("##group_opacity", &opacity, 0.0f, 1.0f, "fade %.2f"))
      commands.push(document::SetGroupOpacity{group, opacity});
    if (open) {
      for (int index : members) draw_structure_row(doc, content, index, commands);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

// ImGui::BulletText does not wrap; long landmark and citation lines must.
void bullet_wrapped(const std::string& text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text.c_str());
}

void draw_wrapped_label(const char* label, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", label);
  ImGui::TextWrapped("%s", text.c_str());
}

void draw_structure_tab(const Document& doc, const UiContent& content) {
  if (doc.selected < 0) {
    ImGui::TextWrapped("Click a structure in the 3D view or in the Layers list to learn what it is.");
    return;
  }
  const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(doc.selected)];
  const anatomy::RoleInfo& role = anatomy::role_info(s.role);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::Text("%s", display_name(doc, content, doc.selected).c_str());
  ImGui::TextDisabled("%s  |  node '%s'", anatomy::group_display_name(s.group), s.name.c_str());
  ImGui::Separator();
  const content::StructureEntry* entry =
      content.structures && s.role != anatomy::StructureRole::Unknown ? content.structures->find(role.id) : nullptr;
  if (!entry) {
    ImGui::TextWrapped("%s", s.role == anatomy::StructureRole::Unknown
                                 ? "This part's name does not match any structure Soleus Lab knows."
                                 : "No description available.");
  } else {
    ImGui::TextWrapped("%s", entry->description.c_str());
    if (entry->muscle) {
      ImGui::Spacing();
      draw_wrapped_label("Origin", entry->muscle->origin);
      draw_wrapped_label("Insertion", entry->muscle->insertion);
      draw_wrapped_label("Action", entry->muscle->action);
      draw_wrapped_label("Nerve", entry->muscle->innervation);
      draw_wrapped_label("In running", entry->muscle->running_role);
    }
    if (!entry->landmarks.empty()) {
      ImGui::Spacing();
      ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "Landmarks");
      for (const std::string& landmark : entry->landmarks) bullet_wrapped(landmark);
    }
    for (const std::string& topic_id : entry->see_also) {
      const content::Topic* topic = content.structures->find_topic(topic_id);
      if (!topic) continue;
      ImGui::Spacing();
      if (ImGui::CollapsingHeader(topic->title.c_str())) {
        for (const std::string& paragraph : topic->paragraphs) ImGui::TextWrapped("%s", paragraph.c_str());
        for (const content::Citation& c : topic->evidence) bullet_wrapped(content::format_citation(c));
      }
    }
  }
  ImGui::PopTextWrapPos();
}

void draw_hover_label(const Document& doc, const UiContent& content) {
  if (doc.hovered < 0 || ImGui::GetIO().WantCaptureMouse) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(display_name(doc, content, doc.hovered).c_str());
  ImGui::TextDisabled("click for details");
  ImGui::EndTooltip();
}

void draw_error_box(const Document& doc, const UiContent& content, CommandQueue& commands) {
  const std::string& message = !doc.last_error.empty() ? doc.last_error : content.error;
  if (message.empty()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                 viewport->WorkPos.y + viewport->WorkSize.y - kTimelineHeight - 2.0f * kPanelMargin),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(300.0f, 0.0f), ImVec2(560.0f, 300.0f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.45f, 0.10f, 0.10f, 0.95f));
  ImGui::Begin("Problem", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
  ImGui::PushTextWrapPos(520.0f);
  ImGui::TextUnformatted(message.c_str());
  ImGui::PopTextWrapPos();
  if (!doc.last_error.empty() && ImGui::Button("OK")) commands.push(document::DismissError{});
  ImGui::End();
  ImGui::PopStyleColor();
}

void draw_open_model_popup(AppUiState& state, CommandQueue& commands) {
  if (state.open_model_popup) {
    ImGui::OpenPopup("Open model");
    state.open_model_popup = false;
  }
  if (!ImGui::BeginPopupModal("Open model", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted("Path to a model file (glTF/GLB, OBJ, FBX, STL, PLY, DAE):");
  ImGui::SetNextItemWidth(460.0f);
  const bool entered = ImGui::InputText("##path", state.model_path, sizeof(state.model_path),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::Button("Open") || entered) {
    commands.push(document::LoadModel{state.model_path});
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void draw_help(AppUiState& state) {
  if (!state.show_help) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin("Controls", &state.show_help, ImGuiWindowFlags_AlwaysAutoResize)) {
    if (ImGui::BeginTable("keys", 2)) {
      auto row = [](std::string_view input, std::string_view description) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(input.data(), input.data() + input.size());
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextUnformatted(description.data(), description.data() + description.size());
        ImGui::PopStyleColor();
      };
      for (const MouseControl& control : mouse_controls()) row(control.input, control.description);
      for (const Shortcut& shortcut : shortcuts()) row(shortcut.keys, shortcut.description);
      ImGui::EndTable();
    }
  }
  ImGui::End();
}


}  // namespace

FreeRect free_view_rect(const AppUiState& state, bool ui_visible, const document::ModeInfo& mode, float width,
                        float height) {
  if (!ui_visible) return {0.0f, 0.0f, width, height};
  const float top = ImGui::GetFrameHeight() + kPanelMargin;  // below the menu bar
  const float bottom = mode.timeline == document::Timeline::None ? height - kPanelMargin
                                                                 : height - kTimelineHeight - 2.0f * kPanelMargin;
  if (!state.show_panels) return {0.0f, top, width, bottom};
  return {kLeftWidth + 2.0f * kPanelMargin, top, width - kRightWidth - 2.0f * kPanelMargin, bottom};
}

void draw_app_ui(const Document& doc, const scene::FrameSpec& frame, const UiContent& content, AppUiState& state,
                 CommandQueue& commands) {
  const document::ModeInfo& mode = document::mode_info(document::shown_mode(doc));
  draw_menu_bar(doc, state, commands);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 work_pos = viewport->WorkPos;
  const ImVec2 work_size = viewport->WorkSize;
  const float column_height = work_size.y - 2.0f * kPanelMargin;
  const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoBackground;  // see kPanelBackgroundSrgb
  float centre_left = work_pos.x + kPanelMargin;
  float centre_right = work_pos.x + work_size.x - kPanelMargin;

  const NameOf name_of = [&](anatomy::StructureRole role) { return structure_name(content, role); };
  // A mode that starts brings its own tab forward (the running leg keeps whichever is open).
  const bool mode_started = mode.mode != state.last_mode;
  state.last_mode = mode.mode;
  auto bring_forward = [&](document::LeftTab tab) {
    return (mode_started && mode.first_tab == tab) ? ImGuiTabItemFlags_SetSelected : 0;
  };

  if (state.show_panels) {
    // Left column: the running controls (when the mode runs), the Learn pages and the layers.
    ImGui::SetNextWindowPos(ImVec2(work_pos.x + kPanelMargin, work_pos.y + kPanelMargin), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kLeftWidth, column_height), ImGuiCond_Always);
    if (ImGui::Begin("Setup", nullptr, fixed | ImGuiWindowFlags_NoTitleBar)) {
      if (ImGui::BeginTabBar("left_tabs")) {
        if (mode.runner_controls && ImGui::BeginTabItem("Run")) {
          draw_run_controls(doc, commands);
          ImGui::EndTabItem();
        }
        const ImGuiTabItemFlags learn_flags = state.show_learn_tab ? ImGuiTabItemFlags_SetSelected : bring_forward(document::LeftTab::Learn);
        state.show_learn_tab = false;
        if (ImGui::BeginTabItem("Learn", nullptr, learn_flags)) {
          draw_learn_tab(doc, frame, content.learn ? &*content.learn : nullptr, state.learn, commands);
          ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Layers", nullptr, bring_forward(document::LeftTab::Layers))) {
          draw_layers_tab(doc, content, state, commands);
          ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
      }
    }
    ImGui::End();
    centre_left += kLeftWidth + kPanelMargin;

    // Right column: live load numbers and plot (when the mode runs), and the selected structure.
    ImGui::SetNextWindowPos(ImVec2(work_pos.x + work_size.x - kRightWidth - kPanelMargin, work_pos.y + kPanelMargin),
                            ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(kRightWidth, column_height), ImGuiCond_Always);
    if (ImGui::Begin("Info", nullptr, fixed | ImGuiWindowFlags_NoTitleBar)) {
      const bool newly_selected = doc.selected >= 0 && doc.selected != state.last_selected;
      state.last_selected = doc.selected;
      // What the colours mean, above the tabs: beside the view, never over what it shows.
      if (mode.mode == document::ViewMode::StaticModel) {
        draw_static_model_note(doc.model->source.filename().string());
        ImGui::Separator();
      } else if (frame.legend.kind != scene::LegendKind::None) {
        draw_legend(frame.legend, name_of, ImGui::GetContentRegionAvail().x);
        ImGui::Separator();
      }
      if (ImGui::BeginTabBar("right_tabs")) {
        if (mode.load_numbers && ImGui::BeginTabItem("Load")) {
          draw_load_panel(doc, frame, commands);
          ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Structure", nullptr, newly_selected ? ImGuiTabItemFlags_SetSelected : 0)) {
          draw_structure_tab(doc, content);
          ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
      }
    }
    ImGui::End();
    centre_right -= kRightWidth + kPanelMargin;
  }

  if (mode.timeline != document::Timeline::None)
    draw_timeline(doc, frame, mode.timeline, commands, centre_left, work_pos.y + work_size.y - kTimelineHeight - kPanelMargin,
                  centre_right - centre_left, kTimelineHeight);
  if (!state.show_panels)
    draw_legend_overlay(frame.legend, name_of, centre_left, work_pos.y + kPanelMargin, centre_right - centre_left);
  draw_hover_label(doc, content);
  draw_error_box(doc, content, commands);
  draw_open_model_popup(state, commands);
  draw_help(state);
}

}  // namespace soleus::ui
