#include "app/summary_json.h"

#include "core/units.h"

namespace soleus::app {

using core::rad_to_deg;

nlohmann::ordered_json summary_json(const biomech::StrideSummary& s) {
  nlohmann::ordered_json j;
  // contract keys (issue 4)
  j["peak_soleus_force_n"] = s.peak_soleus_force_n;
  j["peak_soleus_force_bw"] = s.peak_soleus_force_bw;
  j["time_of_peak_soleus_s"] = s.time_of_peak_soleus_s;
  j["peak_achilles_force_bw"] = s.peak_achilles_force_bw;
  j["peak_gastrocnemius_force_bw"] = s.peak_gastrocnemius_force_bw;
  j["soleus_share_at_peak"] = s.soleus_share_at_peak;
  j["soleus_impulse_per_step_bw_s"] = s.soleus_impulse_per_step_bw_s;
  j["soleus_impulse_per_km_bw_s"] = s.soleus_impulse_per_km_bw_s;
  j["peak_ankle_moment_nm_per_kg"] = s.peak_ankle_moment_nm_per_kg;
  j["peak_vgrf_bw"] = s.peak_vgrf_bw;
  j["contact_time_s"] = s.contact_time_s;
  j["step_length_m"] = s.step_length_m;
  j["steps_per_km"] = s.steps_per_km;
  j["peak_soleus_strain"] = s.peak_soleus_strain;
  j["soleus_capacity_ratio"] = s.soleus_capacity_ratio;
  // extras
  j["soleus_impulse_per_week_bw_s"] = s.soleus_impulse_per_week_bw_s;
  j["achilles_impulse_per_step_bw_s"] = s.achilles_impulse_per_step_bw_s;
  j["peak_achilles_force_n"] = s.peak_achilles_force_n;
  j["time_of_peak_achilles_s"] = s.time_of_peak_achilles_s;
  j["achilles_moment_arm_at_peak_mm"] = core::m_to_mm(s.achilles_moment_arm_at_peak_m);
  j["peak_achilles_strain"] = s.peak_achilles_strain;
  j["soleus_max_force_n"] = s.soleus_max_force_n;
  j["peak_soleus_activation"] = s.peak_soleus_activation;
  j["deep_plantarflexor_share_at_peak"] = s.deep_plantarflexor_share_at_peak;
  // a moment, not a force: it is the part of the GRF's ankle moment that no tendon force supplies
  j["capacity_exceeded"] = s.capacity_exceeded;
  j["capacity_shortfall_nm"] = s.capacity_shortfall_nm;
  j["impact_peak_bw"] = s.impact_peak_bw;
  j["peak_braking_bw"] = s.peak_braking_bw;
  j["cadence_spm"] = s.cadence_spm;
  j["step_time_s"] = s.step_time_s;
  j["stride_time_s"] = s.stride_time_s;
  j["aerial_time_s"] = s.aerial_time_s;
  j["foot_strike_angle_deg"] = rad_to_deg(s.foot_strike_angle_rad);
  j["peak_stance_dorsiflexion_deg"] = rad_to_deg(s.peak_stance_dorsiflexion_rad);
  j["ankle_dorsiflexion_limit_deg"] = rad_to_deg(s.ankle_dorsiflexion_limit_rad);
  j["events_phase"] = {{"initial_contact", s.initial_contact_phase},
                       {"midstance", s.midstance_phase},
                       {"peak_soleus", s.peak_soleus_phase},
                       {"toe_off", s.toe_off_phase}};
  return j;
}

}  // namespace soleus::app
