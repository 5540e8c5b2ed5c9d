#pragma once
/// The report's JSON for one stride summary: the contract keys of `report --json` (issue 4)
/// and the extras, shared by a generated stride and each stance of a measured trial.
#include <nlohmann/json.hpp>

#include "biomech/stride.h"

namespace soleus::app {

nlohmann::ordered_json summary_json(const biomech::StrideSummary& summary);

}  // namespace soleus::app
