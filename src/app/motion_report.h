#pragma once
/// `soleus-lab report --motion KIN.sto --grf GRF.mot [--grf-map LOADS.xml] [--mass KG]
/// [--leg r|l] [--json] [condition flags]`: the loads of a measured running trial, one entry per
/// stance of the chosen leg (motion/measured_trial.h) with the keys of a generated stride's
/// report, plus their mean. Body mass from --mass, else a "mass=KG" header line of either file.
/// Returns 0, or 2 for bad input (one line on `err` naming the file, line and reason, or the flag).
#include <ostream>
#include <string>
#include <vector>

namespace soleus::app {

/// True when the arguments ask for a measured trial (--motion or --grf).
bool is_motion_report(const std::vector<std::string>& args);

int run_motion_report(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace soleus::app
