#include "document/compare_numbers.h"

namespace soleus::document {
namespace {

struct Quantity {
  std::string_view label, key, unit;
  double (*value)(const biomech::StrideSummary&);
};
constexpr Quantity kQuantities[] = {
    {"Soleus peak", "compare.row.soleus_peak", "BW",
     [](const biomech::StrideSummary& s) { return s.peak_soleus_force_bw; }},
    {"Impulse per step", "compare.row.impulse_per_step", "BW s",
     [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_step_bw_s; }},
    {"Impulse per km", "compare.row.impulse_per_km", "BW s",
     [](const biomech::StrideSummary& s) { return s.soleus_impulse_per_km_bw_s; }},
    {"Share of calf", "compare.row.share_of_calf", "%",
     [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_share_at_peak; }},
    {"Peak vs capacity", "compare.row.peak_vs_capacity", "%",
     [](const biomech::StrideSummary& s) { return 100.0 * s.soleus_capacity_ratio; }},
};

}  // namespace

std::vector<std::string> compare_row_keys() {
  std::vector<std::string> keys;
  for (const Quantity& q : kQuantities) keys.emplace_back(q.key);
  return keys;
}

std::vector<CompareRow> compare_rows(const biomech::SolvedStride& a, const biomech::SolvedStride& b) {
  std::vector<CompareRow> rows;
  for (const Quantity& q : kQuantities) {
    CompareRow row{q.label, q.key, q.unit, q.value(a.summary), q.value(b.summary), std::nullopt};
    if (row.a != 0.0) row.percent_change = 100.0 * (row.b - row.a) / row.a;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace soleus::document
