#include "ui/learn_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <variant>

#include "anatomy/structure_role.h"
#include "biomech/parameters.h"
#include "content/planner.h"
#include "core/units.h"
#include "scene/colormap.h"
#include "ui/text.h"
#include "ui/vocabulary.h"
#include "ui/widgets.h"

namespace soleus::ui {
namespace {

using document::CommandQueue;
using document::Document;

using colour::kDanger;
using colour::kGood;
using colour::kHeading;
using colour::kLink;
using colour::kLookFor;
using colour::kWarning;

// ---------------------------------------------------------------- small text helpers

void heading(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, kHeading);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void coloured_wrapped(const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// "Label: text" with the label coloured, wrapping as one paragraph.
void labelled(const char* label, const ImVec4& colour, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextColored(colour, "%s", label);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", text.c_str());
}

// A muted, wrapped line (TextDisabled does not wrap).
void note(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void paragraphs(const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::Spacing();
  }
}


// A colour swatch beside a line of text.
ImVec2 swatch_size() { return ImVec2(0.75f * ImGui::GetFontSize(), 0.75f * ImGui::GetFontSize()); }

// A wrapped, clickable line of text; true when clicked.
bool link(const std::string& text, bool selected = false) {
  ImGui::Bullet();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? kLookFor : kLink);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return ImGui::IsItemClicked();
}

void evidence(const std::vector<content::Citation>& sources, const char* id) {
  if (sources.empty()) return;
  const std::string label = trf("learn.evidence", {{"count", std::to_string(sources.size())}}) + "###evidence_" + id;
  if (!ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  for (const content::Citation& source : sources) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", content::format_citation(source).c_str());
    if (!source.doi.empty()) {
      ImGui::Indent();
      note("doi " + source.doi);
      ImGui::Unindent();
    }
  }
  ImGui::TreePop();
}

// The muscle an exercise targets (a structure role id of the content), in words.
std::string muscle_words(std::string id) {
  if (id == "soleus") return tr("learn.muscle.soleus");
  if (id == "gastrocnemius_medial") return tr("learn.muscle.gastrocnemius_medial");
  if (id == "gastrocnemius_lateral") return tr("learn.muscle.gastrocnemius_lateral");
  if (id == "gastrocnemius") return tr("learn.muscle.gastrocnemius");
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

// A myth's verdict (an id of the content: false, misleading, partly true, true) in words.
const char* verdict_words(const std::string& verdict) {
  if (verdict == "false") return tr("learn.verdict.false");
  if (verdict == "misleading") return tr("learn.verdict.misleading");
  if (verdict == "partly true") return tr("learn.verdict.partly_true");
  return tr("learn.verdict.true");
}

// A rolling spot's pressure (an id of the content: light, moderate, firm) in words.
std::string pressure_words(const std::string& pressure) {
  if (pressure == "light") return tr("learn.rolling.pressure.light");
  if (pressure == "moderate") return tr("learn.rolling.pressure.moderate");
  if (pressure == "firm") return tr("learn.rolling.pressure.firm");
  return pressure;
}


// ---------------------------------------------------------------- navigation

void open_page(LearnUiState& state, LearnSection section, const std::string& id) {
  state.section = section;
  state.open_id = id;
  state.page_open = true;
  state.timer_running = false;
}

// Opens a page from inside the tab: the page, and its subject on the leg.
void go_to(const Document& doc, const content::LearnContent& learn, const std::string& id, LearnUiState& state,
           CommandQueue& commands) {
  open_learn_page(learn, id, document::own_conditions(doc), state, commands);
}

// Back to the index: the leg returns to the runner's own mode and settings.
bool back_button(LearnUiState& state, CommandQueue& commands) {
  if (!ImGui::SmallButton(tr_id("learn.back").c_str())) return false;
  state.page_open = false;
  commands.push(document::ClosePage{});
  return true;
}


std::string title_of(const content::LearnContent& learn, const std::string& id) {
  for (const LearnIndexItem& item : learn_index(learn)) {
    if (item.id == id) return item.title;
  }
  return id;
}

// ---------------------------------------------------------------- safety and view status

void draw_safety(const content::LearnContent& learn) {
  ImGui::PushStyleColor(ImGuiCol_Header, ImVec4(0.55f, 0.12f, 0.10f, 0.85f));
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(0.70f, 0.16f, 0.12f, 0.95f));
  const bool open = ImGui::CollapsingHeader((learn.red_flags.title + "###red_flags").c_str());
  ImGui::PopStyleColor(2);
  if (open) {
    ImGui::TextWrapped("%s", learn.red_flags.intro.c_str());
    for (const std::string& item : learn.red_flags.items) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::TextWrapped("%s", item.c_str());
    }
    coloured_wrapped(kDanger, learn.red_flags.action);
    ImGui::Spacing();
  }
  if (ImGui::CollapsingHeader((learn.disclaimer.title + "###disclaimer").c_str())) {
    paragraphs(learn.disclaimer.paragraphs);
  }
}

// What the 3D view shows when it is not the running stride (the legend over the view explains
// its colours), with the way back.
void draw_view_status(const Document& doc, const scene::FrameSpec& frame, const content::LearnContent& learn,
                      LearnUiState& state, CommandQueue& commands) {
  if (frame.subject != scene::Subject::Exercise && frame.subject != scene::Subject::FoamRolling) return;
  // Content first on channel 1, then its background on channel 0, so the box fits what it holds.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::Spacing();
  const float inset = 0.25f * ImGui::GetFontSize();
  ImGui::Indent(inset);
  ImGui::BeginGroup();
  if (frame.subject == scene::Subject::Exercise) {
    heading(trf("learn.view.pose", {{"pose", pose_title(doc.teach.pose)}}));
    const double knee_deg = core::rad_to_deg(frame.exercise.joints.knee_flexion_rad);
    char number[32];
    std::snprintf(number, sizeof number, "%.0f", knee_deg);
    const std::string knee = knee_deg < 2.0 ? std::string(tr("learn.view.knee_straight"))
                                            : trf("learn.view.knee_bent", {{"angle", number}});
    std::snprintf(number, sizeof number, "%.0f", std::fabs(core::rad_to_deg(frame.exercise.joints.ankle_dorsiflexion_rad)));
    ImGui::TextUnformatted(trf("learn.view.joints",
                               {{"knee", knee},
                                {"ankle", number},
                                {"direction", frame.exercise.joints.ankle_dorsiflexion_rad >= 0.0 ? tr("learn.view.toes_up")
                                                                                                  : tr("learn.view.pointed")}})
                               .c_str());
    const char* names[] = {tr("learn.view.soleus"), tr("learn.view.gastroc_inner"), tr("learn.view.gastroc_outer")};
    // strength work holds the body's weight: each muscle's force too (the frame's exercise load)
    const bool loaded = frame.exercise.body_weight_share > 0.0;
    if (ImGui::BeginTable("strain_now", loaded ? 3 : 2, ImGuiTableFlags_SizingStretchProp)) {
      for (int m = 0; m < biomech::kMuscleCount; ++m) {
        const auto index = static_cast<std::size_t>(m);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(names[m]);
        if (loaded) {
          ImGui::TableNextColumn();
          std::snprintf(number, sizeof number, "%.2f BW",
                        frame.sample.muscle_force_n[index] / core::body_weight_n(frame.runner.body_mass_kg));
          ImGui::TextUnformatted(number);
        }
        ImGui::TableNextColumn();
        std::snprintf(number, sizeof number, "%+.1f", frame.stretch.strain[index] * 100.0);
        ImGui::TextUnformatted(trf("learn.view.length", {{"value", number}}).c_str());
      }
      ImGui::EndTable();
    }
    tooltip(tr("learn.view.colour.tip"));
    // The "why" line of the matching stretch card, from the content.
    for (const content::Exercise& exercise : learn.exercises) {
      if (exercise.kind == "stretch" && exercise.pose == biomech::exercise_info(doc.teach.pose).id) {
        labelled(tr("learn.exercise.why"), kGood, exercise.why);
        break;
      }
    }
  } else {
    heading(tr("learn.view.rolling"));
  }
  if (ImGui::Button(tr_id("learn.view.back").c_str())) {
    state.page_open = false;  // the page that showed it closes too
    commands.push(document::ClosePage{});
    commands.push(document::SetViewMode{document::ViewMode::Run});
  }
  ImGui::EndGroup();
  ImGui::Unindent(inset);
  draw->ChannelsSetCurrent(0);
  const ImVec2 box_min(ImGui::GetWindowPos().x + ImGui::GetStyle().WindowPadding.x, ImGui::GetItemRectMin().y - inset);
  const ImVec2 box_max(box_min.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y + inset);
  draw->AddRectFilled(box_min, box_max, IM_COL32(34, 44, 58, 255), inset);
  draw->AddRect(box_min, box_max, IM_COL32(80, 110, 150, 255), inset);
  draw->ChannelsMerge();
  ImGui::Spacing();
}

// ---------------------------------------------------------------- show me

bool same_conditions(const biomech::Conditions& a, const biomech::Conditions& b) {
  const auto& all = biomech::parameters();
  return std::all_of(all.begin(), all.end(), [&](const biomech::Parameter& p) { return p.get(a) == p.get(b); });
}

// Grouped bars: for each metric a label, then one bar and value per case.
void draw_comparison(const document::Comparison& table, int applied_case) {
  for (const document::ComparisonColumn& column : table.columns) {
    if (!column.error.empty()) coloured_wrapped(kWarning, column.label + ": " + column.error);
  }
  const float width = ImGui::GetContentRegionAvail().x;
  float widest_label = 0.0f, widest_value = 0.0f;
  for (const document::ComparisonColumn& column : table.columns) {
    widest_label = std::max(widest_label, ImGui::CalcTextSize(column.label.c_str()).x);
    for (std::size_t row = 0; row < column.values.size(); ++row) {
      widest_value = std::max(widest_value, ImGui::CalcTextSize(document::format_metric(table.metrics[row], column.values[row]).c_str()).x);
    }
  }
  const float em = ImGui::GetFontSize();
  const float value_width = widest_value + 0.5f * em;
  // Case names sit beside the bars when they fit in 40 % of the width; otherwise the cases get
  // letters, listed once above the bars.
  const bool full_names = widest_label + 0.375f * em <= width * 0.4f;
  auto case_tag = [&](std::size_t c) {
    return full_names ? table.columns[c].label : std::string(1, static_cast<char>('A' + c));
  };
  if (!full_names) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const bool applied = static_cast<int>(c) == applied_case;
      ImGui::TextColored(applied ? kLookFor : ImVec4(0.85f, 0.85f, 0.88f, 1.0f), "%s", case_tag(c).c_str());
      ImGui::SameLine();
      ImGui::TextWrapped("%s", table.columns[c].label.c_str());
    }
    ImGui::Spacing();
  }
  float tag_width = 0.0f;
  for (std::size_t c = 0; c < table.columns.size(); ++c) tag_width = std::max(tag_width, ImGui::CalcTextSize(case_tag(c).c_str()).x);
  const float label_width = tag_width + 0.375f * em;
  const float bar_width = std::max(1.25f * em, width - label_width - value_width);
  for (std::size_t row = 0; row < table.metrics.size(); ++row) {
    ImGui::TextColored(kHeading, "%s", metric_label(table.metrics[row]).c_str());
    double largest = 0.0;
    for (const document::ComparisonColumn& column : table.columns) {
      if (row < column.values.size()) largest = std::max(largest, std::fabs(column.values[row]));
    }
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const document::ComparisonColumn& column = table.columns[c];
      if (row >= column.values.size()) continue;
      const bool applied = static_cast<int>(c) == applied_case;
      const ImU32 label_colour = applied ? IM_COL32(250, 225, 140, 255) : IM_COL32(215, 215, 220, 255);
      ImDrawList* draw = ImGui::GetWindowDrawList();
      const float line = ImGui::GetTextLineHeight();
      const ImVec2 origin = ImGui::GetCursorScreenPos();
      draw->AddText(origin, label_colour, case_tag(c).c_str());
      const float fraction = largest > 0.0 ? static_cast<float>(std::fabs(column.values[row]) / largest) : 0.0f;
      const float gap = 0.125f * em;  // between the bars of one metric
      const ImVec2 bar0(origin.x + label_width, origin.y + gap);
      draw->AddRectFilled(bar0, ImVec2(bar0.x + bar_width, origin.y + line - gap), IM_COL32(60, 64, 72, 255));
      draw->AddRectFilled(bar0, ImVec2(bar0.x + bar_width * fraction, origin.y + line - gap),
                          applied ? IM_COL32(240, 190, 80, 255) : IM_COL32(90, 150, 235, 255));
      const std::string value = document::format_metric(table.metrics[row], column.values[row]);
      draw->AddText(ImVec2(origin.x + width - ImGui::CalcTextSize(value.c_str()).x, origin.y),
                    IM_COL32(240, 240, 240, 255), value.c_str());
      ImGui::Dummy(ImVec2(width, line));
      const std::string inputs = say(column.inputs_phrase);
      tooltip(trf("learn.show_me.bar.tip", {{"case", column.label}, {"inputs", inputs}, {"value", value}}));
    }
    ImGui::Spacing();
  }
}

void draw_show_me(const Document& doc, const content::ShowMe& show_me, const std::string& id, LearnUiState& state,
                  CommandQueue& commands) {
  ImGui::Separator();
  heading(tr("learn.show_me.title"));
  labelled(tr("learn.show_me.look_for"), kLookFor, show_me.look_for);
  // One button per case, flowing onto new lines as the column fills.
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t c = 0; c < show_me.compare.size(); ++c) {
    const std::string label = (show_me.compare.size() == 1 ? std::string(tr("learn.show_me.button")) : show_me.compare[c].label) + "##case" +
                              std::to_string(c);
    const float button_width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    if (c > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + button_width > right) ImGui::NewLine();
    }
    const bool applied = static_cast<int>(c) == doc.page.shown_case;
    if (applied) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.60f, 0.45f, 0.12f, 1.0f));
    if (ImGui::Button(label.c_str())) commands.push(document::case_view(document::own_conditions(doc), show_me, c, id));
    if (applied) ImGui::PopStyleColor();
    tooltip(trf("learn.show_me.sets.tip", {{"inputs", say(content::describe_case_phrase(show_me.compare[c]))}}));
  }
  // Cases start from the runner's own settings, not from the last case shown.
  if (doc.page.own_conditions && ImGui::SmallButton(tr_id("learn.show_me.restore").c_str())) {
    document::ShowPage own = document::case_view(*doc.page.own_conditions, show_me, show_me.compare.size(), id);
    own.view.reset();  // the same view, the runner's own settings
    own.pose = doc.teach.pose;
    commands.push(own);
  }
  const biomech::Conditions& base = document::own_conditions(doc);
  if (state.table_id != id || !same_conditions(state.table_base, base)) {
    state.table = document::solve_comparison(base, show_me);
    state.table_id = id;
    state.table_base = base;
  }
  if (state.table.metrics.empty()) return;
  ImGui::Spacing();
  draw_comparison(state.table, doc.page.shown_case);
  note(show_me.mode == "stretch" ? tr("learn.show_me.note.stretch") : tr("learn.show_me.note.load"));
}

void draw_related(const Document& doc, const content::LearnContent& learn, const std::vector<std::string>& related,
                  LearnUiState& state,
                  CommandQueue& commands) {
  if (related.empty()) return;
  ImGui::Separator();
  ImGui::TextDisabled("%s", tr("learn.related"));
  for (const std::string& id : related) {
    if (link(title_of(learn, id))) {
      go_to(doc, learn, id, state, commands);
      return;
    }
  }
}

// ---------------------------------------------------------------- pages

void draw_entry(const Document& doc, const content::LearnContent& learn, const content::LearnEntry& entry,
                LearnUiState& state, CommandQueue& commands) {
  heading(entry.title);
  ImGui::Spacing();
  paragraphs(entry.paragraphs);
  if (entry.show_me) draw_show_me(doc, *entry.show_me, entry.id, state, commands);
  ImGui::Separator();
  evidence(entry.evidence, entry.id.c_str());
  draw_related(doc, learn, entry.related, state, commands);
}

ImVec4 verdict_colour(const std::string& verdict) {
  if (verdict == "false") return kDanger;
  if (verdict == "misleading") return kWarning;
  if (verdict == "partly true") return kLookFor;
  return kGood;
}

void draw_myth(const Document& doc, const content::Myth& myth, LearnUiState& state, CommandQueue& commands) {
  ImGui::TextDisabled("%s", tr("learn.myth.people_say"));
  heading(trf("learn.myth.claim", {{"claim", myth.claim}}));
  ImGui::TextColored(verdict_colour(myth.verdict), "%s",
                     trf("learn.myth.evidence_says", {{"verdict", verdict_words(myth.verdict)}}).c_str());
  ImGui::Spacing();
  paragraphs(myth.paragraphs);
  if (myth.show_me) draw_show_me(doc, *myth.show_me, myth.id, state, commands);
  ImGui::Separator();
  evidence(myth.evidence, myth.id.c_str());
}

std::string dose_line(const content::Exercise& exercise) {
  std::string line =
      exercise.hold_seconds > 0
          ? trf("learn.exercise.holds", {{"sets", std::to_string(exercise.sets)}, {"seconds", std::to_string(exercise.hold_seconds)}})
          : trf("learn.exercise.reps", {{"sets", std::to_string(exercise.sets)}, {"reps", std::to_string(exercise.reps)}});
  if (exercise.rest_seconds > 0) line += trf("learn.exercise.rest", {{"seconds", std::to_string(exercise.rest_seconds)}});
  return line;
}

// Counts down each hold, then the rest, set by set.
void draw_hold_timer(const content::Exercise& exercise, LearnUiState& state) {
  if (exercise.hold_seconds <= 0) return;
  ImGui::Separator();
  heading(tr("learn.timer.title"));
  const double now = ImGui::GetTime();
  const double hold = exercise.hold_seconds;
  const double rest = std::max(0, exercise.rest_seconds);
  if (!state.timer_running) {
    if (ImGui::Button(tr_id("learn.timer.start").c_str())) {
      state.timer_running = true;
      state.timer_start_s = now;
    }
    ImGui::SameLine();
    ImGui::TextDisabled(
        "%s", trf("learn.timer.plan", {{"sets", std::to_string(exercise.sets)}, {"seconds", std::to_string(exercise.hold_seconds)}}).c_str());
    return;
  }
  const double elapsed = now - state.timer_start_s;
  const int set = static_cast<int>(elapsed / (hold + rest));
  const double within = elapsed - set * (hold + rest);
  char seconds[32];
  if (set >= exercise.sets) {
    ImGui::ProgressBar(1.0f, ImVec2(-1, 0), tr("learn.timer.done"));
  } else if (within < hold) {
    std::snprintf(seconds, sizeof seconds, "%.0f", std::ceil(hold - within));
    const std::string overlay = trf("learn.timer.hold", {{"set", std::to_string(set + 1)},
                                                         {"sets", std::to_string(exercise.sets)},
                                                         {"seconds", seconds}});
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.30f, 0.70f, 0.40f, 1.0f));
    ImGui::ProgressBar(static_cast<float>(within / hold), ImVec2(-1, 0), overlay.c_str());
    ImGui::PopStyleColor();
  } else {
    std::snprintf(seconds, sizeof seconds, "%.0f", std::ceil(hold + rest - within));
    ImGui::ProgressBar(static_cast<float>((within - hold) / std::max(rest, 1.0)), ImVec2(-1, 0),
                       trf("learn.timer.rest", {{"seconds", seconds}}).c_str());
  }
  if (ImGui::Button(tr_id("learn.timer.stop").c_str())) state.timer_running = false;
}

void draw_exercise(const content::Exercise& exercise, LearnUiState& state) {
  heading(exercise.title);
  note(trf("learn.exercise.targets",
           {{"kind", exercise.kind == "stretch" ? tr("learn.exercise.kind.stretch") : tr("learn.exercise.kind.strength")},
            {"muscle", muscle_words(exercise.target_muscle)}}));
  ImGui::Spacing();
  if (ImGui::BeginTable("dose", 2, ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    auto row = [](const char* label, const std::string& value) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", label);
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", value.c_str());
    };
    row(tr("learn.exercise.dose"), exercise.dose);
    row(tr("learn.exercise.sets"), dose_line(exercise));
    ImGui::EndTable();
  }
  heading(tr("learn.exercise.steps"));
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
    ImGui::Text("%zu.", i + 1);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", exercise.steps[i].c_str());
  }
  ImGui::Spacing();
  labelled(tr("learn.exercise.key_cue"), kLookFor, exercise.key_cue);
  labelled(tr("learn.exercise.progression"), kHeading, exercise.progression);
  labelled(tr("learn.exercise.why"), kGood, exercise.why);
  labelled(tr("learn.exercise.caution"), kWarning, exercise.caution);
  draw_hold_timer(exercise, state);
  ImGui::Separator();
  evidence(exercise.evidence, exercise.id.c_str());
}

void draw_foam_rolling(const Document& doc, const scene::FrameSpec& frame, const content::LearnContent& learn,
                       LearnUiState& state,
                       CommandQueue& commands) {
  const content::FoamRolling& rolling = learn.foam_rolling;
  heading(rolling.title);
  ImGui::Spacing();
  paragraphs(rolling.paragraphs);
  ImGui::Separator();
  heading(tr("learn.rolling.where"));
  // The spot the map explains, as the frame says.
  const std::string chosen_id =
      frame.rolling && frame.chosen_spot >= 0 ? frame.rolling->spots[static_cast<std::size_t>(frame.chosen_spot)].id : "";
  for (const content::RollingSpot& spot : rolling.spots) {
    const bool chosen = spot.id == chosen_id;
    ImGui::ColorButton(("##swatch" + spot.id).c_str(),
                       chosen ? ImVec4(0.75f, 0.98f, 0.45f, 1.0f) : ImVec4(0.25f, 0.75f, 0.35f, 1.0f),
                       ImGuiColorEditFlags_NoTooltip, swatch_size());
    ImGui::SameLine();
    char label[160];
    std::snprintf(label, sizeof label, "%s  (%d s)##%s", spot.label.c_str(), spot.duration_seconds, spot.id.c_str());
    if (ImGui::Selectable(label, chosen)) go_to(doc, learn, spot.id, state, commands);
    if (!chosen) continue;
    ImGui::Indent();
    labelled(tr("learn.rolling.move"), kHeading, spot.direction_text);
    labelled(tr("learn.rolling.pressure"), kLookFor,
             trf("learn.rolling.pressure.text", {{"pressure", pressure_words(spot.pressure)}, {"text", spot.pressure_text}}));
    labelled(tr("learn.rolling.time"), kHeading, std::to_string(spot.duration_seconds) + " s");
    labelled(tr("learn.rolling.note"), kGood, spot.notes);
    ImGui::Unindent();
    ImGui::Spacing();
  }
  ImGui::Separator();
  heading(tr("learn.rolling.avoid"));
  for (const content::AvoidZone& zone : rolling.avoid) {
    ImGui::TextColored(kDanger, "x");
    ImGui::SameLine();
    ImGui::TextWrapped("%s", trf("learn.rolling.avoid.item", {{"place", zone.label}, {"reason", zone.reason}}).c_str());
  }
  char speed[32];
  std::snprintf(speed, sizeof speed, "%.1f", rolling.roller_speed_cm_s);
  ImGui::TextDisabled("%s", trf("learn.rolling.speed", {{"speed", speed}}).c_str());
  ImGui::Separator();
  evidence(rolling.evidence, "foam_rolling");
}

// ---------------------------------------------------------------- planner

bool has_warning(const content::PlanAnalysis& analysis, std::size_t week, content::WarningKind kind) {
  return std::any_of(analysis.warnings.begin(), analysis.warnings.end(),
                     [&](const content::PlannerWarning& w) { return w.week == week && w.kind == kind; });
}

// Bars of weekly km (grey already run, blue planned, orange after a jump) under the ACWR line with
// its sweet-spot band and danger line.
void draw_planner_chart(const content::PlanAnalysis& analysis, const content::PlannerThresholds& thresholds) {
  const std::size_t n = analysis.weeks.size();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float em = ImGui::GetFontSize();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 10.0f * em);
  ImGui::InvisibleButton("planner_chart", size);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // Room for the km axis numbers on the left, the ratio's on the right, the weeks below.
  const float left = origin.x + ImGui::CalcTextSize("000").x + 0.25f * em;
  const float right = origin.x + size.x - ImGui::CalcTextSize("0.0").x - 0.5f * em;
  const float top = origin.y + 0.25f * em, bottom = origin.y + size.y - em;
  draw->AddRectFilled(ImVec2(left, top), ImVec2(right, bottom), IM_COL32(30, 33, 40, 255));
  double max_km = 1.0;
  for (const content::WeekAnalysis& w : analysis.weeks) max_km = std::max(max_km, w.km);
  max_km *= 1.1;
  constexpr double kAcwrTop = 2.0;
  auto y_km = [&](double km) { return bottom - static_cast<float>(km / max_km) * (bottom - top); };
  auto y_ratio = [&](double r) { return bottom - static_cast<float>(std::min(r, kAcwrTop) / kAcwrTop) * (bottom - top); };
  // Sweet-spot band and danger line on the ratio axis (right).
  draw->AddRectFilled(ImVec2(left, y_ratio(thresholds.acwr_high)), ImVec2(right, y_ratio(thresholds.acwr_low)),
                      IM_COL32(60, 160, 80, 60));
  const float danger = y_ratio(thresholds.acwr_danger);
  for (float x = left; x < right; x += 0.5f * em) {
    draw->AddLine(ImVec2(x, danger), ImVec2(std::min(x + 0.25f * em, right), danger), IM_COL32(235, 80, 70, 255), 1.5f);
  }
  const float slot = (right - left) / static_cast<float>(n);
  for (std::size_t i = 0; i < n; ++i) {
    const float x0 = left + slot * (static_cast<float>(i) + 0.15f), x1 = left + slot * (static_cast<float>(i) + 0.85f);
    const bool jump = has_warning(analysis, i, content::WarningKind::WeeklyJump);
    const ImU32 colour = jump ? IM_COL32(240, 140, 60, 255)
                              : (static_cast<int>(i) < kPlannerRecentWeeks ? IM_COL32(140, 140, 150, 255) : IM_COL32(80, 140, 230, 255));
    draw->AddRectFilled(ImVec2(x0, y_km(analysis.weeks[i].km)), ImVec2(x1, bottom), colour);
    const bool crowded = slot < ImGui::CalcTextSize("00 ").x;
    if (crowded && i % 2 == 1) continue;
    char week[24];
    std::snprintf(week, sizeof week, "%zu", i + 1);
    draw->AddText(ImVec2((x0 + x1) * 0.5f - ImGui::CalcTextSize(week).x * 0.5f, bottom + 1.0f), IM_COL32(170, 170, 175, 255), week);
  }
  // ACWR line.
  ImVec2 previous;
  bool has_previous = false;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& ratio = analysis.weeks[i].acwr;
    if (!ratio) {
      has_previous = false;
      continue;
    }
    const ImVec2 p(left + slot * (static_cast<float>(i) + 0.5f), y_ratio(*ratio));
    if (has_previous) draw->AddLine(previous, p, IM_COL32(250, 230, 120, 255), 2.0f);
    const content::AcwrZone zone = analysis.weeks[i].zone;
    const ImU32 dot = zone == content::AcwrZone::Danger    ? IM_COL32(240, 70, 60, 255)
                      : zone == content::AcwrZone::Caution ? IM_COL32(240, 150, 60, 255)
                                                           : IM_COL32(250, 230, 120, 255);
    draw->AddCircleFilled(p, 0.22f * em, dot);
    previous = p;
    has_previous = true;
  }
  // Axes: km on the left, ratio on the right.
  char text[16];
  std::snprintf(text, sizeof text, "%.0f", max_km / 1.1);
  draw->AddText(ImVec2(origin.x, y_km(max_km / 1.1) - 0.5f * em), IM_COL32(170, 170, 175, 255), text);
  draw->AddText(ImVec2(origin.x, bottom - em), IM_COL32(170, 170, 175, 255), "0");
  for (const double r : {thresholds.acwr_low, thresholds.acwr_high, thresholds.acwr_danger}) {
    std::snprintf(text, sizeof text, "%.1f", r);
    draw->AddText(ImVec2(right + 0.25f * em, y_ratio(r) - 0.5f * em), IM_COL32(200, 200, 170, 255), text);
  }
  if (hovered) {
    const float mouse = ImGui::GetIO().MousePos.x;
    const auto week = static_cast<std::size_t>(std::clamp((mouse - left) / slot, 0.0f, static_cast<float>(n) - 0.01f));
    const content::WeekAnalysis& w = analysis.weeks[week];
    char number[32];
    std::snprintf(number, sizeof number, "%.0f", w.km);
    std::string text_tip = trf("learn.planner.chart.week.tip", {{"week", std::to_string(week + 1)}, {"km", number}});
    if (w.change) {
      std::snprintf(number, sizeof number, "%+.0f", *w.change * 100.0);
      text_tip += trf("learn.planner.chart.change.tip", {{"change", number}});
    }
    if (w.acwr) {
      std::snprintf(number, sizeof number, "%.2f", *w.acwr);
      text_tip += trf("learn.planner.chart.ratio.tip", {{"ratio", number}});
    }
    ImGui::SetTooltip("%s", text_tip.c_str());
  }
}

std::string fixed_text(double x, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, x);
  return text;
}

// A planner warning in words (content::analyse_weeks writes its message in English only).
std::string warning_words(const content::PlannerWarning& warning, const content::PlannerThresholds& thresholds) {
  const std::string week = std::to_string(warning.week + 1);
  switch (warning.kind) {
    case content::WarningKind::WeeklyJump:
      return trf("learn.planner.warning.jump", {{"week", week},
                                                {"change", fixed_text(warning.value * 100.0, 0)},
                                                {"limit", fixed_text(thresholds.weekly_jump * 100.0, 0)}});
    case content::WarningKind::AcwrDanger:
      return trf("learn.planner.warning.danger",
                 {{"week", week}, {"ratio", fixed_text(warning.value, 2)}, {"limit", fixed_text(thresholds.acwr_danger, 2)}});
    case content::WarningKind::Detraining:
      return trf("learn.planner.warning.low",
                 {{"week", week}, {"ratio", fixed_text(warning.value, 2)}, {"limit", fixed_text(thresholds.acwr_low, 2)}});
  }
  return warning.message;
}

// The source of a planner threshold (content::analyse_weeks names it in English only).
std::string warning_source(const content::PlannerWarning& warning) {
  return warning.kind == content::WarningKind::WeeklyJump ? tr("learn.planner.source.jump") : tr("learn.planner.source.acwr");
}

void draw_planner(const Document& doc, const content::LearnContent& learn, LearnUiState& state, CommandQueue& commands) {
  const content::PlannerGuidance& guidance = learn.planner;
  heading(guidance.title);
  heading(tr("learn.planner.weeks"));
  ImGui::TextDisabled("%s", trf("learn.planner.weeks.note", {{"recent", std::to_string(kPlannerRecentWeeks)},
                                                             {"first", std::to_string(kPlannerRecentWeeks + 1)},
                                                             {"last", std::to_string(kPlannerWeeks)}})
                                .c_str());
  const float cell = (ImGui::GetContentRegionAvail().x - 3.0f * ImGui::GetStyle().ItemSpacing.x) / 4.0f;
  for (int i = 0; i < kPlannerWeeks; ++i) {
    ImGui::PushID(i);
    ImGui::SetNextItemWidth(cell);
    const std::string format = trf("learn.planner.week_cell", {{"week", std::to_string(i + 1)}}) + " %.0f";
    ImGui::DragFloat("##km", &state.weekly_km[static_cast<std::size_t>(i)], 0.5f, 0.0f, 250.0f, format.c_str(),
                     ImGuiSliderFlags_AlwaysClamp);
    ImGui::PopID();
    if (i % 4 != 3) ImGui::SameLine();
  }
  const std::vector<double> weeks(state.weekly_km.begin(), state.weekly_km.end());
  const content::PlannerThresholds thresholds = planner_thresholds(guidance);
  const content::PlanAnalysis analysis = content::analyse_weeks(weeks, thresholds);
  ImGui::Spacing();
  draw_planner_chart(analysis, thresholds);
  note(trf("learn.planner.legend", {{"low", fixed_text(thresholds.acwr_low, 1)},
                                    {"high", fixed_text(thresholds.acwr_high, 1)},
                                    {"danger", fixed_text(thresholds.acwr_danger, 1)}}));
  if (ImGui::TreeNode(tr_id("learn.planner.how_to_read").c_str())) {
    paragraphs(guidance.paragraphs);
    ImGui::TreePop();
  }

  // The soleus dose comes from the model for the Run tab's strike and shoe.
  const double per_km = document::own_stride(doc).summary.soleus_impulse_per_km_bw_s;
  const std::vector<double> dose = content::weekly_soleus_dose(weeks, per_km);
  ImGui::TextWrapped("%s", trf("learn.planner.dose_per_km", {{"dose", fixed_text(per_km, 0)}}).c_str());
  if (ImGui::BeginTable("plan_weeks", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn(tr("learn.planner.col.week"));
    ImGui::TableSetupColumn(tr("learn.planner.col.km"));
    ImGui::TableSetupColumn(tr("learn.planner.col.change"));
    ImGui::TableSetupColumn(tr("learn.planner.col.ratio"));
    ImGui::TableSetupColumn(tr("learn.planner.col.dose"));
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < analysis.weeks.size(); ++i) {
      const content::WeekAnalysis& w = analysis.weeks[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%zu", i + 1);
      ImGui::TableNextColumn();
      ImGui::Text("%.0f", w.km);
      ImGui::TableNextColumn();
      if (w.change) {
        const bool jump = has_warning(analysis, i, content::WarningKind::WeeklyJump);
        ImGui::TextColored(jump ? kWarning : ImGui::GetStyle().Colors[ImGuiCol_Text], "%+.0f %%", *w.change * 100.0);
      } else {
        ImGui::TextDisabled("-");
      }
      ImGui::TableNextColumn();
      if (w.acwr) {
        const ImVec4 colour = w.zone == content::AcwrZone::Danger    ? kDanger
                              : w.zone == content::AcwrZone::Caution ? kWarning
                              : w.zone == content::AcwrZone::SweetSpot ? kGood
                                                                       : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled];
        ImGui::TextColored(colour, "%.2f", *w.acwr);
      } else {
        ImGui::TextDisabled("-");
      }
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", dose[i] / 1000.0);
    }
    ImGui::EndTable();
  }
  note(tr("learn.planner.dose.note"));
  if (!analysis.warnings.empty()) {
    heading(tr("learn.planner.warnings"));
    for (const content::PlannerWarning& warning : analysis.warnings) {
      const ImVec4 colour = warning.kind == content::WarningKind::Detraining ? kLookFor
                            : warning.kind == content::WarningKind::AcwrDanger ? kDanger
                                                                                : kWarning;
      ImGui::Bullet();
      ImGui::SameLine();
      coloured_wrapped(colour, warning_words(warning, thresholds));
      ImGui::Indent();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
      ImGui::TextWrapped("%s", trf("learn.planner.source", {{"source", warning_source(warning)}}).c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent();
    }
  } else {
    coloured_wrapped(kGood, tr("learn.planner.no_warnings"));
  }
  evidence(guidance.evidence, "planner");

  // Transition: the same weekly distance, a growing share in the new strike or drop.
  ImGui::Separator();
  heading(guidance.transition.title);
  paragraphs(guidance.transition.paragraphs);
  const auto& strikes = biomech::strike_presets();
  const float label_width = 7.0f * ImGui::GetFontSize();
  ImGui::SetNextItemWidth(-label_width);
  bool changed = ImGui::Combo(
      tr_id("learn.planner.new_strike").c_str(), &state.transition_strike,
      [](void* data, int i, const char** label) {
        *label = strike_label(static_cast<const std::vector<biomech::StrikePresetInfo>*>(data)->at(static_cast<std::size_t>(i)));
        return true;
      },
      const_cast<std::vector<biomech::StrikePresetInfo>*>(&strikes), static_cast<int>(strikes.size()));
  ImGui::SetNextItemWidth(-label_width);
  changed |= ImGui::SliderFloat(tr_id("learn.planner.new_drop").c_str(), &state.transition_drop_mm, 0.0f, 12.0f, "%.0f mm");
  const biomech::Conditions planned =
      document::planned_conditions(document::own_conditions(doc), state.transition_strike, state.transition_drop_mm);
  if (const auto error = biomech::validate(planned)) {
    coloured_wrapped(kWarning, trf("learn.planner.unsuited", {{"reason", error->message}}));
    return;
  }
  // The leg runs in the new style while the planner is open, also after an edit by hand in the
  // Run tab (which makes the edited settings the runner's own).
  const bool showing_plan = doc.page.id == document::kPlannerPage && doc.page.own_conditions;
  if (changed || (doc.page.id == document::kPlannerPage && !doc.page.own_conditions))
    go_to(doc, learn, std::string(document::kPlannerPage), state, commands);
  if (!showing_plan) return;  // the next frame shows it
  double chronic = 0.0;
  for (int i = 0; i < kPlannerRecentWeeks; ++i) chronic += state.weekly_km[static_cast<std::size_t>(i)];
  chronic /= kPlannerRecentWeeks;
  if (chronic <= 0.0) {
    coloured_wrapped(kWarning, tr("learn.planner.enter_weeks"));
    return;
  }
  const double new_per_km = doc.run.stride.summary.soleus_impulse_per_km_bw_s;  // the leg runs the new style
  char change[32];
  std::snprintf(change, sizeof change, "%+.0f", (new_per_km / per_km - 1.0) * 100.0);
  ImGui::TextWrapped("%s", trf("learn.planner.dose_change", {{"now", fixed_text(per_km, 0)},
                                                             {"new", fixed_text(new_per_km, 0)},
                                                             {"change", change}})
                               .c_str());
  content::TransitionSettings settings;
  settings.weekly_km = chronic;
  const content::TransitionPlan plan = content::make_transition_plan(settings);
  if (ImGui::BeginTable("transition", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn(tr("learn.planner.col.week"));
    ImGui::TableSetupColumn(tr("learn.planner.col.new_km"));
    ImGui::TableSetupColumn(tr("learn.planner.col.usual_km"));
    ImGui::TableSetupColumn(tr("learn.planner.col.dose"));
    ImGui::TableHeadersRow();
    for (const content::TransitionWeek& week : plan.weeks) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", week.week);
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", week.new_km);
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", week.old_km);
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", content::transition_week_dose(week, per_km, new_per_km) / 1000.0);
    }
    ImGui::EndTable();
  }
  ImGui::TextWrapped("%s", tr("learn.planner.transition.rationale"));  // plan.rationale, in the language shown
  evidence(guidance.transition_evidence, "transition");
}

// ---------------------------------------------------------------- index

void draw_index(const Document& doc, const content::LearnContent& learn, LearnUiState& state, CommandQueue& commands) {
  const std::vector<LearnIndexItem> index = learn_index(learn);
  for (int s = 0; s <= static_cast<int>(LearnSection::Planner); ++s) {
    const auto section = static_cast<LearnSection>(s);
    const ImGuiTreeNodeFlags flags = section == LearnSection::Causes ? ImGuiTreeNodeFlags_DefaultOpen : 0;
    if (state.open_section == section) ImGui::SetNextItemOpen(true);
    const std::string label = std::string(section_title(section)) + "###learn_section_" + std::to_string(s);
    if (!ImGui::CollapsingHeader(label.c_str(), flags)) continue;
    for (const LearnIndexItem& item : index) {
      if (item.section != section) continue;
      if (link(item.title, doc.page.id == item.id)) go_to(doc, learn, item.id, state, commands);
    }
  }
}

void draw_page(const Document& doc, const scene::FrameSpec& frame, const content::LearnContent& learn, LearnUiState& state,
               CommandQueue& commands) {
  ImGui::TextDisabled("%s", section_title(state.section));
  ImGui::SameLine();
  if (back_button(state, commands)) return;
  ImGui::Spacing();
  if (const content::LearnEntry* entry = learn.find_entry(state.open_id)) {
    draw_entry(doc, learn, *entry, state, commands);
  } else if (const content::Myth* myth = learn.find_myth(state.open_id)) {
    draw_myth(doc, *myth, state, commands);
  } else if (const content::Exercise* exercise = learn.find_exercise(state.open_id)) {
    draw_exercise(*exercise, state);
  } else if (state.section == LearnSection::FoamRolling) {
    draw_foam_rolling(doc, frame, learn, state, commands);
  } else if (state.section == LearnSection::Planner) {
    draw_planner(doc, learn, state, commands);
  } else {
    state.page_open = false;
  }
}

}  // namespace

bool open_learn_page(const content::LearnContent& learn, std::string_view id, const biomech::Conditions& own,
                     LearnUiState& state, CommandQueue& commands) {
  const std::vector<LearnIndexItem> index = learn_index(learn);
  const auto item = std::find_if(index.begin(), index.end(), [&](const LearnIndexItem& i) { return i.id == id; });
  if (item == index.end()) return false;
  const auto view = document::page_view(learn, id, own, document::planned_conditions(own, state.transition_strike, state.transition_drop_mm));
  if (!view) return false;
  // A rolling spot opens the foam-rolling page with the spot marked.
  open_page(state, item->section, item->section == LearnSection::FoamRolling ? std::string() : item->id);
  commands.push(*view);
  return true;
}

std::optional<LearnSection> section_for_list(std::string_view list) {
  const std::pair<std::string_view, LearnSection> lists[] = {
      {"causes", LearnSection::Causes},       {"solutions", LearnSection::Solutions},
      {"prevention", LearnSection::Prevention}, {"myths", LearnSection::Myths},
      {"exercises", LearnSection::Exercises}, {"foam_rolling", LearnSection::FoamRolling},
      {"planner", LearnSection::Planner}};
  for (const auto& [name, section] : lists)
    if (name == list) return section;
  return std::nullopt;
}

const char* section_title(LearnSection section) {
  switch (section) {
    case LearnSection::Causes: return tr("learn.section.causes");
    case LearnSection::Solutions: return tr("learn.section.solutions");
    case LearnSection::Prevention: return tr("learn.section.prevention");
    case LearnSection::Myths: return tr("learn.section.myths");
    case LearnSection::Exercises: return tr("learn.section.exercises");
    case LearnSection::FoamRolling: return tr("learn.section.foam_rolling");
    case LearnSection::Planner: return tr("learn.section.planner");
  }
  return "";
}

content::PlannerThresholds planner_thresholds(const content::PlannerGuidance& guidance) {
  content::PlannerThresholds t;
  t.acwr_low = guidance.acwr_sweet_low;
  t.acwr_high = guidance.acwr_sweet_high;
  t.acwr_danger = guidance.acwr_danger;
  t.weekly_jump = guidance.weekly_jump;
  return t;
}

scene::RollingMap rolling_map(const content::FoamRolling& rolling) {
  scene::RollingMap map;
  map.roller_speed_m_s = rolling.roller_speed_cm_s * 0.01;
  for (const content::RollingSpot& spot : rolling.spots) {
    // Content validation refuses unknown targets; a spot without one would have nothing to lie on.
    if (const auto role = anatomy::role_from_id(spot.target))
      map.spots.push_back({spot.id, *role, spot.u, spot.v, spot.radius, spot.direction == "across"});
  }
  for (const content::AvoidZone& zone : rolling.avoid)
    if (const auto role = anatomy::role_from_id(zone.structure)) map.avoid.push_back(*role);
  return map;
}

std::vector<LearnIndexItem> learn_index(const content::LearnContent& learn) {
  std::vector<LearnIndexItem> index;
  auto add_entries = [&](LearnSection section, const std::vector<content::LearnEntry>& entries) {
    for (const content::LearnEntry& entry : entries) index.push_back({section, entry.id, entry.title});
  };
  add_entries(LearnSection::Causes, learn.causes);
  add_entries(LearnSection::Solutions, learn.solutions);
  add_entries(LearnSection::Prevention, learn.prevention);
  for (const content::Myth& myth : learn.myths) index.push_back({LearnSection::Myths, myth.id, myth.claim});
  for (const content::Exercise& exercise : learn.exercises) {
    index.push_back({LearnSection::Exercises, exercise.id, exercise.title});
  }
  index.push_back({LearnSection::FoamRolling, std::string(document::kFoamRollingPage), tr("learn.index.foam_rolling")});
  for (const content::RollingSpot& spot : learn.foam_rolling.spots) {
    index.push_back({LearnSection::FoamRolling, spot.id, spot.label});
  }
  index.push_back({LearnSection::Planner, std::string(document::kPlannerPage), tr("learn.index.planner")});
  return index;
}

void draw_learn_tab(const Document& doc, const scene::FrameSpec& frame, const content::LearnContent* learn,
                    LearnUiState& state, CommandQueue& commands) {
  if (!learn) {
    ImGui::TextWrapped("%s", tr("learn.unavailable"));
    return;
  }
  draw_safety(*learn);
  draw_view_status(doc, frame, *learn, state, commands);
  ImGui::BeginChild("learn_pages", ImVec2(0, 0), false);
  if (state.page_open) {
    draw_page(doc, frame, *learn, state, commands);
  } else {
    draw_index(doc, *learn, state, commands);
    state.open_section.reset();  // opened once; the reader may close it again
  }
  ImGui::EndChild();
}

}  // namespace soleus::ui
