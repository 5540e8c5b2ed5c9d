#pragma once
/// The chosen foot's ground reaction (and the other foot's, when the file has it) from a GRF
/// file: an OpenSim .mot/.sto with an optional external-loads XML that names the columns, or
/// the simple one-foot CSV (motion/foot_load.h). The report and the app's import read it alike.
#include <optional>
#include <string>

#include "motion/foot_load.h"
#include "motion/leg.h"
#include "motion/table.h"

namespace soleus::motion {

struct TrialLoads {
  FootLoad load;                  // the chosen foot's
  std::optional<FootLoad> other;  // the other foot's, when the file has it (for the step time)
};

/// `grf` is the table read from `grf_path`; `grf_map_path` "" when none. Throws MotionError naming
/// the file and why: a map with a CSV, no force on the chosen foot, no columns for it.
TrialLoads read_trial_loads(const Table& grf, const std::string& grf_path, const std::string& grf_map_path, Leg leg);

}  // namespace soleus::motion
