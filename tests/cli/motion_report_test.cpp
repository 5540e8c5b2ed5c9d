// `report --motion KIN --grf GRF [--grf-map XML] --mass KG --json`: the measured trial's keys
// per stance, and bad input answered with exit code 2 and one line naming the file and reason.
#include "app/report_command.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include "run_command.h"

namespace soleus::app {
namespace {

namespace fs = std::filesystem;
const fs::path kOpenSim = fs::path(SOLEUS_SHARED_DIR) / "reference-motion" / "opensim-core";
const std::string kKinematics = (kOpenSim / "runningModel_Kinematics_q.sto").string();
const std::string kGrf = (kOpenSim / "runningModel_GRF_data.mot").string();
const std::string kMap = (kOpenSim / "runningModel_GRF.xml").string();

// A file in the temporary directory with this text.
std::string write(const std::string& name, const std::string& text) {
  const fs::path path = fs::temp_directory_path() / ("soleus_motion_report_" + name);
  std::ofstream(path) << text;
  return path.string();
}

// the generated stride's contract keys (report_command_test.cpp) that a measured stance gives
const char* const kStanceKeys[] = {"peak_soleus_force_n", "peak_soleus_force_bw", "time_of_peak_soleus_s",
                                   "peak_achilles_force_bw", "peak_gastrocnemius_force_bw", "soleus_share_at_peak",
                                   "soleus_impulse_per_step_bw_s", "peak_ankle_moment_nm_per_kg", "peak_vgrf_bw",
                                   "contact_time_s", "peak_soleus_strain", "soleus_capacity_ratio",
                                   "peak_soleus_pct_stance", "peak_triceps_surae_force_bw",
                                   "peak_triceps_surae_pct_stance"};

TEST(MotionReport, TheHamnerTrialGivesTheStrideKeysPerStance) {
  if (!fs::exists(kOpenSim)) GTEST_SKIP() << kOpenSim << " is absent";
  const CommandResult run = report({"--motion", kKinematics, "--grf", kGrf, "--grf-map", kMap, "--mass", "72.84", "--json"});
  ASSERT_EQ(run.code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json["stances"].size(), 1u);
  for (const auto* part : {&json["stances"][0], &json["mean"]}) {
    for (const char* key : kStanceKeys) {
      ASSERT_TRUE(part->contains(key)) << key;
      EXPECT_TRUE((*part)[key].is_number()) << key;
    }
    EXPECT_TRUE((*part)["capacity_exceeded"].is_boolean());
    // a treadmill: no speed, so no step length; the step time comes from the left contact
    EXPECT_TRUE((*part)["step_length_m"].is_null());
    EXPECT_NEAR((*part)["step_time_s"].get<double>(), 0.345, 1e-9);
  }
  EXPECT_EQ(json["knee_convention"], "negative in flexion (Hamner 2010, gait2392)");
  EXPECT_EQ(json["body_mass_from"], "--mass");
  EXPECT_NEAR(json["stances"][0]["contact_time_s"].get<double>(), 0.238, 1e-9);
  EXPECT_NEAR(json["stances"][0]["peak_vgrf_bw"].get<double>(), 2.77, 0.01);
  // the same without the map (the R_/L_ names), and with a speed the step length
  const CommandResult plain = report({"--motion", kKinematics, "--grf", kGrf, "--mass", "72.84", "--speed", "4", "--json"});
  ASSERT_EQ(plain.code, 0) << plain.err;
  const auto with_speed = nlohmann::json::parse(plain.out);
  EXPECT_EQ(with_speed["stances"][0]["peak_soleus_force_bw"], json["stances"][0]["peak_soleus_force_bw"]);
  EXPECT_NEAR(with_speed["stances"][0]["step_length_m"].get<double>(), 4.0 * 0.345, 1e-9);
}

TEST(MotionReport, TheSimpleCsvAndAMassInTheFile) {
  if (!fs::exists(kOpenSim)) GTEST_SKIP() << kOpenSim << " is absent";
  // the right foot's columns of the reference GRF, rewritten as the simple CSV with a mass line
  std::ifstream in(kGrf);
  std::ostringstream csv;
  csv << "# converted for the test\n# mass=72.84\ntime,Fx,Fy,Fz,COPx,COPz\n";
  std::string line;
  bool data = false;
  while (std::getline(in, line)) {
    if (!data) {
      data = line.find("time") != std::string::npos && line.find("R_ground_force_vx") != std::string::npos;
      continue;
    }
    std::istringstream fields(line);
    double v[7];
    for (double& x : v) fields >> x;
    csv << v[0] << ',' << v[1] << ',' << v[2] << ',' << v[3] << ',' << v[4] << ',' << v[6] << '\n';
  }
  const std::string file = write("grf.csv", csv.str());
  const CommandResult run = report({"--motion", kKinematics, "--grf", file, "--json"});
  ASSERT_EQ(run.code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["body_mass_from"], file);
  EXPECT_NEAR(json["stances"][0]["contact_s"].get<double>(), 0.868, 1e-9);
  EXPECT_NEAR(json["stances"][0]["peak_vgrf_bw"].get<double>(), 2.77, 0.01);
  EXPECT_TRUE(json["stances"][0]["step_time_s"].is_null());  // one foot, one stance: no step time
}

TEST(MotionReport, BadInputIsExitCodeTwoWithOneLineNamingTheFile) {
  const std::string grf = write("bad_grf.mot", "endheader\ntime R_ground_force_vy\n0 0\n0.001 nan\n");
  const std::string kinematics = write("bad_q.sto", "endheader\ntime a\n0 0\n0 1\n");
  const auto expect_error = [](const std::vector<std::string>& args, const std::string& message) {
    const CommandResult run = report(args);
    EXPECT_EQ(run.code, 2) << message;
    EXPECT_TRUE(run.out.empty());
    EXPECT_EQ(run.err, "soleus-lab report: " + message + "\n");
  };
  expect_error({"--motion", kinematics}, "a measured trial needs both --motion KIN.sto (joint angles) and --grf GRF.mot "
                                         "(ground reaction forces)");
  expect_error({"--motion", kinematics, "--grf", grf, "--mass", "70"},
               kinematics + ": line 4: time 0 repeats the time on line 3 (0): time must increase from row to row");
  const std::string good_kinematics = write("good_q.sto", "endheader\ntime a\n0 0\n1 1\n");
  expect_error({"--motion", good_kinematics, "--grf", grf, "--mass", "70"},
               grf + ": line 4: column 2 (R_ground_force_vy): not a finite number ('nan')");
  expect_error({"--motion", good_kinematics, "--grf", good_kinematics},
               "no body mass: give --mass KG (or a 'mass=KG' header line in " + good_kinematics + " or " +
                   good_kinematics + ")");
  expect_error({"--motion", good_kinematics, "--grf", good_kinematics, "--mass", "70"},
               good_kinematics + ": cannot tell which columns are the right foot's (no R_ground_force_vy column): give "
                                 "--grf-map LOADS.xml");
  expect_error({"--motion", good_kinematics, "--grf", grf, "--leg", "x"}, "leg must be r or l (got 'x')");
  expect_error({"--motion", good_kinematics, "--grf", good_kinematics, "--mass", "7"}, "mass must be between 35 and 160 kg (got 7)");
  expect_error({"--motion", good_kinematics, "--grf", grf, "--preset", "a.json"},
               "--preset does not apply to a measured trial (see report --motion --help)");
  const CommandResult missing = report({"--motion", "/nonexistent/q.sto", "--grf", grf, "--mass", "70"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err.rfind("soleus-lab report: /nonexistent/q.sto: cannot read: ", 0), 0u) << missing.err;
}

}  // namespace
}  // namespace soleus::app
