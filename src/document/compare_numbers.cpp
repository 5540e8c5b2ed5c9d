#include "document/compare_numbers.h"

namespace soleus::document {

std::vector<CompareRow> compare_rows(const biomech::SolvedStride& a, const biomech::SolvedStride& b) {
  struct Quantity {
    std::string_view label, unit;
    double (*value)(const biomech::StrideSummary&);
  };
  static constexpr Quantity kQuantities[] = {
      {"Soleus peak", "BW", [](const biomech::StrideSummary& s) { return s.peak_soleus_force_bw; }},
      {"Impulse per step", "BW s", [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_step_bw_s; }},
      {"Impulse per km", "BW s", [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_km_bw_s; }},
      {"Share of calf", "%", [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_share_at_peak; }},
      {"Peak vs capacity", "%", [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_capacity_ratio; }},
  };
  std::vector<CompareRow> rows;
  for (const Quantity& q : kQuantities) {
    CompareRow row{q.label, q.unit, q.value(a.summary), q.value(b.summary), std::nullopt};
    if (row.a != 0.0) row.percent_change = 100.0 * (row.b - row.a) / row.a;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace soleus::document
