#pragma once
/// Window-less subcommands of soleus-lab: `report` (one solved stride as text, JSON or CSV)
/// and `stretch` (static calf strains in a pose). main() passes everything after the
/// subcommand name. Both return 0 on success, 2 on invalid input (one line on `err` naming the
/// parameter and its range, nothing written to `out` and no file created), 1 if a file cannot
/// be written.
#include <ostream>
#include <string>
#include <vector>

namespace soleus::app {

/// `soleus-lab report [--preset FILE] [--compare FILE [FILE]] [condition flags] [--json | --csv FILE] [--help]`.
/// --preset starts from a scenario file's conditions (flags override it); --compare solves two
/// (A.json B.json; --preset A.json --compare B.json; or one file with a "compare" block) and with
/// --json prints {"a": ..., "b": ..., "change_percent": ...}: a and b exactly what --json prints
/// for each, change_percent B's change from A in % for every number (null where A is 0). A bad
/// scenario file is invalid input (2), its message naming the file, the field and the reason.
/// --json prints one object with the contract keys (peak_soleus_force_n, peak_soleus_force_bw,
/// time_of_peak_soleus_s, peak_achilles_force_bw, peak_gastrocnemius_force_bw,
/// soleus_share_at_peak, soleus_impulse_per_step_bw_s, soleus_impulse_per_km_bw_s,
/// peak_ankle_moment_nm_per_kg, peak_vgrf_bw, contact_time_s, step_length_m, steps_per_km,
/// peak_soleus_strain, soleus_capacity_ratio) and more, among them capacity_exceeded (true when
/// the calf cannot give the ankle moment the stride asks, the forces then capped) and
/// capacity_shortfall_nm (the largest moment it cannot give, N m) and deep_plantarflexor_share_at_peak
/// (what the tibialis posterior, long toe flexors and fibulares carry of the peak moment); --csv writes the time series with a
/// header row whose column names carry their units.
int run_report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// `soleus-lab stretch --knee-flexion DEG --ankle-dorsiflexion DEG [--json] [runner flags]`.
/// JSON keys: soleus_strain, gastrocnemius_medial_strain, gastrocnemius_lateral_strain, and
/// the dorsiflexion limit in that knee position with the muscle that sets it.
int run_stretch_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace soleus::app
