#include "ui/run_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "biomech/parameters.h"
#include "core/units.h"
#include "scene/colormap.h"
#include "ui/compare_panels.h"
#include "ui/text.h"
#include "ui/vocabulary.h"
#include "ui/widgets.h"

namespace soleus::ui {
namespace {

using biomech::Conditions;
using document::CommandQueue;
using document::Document;
using document::Slot;

using colour::kHeading;
const ImU32 kSoleusColour = IM_COL32(230, 120, 60, 255);
const ImU32 kGastrocColour = IM_COL32(200, 70, 90, 255);
const ImU32 kAchillesColour = IM_COL32(180, 180, 200, 255);


// Pushes new conditions; while a slider is still being dragged the faded "previous" curve keeps
// showing the value from before the drag.
void push_conditions(const Conditions& c, Slot slot, CommandQueue& commands) {
  commands.push(document::SetConditions{c, ImGui::IsItemActive() && !ImGui::IsItemActivated(), slot});
}

// Room beside the sliders for the widest label (in the language shown), at any font size and UI scale.
float slider_label_room() {
  float widest = 0.0f;
  for (const biomech::Parameter& p : biomech::parameters())
    widest = std::max(widest, ImGui::CalcTextSize(parameter_label(p)).x);
  return widest + ImGui::GetStyle().ItemInnerSpacing.x;
}

// The slider's printf format, "%.0f steps/min", with the unit's word in the language shown (SI
// symbols and the rest stay as the table writes them).
std::string shown_format(const biomech::Parameter& p) {
  std::string format = "%." + std::to_string(p.decimals) + "f";
  if (p.unit.empty()) return format;
  const char* unit = nullptr;
  if (p.unit == "steps/min") unit = tr("run.unit.steps_per_min");
  else if (p.unit == "km/week") unit = tr("run.unit.km_per_week");
  else if (p.unit == "deg") unit = tr("run.unit.deg");
  return format + " " + (unit ? std::string(unit) : std::string(p.unit));
}

// A slider over the parameter's valid range in its display unit; true when it changed.
bool parameter_slider(const biomech::Parameter& p, Conditions& c) {
  float shown = static_cast<float>(biomech::display_value(p, c));
  const std::string label = std::string(parameter_label(p)) + "##" + std::string(p.id);
  ImGui::SetNextItemWidth(-slider_label_room());
  if (!ImGui::SliderFloat(label.c_str(), &shown, static_cast<float>(p.min_display), static_cast<float>(p.max_display),
                          shown_format(p).c_str()))
    return false;
  p.set(c, static_cast<double>(shown) * p.display_to_si);
  return true;
}

// The checkbox of a parameter whose 0 means "the model chooses" (cadence), and the value the model
// chose while it is ticked; true while the parameter is set by hand.
bool automatic_checkbox(const biomech::Parameter& p, Conditions& c, Slot slot, CommandQueue& commands) {
  bool automatic = p.get(c) == 0.0;
  const std::string label = std::string(automatic_label(p)) + "##auto_" + std::string(p.id);
  if (ImGui::Checkbox(label.c_str(), &automatic)) {
    p.set(c, automatic ? 0.0 : p.automatic.si(c));
    push_conditions(c, slot, commands);
  }
  // Cadence is the one automatic parameter; another would say its meaning in English until it has a key.
  if (p.id == "cadence")
    tooltip(tr("run.cadence.auto.tip"));
  else
    tooltip(("Use " + std::string(p.automatic.meaning) + ", or set your own.").c_str());
  if (automatic) ImGui::TextDisabled(("  " + shown_format(p)).c_str(), biomech::used_display_value(p, c));
  return !automatic;
}

// The sliders of one panel, each with its tooltip, in table order.
void draw_sliders(biomech::ParameterGroup group, Conditions& c, Slot slot, CommandQueue& commands) {
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.group != group) continue;
    if (p.automatic.si != nullptr && !automatic_checkbox(p, c, slot, commands)) continue;
    if (parameter_slider(p, c)) push_conditions(c, slot, commands);
    tooltip(parameter_help(p));
  }
}

// A small side view of a foot landing: the sole line tilted by the strike's angle, the contact
// point marked where the centre of pressure starts.
void strike_diagram(const char* id, float strike_index, float angle_deg, bool selected) {
  const float px = ImGui::GetFontSize() / 16.0f;  // drawn for a 16 px font; scales with it
  const ImVec2 size(70.0f * px, 38.0f * px);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 frame = selected ? IM_COL32(90, 150, 255, 255) : IM_COL32(90, 90, 100, 255);
  draw->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), frame, 4.0f * px);
  const float ground = origin.y + size.y - 6.0f * px;
  draw->AddLine(ImVec2(origin.x + 4 * px, ground), ImVec2(origin.x + size.x - 4 * px, ground), IM_COL32(150, 150, 150, 255), px);
  // Foot sole from heel to toe, pivoting about the contact point.
  const float length = size.x - 18.0f * px;
  const float angle = static_cast<float>(core::deg_to_rad(angle_deg));
  const float contact_x = origin.x + 9.0f * px + strike_index * length;
  const ImVec2 heel(contact_x - strike_index * length * std::cos(angle), ground - strike_index * length * -std::sin(angle));
  const ImVec2 toe(contact_x + (1.0f - strike_index) * length * std::cos(angle),
                   ground - (1.0f - strike_index) * length * std::sin(angle));
  draw->AddLine(heel, toe, IM_COL32(235, 200, 170, 255), 4.0f * px);
  const ImVec2 mid((heel.x + toe.x) * 0.5f, (heel.y + toe.y) * 0.5f);
  draw->AddLine(ImVec2(mid.x - 6 * px, mid.y - 2 * px), ImVec2(mid.x - 10 * px, mid.y - 16 * px), IM_COL32(235, 200, 170, 255),
                3.0f * px);
  draw->AddCircleFilled(ImVec2(contact_x, ground), 4.0f * px, IM_COL32(40, 120, 255, 255));
}

void draw_runner(const Document& doc, CommandQueue& commands) {
  Conditions c = document::edited_conditions(doc);
  draw_sliders(biomech::ParameterGroup::kRunner, c, document::edited_slot(doc), commands);
}

void draw_strike(const Document& doc, CommandQueue& commands) {
  Conditions c = document::edited_conditions(doc);
  const Slot slot = document::edited_slot(doc);
  const double index = c.strike.strike_index;
  const std::vector<biomech::StrikePresetInfo>& presets = biomech::strike_presets();
  for (std::size_t i = 0; i < presets.size(); ++i) {
    const biomech::StrikePresetInfo& preset = presets[i];
    const std::string id = "##strike_" + std::string(preset.id);
    ImGui::BeginGroup();
    const bool selected = std::abs(preset.strike_index - index) < 0.02;
    strike_diagram(id.c_str(), static_cast<float>(preset.strike_index),
                   static_cast<float>(preset.foot_strike_angle_deg), selected);
    if (ImGui::IsItemClicked()) {
      c.strike.strike_index = preset.strike_index;
      commands.push(document::SetConditions{c, false, slot});
    }
    tooltip(strike_help(preset));
    ImGui::TextUnformatted(strike_label(preset));
    ImGui::EndGroup();
    if (i + 1 < presets.size()) ImGui::SameLine();
  }
  draw_sliders(biomech::ParameterGroup::kStrike, c, slot, commands);
}

void draw_shoe(const Document& doc, CommandQueue& commands) {
  Conditions c = document::edited_conditions(doc);
  const Slot slot = document::edited_slot(doc);
  const std::vector<biomech::ShoePresetInfo>& presets = biomech::shoe_presets();
  for (std::size_t i = 0; i < presets.size(); ++i) {
    if (i % 3 != 0) ImGui::SameLine(0.0f, 4.0f);  // rows of three fit the column
    const std::string label = std::string(shoe_label(presets[i])) + "##shoe_" + std::string(presets[i].id);
    if (ImGui::SmallButton(label.c_str())) {
      c.shoe = presets[i].shoe;
      commands.push(document::SetConditions{c, false, slot});
    }
    tooltip(shoe_help(presets[i]));
  }
  draw_sliders(biomech::ParameterGroup::kShoe, c, slot, commands);
  bool plate = biomech::has_plate(c.shoe);
  if (ImGui::Checkbox(tr_id("run.carbon_plate").c_str(), &plate)) {
    biomech::set_plate(c.shoe, plate);
    commands.push(document::SetConditions{c, false, slot});
  }
  tooltip(tr("run.carbon_plate.tip"));
}

// The comparison shown: B's stride beside A's, in the Compare mode only.
const biomech::SolvedStride* shown_b(const Document& doc) {
  return doc.compare && document::shown_mode(doc) == document::ViewMode::Compare ? &doc.compare->stride : nullptr;
}

// The plot: soleus, gastrocnemius and Achilles force (BW) over 0..100 % of the stride; comparing,
// the soleus of A and of B.
void draw_gait_plot(const Document& doc, CommandQueue& commands) {
  const biomech::SolvedStride& stride = doc.run.stride;
  const biomech::SolvedStride* b = shown_b(doc);
  const float em = ImGui::GetFontSize();
  if (doc.run.motion) {  // the curves are measured, over one stance: say so, and the way back
    ImGui::TextWrapped("%s", trf("load.plot.measured", {{"file", doc.run.motion->name}}).c_str());
    if (ImGui::SmallButton(tr_id("load.plot.back_to_model").c_str())) commands.push(document::CloseMotion{});
  }
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 9.5f * em);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("gait_plot", size);
  if (ImGui::IsItemActive()) {
    const float x = std::clamp((ImGui::GetIO().MousePos.x - origin.x) / size.x, 0.0f, 0.9999f);
    commands.push(document::SetPhase{x});
    commands.push(document::SetPlaying{false});
  }
  tooltip(b ? tr("load.plot.compare.tip") : tr("load.plot.tip"));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float left = origin.x + 1.9f * em;  // room for the axis numbers
  const float right = origin.x + size.x - 0.25f * em;
  const float top = origin.y + 0.25f * em;
  const float bottom = origin.y + size.y - em;  // a line of axis labels below
  const double bw = stride.model.body_weight_n;
  double top_bw = 1.0;
  for (const biomech::StrideSample& s : stride.samples) top_bw = std::max(top_bw, s.achilles_force_n / bw);
  if (b)
    for (const biomech::StrideSample& s : b->samples) top_bw = std::max(top_bw, s.achilles_force_n / b->model.body_weight_n);
  top_bw = std::ceil(top_bw);
  auto to_screen = [&](double phase, double force_bw) {
    return ImVec2(left + static_cast<float>(phase) * (right - left),
                  bottom - static_cast<float>(force_bw / top_bw) * (bottom - top));
  };
  draw->AddRectFilled(ImVec2(left, top), ImVec2(right, bottom), IM_COL32(30, 32, 38, 255));
  const float toe_off = static_cast<float>(stride.summary.toe_off_phase);
  draw->AddRectFilled(ImVec2(left, top), ImVec2(left + toe_off * (right - left), bottom), IM_COL32(60, 70, 95, 255));
  draw->AddText(ImVec2(left + 0.2f * em, top), IM_COL32(160, 170, 200, 255), tr("load.plot.stance"));
  for (int gridline = 0; gridline <= static_cast<int>(top_bw); gridline += 2) {
    const ImVec2 p = to_screen(0.0, gridline);
    draw->AddLine(p, ImVec2(right, p.y), IM_COL32(70, 70, 80, 255));
    char label[16];
    std::snprintf(label, sizeof(label), "%d", gridline);
    draw->AddText(ImVec2(origin.x, p.y - 0.5f * em), IM_COL32(160, 160, 160, 255), label);
  }
  draw->AddText(ImVec2(origin.x, bottom), IM_COL32(160, 160, 160, 255), "BW   0 %");
  draw->AddText(ImVec2(right - ImGui::CalcTextSize("100 %").x, bottom), IM_COL32(160, 160, 160, 255), "100 %");
  auto curve = [&](const biomech::SolvedStride& s, auto force, ImU32 colour, float thickness) {
    const std::size_t n = s.samples.size();
    for (std::size_t i = 0; i + 1 < n; ++i)
      draw->AddLine(to_screen(s.samples[i].phase, force(s.samples[i]) / s.model.body_weight_n),
                    to_screen(s.samples[i + 1].phase, force(s.samples[i + 1]) / s.model.body_weight_n), colour,
                    thickness);
  };
  auto soleus = [](const biomech::StrideSample& s) { return s.soleus_force_n(); };
  auto gastroc = [](const biomech::StrideSample& s) { return s.gastrocnemius_force_n(); };
  auto achilles = [](const biomech::StrideSample& s) { return s.achilles_force_n; };
  const float playhead = left + static_cast<float>(doc.run.phase) * (right - left);
  if (b) {
    curve(stride, soleus, kColourA, 2.5f);
    curve(*b, soleus, kColourB, 2.5f);
    draw->AddLine(ImVec2(playhead, top), ImVec2(playhead, bottom), IM_COL32(255, 255, 255, 200), 1.5f);
    ImGui::TextUnformatted(tr("load.plot.soleus_of"));
    ImGui::SameLine();
    ImGui::TextColored(ImColor(kColourA), "A");
    ImGui::SameLine();
    ImGui::TextColored(ImColor(kColourB), "B");
    return;
  }
  if (doc.run.previous) {
    curve(*doc.run.previous, achilles, IM_COL32(180, 180, 200, 70), 1.5f);
    curve(*doc.run.previous, soleus, IM_COL32(230, 120, 60, 90), 1.5f);
    curve(*doc.run.previous, gastroc, IM_COL32(200, 70, 90, 90), 1.5f);
  }
  curve(stride, achilles, kAchillesColour, 1.5f);
  curve(stride, gastroc, kGastrocColour, 2.0f);
  curve(stride, soleus, kSoleusColour, 2.5f);
  draw->AddLine(ImVec2(playhead, top), ImVec2(playhead, bottom), IM_COL32(255, 255, 255, 200), 1.5f);
  // Legend
  ImGui::TextColored(ImColor(kSoleusColour), "%s", tr("load.plot.soleus"));
  ImGui::SameLine();
  ImGui::TextColored(ImColor(kGastrocColour), "%s", tr("load.plot.gastrocnemius"));
  ImGui::SameLine();
  ImGui::TextColored(ImColor(kAchillesColour), "%s", tr("load.plot.achilles"));
}

// Keeps the next checkbox or radio button, labelled `next_label`, on this line when it fits
// there, else starts a new line (a narrow column, a large UI scale, longer words).
void same_line_if_fits(const char* next_label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float needed =
      style.ItemSpacing.x + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(next_label).x;
  const float column_end = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + needed <= column_end) ImGui::SameLine();
}

void number_row(const char* label, const char* value, const char* tip) {
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  tooltip(tip);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(value);
}

}  // namespace

void draw_run_controls(const Document& doc, CommandQueue& commands) {
  if (shown_b(doc)) draw_compare_controls(doc, commands);
  if (!doc.run.input_error.empty()) ImGui::TextColored(ImVec4(1.0f, 0.5f, 0.4f, 1.0f), "%s", doc.run.input_error.c_str());
  if (ImGui::CollapsingHeader(tr_id("run.runner").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) draw_runner(doc, commands);
  if (ImGui::CollapsingHeader(tr_id("run.foot_strike").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) draw_strike(doc, commands);
  if (ImGui::CollapsingHeader(tr_id("run.shoe").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) draw_shoe(doc, commands);
  if (ImGui::CollapsingHeader(tr_id("run.display").c_str())) {
    const document::RunState& run = doc.run;
    bool soleus = run.colour_soleus, gastroc = run.colour_gastrocnemius, achilles = run.colour_achilles;
    ImGui::TextUnformatted(tr("run.colour_by_load"));
    bool changed = ImGui::Checkbox(tr_id("run.colour.soleus").c_str(), &soleus);
    same_line_if_fits(tr("run.colour.gastrocnemius"));
    changed |= ImGui::Checkbox(tr_id("run.colour.gastrocnemius").c_str(), &gastroc);
    same_line_if_fits(tr("run.colour.achilles"));
    changed |= ImGui::Checkbox(tr_id("run.colour.achilles").c_str(), &achilles);
    if (changed) commands.push(document::SetLoadColouring{soleus, gastroc, achilles});
    int scale = run.scale == document::LoadScale::BodyWeights ? 0 : 1;
    bool rescaled = ImGui::RadioButton(tr_id("run.scale.body_weights").c_str(), &scale, 0);
    same_line_if_fits(tr("run.scale.capacity"));  // drawn in this order (the operands of | had none)
    rescaled |= ImGui::RadioButton(tr_id("run.scale.capacity").c_str(), &scale, 1);
    if (rescaled)
      commands.push(document::SetLoadScale{scale == 0 ? document::LoadScale::BodyWeights : document::LoadScale::PercentCapacity});
    bool grf = run.show_grf_arrow, cop = run.show_cop_trace, pull = run.show_achilles_arrow;
    bool cues = ImGui::Checkbox(tr_id("run.grf_arrow").c_str(), &grf);
    tooltip(tr("run.grf_arrow.tip"));
    same_line_if_fits(tr("run.cop_trace"));
    cues |= ImGui::Checkbox(tr_id("run.cop_trace").c_str(), &cop);
    same_line_if_fits(tr("run.achilles_pull"));
    cues |= ImGui::Checkbox(tr_id("run.achilles_pull").c_str(), &pull);
    tooltip(tr("run.achilles_pull.tip"));
    if (cues) commands.push(document::SetForceCues{grf, cop, pull});
    int follow = static_cast<int>(run.follow);
    ImGui::TextUnformatted(tr("run.camera"));
    ImGui::SameLine();
    bool follow_changed = ImGui::RadioButton(tr_id("run.camera.free").c_str(), &follow, 0);
    same_line_if_fits(tr("run.camera.follow_leg"));
    follow_changed |= ImGui::RadioButton(tr_id("run.camera.follow_leg").c_str(), &follow, 1);
    same_line_if_fits(tr("run.camera.ground_contact"));
    follow_changed |= ImGui::RadioButton(tr_id("run.camera.ground_contact").c_str(), &follow, 2);
    if (follow_changed) commands.push(document::SetCameraFollow{static_cast<document::CameraFollow>(follow)});
  }
}

void draw_load_panel(const Document& doc, const scene::FrameSpec& frame, CommandQueue& commands) {
  const biomech::SolvedStride& stride = doc.run.stride;
  const biomech::StrideSummary& sum = stride.summary;
  const biomech::StrideSample& now = frame.sample;
  const double bw = stride.model.body_weight_n;
  const double triceps = now.soleus_force_n() + now.gastrocnemius_force_n();
  char buffer[96];
  if (shown_b(doc)) {  // both conditions' numbers and the change, then both curves
    draw_compare_numbers(doc);
    draw_gait_plot(doc, commands);
    return;
  }
  if (sum.capacity_exceeded) {  // the model capped the muscles: say so before any number
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kDanger);
    std::snprintf(buffer, sizeof(buffer), "%.0f", sum.capacity_shortfall_nm);
    ImGui::TextWrapped("%s", trf("load.capacity_warning", {{"shortfall", buffer}}).c_str());
    ImGui::PopStyleColor();
  }
  if (ImGui::BeginTable("numbers", 2, ImGuiTableFlags_SizingStretchProp)) {
    std::snprintf(buffer, sizeof(buffer), "%.0f N  (%.2f BW)", now.soleus_force_n(), now.soleus_force_n() / bw);
    number_row(tr("load.soleus_now"), buffer, tr("load.soleus_now.tip"));
    std::snprintf(buffer, sizeof(buffer), "%.0f N  (%.2f BW)", sum.peak_soleus_force_n, sum.peak_soleus_force_bw);
    number_row(tr("load.soleus_peak"), buffer, tr("load.soleus_peak.tip"));
    std::snprintf(buffer, sizeof(buffer), "%.0f %%", triceps > 1.0 ? 100.0 * now.soleus_force_n() / triceps
                                                                  : 100.0 * sum.soleus_share_at_peak);
    number_row(tr("load.share_of_calf"), buffer, tr("load.share_of_calf.tip"));
    std::snprintf(buffer, sizeof(buffer), "%.2f BW  /  %.2f BW", now.achilles_force_n / bw, sum.peak_achilles_force_bw);
    number_row(tr("load.achilles_now_peak"), buffer, tr("load.achilles_now_peak.tip"));
    std::snprintf(buffer, sizeof(buffer), "%.3f BW s", sum.soleus_impulse_per_step_bw_s);
    number_row(tr("load.impulse_per_step"), buffer, tr("load.impulse_per_step.tip"));
    if (sum.steps_per_km > 0.0) {  // unknown for a measured treadmill trial, whose speed the data do not give
      std::snprintf(buffer, sizeof(buffer), "%.0f BW s", sum.soleus_impulse_per_km_bw_s);
      number_row(tr("load.impulse_per_km"), buffer, tr("load.impulse_per_km.tip"));
    }
    std::snprintf(buffer, sizeof(buffer), "%.0f %%", 100.0 * sum.soleus_capacity_ratio);
    number_row(tr("load.peak_vs_capacity"), buffer, tr("load.peak_vs_capacity.tip"));
    std::snprintf(buffer, sizeof(buffer), "%.2f BW   %.3f s", sum.peak_vgrf_bw, sum.contact_time_s);
    number_row(tr("load.peak_vgrf_contact"), buffer, tr("load.peak_vgrf_contact.tip"));
    ImGui::EndTable();
  }
  draw_gait_plot(doc, commands);
}

void draw_timeline(const Document& doc, const scene::FrameSpec& frame, document::Timeline timeline,
                   CommandQueue& commands, float left, float top, float width, float height) {
  ImGui::SetNextWindowPos(ImVec2(left, top), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Always);
  ImGui::Begin("Timeline", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);  // kPanelBackgroundSrgb
  const document::RunState& run = doc.run;
  const float em = ImGui::GetFontSize();
  const std::string play = std::string(run.playing ? tr("timeline.pause") : tr("timeline.play")) + "##play";
  if (ImGui::Button(play.c_str(), ImVec2(3.5f * em, 0))) commands.push(document::SetPlaying{!run.playing});
  tooltip(tr("timeline.play.tip"));
  ImGui::SameLine();
  if (timeline == document::Timeline::Exercise) {  // an exercise or the roller: its own clock, no stride
    ImGui::AlignTextToFramePadding();
    if (frame.subject == scene::Subject::Exercise && !frame.animating && run.playing)
      ImGui::TextDisabled("%s", tr("timeline.held_stretch"));
    else {
      char seconds[32];
      std::snprintf(seconds, sizeof seconds, "%.1f", doc.teach.exercise_time_s);
      ImGui::TextUnformatted((frame.subject == scene::Subject::FoamRolling
                                  ? trf("timeline.clock.rolling", {{"seconds", seconds}})
                                  : trf("timeline.clock.exercise", {{"seconds", seconds}}))
                                 .c_str());
    }
    ImGui::End();
    return;
  }
  if (ImGui::ArrowButton("back", ImGuiDir_Left)) commands.push(document::StepFrame{-1});
  tooltip(tr("timeline.back.tip"));
  ImGui::SameLine();
  if (ImGui::ArrowButton("forward", ImGuiDir_Right)) commands.push(document::StepFrame{1});
  tooltip(tr("timeline.forward.tip"));
  ImGui::SameLine();
  float speed = static_cast<float>(run.speed);
  // A narrow view gets a narrower speed slider, leaving room for the stride position if it can.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float position_width = ImGui::CalcTextSize("100.0 %").x + ImGui::GetStyle().ItemSpacing.x;
  const float shortest = ImGui::CalcTextSize(trf("timeline.speed", {{"value", "0.00"}}).c_str()).x +
                         2.0f * ImGui::GetStyle().FramePadding.x;
  ImGui::SetNextItemWidth(std::min({8.0f * em, avail, std::max(shortest, avail - position_width)}));
  // The slider's printf format: the word around "%.2f" from the table.
  if (ImGui::SliderFloat("##speed", &speed, 0.05f, 2.0f, trf("timeline.speed", {{"value", "%.2f"}}).c_str(),
                         ImGuiSliderFlags_Logarithmic))
    commands.push(document::SetPlaybackSpeed{speed});
  tooltip(tr("timeline.speed.tip"));
  ImGui::SameLine();
  char percent[16];
  std::snprintf(percent, sizeof percent, "%4.1f", 100.0 * run.phase);
  // a measured trial is one stance, 0 % at contact and 100 % at toe-off (its key names no phase)
  std::string status = trf(run.motion ? "timeline.position.stance" : "timeline.position", {{"percent", percent},
                                                 {"phase", frame.sample.stance ? tr("timeline.phase.stance")
                                                                               : tr("timeline.phase.swing")}});
  if (ImGui::CalcTextSize(status.c_str()).x > ImGui::GetContentRegionAvail().x)  // a narrow view: the number alone,
    status = std::string(percent) + " %";
  if (ImGui::CalcTextSize(status.c_str()).x <= ImGui::GetContentRegionAvail().x)
    ImGui::TextUnformatted(status.c_str());
  else
    ImGui::NewLine();  // or nothing (the scrubber shows it)

  // Scrubber: stance band, event markers, playhead; drag anywhere to scrub.
  const biomech::StrideSummary& sum = run.stride.summary;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, std::max(1.25f * em, ImGui::GetContentRegionAvail().y));
  ImGui::InvisibleButton("scrubber", size);
  if (ImGui::IsItemActive()) {
    commands.push(document::SetPhase{std::clamp((ImGui::GetIO().MousePos.x - origin.x) / size.x, 0.0f, 0.9999f)});
    commands.push(document::SetPlaying{false});
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float bar_top = origin.y + 0.75f * em;  // under the event labels
  const float bar_bottom = origin.y + size.y;
  draw->AddRectFilled(ImVec2(origin.x, bar_top), ImVec2(origin.x + size.x, bar_bottom), IM_COL32(40, 42, 50, 255), 3.0f);
  const float toe_off_x = origin.x + static_cast<float>(sum.toe_off_phase) * size.x;
  draw->AddRectFilled(ImVec2(origin.x, bar_top), ImVec2(toe_off_x, bar_bottom), IM_COL32(60, 80, 120, 255), 3.0f);
  draw->AddText(ImVec2(origin.x + 0.25f * em, bar_top), IM_COL32(200, 210, 230, 255), tr("timeline.phase.stance"));
  draw->AddText(ImVec2(toe_off_x + 0.25f * em, bar_top), IM_COL32(170, 170, 180, 255), tr("timeline.phase.swing"));
  struct Marker { double phase; const char* label; ImU32 colour; };
  const Marker markers[] = {{0.0, tr("timeline.event.contact"), IM_COL32(120, 200, 255, 255)},
                            {sum.midstance_phase, tr("timeline.event.midstance"), IM_COL32(200, 200, 200, 255)},
                            {sum.peak_soleus_phase, tr("timeline.event.peak_soleus"), kSoleusColour},
                            {sum.toe_off_phase, tr("timeline.event.toe_off"), IM_COL32(120, 200, 255, 255)}};
  float last_label_end = -1e9f;
  for (const Marker& m : markers) {
    const float x = origin.x + static_cast<float>(m.phase) * size.x;
    draw->AddLine(ImVec2(x, bar_top), ImVec2(x, bar_bottom), m.colour, 2.0f);
    const float label_x = std::max(x - 0.125f * em, last_label_end + 0.25f * em);
    if (label_x + ImGui::CalcTextSize(m.label).x > origin.x + size.x) continue;  // no room left: no half label
    draw->AddText(ImVec2(label_x, origin.y - 0.125f * em), m.colour, m.label);
    last_label_end = label_x + ImGui::CalcTextSize(m.label).x;
  }
  const float playhead = origin.x + static_cast<float>(run.phase) * size.x;
  const float tip = 0.375f * em;
  draw->AddTriangleFilled(ImVec2(playhead - tip, bar_top - 0.125f * em), ImVec2(playhead + tip, bar_top - 0.125f * em),
                          ImVec2(playhead, bar_top + tip), IM_COL32(255, 255, 255, 255));
  draw->AddLine(ImVec2(playhead, bar_top), ImVec2(playhead, bar_bottom), IM_COL32(255, 255, 255, 255), 2.0f);
  ImGui::End();
}

}  // namespace soleus::ui
