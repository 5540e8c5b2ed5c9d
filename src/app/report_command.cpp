#include "app/report_command.h"

#include <cmath>
#include <iomanip>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/condition_args.h"
#include "app/motion_report.h"
#include "app/summary_json.h"
#include "biomech/muscles.h"
#include "biomech/parameters.h"
#include "biomech/stride.h"
#include "biomech/stride_csv.h"
#include "core/files.h"
#include "core/units.h"
#include "document/scenario.h"

namespace soleus::app {
namespace {

using core::rad_to_deg;

constexpr int kCannotWrite = 1;

std::string strike_name(double strike_index) { return std::string(biomech::strike_pattern(strike_index).id); }

// Every parameter with a report key as the model used it (the preferred cadence for an automatic
// one), the strike also as its pattern word.
nlohmann::ordered_json conditions_json(const biomech::Conditions& c) {
  nlohmann::ordered_json j;
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.report_key.empty()) continue;
    j[std::string(p.report_key)] = biomech::used_display_value(p, c);
    if (p.group == biomech::ParameterGroup::kStrike) j["strike_pattern"] = strike_name(c.strike.strike_index);
  }
  return j;
}

nlohmann::ordered_json stride_json(const biomech::SolvedStride& stride) {
  nlohmann::ordered_json j = summary_json(stride.summary);
  j["conditions"] = conditions_json(stride.model.conditions);
  return j;
}

void write_text(const biomech::SolvedStride& stride, std::ostream& out) {
  const biomech::StrideSummary& s = stride.summary;
  const biomech::Conditions& c = stride.model.conditions;
  out << std::fixed << std::setprecision(2);
  out << "Stride at " << c.runner.speed_mps << " m/s, " << std::setprecision(0) << s.cadence_spm
      << " steps/min, " << strike_name(c.strike.strike_index) << " strike\n";
  out << std::setprecision(2);
  out << "  peak soleus force      " << s.peak_soleus_force_bw << " BW (" << std::setprecision(0)
      << s.peak_soleus_force_n << " N) at " << std::setprecision(3) << s.time_of_peak_soleus_s << " s\n";
  out << std::setprecision(2);
  out << "  peak Achilles force    " << s.peak_achilles_force_bw << " BW\n";
  out << "  peak gastrocnemius     " << s.peak_gastrocnemius_force_bw << " BW (both heads)\n";
  out << "  soleus share at peak   " << 100.0 * s.soleus_share_at_peak << " %\n";
  out << "  soleus vs capacity     " << 100.0 * s.soleus_capacity_ratio << " %\n";
  out << "  deep plantarflexors    " << 100.0 * s.deep_plantarflexor_share_at_peak
      << " % of the ankle moment at its peak\n";
  if (s.capacity_exceeded) {
    out << "  CAPACITY EXCEEDED      the plantarflexors cannot supply this demand, short by up to "
        << std::setprecision(0) << s.capacity_shortfall_nm << " N m of ankle moment; forces shown are capped\n";
    out << std::setprecision(2);
  }
  out << "  peak ankle moment      " << s.peak_ankle_moment_nm_per_kg << " N m/kg\n";
  out << "  peak vertical GRF      " << s.peak_vgrf_bw << " BW\n";
  out << std::setprecision(3);
  out << "  contact time           " << s.contact_time_s << " s\n";
  out << "  step length            " << s.step_length_m << " m\n";
  out << "  soleus impulse         " << s.soleus_impulse_per_step_bw_s << " BW s per step, "
      << std::setprecision(0) << s.soleus_impulse_per_km_bw_s << " BW s per km, "
      << s.soleus_impulse_per_week_bw_s << " BW s per week\n";
}

// Reads the value after args[i] (advancing i), for the command's own flags.
std::optional<std::string> take_value(const std::vector<std::string>& args, std::size_t& i) {
  if (i + 1 < args.size()) return args[++i];
  return std::nullopt;
}

// The two condition sets of `report --compare`.
struct ComparePair {
  biomech::Conditions a, b;
};

// --compare A.json B.json (A's and B's own conditions), --preset A.json --compare B.json, or
// --compare AB.json with a "compare" block. Throws FileError.
ComparePair compare_pair(const std::optional<document::Scenario>& preset, const std::vector<std::string>& files) {
  const document::Scenario first = document::read_scenario(files[0]);
  if (files.size() == 2) {
    if (preset) throw document::FileError("--compare takes one file after --preset (B's), not two");
    return {first.a, document::read_scenario(files[1]).a};
  }
  if (preset) return {preset->a, first.a};
  if (!first.b)
    throw document::FileError(files[0] + ": compare: missing: give a file with a \"compare\" block, two files "
                              "(--compare A.json B.json), or --preset A.json --compare B.json");
  return {first.a, *first.b};
}

// B's change from A in % for every number of the report (nested objects alike); null where A is 0.
nlohmann::ordered_json change_percent(const nlohmann::ordered_json& a, const nlohmann::ordered_json& b) {
  nlohmann::ordered_json change = nlohmann::ordered_json::object();
  for (const auto& [key, value] : a.items()) {
    if (!b.contains(key)) continue;
    if (value.is_object()) {
      change[key] = change_percent(value, b[key]);
    } else if (value.is_number() && b[key].is_number()) {
      const double x = value.get<double>();
      const double y = b[key].get<double>();
      change[key] = x == 0.0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(100.0 * (y - x) / std::abs(x));
    }
  }
  return change;
}

// Writes `csv` to `path` (never in place: core/files.h); false after saying why on `err`.
bool write_csv(const std::string& path, const std::string& csv, std::ostream& err) {
  const std::string reason = core::write_output_file(path, csv);
  if (reason.empty()) return true;
  err << "soleus-lab report: cannot write " << path << ": " << reason << '\n';
  return false;
}

// Condition flags apply to both sides (e.g. --mass 80 for A and B). With a CSV path, both
// strides go there (a condition column says which).
int write_compare(const ComparePair& pair, const ConditionsBuilder& flags, bool json,
                  const std::optional<std::string>& csv_path, std::ostream& out, std::ostream& err) {
  biomech::Conditions sides[2];
  const biomech::Conditions* bases[2] = {&pair.a, &pair.b};
  for (int i = 0; i < 2; ++i) {
    ConditionsBuilder builder = flags;
    builder.set_base(*bases[i]);
    if (auto error = builder.build(sides[i])) {
      err << "soleus-lab report: " << (i == 0 ? "A: " : "B: ") << *error << '\n';
      return kExitBadInput;
    }
  }
  const biomech::SolvedStride a = biomech::solve_stride(sides[0]);
  const biomech::SolvedStride b = biomech::solve_stride(sides[1]);
  if (csv_path) return write_csv(*csv_path, biomech::stride_csv(a, &b), err) ? 0 : kCannotWrite;
  if (!json) {
    out << "A: ";
    write_text(a, out);
    out << "B: ";
    write_text(b, out);
    return 0;
  }
  nlohmann::ordered_json j;
  j["a"] = stride_json(a);
  j["b"] = stride_json(b);
  j["change_percent"] = change_percent(j["a"], j["b"]);
  out << j.dump(2) << '\n';
  return 0;
}

void report_help(std::ostream& out) {
  out << "usage: soleus-lab report [--preset FILE] [--compare FILE [FILE]] [conditions] [--json | --csv FILE]\n"
         "Solves one running stride and reports soleus, gastrocnemius and Achilles loads.\n"
         "  --json                      print one JSON object\n"
         "  --csv FILE                  write the time series (header row with units)\n"
         "  --preset FILE               start from a scenario file's conditions (docs/scenarios.md);\n"
         "                              the condition flags override it\n"
         "  --compare A.json B.json     solve two scenarios; with --json print {\"a\", \"b\",\n"
         "                              \"change_percent\"}; also --preset A.json --compare B.json, or\n"
         "                              --compare AB.json with a \"compare\" block; with --csv FILE\n"
         "                              both strides, a condition column saying A or B\n"
         "  --motion KIN --grf GRF      a measured trial instead, per stance (report --motion --help,\n"
         "                              docs/motion-import.md)\n"
         "  --help                      this text\n"
         "conditions:\n"
      << condition_flags_help();
}

void stretch_help(std::ostream& out) {
  out << "usage: soleus-lab stretch --knee-flexion DEG --ankle-dorsiflexion DEG [--json] [conditions]\n"
         "Static strain of soleus and both gastrocnemius heads in a pose.\n"
         "  --knee-flexion DEG          0..150 (default 0)\n"
         "  --ankle-dorsiflexion DEG    -60..60, + dorsiflexion (default 0)\n"
         "  --json                      print one JSON object\n"
         "  --help                      this text\n"
         "conditions (--height, --dorsiflexion and --dorsiflexion-bent matter here):\n"
      << condition_flags_help();
}

}  // namespace

int run_report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (is_motion_report(args)) return run_motion_report(args, out, err);
  ConditionsBuilder builder;
  bool json = false;
  std::optional<std::string> csv_path;
  std::optional<document::Scenario> preset;        // --preset FILE: A's conditions
  std::vector<std::string> compare_files;          // --compare FILE [FILE]
  try {
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& arg = args[i];
      if (arg == "--help" || arg == "-h") {
        report_help(out);
        return 0;
      }
      if (arg == "--json") {
        json = true;
      } else if (arg == "--csv") {
        csv_path = take_value(args, i);
        if (!csv_path || csv_path->empty()) {
          err << "soleus-lab report: csv needs a file name\n";
          return kExitBadInput;
        }
      } else if (arg == "--preset") {
        const std::optional<std::string> file = take_value(args, i);
        if (!file) {
          err << "soleus-lab report: --preset needs a scenario file\n";
          return kExitBadInput;
        }
        preset = document::read_scenario(*file);
      } else if (arg == "--compare") {
        const std::optional<std::string> file = take_value(args, i);
        if (!file) {
          err << "soleus-lab report: --compare needs one or two scenario files\n";
          return kExitBadInput;
        }
        compare_files = {*file};
        // a second file unless the next argument is a flag
        if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) compare_files.push_back(args[++i]);
      } else if (is_condition_flag(arg)) {
        if (auto error = apply_condition_flag(arg, [&] { return take_value(args, i); }, builder)) {
          err << "soleus-lab report: " << *error << '\n';
          return kExitBadInput;
        }
      } else {
        err << "soleus-lab report: unknown option " << arg << " (see --help)\n";
        return kExitBadInput;
      }
    }
    if (json && csv_path) {
      err << "soleus-lab report: use either --json or --csv FILE, not both\n";
      return kExitBadInput;
    }
    if (!compare_files.empty()) {
      const ComparePair pair = compare_pair(preset, compare_files);
      return write_compare(pair, builder, json, csv_path, out, err);
    }
  } catch (const document::FileError& e) {
    err << "soleus-lab report: " << e.what() << '\n';
    return kExitBadInput;
  }
  if (preset) builder.set_base(preset->a);
  biomech::Conditions conditions;
  if (auto error = builder.build(conditions)) {
    err << "soleus-lab report: " << *error << '\n';
    return kExitBadInput;
  }
  const biomech::SolvedStride stride = biomech::solve_stride(conditions);
  if (csv_path) {
    return write_csv(*csv_path, biomech::stride_csv(stride), err) ? 0 : kCannotWrite;
  }
  if (json) {
    out << stride_json(stride).dump(2) << '\n';
  } else {
    write_text(stride, out);
  }
  return 0;
}

int run_stretch_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ConditionsBuilder builder;
  bool json = false;
  double knee_deg = 0.0;
  double ankle_deg = 0.0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      stretch_help(out);
      return 0;
    }
    if (arg == "--json") {
      json = true;
    } else if (arg == "--knee-flexion" || arg == "--ankle-dorsiflexion") {
      const bool knee = arg == "--knee-flexion";
      const char* name = knee ? "knee-flexion" : "ankle-dorsiflexion";
      const char* range = knee ? "between 0 and 150 deg" : "between -60 and 60 deg";
      const std::optional<std::string> text = take_value(args, i);
      const std::optional<double> value = text ? parse_number(*text) : std::nullopt;
      const double lo = knee ? 0.0 : -60.0;
      const double hi = knee ? 150.0 : 60.0;
      if (!value || *value < lo || *value > hi) {
        err << "soleus-lab stretch: " << name << " must be a number " << range << " (got '"
            << text.value_or("") << "')\n";
        return kExitBadInput;
      }
      (knee ? knee_deg : ankle_deg) = *value;
    } else if (is_condition_flag(arg)) {
      if (auto error = apply_condition_flag(arg, [&] { return take_value(args, i); }, builder)) {
        err << "soleus-lab stretch: " << *error << '\n';
        return kExitBadInput;
      }
    } else {
      err << "soleus-lab stretch: unknown option " << arg << " (see --help)\n";
      return kExitBadInput;
    }
  }
  biomech::Conditions conditions;
  if (auto error = builder.build(conditions)) {
    err << "soleus-lab stretch: " << *error << '\n';
    return kExitBadInput;
  }
  const biomech::StretchPose pose{core::deg_to_rad(knee_deg), core::deg_to_rad(ankle_deg)};
  const biomech::StretchState state = biomech::solve_stretch(pose, conditions.runner);
  using biomech::Muscle;
  const auto index = [](Muscle m) { return static_cast<std::size_t>(m); };
  if (json) {
    nlohmann::ordered_json j;
    j["soleus_strain"] = state.strain[index(Muscle::kSoleus)];
    j["gastrocnemius_medial_strain"] = state.strain[index(Muscle::kGastrocnemiusMedial)];
    j["gastrocnemius_lateral_strain"] = state.strain[index(Muscle::kGastrocnemiusLateral)];
    j["soleus_tension_fraction"] = state.tension_fraction[index(Muscle::kSoleus)];
    j["gastrocnemius_tension_fraction"] = state.tension_fraction[index(Muscle::kGastrocnemiusMedial)];
    j["dorsiflexion_limit_deg"] = rad_to_deg(state.dorsiflexion_limit_rad);
    j["limiting_muscle"] = state.limiting_muscle == Muscle::kSoleus ? "soleus" : "gastrocnemius";
    j["knee_flexion_deg"] = knee_deg;
    j["ankle_dorsiflexion_deg"] = ankle_deg;
    out << j.dump(2) << '\n';
  } else {
    out << std::fixed << std::setprecision(2) << "Knee " << knee_deg << " deg, ankle " << ankle_deg
        << " deg dorsiflexion\n"
        << "  soleus strain                 " << 100.0 * state.strain[0] << " %\n"
        << "  gastrocnemius medial strain   " << 100.0 * state.strain[1] << " %\n"
        << "  gastrocnemius lateral strain  " << 100.0 * state.strain[2] << " %\n"
        << "  dorsiflexion limit            " << rad_to_deg(state.dorsiflexion_limit_rad) << " deg, set by "
        << (state.limiting_muscle == Muscle::kSoleus ? "soleus" : "gastrocnemius") << '\n';
  }
  return 0;
}

}  // namespace soleus::app
