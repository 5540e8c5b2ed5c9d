#include "document/show_me.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "biomech/muscles.h"
#include "biomech/parameters.h"

namespace soleus::document {
namespace {

using content::InputValue;

double number(const InputValue& value) {
  if (const auto* x = std::get_if<double>(&value)) return *x;
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? 1.0 : 0.0;
  return 0.0;
}

std::string fixed(double x, int decimals, const char* unit) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f%s", decimals, x, unit);
  return buffer;
}

// The mode a "Show me" runs in, by its id in the mode table (content checks the word).
ViewMode show_me_mode(const content::ShowMe& show_me) { return parse_view_mode(show_me.mode).value_or(ViewMode::Run); }

}  // namespace

CaseConditions conditions_for_case(const biomech::Conditions& current, const content::ShowMeCase& show_case) {
  biomech::Conditions c = current;
  const auto& set = show_case.set;
  // The shoe preset first: the case's plate and numbers (drop, stack, ...) then refine it.
  if (auto it = set.find(std::string(content::kShoeInput)); it != set.end()) {
    if (const auto* word = std::get_if<std::string>(&it->second)) {
      if (const biomech::ShoePresetInfo* preset = biomech::find_shoe_preset(*word)) c.shoe = preset->shoe;
    }
  }
  std::vector<biomech::GivenValue> values;
  for (const auto& [key, value] : set) {
    const auto* word = std::get_if<std::string>(&value);
    if (key == content::kPlateInput) {
      biomech::set_plate(c.shoe, number(value) > 0.5);
    } else if (const biomech::Parameter* parameter = biomech::find_content_parameter(key)) {
      if (!word) values.push_back({parameter, number(value)});
      else if (const auto preset = biomech::preset_value(*parameter, *word)) values.push_back({parameter, *preset});
    }
  }
  c = biomech::with_values(c, values);
  // After the values so that a speed in the same case is the one whose preferred cadence is scaled.
  if (auto it = set.find(std::string(content::kCadenceChangeInput)); it != set.end()) {
    c.runner.cadence_spm = biomech::preferred_cadence_spm(c.runner) * (1.0 + number(it->second));
  }
  return {c, biomech::validate(c)};
}

std::optional<double> metric_value(const biomech::StrideSummary& s, std::string_view key) {
  if (key == "peak_soleus_force_n") return s.peak_soleus_force_n;
  if (key == "peak_soleus_force_bw") return s.peak_soleus_force_bw;
  if (key == "peak_achilles_force_bw") return s.peak_achilles_force_bw;
  if (key == "peak_gastrocnemius_force_bw") return s.peak_gastrocnemius_force_bw;
  if (key == "soleus_share_at_peak") return s.soleus_share_at_peak;
  if (key == "soleus_impulse_per_step_bw_s") return s.soleus_impulse_per_step_bw_s;
  if (key == "soleus_impulse_per_km_bw_s") return s.soleus_impulse_per_km_bw_s;
  if (key == "peak_ankle_moment_nm_per_kg") return s.peak_ankle_moment_nm_per_kg;
  if (key == "peak_vgrf_bw") return s.peak_vgrf_bw;
  if (key == "contact_time_s") return s.contact_time_s;
  if (key == "step_length_m") return s.step_length_m;
  if (key == "peak_soleus_strain") return s.peak_soleus_strain;
  if (key == "soleus_capacity_ratio") return s.soleus_capacity_ratio;
  return std::nullopt;
}

const std::vector<std::string>& stretch_metric_keys() {
  static const std::vector<std::string> keys = {"stretch_soleus", "stretch_gastrocnemius_medial",
                                                "stretch_gastrocnemius_lateral"};
  return keys;
}

content::Phrase metric_label_phrase(std::string_view key) {
  const std::vector<std::string> keys = metric_label_keys();
  const std::string k = "metric." + std::string(key);
  if (std::find(keys.begin(), keys.end(), k) == keys.end()) return content::Phrase::text(std::string(key));
  return content::Phrase{k, {}, {}};
}

std::vector<std::string> metric_label_keys() {
  std::vector<std::string> keys;
  for (const std::string& key : content::allowed_metric_keys()) keys.push_back("metric." + key);
  for (const std::string& key : stretch_metric_keys()) keys.push_back("metric." + key);
  return keys;
}

std::string format_metric(std::string_view key, double value) {
  if (key == "peak_soleus_force_n") return fixed(value, 0, " N");
  if (key == "soleus_share_at_peak" || key == "soleus_capacity_ratio") return fixed(value * 100.0, 0, " %");
  if (key == "peak_soleus_strain" || key.substr(0, 8) == "stretch_") return fixed(value * 100.0, 1, " %");
  if (key == "soleus_impulse_per_step_bw_s") return fixed(value, 3, " BW s");
  if (key == "soleus_impulse_per_km_bw_s") return fixed(value, 0, " BW s");
  if (key == "peak_ankle_moment_nm_per_kg") return fixed(value, 2, " Nm/kg");
  if (key == "contact_time_s") return fixed(value * 1000.0, 0, " ms");
  if (key == "step_length_m") return fixed(value, 2, " m");
  return fixed(value, 2, " BW");
}

biomech::ExercisePose case_pose(const content::ShowMe& show_me, const content::ShowMeCase& show_case) {
  const std::string& id = show_case.pose.empty() ? show_me.pose : show_case.pose;
  return biomech::find_exercise_pose(id).value_or(biomech::ExercisePose::BentKneeStretch);
}

Comparison solve_comparison(const biomech::Conditions& current, const content::ShowMe& show_me) {
  Comparison table;
  const bool stretch = show_me_mode(show_me) == ViewMode::Stretch;
  if (show_me_mode(show_me) == ViewMode::FoamRolling) return table;
  table.metrics = stretch ? stretch_metric_keys() : show_me.metrics;
  for (const content::ShowMeCase& show_case : show_me.compare) {
    ComparisonColumn column;
    column.label = show_case.label;
    column.inputs_phrase = content::describe_case_phrase(show_case);
    const CaseConditions solved = conditions_for_case(current, show_case);
    column.conditions = solved.conditions;
    if (solved.error) {
      column.error = solved.error->message;
    } else if (stretch) {
      const biomech::ExerciseFrame deepest =
          biomech::deepest_frame(case_pose(show_me, show_case), solved.conditions.runner);
      const biomech::StretchState state = biomech::solve_stretch(deepest.joints, solved.conditions.runner);
      column.values.assign(state.strain.begin(), state.strain.end());
    } else {
      const biomech::StrideSummary summary = biomech::solve_stride(solved.conditions).summary;
      for (const std::string& key : table.metrics) column.values.push_back(metric_value(summary, key).value_or(0.0));
    }
    table.columns.push_back(std::move(column));
  }
  return table;
}

ShowPage case_view(const biomech::Conditions& own, const content::ShowMe& show_me, std::size_t case_index,
                             const std::string& page_id) {
  ShowPage page;
  page.id = page_id;
  page.mode = show_me_mode(show_me);
  page.view = scene::parse_view_preset(show_me.view);
  if (case_index < show_me.compare.size()) {
    const content::ShowMeCase& show_case = show_me.compare[case_index];
    const CaseConditions solved = conditions_for_case(own, show_case);
    if (!show_case.set.empty() && !solved.error) {
      page.conditions = solved.conditions;
      page.shown_case = static_cast<int>(case_index);
    }
    if (page.mode == ViewMode::Stretch) page.pose = case_pose(show_me, show_case);
  }
  return page;
}

biomech::Conditions planned_conditions(const biomech::Conditions& own, int strike, double drop_mm) {
  biomech::Conditions planned = own;
  const auto& strikes = biomech::strike_presets();
  planned.strike.strike_index = strikes[static_cast<std::size_t>(std::clamp(strike, 0, static_cast<int>(strikes.size()) - 1))].strike_index;
  planned.shoe.drop_m = drop_mm * 1e-3;
  return planned;
}

std::optional<ShowPage> page_view(const content::LearnContent& learn, std::string_view id,
                                            const biomech::Conditions& own, const biomech::Conditions& planned) {
  ShowPage page;
  page.id = std::string(id);
  auto show = [&](const std::optional<content::ShowMe>& show_me) {
    if (show_me && !show_me->compare.empty()) return case_view(own, *show_me, show_me->compare.size() - 1, page.id);
    return page;  // the runner's own stride, in the current view
  };
  if (id == kPlannerPage) {
    if (!biomech::validate(planned)) page.conditions = planned;
    return page;
  }
  if (id == kFoamRollingPage) {
    page.mode = ViewMode::FoamRolling;
    return page;
  }
  if (const content::LearnEntry* entry = learn.find_entry(id)) return show(entry->show_me);
  if (const content::Myth* myth = learn.find_myth(id)) return show(myth->show_me);
  if (const content::Exercise* exercise = learn.find_exercise(id)) {
    page.mode = ViewMode::Stretch;
    page.pose = biomech::find_exercise_pose(exercise->pose).value_or(biomech::ExercisePose::BentKneeStretch);
    // Stretches are seen from the inside of the leg, strength work from the side.
    page.view = exercise->kind == "stretch" ? scene::ViewPreset::Medial : scene::ViewPreset::Lateral;
    return page;
  }
  for (const content::RollingSpot& spot : learn.foam_rolling.spots) {
    if (spot.id != id) continue;
    page.mode = ViewMode::FoamRolling;
    page.spot = spot.id;
    return page;
  }
  return std::nullopt;
}

}  // namespace soleus::document
