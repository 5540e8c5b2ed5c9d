#pragma once
/// The A/B comparison's table: each summary number the Load tab and the report quote, for A and
/// for B, and the change from A to B in percent. The Load tab draws it; nothing here is new
/// science, only the strides' own summaries side by side.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biomech/stride.h"

namespace soleus::document {

struct CompareRow {
  std::string_view label;   ///< e.g. "Soleus peak" (English, as the report writes it)
  std::string_view key;     ///< its string table key for the screen, e.g. "compare.row.soleus_peak"
  std::string_view unit;    ///< e.g. "BW", "BW s", "%"
  double a = 0.0;           ///< A's value, in `unit`
  double b = 0.0;           ///< B's value, in `unit`
  std::optional<double> percent_change;  ///< 100 (b - a) / a; none when a is 0
};

/// Peak soleus force (BW), soleus impulse per step (BW s) and per km (BW s/km), the soleus's
/// share of the triceps surae at its peak (%) and its peak against capacity (%), in that order.
std::vector<CompareRow> compare_rows(const biomech::SolvedStride& a, const biomech::SolvedStride& b);
/// Every row's key, in that order, for the test that finds each in every language.
std::vector<std::string> compare_row_keys();

}  // namespace soleus::document
