#include "handout/explain.h"

#include <cmath>
#include <cstdio>

#include "handout/html.h"

namespace soleus::handout {
namespace {

bool teaches(const std::optional<content::ShowMe>& show_me, std::string_view key) {
  if (!show_me) return false;
  for (const content::ShowMeCase& c : show_me->compare)
    if (c.set.count(std::string(key)) > 0) return true;
  return false;
}

// The first Learn entry that demonstrates this input: causes, then solutions, then prevention.
const content::LearnEntry* entry_for(const content::LearnContent& learn, std::string_view key) {
  for (const auto* list : {&learn.causes, &learn.solutions, &learn.prevention})
    for (const content::LearnEntry& entry : *list)
      if (teaches(entry.show_me, key)) return &entry;
  return nullptr;
}

// "10 mm drop", with the strike's pattern words for the strike ("forefoot strike (strike index 0.83)").
std::string value_words(const biomech::Parameter& p, const biomech::Conditions& c, const content::Strings& strings) {
  const double value = biomech::used_display_value(p, c);
  const std::string words = parameter_words(p, value, strings);
  if (p.group != biomech::ParameterGroup::kStrike) return words;
  return strings.format("handout.changes.strike", {{"strike", strike_words(c.strike.strike_index, strings)},
                                                   {"value", words}});
}

}  // namespace

std::string parameter_name(const biomech::Parameter& p, const content::Strings& strings) {
  const std::string key = "param." + std::string(p.id);
  return strings.contains(key) ? strings.get(key) : std::string(p.label);
}

std::string parameter_words(const biomech::Parameter& p, double display, const content::Strings& strings) {
  const std::string key = "param." + std::string(p.id) + ".words";
  if (!strings.contains(key)) return biomech::in_words(p, display);
  return strings.format(key, {{"value", biomech::number_text(display, p.decimals)}});
}

std::string strike_words(double strike_index, const content::Strings& strings) {
  // handout.strike.rearfoot, handout.strike.midfoot, handout.strike.forefoot
  return strings.get("handout.strike." + std::string(biomech::strike_pattern(strike_index).id));
}

std::string change_percent_text(double a, double b, const content::Strings& strings) {
  if (a == 0.0) return strings.get("handout.change.na");
  const double percent = 100.0 * (b - a) / std::abs(a);
  if (std::abs(percent) < 0.5) return strings.get("handout.change.none");
  return (percent > 0 ? "+" : "") + fixed(percent, 0) + " %";
}

std::vector<ExplainedChange> explain_changes(const biomech::SolvedStride& a, const biomech::SolvedStride& b,
                                             const content::LearnContent* learn, const content::Strings& strings) {
  std::vector<ExplainedChange> changes;
  const biomech::Conditions& ca = a.model.conditions;
  const biomech::Conditions& cb = b.model.conditions;
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.group == biomech::ParameterGroup::kModel) continue;  // sampling, not the runner
    const std::string from = value_words(p, ca, strings);
    const std::string to = value_words(p, cb, strings);
    if (from == to) continue;  // equal at the precision people read
    ExplainedChange change;
    change.what = strings.format("handout.changes.parameter",
                                 {{"parameter", parameter_name(p, strings)}, {"from", from}, {"to", to}});
    if (const content::LearnEntry* entry = learn ? entry_for(*learn, p.content_key) : nullptr;
        entry && !p.content_key.empty()) {
      change.source_title = entry->title;
      change.why = entry->summary + (entry->paragraphs.empty() ? "" : " " + entry->paragraphs.front());
      change.evidence = entry->evidence;
    }
    changes.push_back(std::move(change));
  }
  const biomech::StrideSummary& sa = a.summary;
  const biomech::StrideSummary& sb = b.summary;
  ExplainedChange result;
  result.what = strings.format(
      "handout.changes.result",
      {{"peak_a", fixed(sa.peak_soleus_force_bw, 2)},
       {"peak_b", fixed(sb.peak_soleus_force_bw, 2)},
       {"peak_change", change_percent_text(sa.peak_soleus_force_bw, sb.peak_soleus_force_bw, strings)},
       {"km_a", fixed(sa.soleus_impulse_per_km_bw_s, 0)},
       {"km_b", fixed(sb.soleus_impulse_per_km_bw_s, 0)},
       {"km_change", change_percent_text(sa.soleus_impulse_per_km_bw_s, sb.soleus_impulse_per_km_bw_s, strings)}});
  changes.push_back(std::move(result));
  return changes;
}

}  // namespace soleus::handout
