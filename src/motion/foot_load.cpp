#include "motion/foot_load.h"

#include "motion/motion_error.h"

namespace soleus::motion {

FootLoad foot_load(const Table& grf, const FootLoadColumns& columns) {
  const auto vectors = [&](const std::string& prefix, const char* what, std::vector<glm::dvec3>& out) {
    const std::string named = std::string(what) + ", named by " + columns.source;
    const std::vector<double>& x = grf.column(prefix + "x", named);
    const std::vector<double>& y = grf.column(prefix + "y", named);
    const std::vector<double>& z = grf.column(prefix + "z", named);
    out.resize(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) out[i] = {x[i], y[i], z[i]};
  };
  FootLoad load;
  load.file = grf.file;
  load.time_s = grf.columns[0];
  vectors(columns.force_prefix, "the force on the foot", load.force_n);
  vectors(columns.point_prefix, "its point of application", load.point_m);
  if (!columns.torque_prefix.empty() && grf.find(columns.torque_prefix + "x")) {
    vectors(columns.torque_prefix, "its free torque", load.torque_nm);
  } else {
    load.torque_nm.assign(load.time_s.size(), glm::dvec3(0.0));
  }
  return load;
}

FootLoad foot_load_from_csv(const Table& csv) {
  const char* names[] = {"time", "Fx", "Fy", "Fz", "COPx", "COPz"};
  for (std::size_t i = 0; i < 6; ++i) {
    if (i >= csv.labels.size() || csv.labels[i] != names[i])
      fail_at(csv.file, csv.label_line,
              std::string("column ") + std::to_string(i + 1) + " must be " + names[i] + ": the header must be " +
                  kGrfCsvHeader + " (s, N, N, N, m, m)");
  }
  if (csv.labels.size() != 6)
    fail(csv.file, std::string("the header must be exactly ") + kGrfCsvHeader + " (got " +
                       std::to_string(csv.labels.size()) + " columns)");
  check_time(csv, 0);
  FootLoad load;
  load.file = csv.file;
  load.time_s = csv.columns[0];
  for (std::size_t i = 0; i < csv.rows(); ++i) {
    load.force_n.push_back({csv.columns[1][i], csv.columns[2][i], csv.columns[3][i]});
    load.point_m.push_back({csv.columns[4][i], 0.0, csv.columns[5][i]});
  }
  load.torque_nm.assign(csv.rows(), glm::dvec3(0.0));
  return load;
}

}  // namespace soleus::motion
