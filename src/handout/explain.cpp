#include "handout/explain.h"

#include <cmath>
#include <cstdio>

#include "biomech/parameters.h"

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

// "10 mm drop", with the strike's pattern word for the strike ("forefoot (0.83 of the foot)").
std::string value_words(const biomech::Parameter& p, const biomech::Conditions& c) {
  const double value = biomech::used_display_value(p, c);
  std::string words = biomech::in_words(p, value);
  if (p.group == biomech::ParameterGroup::kStrike)
    words = std::string(biomech::strike_pattern(c.strike.strike_index).id) + " strike (" + words + ")";
  return words;
}

std::string fixed(double x, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, x);
  return text;
}

}  // namespace

std::string change_percent_text(double a, double b) {
  if (a == 0.0) return "n/a";
  const double percent = 100.0 * (b - a) / std::abs(a);
  if (std::abs(percent) < 0.5) return "no change";
  return (percent > 0 ? "+" : "") + fixed(percent, 0) + " %";
}

std::vector<ExplainedChange> explain_changes(const biomech::SolvedStride& a, const biomech::SolvedStride& b,
                                             const content::LearnContent* learn) {
  std::vector<ExplainedChange> changes;
  const biomech::Conditions& ca = a.model.conditions;
  const biomech::Conditions& cb = b.model.conditions;
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.group == biomech::ParameterGroup::kModel) continue;  // sampling, not the runner
    const std::string from = value_words(p, ca);
    const std::string to = value_words(p, cb);
    if (from == to) continue;  // equal at the precision people read
    ExplainedChange change;
    change.what = std::string(p.label) + ": " + from + " \u2192 " + to + ".";
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
  result.what = "In the model, the soleus's peak force goes from " + fixed(sa.peak_soleus_force_bw, 2) + " to " +
                fixed(sb.peak_soleus_force_bw, 2) + " times body weight (" +
                change_percent_text(sa.peak_soleus_force_bw, sb.peak_soleus_force_bw) +
                ") and its load per kilometre from " + fixed(sa.soleus_impulse_per_km_bw_s, 0) + " to " +
                fixed(sb.soleus_impulse_per_km_bw_s, 0) + " body-weight seconds (" +
                change_percent_text(sa.soleus_impulse_per_km_bw_s, sb.soleus_impulse_per_km_bw_s) + ").";
  changes.push_back(std::move(result));
  return changes;
}

}  // namespace soleus::handout
