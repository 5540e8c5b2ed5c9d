#include "app/report_command.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/special_files.h"
#include "run_command.h"

namespace soleus::app {
namespace {

const char* const kContractKeys[] = {
    "peak_soleus_force_n", "peak_soleus_force_bw", "time_of_peak_soleus_s", "peak_achilles_force_bw",
    "peak_gastrocnemius_force_bw", "soleus_share_at_peak", "soleus_impulse_per_step_bw_s",
    "soleus_impulse_per_km_bw_s", "peak_ankle_moment_nm_per_kg", "peak_vgrf_bw", "contact_time_s",
    "step_length_m", "steps_per_km", "peak_soleus_strain", "soleus_capacity_ratio"};

std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("soleus_cli_test_" + name);
}

TEST(CliReport, EveryPresetCombinationAnswersWithEveryContractKey) {
  for (const char* strike : {"rearfoot", "midfoot", "forefoot"}) {
    for (const char* shoe : {"barefoot", "minimalist", "neutral", "maximal", "racer"}) {
      const CommandResult run = report({"--strike", strike, "--shoe", shoe, "--json"});
      ASSERT_EQ(run.code, 0) << strike << ' ' << shoe << ": " << run.err;
      EXPECT_TRUE(run.err.empty());
      const auto json = nlohmann::json::parse(run.out);
      for (const char* key : kContractKeys) {
        ASSERT_TRUE(json.contains(key)) << key;
        EXPECT_TRUE(json[key].is_number()) << key;
        EXPECT_GT(json[key].get<double>(), 0.0) << key << ' ' << strike << ' ' << shoe;
      }
      EXPECT_EQ(json["conditions"]["strike_pattern"], strike);
    }
  }
}

TEST(CliReport, FlagsChangeTheAnswer) {
  const auto slow = nlohmann::json::parse(report({"--speed", "2.5", "--json"}).out);
  const auto fast = nlohmann::json::parse(report({"--speed", "5", "--json"}).out);
  EXPECT_GT(fast["peak_achilles_force_bw"].get<double>(), slow["peak_achilles_force_bw"].get<double>());
  const auto heavy = nlohmann::json::parse(report({"--mass", "90", "--json"}).out);
  EXPECT_NEAR(heavy["conditions"]["body_mass_kg"].get<double>(), 90.0, 1e-12);
  const auto drop = nlohmann::json::parse(report({"--shoe", "barefoot", "--drop", "0", "--stack", "4", "--json"}).out);
  EXPECT_NEAR(drop["conditions"]["stack_mm"].get<double>(), 4.0, 1e-9);
  const auto plate = nlohmann::json::parse(report({"--plate", "--json"}).out);
  EXPECT_NEAR(plate["conditions"]["forefoot_stiffness"].get<double>(), 0.9, 1e-12);
  const auto index = nlohmann::json::parse(report({"--strike", "0.9", "--json"}).out);
  EXPECT_EQ(index["conditions"]["strike_pattern"], "forefoot");
}

TEST(CliReport, SaysWhenTheCalfCannotSupplyTheDemand) {
  // a heavy, exhausted forefoot striker at 7 m/s asks more than the triceps surae can give
  const auto saturated = nlohmann::json::parse(
      report({"--speed", "7", "--mass", "160", "--fatigue", "1", "--strike", "forefoot", "--json"}).out);
  EXPECT_TRUE(saturated["capacity_exceeded"].get<bool>());
  EXPECT_GT(saturated["capacity_shortfall_nm"].get<double>(), 0.0);
  EXPECT_LE(saturated["peak_soleus_activation"].get<double>(), 1.0);
  const auto ordinary = nlohmann::json::parse(report({"--json"}).out);
  EXPECT_FALSE(ordinary["capacity_exceeded"].get<bool>());
  EXPECT_EQ(ordinary["capacity_shortfall_nm"].get<double>(), 0.0);
  const CommandResult text = report({"--speed", "7", "--mass", "160", "--fatigue", "1", "--strike", "forefoot"});
  EXPECT_NE(text.out.find("CAPACITY EXCEEDED"), std::string::npos) << text.out;
  EXPECT_EQ(report({}).out.find("CAPACITY EXCEEDED"), std::string::npos);
}

TEST(CliReport, TextReportWithoutFlags) {
  const CommandResult run = report({});
  EXPECT_EQ(run.code, 0);
  EXPECT_NE(run.out.find("peak soleus force"), std::string::npos);
}

TEST(CliReport, HelpListsTheConditionFlags) {
  const CommandResult run = report({"--help"});
  EXPECT_EQ(run.code, 0);
  for (const char* flag : {"--speed", "--cadence", "--mass", "--height", "--strike", "--drop", "--stack",
                           "--cushioning", "--plate", "--shoe", "--dorsiflexion", "--fatigue", "--json", "--csv"}) {
    EXPECT_NE(run.out.find(flag), std::string::npos) << flag;
  }
}

TEST(CliReport, InvalidInputExitsTwoNamingTheParameter) {
  struct Case {
    std::vector<std::string> args;
    const char* parameter;
  };
  const Case cases[] = {
      {{"--speed", "12", "--json"}, "speed"},
      {{"--speed", "fast", "--json"}, "speed"},
      {{"--speed"}, "speed"},
      {{"--cadence", "0", "--json"}, "cadence"},
      {{"--cadence", "400", "--json"}, "cadence"},
      {{"--mass", "-3", "--json"}, "mass"},
      {{"--height", "0.5", "--json"}, "height"},
      {{"--strike", "heel", "--json"}, "strike"},
      {{"--strike", "1.5", "--json"}, "strike"},
      {{"--shoe", "sandal", "--json"}, "shoe"},
      {{"--drop", "30", "--json"}, "drop"},
      {{"--stack", "100", "--json"}, "stack"},
      {{"--cushioning", "2", "--json"}, "cushioning"},
      {{"--dorsiflexion", "-5", "--json"}, "dorsiflexion"},
      {{"--fatigue", "1.2", "--json"}, "fatigue"},
      {{"--weekly-km", "-1", "--json"}, "weekly-km"},
      {{"--samples", "10.5", "--json"}, "samples"},
      {{"--bogus", "--json"}, "--bogus"},
  };
  for (const Case& c : cases) {
    const CommandResult run = report(c.args);
    EXPECT_EQ(run.code, 2) << c.parameter;
    EXPECT_TRUE(run.out.empty()) << c.parameter;
    EXPECT_NE(run.err.find(c.parameter), std::string::npos) << run.err;
    // one line
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
  }
  // the range is part of the message
  EXPECT_NE(report({"--speed", "12"}).err.find("between 1.5 and 9.5 m/s"), std::string::npos);
}

TEST(CliReport, CsvWritesHeaderWithUnitsAndOneRowPerSample) {
  const auto path = temp_path("series.csv");
  std::filesystem::remove(path);
  const CommandResult run = report({"--strike", "forefoot", "--samples", "300", "--csv", path.string()});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_TRUE(run.out.empty());
  std::ifstream file(path);
  std::string header;
  std::getline(file, header);
  for (const char* column : {"time [s]", "ankle dorsiflexion [deg]", "vertical grf [N]", "soleus force [N]",
                             "ankle moment [N m]", "achilles moment arm [mm]"}) {
    EXPECT_NE(header.find(column), std::string::npos) << column;
  }
  int rows = 0;
  for (std::string line; std::getline(file, line);) ++rows;
  EXPECT_EQ(rows, 300);
  std::filesystem::remove(path);
}

// The writer moved to biomech::stride_csv (issue 13); the golden file is what report --csv wrote
// before the move, so one condition's CSV stays byte for byte the same.
TEST(CliReport, CsvIsByteIdenticalToTheWriterBeforeTheMove) {
  const auto path = temp_path("golden.csv");
  ASSERT_EQ(report({"--samples", "50", "--strike", "forefoot", "--csv", path.string()}).code, 0);
  EXPECT_EQ(soleus::testing::read_text(path),
            soleus::testing::read_text(std::filesystem::path(SOLEUS_TEST_DATA_DIR) / "stride_forefoot_50.csv"));
  std::filesystem::remove(path);
}

TEST(CliReport, InvalidInputCreatesNoCsvFile) {
  const auto path = temp_path("never.csv");
  std::filesystem::remove(path);
  const CommandResult run = report({"--csv", path.string(), "--fatigue", "3"});
  EXPECT_EQ(run.code, 2);
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_EQ(report({"--json", "--csv", path.string()}).code, 2);
  EXPECT_FALSE(std::filesystem::exists(path));
}

// Issue 12: the CSV was written in place. Now a regular file is replaced whole (a hard link
// elsewhere keeps the old bytes, a reader never sees half a file), a read-only file and a
// directory are refused with the path and the reason, a device node stays a device.
TEST(CliReport, CsvReplacesTheFileWholeAndRefusesReadOnlyTargets) {
  soleus::testing::TempDir dir;
  const std::filesystem::path csv = dir / "series.csv";
  soleus::testing::write_text(csv, "old");
  std::filesystem::create_hard_link(csv, dir / "other_name.csv");
  ASSERT_EQ(report({"--csv", csv.string()}).code, 0);
  EXPECT_EQ(soleus::testing::read_text(csv).substr(0, 8), "time [s]");
  EXPECT_EQ(soleus::testing::read_text(dir / "other_name.csv"), "old");

  std::filesystem::permissions(csv, std::filesystem::perms::owner_read);
  const CommandResult locked = report({"--csv", csv.string()});
  EXPECT_EQ(locked.code, 1);
  EXPECT_NE(locked.err.find(csv.string() + ": it is read-only"), std::string::npos) << locked.err;
  const CommandResult folder = report({"--csv", dir.path().string()});
  EXPECT_EQ(folder.code, 1);
  EXPECT_NE(folder.err.find("is a directory"), std::string::npos) << folder.err;
  EXPECT_EQ(soleus::testing::leftover_temporaries(dir.path()), 0);

  if (!soleus::testing::make_null_device(dir / "null")) GTEST_SKIP() << "mknod not permitted here";
  EXPECT_EQ(report({"--csv", (dir / "null").string()}).code, 0);
  EXPECT_TRUE(soleus::testing::is_char_device(dir / "null"));
}

TEST(CliStretch, JsonHasTheStrainKeys) {
  const CommandResult run = stretch({"--knee-flexion", "0", "--ankle-dorsiflexion", "15", "--json"});
  ASSERT_EQ(run.code, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  for (const char* key : {"soleus_strain", "gastrocnemius_medial_strain", "gastrocnemius_lateral_strain"}) {
    ASSERT_TRUE(json.contains(key)) << key;
    EXPECT_GT(json[key].get<double>(), 0.0) << key;
  }
  EXPECT_EQ(json["limiting_muscle"], "gastrocnemius");
}

TEST(CliStretch, BentKneeLeavesOnlySoleusRestraining) {
  const auto straight = nlohmann::json::parse(stretch({"--knee-flexion", "0", "--ankle-dorsiflexion", "20", "--json"}).out);
  const auto bent = nlohmann::json::parse(stretch({"--knee-flexion", "30", "--ankle-dorsiflexion", "20", "--json"}).out);
  EXPECT_DOUBLE_EQ(bent["soleus_strain"].get<double>(), straight["soleus_strain"].get<double>());
  EXPECT_LT(bent["gastrocnemius_medial_strain"].get<double>(), straight["gastrocnemius_medial_strain"].get<double>());
  EXPECT_EQ(bent["limiting_muscle"], "soleus");
  EXPECT_GT(bent["dorsiflexion_limit_deg"].get<double>(), straight["dorsiflexion_limit_deg"].get<double>());
}

TEST(CliStretch, InvalidPoseExitsTwo) {
  const CommandResult run = stretch({"--knee-flexion", "200", "--json"});
  EXPECT_EQ(run.code, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("knee-flexion"), std::string::npos);
  EXPECT_NE(run.err.find("between 0 and 150 deg"), std::string::npos);
  EXPECT_EQ(stretch({"--help"}).code, 0);
}

}  // namespace
}  // namespace soleus::app

namespace soleus::app {
namespace {

const std::string kScenarios = std::string(SOLEUS_ASSETS_DIR) + "/scenarios/";

nlohmann::ordered_json json_of(const CommandResult& result) {
  EXPECT_EQ(result.code, 0) << result.err;
  return nlohmann::ordered_json::parse(result.out);
}

TEST(ReportScenario, PresetGivesTheFilesConditionsAndFlagsOverrideIt) {
  const auto preset = json_of(report({"--preset", kScenarios + "carbon-racer-5mps.json", "--json"}));
  EXPECT_EQ(preset["conditions"]["speed_mps"], 5.0);
  EXPECT_EQ(preset["conditions"]["strike_pattern"], "midfoot");
  EXPECT_EQ(preset["conditions"]["forefoot_stiffness"], 0.9);
  // the same as the flags that say it
  const auto flags = json_of(report({"--speed", "5", "--mass", "62", "--height", "1.74", "--strike", "midfoot",
                                     "--shoe", "racer", "--json"}));
  EXPECT_EQ(preset.dump(), flags.dump());
  const auto overridden =
      json_of(report({"--preset", kScenarios + "carbon-racer-5mps.json", "--speed", "4", "--json"}));
  EXPECT_EQ(overridden["conditions"]["speed_mps"], 4.0);
  EXPECT_EQ(overridden["conditions"]["body_mass_kg"], 62.0);
}

TEST(ReportScenario, CompareEqualsTwoSeparateReports) {
  soleus::testing::TempDir dir;
  const std::string a = (dir / "a.json").string(), b = (dir / "b.json").string();
  soleus::testing::write_text(a, R"({"format": "soleus-lab-scenario", "version": 1, "strike": "rearfoot"})");
  soleus::testing::write_text(b, R"({"format": "soleus-lab-scenario", "version": 1, "strike": "forefoot",
                                     "shoe": {"preset": "minimalist"}})");
  const std::string alone_a = json_of(report({"--preset", a, "--json"})).dump(2);
  const std::string alone_b = json_of(report({"--preset", b, "--json"})).dump(2);
  const std::vector<std::vector<std::string>> forms = {
      {"--compare", a, b, "--json"}, {"--preset", a, "--compare", b, "--json"}, {"--json", "--compare", a, b}};
  for (const auto& form : forms) {
    const auto both = json_of(report(form));
    EXPECT_EQ(both["a"].dump(2), alone_a);
    EXPECT_EQ(both["b"].dump(2), alone_b);
    const double x = both["a"]["peak_soleus_force_n"], y = both["b"]["peak_soleus_force_n"];
    EXPECT_NEAR(both["change_percent"]["peak_soleus_force_n"].get<double>(), 100.0 * (y - x) / x, 1e-9);
    EXPECT_NEAR(both["change_percent"]["conditions"]["drop_mm"].get<double>(), -100.0, 1e-9);
    EXPECT_FALSE(both["change_percent"].contains("strike_pattern"));  // numbers only
  }
}

TEST(ReportScenario, OneFileWithACompareBlockAndZeroBaselines) {
  const auto both = json_of(report({"--compare", kScenarios + "drop-10-vs-0.json", "--json"}));
  EXPECT_EQ(both["a"]["conditions"]["drop_mm"], 10.0);
  EXPECT_EQ(both["b"]["conditions"]["drop_mm"], 0.0);
  EXPECT_TRUE(both["change_percent"]["conditions"]["fatigue"].is_null());  // A's fatigue is 0
  const auto weekly = json_of(report({"--compare", kScenarios + "weekly-distance-jump-40.json", "--json"}));
  EXPECT_NEAR(weekly["change_percent"]["soleus_impulse_per_week_bw_s"].get<double>(), 40.0, 1e-6);
  EXPECT_NEAR(weekly["change_percent"]["peak_soleus_force_n"].get<double>(), 0.0, 1e-9);
}

// Both strides in one CSV, A's rows then B's, each as `report --csv` writes it alone.
TEST(ReportScenario, CompareWithCsvWritesBothStridesWithAConditionColumn) {
  soleus::testing::TempDir dir;
  const std::string both = (dir / "both.csv").string(), alone = (dir / "a.csv").string();
  const std::string pair = kScenarios + "rearfoot-vs-forefoot.json";
  ASSERT_EQ(report({"--compare", pair, "--csv", both}).code, 0);
  ASSERT_EQ(report({"--preset", pair, "--csv", alone}).code, 0);
  const std::string csv = soleus::testing::read_text(both);
  const std::string a_csv = soleus::testing::read_text(alone);
  const std::string header = csv.substr(0, csv.find('\n'));
  EXPECT_EQ(header, "condition [A/B]," + a_csv.substr(0, a_csv.find('\n')));
  const auto rows = [&](const std::string& label) {
    std::size_t n = 0;
    for (std::size_t at = csv.find("\n" + label + ","); at != std::string::npos; at = csv.find("\n" + label + ",", at + 1))
      ++n;
    return n;
  };
  const std::size_t a_rows = static_cast<std::size_t>(std::count(a_csv.begin(), a_csv.end(), '\n')) - 1;
  EXPECT_EQ(rows("A"), a_rows);
  EXPECT_GT(rows("B"), 0u);
  EXPECT_EQ(report({"--compare", pair, "--csv", (dir / "no" / "dir.csv").string()}).code, 1);
}

TEST(ReportScenario, BadFilesAreInvalidInputNamingFileFieldAndReason) {
  soleus::testing::TempDir dir;
  const std::string bad = (dir / "bad.json").string();
  soleus::testing::write_text(bad, R"({"format": "soleus-lab-scenario", "version": 1, "runner": {"speed_mps": 12}})");
  CommandResult r = report({"--preset", bad, "--json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(bad + ": runner.speed_mps: must be between 1.5 and 9.5 m/s (got 12)"), std::string::npos) << r.err;
  r = report({"--compare", kScenarios + "carbon-racer-5mps.json", "--json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("carbon-racer-5mps.json: compare: missing"), std::string::npos) << r.err;
  r = report({"--compare", (dir / "none.json").string(), bad});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("none.json: cannot be read: file not found"), std::string::npos) << r.err;
  r = report({"--preset"});
  EXPECT_EQ(r.code, 2);
}

}  // namespace
}  // namespace soleus::app
