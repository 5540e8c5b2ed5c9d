#include "biomech/stride_csv.h"

#include <sstream>

#include "core/units.h"

namespace soleus::biomech {
namespace {

using core::rad_to_deg;

constexpr const char* kColumns =
    "time [s],phase [0-1],stance [0/1],hip flexion [deg],knee flexion [deg],"
    "ankle dorsiflexion [deg],subtalar inversion [deg],mtp dorsiflexion [deg],"
    "foot pitch [deg],heel height [m],ball height [m],vertical grf [N],horizontal grf [N],"
    "cop from heel [m],cop [fraction of foot],ankle moment [N m],achilles moment arm [mm],"
    "achilles force [N],soleus force [N],gastrocnemius medial force [N],"
    "gastrocnemius lateral force [N],soleus strain [-],gastrocnemius medial strain [-],"
    "gastrocnemius lateral strain [-],soleus activation [-],deep plantarflexor moment [N m]\n";

// The rows of one stride, each after `prefix` ("" or "A,").
void write_rows(const SolvedStride& stride, const char* prefix, std::ostream& out) {
  for (const StrideSample& x : stride.samples) {
    out << prefix << x.time_s << ',' << x.phase << ',' << (x.stance ? 1 : 0) << ',' << rad_to_deg(x.hip_flexion_rad)
        << ',' << rad_to_deg(x.knee_flexion_rad) << ',' << rad_to_deg(x.ankle_dorsiflexion_rad) << ','
        << rad_to_deg(x.subtalar_inversion_rad) << ',' << rad_to_deg(x.mtp_dorsiflexion_rad) << ','
        << rad_to_deg(x.foot_pitch_rad) << ',' << x.heel_height_m << ',' << x.ball_height_m << ','
        << x.vertical_grf_n << ',' << x.horizontal_grf_n << ',' << x.cop_from_heel_m << ',' << x.cop_fraction << ','
        << x.ankle_moment_nm << ',' << core::m_to_mm(x.achilles_moment_arm_m) << ',' << x.achilles_force_n << ','
        << x.muscle_force_n[0] << ',' << x.muscle_force_n[1] << ',' << x.muscle_force_n[2] << ','
        << x.muscle_strain[0] << ',' << x.muscle_strain[1] << ',' << x.muscle_strain[2] << ',' << x.activation[0]
        << ',' << x.deep_moment_nm << '\n';
  }
}

}  // namespace

std::string stride_csv(const SolvedStride& a, const SolvedStride* b) {
  std::ostringstream out;
  out << (b ? "condition [A/B]," : "") << kColumns;
  out.precision(6);
  write_rows(a, b ? "A," : "", out);
  if (b) write_rows(*b, "B,", out);
  return out.str();
}

}  // namespace soleus::biomech
