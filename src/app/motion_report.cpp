#include "app/motion_report.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/condition_args.h"
#include "app/summary_json.h"
#include "biomech/stride.h"
#include "motion/foot_load.h"
#include "motion/leg_kinematics.h"
#include "motion/measured_trial.h"
#include "motion/motion_error.h"
#include "motion/table.h"
#include "motion/trial_loads.h"

namespace soleus::app {
namespace {

// below this mean pelvis speed the trial is taken for treadmill running, its speed unknown [A]
constexpr double kOvergroundSpeedMps = 0.5;

struct MotionArgs {
  std::string motion, grf, grf_map;      // files ("" when not given)
  motion::Leg leg = motion::Leg::kRight;
  bool json = false;
  bool mass_given = false;               // --mass on the command line
  bool speed_given = false;              // --speed on the command line
  ConditionsBuilder conditions;
};

void motion_help(std::ostream& out) {
  out << "usage: soleus-lab report --motion KIN.sto --grf GRF.mot [--grf-map LOADS.xml] [--mass KG]\n"
         "                         [--leg r|l] [--json] [conditions]\n"
         "Loads of a measured running trial, one entry per stance of the chosen leg (docs/motion-import.md).\n"
         "  --motion FILE        OpenSim coordinates (.mot/.sto; degrees or radians; either knee sign)\n"
         "  --grf FILE           ground reaction forces: OpenSim .mot/.sto, or a CSV with the header\n"
         "                       "
      << motion::kGrfCsvHeader
      << " (s, N, N, N, m, m)\n"
         "  --grf-map FILE       OpenSim external-loads XML: which GRF columns are which foot's\n"
         "                       (default: the R_ground_force_* and L_ground_force_* columns)\n"
         "  --mass KG            body mass (else a 'mass=KG' header line of either file)\n"
         "  --leg r|l            the leg analysed (default r)\n"
         "  --height M           stature the leg's segment lengths are scaled to (default 1.75)\n"
         "  --speed M/S          running speed, for step length and per-km numbers (default: the\n"
         "                       pelvis's speed when it moves overground; unknown on a treadmill)\n"
         "  --json               print one JSON object\n";
}

// Mean over the stances of every number (nested objects alike); null where any stance has null;
// a flag is true when any stance's is.
nlohmann::ordered_json mean_json(const std::vector<nlohmann::ordered_json>& items) {
  nlohmann::ordered_json mean = nlohmann::ordered_json::object();
  for (const auto& [key, first] : items.front().items()) {
    if (first.is_object()) {
      std::vector<nlohmann::ordered_json> children;
      for (const auto& item : items) children.push_back(item[key]);
      mean[key] = mean_json(children);
    } else if (first.is_boolean()) {
      bool any = false;
      for (const auto& item : items) any = any || item[key].get<bool>();
      mean[key] = any;
    } else if (first.is_number()) {
      double sum = 0.0;
      bool known = true;
      for (const auto& item : items) {
        known = known && item[key].is_number();
        if (known) sum += item[key].get<double>();
      }
      mean[key] = known ? nlohmann::ordered_json(sum / static_cast<double>(items.size())) : nlohmann::ordered_json(nullptr);
    } else {
      mean[key] = nullptr;
    }
  }
  return mean;
}

nlohmann::ordered_json stance_json(const motion::MeasuredStance& stance, bool speed_known) {
  const biomech::StrideSummary& s = stance.summary;
  nlohmann::ordered_json j;
  j["contact_s"] = stance.contact_s;
  j["toe_off_s"] = stance.toe_off_s;
  const nlohmann::ordered_json generated_keys = summary_json(s);
  for (const auto& [key, value] : generated_keys.items()) j[key] = value;
  const double tc = s.contact_time_s;
  // what a generated stride gives and these files do not
  j["impact_peak_bw"] = nullptr;          // the measured force is not split into impact and active parts
  j["foot_strike_angle_deg"] = nullptr;   // the foot's pitch is not computed from the coordinates
  if (!stance.timing_known) {
    for (const char* key : {"cadence_spm", "step_time_s", "stride_time_s", "aerial_time_s", "events_phase"}) j[key] = nullptr;
  }
  if (!stance.timing_known || !speed_known) {
    for (const char* key : {"step_length_m", "steps_per_km", "soleus_impulse_per_km_bw_s", "soleus_impulse_per_week_bw_s"})
      j[key] = nullptr;
  }
  // the triceps surae pulls on the Achilles tendon: its force is the three muscles' sum
  j["peak_soleus_pct_stance"] = 100.0 * s.time_of_peak_soleus_s / tc;
  j["peak_triceps_surae_force_bw"] = s.peak_achilles_force_bw;
  j["peak_triceps_surae_pct_stance"] = 100.0 * s.time_of_peak_achilles_s / tc;
  j["peak_vgrf_pct_stance"] = 100.0 * stance.peak_vgrf_time_s / tc;
  j["ankle_height_at_vgrf_peak_m"] = stance.ankle_height_at_peak_m;
  return j;
}

void write_text(const nlohmann::ordered_json& report, std::ostream& out) {
  out << std::fixed << std::setprecision(2);
  out << "Measured trial, " << report["leg"].get<std::string>() << " leg, " << report["body_mass_kg"].get<double>()
      << " kg; knee " << report["knee_convention"].get<std::string>() << "\n";
  for (const auto& stance : report["stances"]) {
    out << "  stance " << std::setprecision(3) << stance["contact_s"].get<double>() << "-"
        << stance["toe_off_s"].get<double>() << " s: " << std::setprecision(2) << "soleus "
        << stance["peak_soleus_force_bw"].get<double>() << " BW at " << std::setprecision(0)
        << stance["peak_soleus_pct_stance"].get<double>() << " %, triceps surae " << std::setprecision(2)
        << stance["peak_triceps_surae_force_bw"].get<double>() << " BW at " << std::setprecision(0)
        << stance["peak_triceps_surae_pct_stance"].get<double>() << " %, ankle moment " << std::setprecision(2)
        << stance["peak_ankle_moment_nm_per_kg"].get<double>() << " N m/kg, vGRF "
        << stance["peak_vgrf_bw"].get<double>() << " BW\n";
  }
  for (const auto& skipped : report["skipped_stances"]) {
    out << "  skipped " << std::setprecision(3) << skipped["contact_s"].get<double>() << " s: "
        << skipped["reason"].get<std::string>() << "\n";
  }
}

int analyse(MotionArgs& args, std::ostream& out, std::ostream& err) {
  const motion::Table kinematics_table = motion::read_table(args.motion);
  const motion::Table grf = motion::read_table(args.grf);
  const bool csv = motion::is_csv_path(args.grf);
  std::string mass_from = "--mass";
  if (!args.mass_given) {
    const std::optional<double> file_mass = kinematics_table.body_mass_kg ? kinematics_table.body_mass_kg : grf.body_mass_kg;
    if (!file_mass) {
      err << "soleus-lab report: no body mass: give --mass KG (or a 'mass=KG' header line in " << args.motion << " or "
          << args.grf << ")\n";
      return kExitBadInput;
    }
    args.conditions.set_value(*biomech::find_parameter("mass"), *file_mass);
    mass_from = kinematics_table.body_mass_kg ? args.motion : args.grf;
  }
  biomech::Conditions conditions;
  if (auto error = args.conditions.build(conditions)) {
    err << "soleus-lab report: " << *error << '\n';
    return kExitBadInput;
  }

  if (csv && !args.grf_map.empty()) {
    err << "soleus-lab report: --grf-map names OpenSim GRF columns; " << args.grf << " is the simple CSV ("
        << motion::kGrfCsvHeader << "), one foot: drop --grf-map\n";
    return kExitBadInput;
  }
  const motion::TrialLoads loads = motion::read_trial_loads(grf, args.grf, args.grf_map, args.leg);

  const motion::LegKinematics kinematics = motion::leg_kinematics(kinematics_table, args.leg, conditions.runner.height_m);
  std::optional<double> speed;
  std::string speed_from;
  if (args.speed_given) {
    speed = conditions.runner.speed_mps;
    speed_from = "--speed";
  } else if (std::abs(kinematics.pelvis_speed_mps()) > kOvergroundSpeedMps) {
    speed = std::abs(kinematics.pelvis_speed_mps());
    speed_from = "the pelvis's mean speed";
  }
  const biomech::StrideModel model = biomech::build_stride_model(conditions);
  const motion::MeasuredTrial trial = motion::analyse_trial(kinematics, loads.load, loads.other ? &*loads.other : nullptr, model, speed);

  nlohmann::ordered_json report;
  report["source"] = "measured";
  report["motion_file"] = args.motion;
  report["grf_file"] = args.grf;
  report["grf_map"] = args.grf_map.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(args.grf_map);
  report["leg"] = std::string(motion::leg_name(args.leg));
  report["body_mass_kg"] = conditions.runner.body_mass_kg;
  report["body_mass_from"] = mass_from;
  report["height_m"] = conditions.runner.height_m;
  report["knee_convention"] = motion::knee_convention_text(kinematics.knee);
  report["angles"] = std::string(kinematics.in_degrees ? "degrees" : "radians") +
                     (kinematics.unit_inferred ? " (inferred from the values)" : " (as the header says)");
  report["contact_threshold_n"] = motion::kContactThresholdN;
  report["speed_mps"] = speed ? nlohmann::ordered_json(*speed) : nlohmann::ordered_json(nullptr);
  report["speed_from"] = speed ? nlohmann::ordered_json(speed_from) : nlohmann::ordered_json(nullptr);
  report["ankle_centre"] = "gait2392 chain from the pelvis, scaled to height_m";
  std::vector<nlohmann::ordered_json> stances;
  for (const motion::MeasuredStance& stance : trial.stances) stances.push_back(stance_json(stance, speed.has_value()));
  report["stances"] = stances;
  report["mean"] = mean_json(stances);
  report["mean"].erase("contact_s");
  report["mean"].erase("toe_off_s");
  report["skipped_stances"] = nlohmann::ordered_json::array();
  for (const motion::SkippedStance& s : trial.skipped)
    report["skipped_stances"].push_back({{"contact_s", s.contact_s}, {"toe_off_s", s.toe_off_s}, {"reason", s.reason}});
  if (args.json) {
    out << report.dump(2) << '\n';
  } else {
    write_text(report, out);
  }
  return 0;
}

}  // namespace

bool is_motion_report(const std::vector<std::string>& args) {
  return std::any_of(args.begin(), args.end(), [](const std::string& a) {
    return a == "--motion" || a == "--grf" || a == "--grf-map" || a == "--leg";
  });
}

int run_motion_report(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  MotionArgs args;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& arg = arguments[i];
    const auto value = [&]() -> std::optional<std::string> {
      if (i + 1 < arguments.size()) return arguments[++i];
      return std::nullopt;
    };
    if (arg == "--help" || arg == "-h") {
      motion_help(out);
      return 0;
    }
    if (arg == "--json") {
      args.json = true;
    } else if (arg == "--motion" || arg == "--grf" || arg == "--grf-map") {
      const std::optional<std::string> file = value();
      if (!file || file->empty()) {
        err << "soleus-lab report: " << arg << " needs a file name\n";
        return kExitBadInput;
      }
      (arg == "--motion" ? args.motion : arg == "--grf" ? args.grf : args.grf_map) = *file;
    } else if (arg == "--leg") {
      const std::optional<std::string> text = value();
      const std::optional<motion::Leg> leg = text ? motion::parse_leg(*text) : std::nullopt;
      if (!leg) {
        err << "soleus-lab report: leg must be r or l (got '" << text.value_or("") << "')\n";
        return kExitBadInput;
      }
      args.leg = *leg;
    } else if (is_condition_flag(arg)) {
      args.mass_given = args.mass_given || arg == "--mass";
      args.speed_given = args.speed_given || arg == "--speed";
      if (auto error = apply_condition_flag(arg, value, args.conditions)) {
        err << "soleus-lab report: " << *error << '\n';
        return kExitBadInput;
      }
    } else {
      err << "soleus-lab report: " << arg << " does not apply to a measured trial (see report --motion --help)\n";
      return kExitBadInput;
    }
  }
  if (args.motion.empty() || args.grf.empty()) {
    err << "soleus-lab report: a measured trial needs both --motion KIN.sto (joint angles) and --grf GRF.mot "
           "(ground reaction forces)\n";
    return kExitBadInput;
  }
  try {
    return analyse(args, out, err);
  } catch (const motion::MotionError& e) {
    err << "soleus-lab report: " << e.what() << '\n';
    return kExitBadInput;
  }
}

}  // namespace soleus::app
