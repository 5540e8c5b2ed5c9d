#pragma once
/// Lookup in the small tables of rows with a unique `id` (parameters, presets, content entries).
#include <string_view>
#include <vector>

namespace soleus::core {

/// The row whose `id` equals `id`, or nullptr.
template <typename Row>
const Row* find_by_id(const std::vector<Row>& rows, std::string_view id) {
  for (const Row& row : rows) {
    if (row.id == id) return &row;
  }
  return nullptr;
}

}  // namespace soleus::core
