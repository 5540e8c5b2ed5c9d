#pragma once
/// The solved stride's time series as CSV text: one row per sample, a header row whose column
/// names carry their units ("soleus force [N]"). `report --csv`, the app's Export menu and the
/// coach's compare report write it.
///
/// With a second condition the table is "long": a first column `condition` says A or B for each
/// row, A's rows first, then B's. The two strides need not share a sample time (a faster cadence
/// is a shorter stride), so rows are never paired; a spreadsheet filters or pivots on the column.
#include <string>

#include "biomech/stride.h"

namespace soleus::biomech {

/// The CSV of `a` alone (b == nullptr), or of `a` and `b` with the condition column.
std::string stride_csv(const SolvedStride& a, const SolvedStride* b = nullptr);

}  // namespace soleus::biomech
