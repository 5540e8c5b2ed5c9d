#include "motion/trial_loads.h"

#include <vector>

#include "motion/external_loads.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

// The other foot's load, when the files name it (for the step time).
std::optional<FootLoad> other_foot(const Table& grf, const std::vector<FootLoadColumns>& map, Leg leg) {
  const Leg other = other_leg(leg);
  for (const FootLoadColumns& columns : map) {
    if (columns.leg == other) return foot_load(grf, columns);
  }
  if (map.empty()) {
    if (auto columns = conventional_columns(other, grf.labels)) return foot_load(grf, *columns);
  }
  return std::nullopt;
}

}  // namespace

TrialLoads read_trial_loads(const Table& grf, const std::string& grf_path, const std::string& grf_map_path, Leg leg) {
  if (is_csv_path(grf_path)) {
    if (!grf_map_path.empty())
      fail(grf_map_path, "a map names OpenSim GRF columns; " + grf_path + " is the simple CSV (" + kGrfCsvHeader +
                             "), one foot: leave the map out");
    return {foot_load_from_csv(grf), std::nullopt};
  }
  std::vector<FootLoadColumns> map;
  if (!grf_map_path.empty()) map = read_external_loads(grf_map_path);
  std::optional<FootLoadColumns> columns;
  for (const FootLoadColumns& c : map) {
    if (c.leg == leg) columns = c;
  }
  if (!map.empty() && !columns)
    fail(grf_map_path, "no force on the " + std::string(leg_name(leg)) + " foot (calcn_" + std::string(leg_suffix(leg)) + ")");
  if (map.empty()) columns = conventional_columns(leg, grf.labels);
  if (!columns)
    fail(grf_path, "cannot tell which columns are the " + std::string(leg_name(leg)) + " foot's (no " +
                       (leg == Leg::kRight ? "R" : "L") + "_ground_force_vy column): give --grf-map LOADS.xml");
  return {foot_load(grf, *columns), other_foot(grf, map, leg)};
}

}  // namespace soleus::motion
