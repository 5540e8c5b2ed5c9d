#include "ui/app_ui.h"
#include "ui/layout.h"
#include "ui/model_set_panel.h"
#include "ui/section_controls.h"
#include "ui/run_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "anatomy/structure_role.h"
#include "document/structure_load.h"
#include "ui/legend.h"
#include "ui/quiz_panel.h"
#include "ui/shortcuts.h"
#include "ui/text.h"
#include "ui/vocabulary.h"

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
  if (ImGui::BeginMenu(tr_id("menu.file").c_str())) {
    if (ImGui::MenuItem(tr("menu.file.open_model"), shortcut_keys(Action::OpenModel), false, !state.loading.active)) state.open_model_popup = true;
    model_set_menu_item(doc, commands);
    ImGui::Separator();
    motion_menu_items(doc, state.motion_dialog, commands);
    ImGui::Separator();
    if (ImGui::MenuItem(tr("menu.file.open_scenario"))) state.open_scenario_popup = true;
    if (ImGui::MenuItem(tr("menu.file.save_scenario"))) state.save_scenario_popup = true;
    if (ImGui::BeginMenu(tr_id("menu.file.open_recent").c_str(), !state.recent_files.empty())) {
      for (const std::string& path : state.recent_files)
        if (ImGui::MenuItem(path.c_str())) state.open_scenario = path;
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_id("menu.edit").c_str())) {
    // Named after what they would do: "Undo Hide Skin".
    const content::Phrase* undo = doc.history.undo_name();
    const content::Phrase* redo = doc.history.redo_name();
    const std::string undo_label = undo ? trf("edit.undo", {{"step", say(*undo)}}) : tr("menu.edit.undo");
    const std::string redo_label = redo ? trf("edit.redo", {{"step", say(*redo)}}) : tr("menu.edit.redo");
    if (ImGui::MenuItem(undo_label.c_str(), shortcut_keys(Action::Undo), false, undo != nullptr))
      commands.push(document::Undo{});
    if (ImGui::MenuItem(redo_label.c_str(), shortcut_keys(Action::Redo), false, redo != nullptr))
      commands.push(document::Redo{});
    ImGui::EndMenu();
  }
  draw_export_menu(state.export_dialog);
  if (ImGui::BeginMenu(tr_id("menu.view").c_str())) {
    const std::pair<const char*, scene::ViewPreset> views[] = {
        {tr("menu.view.lateral"), scene::ViewPreset::Lateral},
        {tr("menu.view.medial"), scene::ViewPreset::Medial},
        {tr("menu.view.posterior"), scene::ViewPreset::Posterior},
        {tr("menu.view.anterior"), scene::ViewPreset::Anterior}};
    const Action keys[] = {Action::ViewLateral, Action::ViewMedial, Action::ViewPosterior, Action::ViewAnterior};
    for (int i = 0; i < 4; ++i)
      if (ImGui::MenuItem(views[i].first, shortcut_keys(keys[i]))) commands.push(document::SetView{views[i].second});
    if (ImGui::MenuItem(tr("menu.view.frame"), shortcut_keys(Action::FrameView))) commands.push(document::FrameModel{});
    ImGui::Separator();
    if (ImGui::MenuItem(tr("menu.view.xray"), shortcut_keys(Action::Xray), doc.layers.xray))
      commands.push(document::SetXray{!doc.layers.xray});
    if (ImGui::MenuItem(tr("menu.view.labels"), shortcut_keys(Action::Labels), doc.labels.shown))
      commands.push(document::SetLabels{!doc.labels.shown});
    if (ImGui::MenuItem(tr("menu.view.show_all"), shortcut_keys(Action::ShowAll))) commands.push(document::ShowAll{});
    ImGui::Separator();
    ImGui::MenuItem(tr("menu.view.side_panels"), shortcut_keys(Action::TogglePanels), &state.show_panels);
    if (ImGui::BeginMenu(tr_id("menu.view.ui_scale").c_str())) {
      for (const int percent : {75, 100, 125, 150, 175, 200}) {
        const bool current = std::lround(state.ui_scale * 100.0f) == percent;
        if (ImGui::MenuItem((std::to_string(percent) + " %").c_str(), nullptr, current))
          state.ui_scale = static_cast<float>(percent) / 100.0f;
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr_id("menu.view.audience").c_str())) {
      for (const document::AudienceInfo* a = document::audiences_begin(); a != document::audiences_end(); ++a) {
        if (ImGui::MenuItem(audience_label(*a), nullptr, doc.audience == a->audience))
          commands.push(document::SetAudience{a->audience});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", audience_help(*a));
      }
      ImGui::EndMenu();
    }
    // Each language by its own name, so that whoever reads neither finds theirs.
    if (ImGui::BeginMenu(tr_id("menu.view.language").c_str())) {
      for (const content::LanguageInfo& language : content::languages())
        if (ImGui::MenuItem(language.native_name, nullptr, doc.language == language.language))
          commands.push(document::SetLanguage{language.language});
      ImGui::EndMenu();
    }
    // Reduced motion: the stride plays once and stops instead of looping (and pauses now).
    if (ImGui::MenuItem(tr("menu.view.reduced_motion"), nullptr, !doc.run.loop)) {
      commands.push(document::SetLoopPlayback{!doc.run.loop});
      if (doc.run.loop) commands.push(document::SetPlaying{false});
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_id("menu.mode").c_str())) {
    for (const document::ModeInfo* m = document::modes_begin(); m != document::modes_end(); ++m) {
      if (m->menu_label.empty()) continue;
      if (ImGui::MenuItem(mode_label(*m), shortcut_keys(m->mode), doc.teach.mode == m->mode, doc.model->has_rig()))
        commands.push(document::SetViewMode{m->mode});
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr_id("menu.help").c_str())) {
    ImGui::MenuItem(tr("menu.help.controls"), shortcut_keys(Action::Help), &state.show_help);
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
  float name_width = 9.5f * ImGui::GetFontSize();
  if (doc.labels.shown) {  // which structures carry a label: asked only while labels are on
    bool labelled = doc.labels.labelled(index);
    if (ImGui::Checkbox("##labelled", &labelled)) commands.push(document::SetStructureLabelled{index, labelled});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("layers.labelled.tip"));
    ImGui::SameLine();
    name_width -= ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x;  // the fade slider keeps its width
  }
  const std::string name = structure_display_name(doc, content, index);
  if (ImGui::Selectable(name.c_str(), doc.selected == index, 0, ImVec2(name_width, 0.0f)))
    commands.push(document::Select{doc.selected == index ? -1 : index});
  if (ImGui::IsItemHovered()) commands.push(document::Hover{index});
  ImGui::SameLine();
  float opacity = layer.opacity;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, "%.2f"))
    commands.push(document::SetStructureOpacity{index, opacity, ImGui::IsItemActive() && !ImGui::IsItemActivated()});
  ImGui::PopID();
}

void draw_layers_tab(const Document& doc, const UiContent& content, AppUiState& state,
                     CommandQueue& commands) {
  bool xray = doc.layers.xray;
  if (ImGui::Checkbox(tr_id("layers.xray").c_str(), &xray)) commands.push(document::SetXray{xray});
  help_marker(tr("layers.xray.tip"));
  ImGui::SameLine();
  if (ImGui::Button(tr_id("layers.show_all").c_str())) commands.push(document::ShowAll{});
  ImGui::SameLine();
  if (doc.layers.isolated >= 0) {
    if (ImGui::Button(tr_id("layers.end_isolate").c_str())) commands.push(document::Isolate{-1});
  } else {
    ImGui::BeginDisabled(doc.selected < 0);
    if (ImGui::Button(tr_id("layers.isolate").c_str())) commands.push(document::Isolate{doc.selected});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("layers.isolate.tip"));
  }

  bool labels = doc.labels.shown;
  if (ImGui::Checkbox(tr_id("layers.labels").c_str(), &labels)) commands.push(document::SetLabels{labels});
  help_marker(tr("layers.labels.tip"));
  draw_section_controls(doc, commands);

  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##search", tr("layers.search_hint"), state.search, sizeof(state.search));
  const std::string query = lower(state.search);
  ImGui::Separator();

  ImGui::BeginChild("layer_list");
  for (StructureGroup group : kGroups) {
    std::vector<int> members;
    for (std::size_t i = 0; i < doc.model->structures.size(); ++i) {
      if (doc.model->structures[i].group != group) continue;
      if (!query.empty() && lower(structure_display_name(doc, content, static_cast<int>(i))).find(query) == std::string::npos)
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
                                        group_name(group), members.size());
    float opacity = doc.layers.group_opacity[g];
    ImGui::SetNextItemWidth(-1.0f);
    // "fade 0.50": the word around ImGui's number format ("%%" would stand for a percent sign).
    const std::string fade_format = trf("layers.fade", {{"value", "%.2f"}});
    if (ImGui::SliderFloat("##group_opacity", &opacity, 0.0f, 1.0f, fade_format.c_str()))
      commands.push(document::SetGroupOpacity{group, opacity, ImGui::IsItemActive() && !ImGui::IsItemActivated()});
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

// What the load model says about the picked structure now (document/structure_load.h), or that
// it computes nothing for it.
void draw_structure_load(const scene::FrameSpec& frame, anatomy::StructureRole role) {
  const document::StructureLoad load = document::structure_load(frame, role);
  char buffer[96];
  auto row = [&](const char* label, const char* tip) {
    ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
    ImGui::SameLine();
    ImGui::TextUnformatted(buffer);
  };
  const char* strain_tip = load.tendon ? tr("structure.load.strain_tendon.tip") : tr("structure.load.strain.tip");
  switch (load.quote) {
    case document::LoadQuote::NotModelled: ImGui::TextWrapped("%s", tr("structure.load.not_modelled")); break;
    case document::LoadQuote::NotNow: ImGui::TextWrapped("%s", tr("structure.load.not_now")); break;
    case document::LoadQuote::Running:
    case document::LoadQuote::Exercise:
      ImGui::TextUnformatted(tr(load.quote == document::LoadQuote::Running ? "structure.load.running" : "structure.load.exercise"));
      std::snprintf(buffer, sizeof(buffer), "%.0f N  (%.2f BW)", load.force_n, load.force_bw);
      row(tr("structure.load.force"), tr("structure.load.force.tip"));
      if (load.has_strain) {
        std::snprintf(buffer, sizeof(buffer), "%+.1f %%", 100.0 * load.strain);
        row(tr("structure.load.strain"), strain_tip);
      }
      break;
    case document::LoadQuote::Stretch:
      ImGui::TextUnformatted(tr("structure.load.stretch"));
      std::snprintf(buffer, sizeof(buffer), "%+.1f %%", 100.0 * load.strain);
      row(tr("structure.load.strain"), strain_tip);
      std::snprintf(buffer, sizeof(buffer), "%.0f %%", 100.0 * load.range_fraction);
      row(tr("structure.load.range"), tr("structure.load.range.tip"));
      break;
  }
  ImGui::Separator();
}

void draw_structure_tab(const Document& doc, const scene::FrameSpec& frame, const UiContent& content) {
  if (doc.selected < 0) {
    ImGui::TextWrapped("%s", tr("structure.none_selected"));
    return;
  }
  const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(doc.selected)];
  const anatomy::RoleInfo& role = anatomy::role_info(s.role);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::Text("%s", structure_display_name(doc, content, doc.selected).c_str());
  ImGui::TextDisabled("%s  |  %s", group_name(s.group), trf("structure.node", {{"name", s.name}}).c_str());
  ImGui::Separator();
  draw_structure_load(frame, s.role);
  const content::StructureEntry* entry =
      content.structures && s.role != anatomy::StructureRole::Unknown ? content.structures->find(role.id) : nullptr;
  if (!entry) {
    ImGui::TextWrapped("%s", s.role == anatomy::StructureRole::Unknown ? tr("structure.unknown")
                                                                       : tr("structure.no_description"));
  } else {
    ImGui::TextWrapped("%s", entry->description.c_str());
    if (entry->muscle) {
      ImGui::Spacing();
      draw_wrapped_label(tr("structure.origin"), entry->muscle->origin);
      draw_wrapped_label(tr("structure.insertion"), entry->muscle->insertion);
      draw_wrapped_label(tr("structure.action"), entry->muscle->action);
      draw_wrapped_label(tr("structure.nerve"), entry->muscle->innervation);
      draw_wrapped_label(tr("structure.in_running"), entry->muscle->running_role);
    }
    if (!entry->landmarks.empty()) {
      ImGui::Spacing();
      ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", tr("structure.landmarks"));
      for (const std::string& landmark : entry->landmarks) bullet_wrapped(landmark);
    }
    for (const std::string& topic_id : entry->see_also) {
      const content::Topic* topic = content.structures->find_topic(topic_id);
      if (!topic) continue;
      ImGui::Spacing();
      // Its id the topic's, so that it stays open when the language changes.
      if (ImGui::CollapsingHeader((topic->title + "###topic." + topic_id).c_str())) {
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
  ImGui::TextUnformatted(structure_display_name(doc, content, doc.hovered).c_str());
  ImGui::TextDisabled("%s", tr("structure.hover_hint"));
  ImGui::EndTooltip();
}

// At the foot of the 3D view, no wider than it.
void draw_error_box(const Document& doc, const UiContent& content, const Rect& view, CommandQueue& commands) {
  const std::string message = !doc.last_error.empty() ? say(doc.last_error)
                              : content.error.empty() ? std::string()
                                                      : trf("message.content_not_loaded", {{"detail", content.error}});
  if (message.empty()) return;
  const float em = ImGui::GetFontSize();
  const float width = std::min(35.0f * em, view.width());
  ImGui::SetNextWindowPos(ImVec2((view.left + view.right) * 0.5f, view.bottom), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(19.0f * em, width), 0.0f), ImVec2(width, 19.0f * em));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.45f, 0.10f, 0.10f, 0.95f));
  ImGui::Begin(tr_id("error.title").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
  ImGui::PushTextWrapPos(width - ImGui::GetStyle().WindowPadding.x);
  ImGui::TextUnformatted(message.c_str());
  ImGui::PopTextWrapPos();
  if (!doc.last_error.empty() && ImGui::Button(tr_id("dialog.ok").c_str())) commands.push(document::DismissError{});
  ImGui::End();
  ImGui::PopStyleColor();
}

void draw_open_model_popup(AppUiState& state) {
  const std::string title = tr_id("dialog.open_model");
  if (state.open_model_popup) {
    ImGui::OpenPopup(title.c_str());
    state.open_model_popup = false;
  }
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::PushTextWrapPos(29.0f * ImGui::GetFontSize());  // as wide as the path, at 800 px too
  ImGui::TextUnformatted(tr("dialog.open_model.path"));
  ImGui::PopTextWrapPos();
  ImGui::SetNextItemWidth(29.0f * ImGui::GetFontSize());
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // type the path at once
  const bool entered = ImGui::InputText("##path", state.model_path, sizeof(state.model_path),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::Button(tr_id("dialog.open").c_str()) || entered) {
    state.open_model = state.model_path;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_id("dialog.cancel").c_str())) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// Open scenario / Save scenario: a path typed in, like Open model (the path starts at the last
// scenario, which the app puts in scenario_path).
// `title` and `action` are ImGui labels with a stable id (tr_id).
void draw_scenario_popup(bool& open_request, const std::string& title, const std::string& action, AppUiState& state,
                         std::optional<std::string>& request) {
  if (open_request) {
    ImGui::OpenPopup(title.c_str());
    open_request = false;
  }
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(tr("dialog.scenario.path"));
  ImGui::SetNextItemWidth(29.0f * ImGui::GetFontSize());
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // type the path at once
  const bool entered = ImGui::InputText("##scenario_path", state.scenario_path, sizeof(state.scenario_path),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::Button(action.c_str()) || entered) {
    request = std::string(state.scenario_path);
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_id("dialog.cancel").c_str())) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void draw_help(AppUiState& state) {
  if (!state.show_help) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin(tr_id("help.controls").c_str(), &state.show_help, ImGuiWindowFlags_AlwaysAutoResize)) {
    if (ImGui::BeginTable("keys", 2)) {
      auto row = [](std::string_view input, std::string_view description) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(input.data(), input.data() + input.size());
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextUnformatted(description.data(), description.data() + description.size());
        ImGui::PopStyleColor();
      };
      for (const MouseControl& control : mouse_controls()) row(control.input(), control.description());
      for (const Shortcut& shortcut : shortcuts()) row(shortcut.keys, shortcut.description());
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
    ImGui::SetTooltip("%s", !squeezed   ? tr("panel.open")
                            : fits_alone ? tr("panel.open_alone")
                                         : tr("panel.no_room"));
  ImGui::End();
  ImGui::PopStyleVar();
}

// In an open column's tab bar: the button that collapses it to its rail.
void collapse_button(const char* arrow, ImGuiTabItemFlags side, bool& open) {
  if (ImGui::TabItemButton(arrow, side)) open = false;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("panel.collapse"));
}

// The font's size in pixels: ImGui::GetFontSize() as it is inside a frame, also before the first.
float font_size() {
  const ImGuiIO& io = ImGui::GetIO();
  const ImFont* font = io.FontDefault ? io.FontDefault : io.Fonts->Fonts[0];
  return io.FontGlobalScale * font->FontSize * font->Scale;
}

// What an audience opens besides its tabs: a Learn section, a structure to read about.
void start_audience(const Document& doc, const document::AudienceInfo& audience, AppUiState& state,
                    CommandQueue& commands) {
  if (const auto section = section_for_list(audience.learn_section)) state.learn.open_section = section;
  if (audience.select.empty() || doc.selected >= 0) return;
  if (const auto found = scene::find_structure(*doc.model, audience.select))
    commands.push(document::Select{static_cast<int>(*found)});
}

LayoutInputs layout_inputs(const AppUiState& state, bool ui_visible, const document::ModeInfo& mode, float width,
                           float height) {
  LayoutInputs in;
  in.width = width;
  in.height = height;
  in.font_size = font_size();
  in.menu_height = in.font_size + 2.0f * ImGui::GetStyle().FramePadding.y;  // BeginMainMenuBar's height
  in.ui_visible = ui_visible;
  auto column = [&](bool open) { return !state.show_panels ? Column::Absent : open ? Column::Open : Column::Collapsed; };
  in.left = column(state.left_open);
  in.right = column(state.right_open);
  in.timeline = mode.timeline != document::Timeline::None;
  return in;
}

}  // namespace

std::string structure_display_name(const Document& doc, const UiContent& content, int index) {
  const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(index)];
  if (s.role == anatomy::StructureRole::Unknown) return s.name;
  if (content.structures)
    if (const content::StructureEntry* entry = content.structures->find(anatomy::role_info(s.role).id))
      return entry->name;
  return anatomy::role_info(s.role).display_name;
}

ScreenLayout screen_layout(const AppUiState& state, bool ui_visible, const document::ModeInfo& mode,
                           const scene::Legend& legend, float width, float height) {
  const LayoutInputs inputs = layout_inputs(state, ui_visible, mode, width, height);
  const Layout layout = compute_layout(inputs);
  Rect framing = layout.view;
  // Without either column the legend floats over the view's left edge: the subject goes beside it.
  const bool legend_floats = ui_visible && !layout.left_open && !layout.right_open && legend.kind != scene::LegendKind::None;
  if (legend_floats) {
    const float legend_width = kLegendWidthEm * inputs.font_size + 2.0f * ImGui::GetStyle().WindowPadding.x;
    framing.left = std::min(framing.left + legend_width + kMarginEm * inputs.font_size, framing.right - 0.5f * framing.width());
  }
  return {inputs, layout, framing};
}

void draw_app_ui(const Document& doc, const scene::FrameSpec& frame, const ScreenLayout& screen,
                 const UiContent& content, AppUiState& state, CommandQueue& commands) {
  const ScopedStrings words(content.strings);
  const document::ModeInfo& mode = document::mode_info(document::shown_mode(doc));
  draw_menu_bar(doc, state, commands);
  const LayoutInputs& inputs = screen.inputs;
  const Layout& layout = screen.layout;

  const NameOf name_of = [&](anatomy::StructureRole role) { return structure_name(content, role); };
  // What the colours mean, at the top of a column (the right one, else the left): beside the
  // view, never over what it shows.
  auto draw_colour_key = [&] {
    if (mode.mode == document::ViewMode::StaticModel) {
      draw_static_model_note(doc.model->source.filename().string());
    } else if (frame.legend.kind != scene::LegendKind::None) {
      draw_legend(frame.legend, name_of, ImGui::GetContentRegionAvail().x);
    } else {
      return;
    }
    ImGui::Separator();
  };
  // A mode that starts brings its own tab forward (the running leg keeps whichever is open).
  const bool mode_started = mode.mode != state.last_mode;
  state.last_mode = mode.mode;
  // A newly chosen audience brings its own panels forward (document/audience.h).
  const bool audience_started = state.panels_audience != doc.audience;
  state.panels_audience = doc.audience;
  const document::AudienceInfo& audience = document::audience_info(doc.audience);
  if (audience_started) start_audience(doc, audience, state, commands);
  // The quiz, while one is open, comes first and forward when it starts (over its mode's own tab).
  const bool quiz_started = doc.quiz && !state.quiz_shown;
  state.quiz_shown = doc.quiz.has_value();
  // So does File > Model set when it opens.
  const bool set_opened = doc.set_draft && !state.model_set_shown;
  state.model_set_shown = doc.set_draft.has_value();
  auto bring_forward = [&](document::LeftTab tab) {
    if (quiz_started || set_opened) return 0;
    const bool wanted = (mode_started && mode.first_tab == tab) || (audience_started && audience.left_tab == tab);
    return wanted ? ImGuiTabItemFlags_SetSelected : 0;
  };
  auto bring_right_forward = [&](document::RightTab tab) {
    return audience_started && audience.right_tab == tab ? ImGuiTabItemFlags_SetSelected : 0;
  };

  if (layout.left_open) {
    // Left column: the running controls (when the mode runs), the Learn pages and the layers.
    place_next_window(layout.left);
    if (ImGui::Begin("Setup", nullptr, kFixedPanel | ImGuiWindowFlags_NoTitleBar)) {
      if (!layout.right_open) draw_colour_key();
      if (ImGui::BeginTabBar("left_tabs")) {
        if (doc.quiz && ImGui::BeginTabItem(tr_id("tab.quiz").c_str(), nullptr,
                                            quiz_started ? ImGuiTabItemFlags_SetSelected : 0)) {
          draw_quiz_panel(doc, content.structures ? &*content.structures : nullptr,
                          content.learn ? &*content.learn : nullptr, state.quiz_seed, commands);
          ImGui::EndTabItem();
        }
        if (doc.set_draft && ImGui::BeginTabItem(tr_id("tab.model_set").c_str(), nullptr,
                                                 set_opened ? ImGuiTabItemFlags_SetSelected : 0)) {
          draw_model_set_panel(doc, frame.joint_markers, name_of, commands);
          ImGui::EndTabItem();
        }
        if (mode.runner_controls &&
            ImGui::BeginTabItem(tr_id("tab.run").c_str(), nullptr, bring_forward(document::LeftTab::Run))) {
          draw_run_controls(doc, commands);
          ImGui::EndTabItem();
        }
        const ImGuiTabItemFlags learn_flags = state.show_learn_tab ? ImGuiTabItemFlags_SetSelected : bring_forward(document::LeftTab::Learn);
        state.show_learn_tab = false;
        if (ImGui::BeginTabItem(tr_id("tab.learn").c_str(), nullptr, learn_flags)) {
          if (!doc.quiz)
            draw_quiz_start(doc, content.structures ? &*content.structures : nullptr,
                            content.learn ? &*content.learn : nullptr, state.quiz_seed, commands);
          draw_learn_tab(doc, frame, content.learn ? &*content.learn : nullptr, state.learn, commands);
          ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr_id("tab.layers").c_str(), nullptr, bring_forward(document::LeftTab::Layers))) {
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
    // Right column: what the colours mean, live load numbers and plot (when the mode runs), and
    // the selected structure.
    place_next_window(layout.right);
    if (ImGui::Begin("Info", nullptr, kFixedPanel | ImGuiWindowFlags_NoTitleBar)) {
      const bool newly_selected = doc.selected >= 0 && doc.selected != state.last_selected;
      state.last_selected = doc.selected;
      draw_colour_key();
      if (ImGui::BeginTabBar("right_tabs")) {
        collapse_button(">", ImGuiTabItemFlags_Leading, state.right_open);
        if (mode.load_numbers &&
            ImGui::BeginTabItem(tr_id("tab.load").c_str(), nullptr, bring_right_forward(document::RightTab::Load))) {
          draw_load_panel(doc, frame, commands);
          ImGui::EndTabItem();
        }
        const ImGuiTabItemFlags structure_flags =
            newly_selected ? ImGuiTabItemFlags_SetSelected : bring_right_forward(document::RightTab::Structure);
        if (ImGui::BeginTabItem(tr_id("tab.structure").c_str(), nullptr, structure_flags)) {
          draw_structure_tab(doc, frame, content);
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
  if (!t.empty() && mode.timeline != document::Timeline::None)
    draw_timeline(doc, frame, mode.timeline, commands, t.left, t.top, t.width(), t.height());
  // Without either column, the legend floats over the view's corner.
  if (!layout.right_open && !layout.left_open)
    draw_legend_overlay(frame.legend, name_of, layout.view.left, layout.view.top, layout.view.width());
  draw_hover_label(doc, content);
  draw_error_box(doc, content, layout.view, commands);
  draw_open_model_popup(state);
  draw_loading_window(state.loading, layout.view);
  draw_scenario_popup(state.open_scenario_popup, tr_id("dialog.open_scenario"), tr_id("dialog.open"), state,
                      state.open_scenario);
  draw_scenario_popup(state.save_scenario_popup, tr_id("dialog.save_scenario"), tr_id("dialog.save"), state,
                      state.save_scenario);
  draw_motion_dialog(state.motion_dialog, commands);
  draw_export_dialog(state.export_dialog);
  draw_help(state);
}

}  // namespace soleus::ui
