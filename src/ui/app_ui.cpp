#include "ui/app_ui.h"
#include "ui/layout.h"
#include "ui/run_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "anatomy/structure_role.h"

namespace soleus::ui {
namespace {

using anatomy::StructureGroup;
using document::Command;
using document::CommandQueue;
using document::Document;

constexpr ImGuiWindowFlags kFixedPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoBackground;  // see kPanelBackgroundSrgb

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
    const char* shortcuts[] = {"1", "2", "3", "4"};
    for (int i = 0; i < 4; ++i)
      if (ImGui::MenuItem(views[i].first, shortcuts[i])) commands.push(document::SetView{views[i].second});
    if (ImGui::MenuItem("Frame the model", "F")) commands.push(document::FrameModel{});
    ImGui::Separator();
    if (ImGui::MenuItem("X-ray", "X", doc.layers.xray)) commands.push(document::SetXray{!doc.layers.xray});
    if (ImGui::MenuItem("Show everything", "A")) commands.push(document::ShowAll{});
    ImGui::Separator();
    ImGui::MenuItem("Side panels", "Tab", &state.show_panels);
    if (ImGui::BeginMenu("UI scale")) {
      for (const int percent : {75, 100, 125, 150, 175, 200}) {
        const bool current = std::lround(state.ui_scale * 100.0f) == percent;
        if (ImGui::MenuItem((std::to_string(percent) + " %").c_str(), nullptr, current))
          state.ui_scale = static_cast<float>(percent) / 100.0f;
      }
      ImGui::EndMenu();
    }
    // Reduced motion: the stride plays once and stops instead of looping (and pauses now).
    if (ImGui::MenuItem("Reduced motion", nullptr, !doc.run.loop)) {
      commands.push(document::SetLoopPlayback{!doc.run.loop});
      if (doc.run.loop) commands.push(document::SetPlaying{false});
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Mode")) {
    const std::pair<const char*, document::ViewMode> modes[] = {{"Running (load colours)", document::ViewMode::Run},
                                                              {"Anatomy (standing)", document::ViewMode::Anatomy},
                                                              {"Stretches and exercises", document::ViewMode::Stretch},
                                                              {"Foam rolling", document::ViewMode::FoamRolling}};
    const char* shortcuts[] = {"R", "N", "", ""};
    for (int i = 0; i < 4; ++i)
      if (ImGui::MenuItem(modes[i].first, shortcuts[i], doc.teach.mode == modes[i].second))
        commands.push(document::SetViewMode{modes[i].second});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Controls", "H", &state.show_help);
    ImGui::EndMenu();
  }
  // The file name right-aligned, but never over the menus.
  const std::string file = doc.model->source.filename().string();
  const float em = ImGui::GetFontSize();
  const float right_aligned = ImGui::GetWindowWidth() - ImGui::CalcTextSize(file.c_str()).x - em;
  ImGui::SameLine(std::max(right_aligned, ImGui::GetItemRectMax().x + em));
  ImGui::TextDisabled("%s", file.c_str());
  ImGui::EndMainMenuBar();
}

void draw_structure_row(const Document& doc, const UiContent& content, int index, CommandQueue& commands) {
  const scene::StructureLayer& layer = doc.layers.structures[static_cast<std::size_t>(index)];
  ImGui::PushID(index);
  bool visible = layer.visible;
  if (ImGui::Checkbox("##visible", &visible)) commands.push(document::SetStructureVisible{index, visible});
  ImGui::SameLine();
  const std::string name = display_name(doc, content, index);
  if (ImGui::Selectable(name.c_str(), doc.selected == index, 0, ImVec2(9.5f * ImGui::GetFontSize(), 0.0f)))
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

// At the foot of the 3D view, no wider than it.
void draw_error_box(const Document& doc, const UiContent& content, const Rect& view, CommandQueue& commands) {
  const std::string& message = !doc.last_error.empty() ? doc.last_error : content.error;
  if (message.empty()) return;
  const float em = ImGui::GetFontSize();
  const float width = std::min(35.0f * em, view.width());
  ImGui::SetNextWindowPos(ImVec2((view.left + view.right) * 0.5f, view.bottom), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(19.0f * em, width), 0.0f), ImVec2(width, 19.0f * em));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.45f, 0.10f, 0.10f, 0.95f));
  ImGui::Begin("Problem", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
  ImGui::PushTextWrapPos(width - ImGui::GetStyle().WindowPadding.x);
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
  ImGui::SetNextItemWidth(29.0f * ImGui::GetFontSize());
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
    const char* rows[][2] = {
        {"Left drag", "orbit"},          {"Right or middle drag", "pan"},
        {"Shift + left drag", "pan"},    {"Wheel", "zoom"},
        {"Arrow keys", "orbit"},         {"+ / -", "zoom"},
        {"1 2 3 4", "lateral, medial, posterior, anterior view"},
        {"F", "frame the model"},        {"X", "x-ray"},
        {"I", "isolate the selection"},  {"A", "show everything"},
        {"Esc", "clear selection / isolate"}, {"H", "this help"}};
    if (ImGui::BeginTable("keys", 2)) {
      for (const auto& row : rows) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row[0]);
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", row[1]);
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

void place_next_window(const Rect& rect) {
  ImGui::SetNextWindowPos(ImVec2(rect.left, rect.top), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(rect.width(), rect.height()), ImGuiCond_Always);
}

// A collapsed column's rail: a button that opens the column again. One collapsed for lack of
// room opens in the other column's place where it fits there; where not, the button says so.
void draw_rail(const char* id, const char* arrow, const Rect& rail, bool squeezed, bool fits_alone, bool& open,
               bool& other_open) {
  place_next_window(rail);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
  ImGui::Begin(id, nullptr, kFixedPanel | ImGuiWindowFlags_NoDecoration);
  ImGui::BeginDisabled(squeezed && !fits_alone);
  if (ImGui::Button(arrow, ImVec2(rail.width(), 3.0f * ImGui::GetFontSize()))) {
    open = true;
    if (squeezed) other_open = false;
  }
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", !squeezed   ? "Open this panel"
                            : fits_alone ? "Open this panel (the window has room for one: the other one collapses)"
                                         : "No room for this panel: widen the window or choose a smaller View > UI scale");
  ImGui::End();
  ImGui::PopStyleVar();
}

// In an open column's tab bar: the button that collapses it to its rail.
void collapse_button(const char* arrow, ImGuiTabItemFlags side, bool& open) {
  if (ImGui::TabItemButton(arrow, side)) open = false;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Collapse this panel (Tab hides both)");
}

// The font's size in pixels: ImGui::GetFontSize() as it is inside a frame, also before the first.
float font_size() {
  const ImGuiIO& io = ImGui::GetIO();
  const ImFont* font = io.FontDefault ? io.FontDefault : io.Fonts->Fonts[0];
  return io.FontGlobalScale * font->FontSize * font->Scale;
}

LayoutInputs layout_inputs(const AppUiState& state, bool ui_visible, document::ViewMode mode, float width, float height) {
  LayoutInputs in;
  in.width = width;
  in.height = height;
  in.font_size = font_size();
  in.menu_height = in.font_size + 2.0f * ImGui::GetStyle().FramePadding.y;  // BeginMainMenuBar's height
  in.ui_visible = ui_visible;
  auto column = [&](bool open) { return !state.show_panels ? Column::Absent : open ? Column::Open : Column::Collapsed; };
  in.left = column(state.left_open);
  in.right = column(state.right_open);
  in.timeline = mode != document::ViewMode::Anatomy;  // the standing leg has no time
  return in;
}

}  // namespace

FreeRect free_view_rect(const AppUiState& state, bool ui_visible, document::ViewMode mode, float width, float height) {
  const Rect view = compute_layout(layout_inputs(state, ui_visible, mode, width, height)).view;
  return {view.left, view.top, view.right, view.bottom};
}

void draw_app_ui(const Document& doc, const UiContent& content, AppUiState& state, CommandQueue& commands) {
  draw_menu_bar(doc, state, commands);
  const ImVec2 window = ImGui::GetMainViewport()->Size;
  const LayoutInputs inputs = layout_inputs(state, true, doc.teach.mode, window.x, window.y);
  const Layout layout = compute_layout(inputs);

  if (layout.left_open) {
    // Left column: the running controls and the layers.
    place_next_window(layout.left);
    if (ImGui::Begin("Setup", nullptr, kFixedPanel | ImGuiWindowFlags_NoTitleBar)) {
      const bool mode_changed = doc.teach.mode != state.last_mode;
      const bool teaching_started = mode_changed && (doc.teach.mode == document::ViewMode::Stretch ||
                                                     doc.teach.mode == document::ViewMode::FoamRolling);
      const bool anatomy_started = mode_changed && doc.teach.mode == document::ViewMode::Anatomy;
      state.last_mode = doc.teach.mode;
      if (ImGui::BeginTabBar("left_tabs")) {
        if (ImGui::BeginTabItem("Run")) {
          draw_run_controls(doc, commands);
          ImGui::EndTabItem();
        }
        const bool bring_learn_forward = teaching_started || state.show_learn_tab;
        state.show_learn_tab = false;
        if (ImGui::BeginTabItem("Learn", nullptr, bring_learn_forward ? ImGuiTabItemFlags_SetSelected : 0)) {
          draw_learn_tab(doc, content.learn ? &*content.learn : nullptr, state.learn, commands);
          ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Layers", nullptr, anatomy_started ? ImGuiTabItemFlags_SetSelected : 0)) {
          draw_layers_tab(doc, content, state, commands);
          ImGui::EndTabItem();
        }
        collapse_button("<", ImGuiTabItemFlags_Trailing, state.left_open);
        ImGui::EndTabBar();
      }
    }
    ImGui::End();
  } else if (!layout.left.empty()) {
    draw_rail("left_rail", ">", layout.left, layout.left_squeezed, fits_alone(inputs, true), state.left_open,
              state.right_open);
  }

  if (layout.right_open) {
    // Right column: live load numbers and plot, and the selected structure.
    place_next_window(layout.right);
    if (ImGui::Begin("Info", nullptr, kFixedPanel | ImGuiWindowFlags_NoTitleBar)) {
      const bool newly_selected = doc.selected >= 0 && doc.selected != state.last_selected;
      state.last_selected = doc.selected;
      if (ImGui::BeginTabBar("right_tabs")) {
        collapse_button(">", ImGuiTabItemFlags_Leading, state.right_open);
        if (ImGui::BeginTabItem("Load")) {
          draw_load_panel(doc, commands);
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
  } else if (!layout.right.empty()) {
    draw_rail("right_rail", "<", layout.right, layout.right_squeezed, fits_alone(inputs, false), state.right_open,
              state.left_open);
  }

  const Rect& t = layout.timeline;
  if (!t.empty()) draw_timeline(doc, commands, t.left, t.top, t.width(), t.height());
  if (doc.teach.mode == document::ViewMode::Run) draw_load_legend(doc, layout.view.left, layout.view.top);
  draw_hover_label(doc, content);
  draw_error_box(doc, content, layout.view, commands);
  draw_open_model_popup(state, commands);
  draw_help(state);
}

}  // namespace soleus::ui
