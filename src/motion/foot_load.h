#pragma once
/// The ground reaction on one foot over time, in the OpenSim ground frame: x forward (the
/// running direction), y up, z to the right. Read from an OpenSim GRF file with the columns an
/// external-loads file (or the R_/L_ convention) names, or from the simple CSV
/// `time,Fx,Fy,Fz,COPx,COPz` (s, N, N, N, m, m; the centre of pressure on the floor, y = 0).
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "motion/external_loads.h"
#include "motion/table.h"

namespace soleus::motion {

struct FootLoad {
  std::string file;                  // where it was read from, for messages
  std::vector<double> time_s;        // sample times (s), strictly increasing
  std::vector<glm::dvec3> force_n;   // ground reaction force on the foot (N, ground frame)
  std::vector<glm::dvec3> point_m;   // centre of pressure (m, ground frame)
  std::vector<glm::dvec3> torque_nm; // free torque about the centre of pressure (N m, ground frame; 0 if none given)
};

/// The foot's columns of an OpenSim GRF table. Throws MotionError naming the missing column and
/// who named it.
FootLoad foot_load(const Table& grf, const FootLoadColumns& columns);

/// The simple CSV's header, in order.
inline constexpr const char* kGrfCsvHeader = "time,Fx,Fy,Fz,COPx,COPz";

/// A table read from the simple CSV (one foot). Throws MotionError for another header.
FootLoad foot_load_from_csv(const Table& csv);

}  // namespace soleus::motion
