#include "document/scenario.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "biomech/parameters.h"
#include "biomech/stride.h"
#include "common/special_files.h"

namespace soleus::document {
namespace {

namespace fs = std::filesystem;
using soleus::testing::leftover_temporaries;
using soleus::testing::read_text;
using soleus::testing::TempDir;
using soleus::testing::write_text;

const fs::path kBuiltIns = fs::path(SOLEUS_ASSETS_DIR) / "scenarios";

// Every input of the model, compared exactly (a round trip must give back the same numbers).
void expect_same(const biomech::Conditions& x, const biomech::Conditions& y) {
  for (const biomech::Parameter& p : biomech::parameters()) EXPECT_EQ(p.get(x), p.get(y)) << p.id;
}

void expect_same(const Scenario& x, const Scenario& y) {
  EXPECT_EQ(x.title, y.title);
  EXPECT_EQ(x.description, y.description);
  expect_same(x.a, y.a);
  ASSERT_EQ(x.b.has_value(), y.b.has_value());
  if (x.b) expect_same(*x.b, *y.b);
  EXPECT_EQ(x.view, y.view);
  EXPECT_EQ(x.mode, y.mode);
}

std::string scenario_error_of(const std::string& text) {
  try {
    parse_scenario(text, "s.json");
  } catch (const FileError& e) {
    return e.what();
  }
  return "";
}

const std::string kHead = R"({"format": "soleus-lab-scenario", "version": 1, )";

}  // namespace

TEST(Scenario, EveryBuiltInReadsRoundTripsAndSolves) {
  int count = 0, compares = 0;
  TempDir dir;
  for (const fs::directory_entry& entry : fs::directory_iterator(kBuiltIns)) {
    SCOPED_TRACE(entry.path().string());
    const Scenario scenario = read_scenario(entry.path());
    EXPECT_FALSE(scenario.title.empty());
    EXPECT_GT(scenario.description.size(), 100u) << "a built-in teaches: say what to look at";
    const fs::path copy = dir / entry.path().filename().string();
    write_scenario(copy, scenario);
    expect_same(read_scenario(copy), scenario);
    EXPECT_EQ(scenario_text(read_scenario(copy)), read_text(copy)) << "the writer is stable";
    EXPECT_GT(biomech::solve_stride(scenario.a).summary.peak_soleus_force_n, 0.0);
    if (scenario.b) {
      ++compares;
      EXPECT_GT(biomech::solve_stride(*scenario.b).summary.peak_soleus_force_n, 0.0);
    }
    ++count;
  }
  EXPECT_GE(count, 7);
  EXPECT_GE(compares, 3);
}

TEST(Scenario, LeftOutValuesAreTheCommandLineDefaultsAndBInheritsA) {
  const Scenario s = parse_scenario(kHead + R"("runner": {"speed_mps": 4.5, "dorsiflexion_knee_straight_deg": 30},
      "shoe": {"preset": "racer", "drop_mm": 4}, "compare": {"strike": 0.9, "shoe": {"stack_mm": 20}}})",
                                    "s.json");
  EXPECT_EQ(s.a.runner.speed_mps, 4.5);
  EXPECT_EQ(s.a.runner.body_mass_kg, biomech::Runner{}.body_mass_kg);
  EXPECT_EQ(s.a.strike.strike_index, biomech::strike_preset(biomech::StrikePreset::kRearfoot).strike_index);
  EXPECT_DOUBLE_EQ(s.a.shoe.drop_m, 0.004);
  EXPECT_EQ(s.a.shoe.forefoot_stiffness, biomech::shoe_preset(biomech::ShoePreset::kRacer).shoe.forefoot_stiffness);
  // the knee-bent range follows a given knee-straight one, as on the command line
  EXPECT_NEAR(core::rad_to_deg(s.a.runner.dorsiflexion_knee_bent_rad), 44.0, 1e-9);
  ASSERT_TRUE(s.b);
  EXPECT_EQ(s.b->runner.speed_mps, 4.5);
  EXPECT_EQ(s.b->strike.strike_index, 0.9);
  EXPECT_DOUBLE_EQ(s.b->shoe.stack_m, 0.020);
  EXPECT_EQ(s.b->shoe.drop_m, s.a.shoe.drop_m);
  EXPECT_FALSE(s.view);
  EXPECT_FALSE(s.mode);
}

TEST(Scenario, AutomaticCadenceAndOddValuesRoundTrip) {
  Scenario s;
  s.title = "odd";
  s.a.runner.speed_mps = 3.3333333333333335;
  s.a.shoe.drop_m = 0.0071;
  s.a.strike.strike_index = 0.42;
  s.b = s.a;
  s.b->runner.cadence_spm = 181;
  s.b->runner.dorsiflexion_knee_straight_rad = core::deg_to_rad(31.7);
  s.view = scene::ViewPreset::Posterior;
  s.mode = ViewMode::Stretch;
  const std::string text = scenario_text(s);
  EXPECT_NE(text.find("\"cadence_spm\": \"auto\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"drop_mm\": 7.1"), std::string::npos) << text;
  expect_same(parse_scenario(text, "s.json"), s);
}

TEST(Scenario, EveryBadFileSaysFileFieldAndReason) {
  const std::pair<std::string, std::string> cases[] = {
      {"{\"format\": \"soleus-lab-scenario\",\n \"version\": 1,\n \"runner\": {\"speed_mps\": 3,,}}",
       "s.json: runner.speed_mps: line 3, column 28: syntax error"},
      {kHead + R"("runner": {"speed_mps": "fast"}})", "s.json: runner.speed_mps: must be a number between 1.5 and 9.5 m/s"},
      {kHead + R"("runner": []})", "s.json: runner: must be an object (got an array)"},
      {kHead + R"("title": 3})", "s.json: title: must be a string (got a number)"},
      {R"({"format": "soleus-lab-scenario", "version": 2})", "s.json: version: version 2 is not one this app reads"},
      {R"({"format": "soleus-lab-scenario", "version": "1"})", "s.json: version: must be a whole number"},
      {R"({"format": "soleus-lab-settings", "version": 1})", "s.json: format: is 'soleus-lab-settings', not a scenario"},
      {R"({"version": 1})", "s.json: format: missing"},
      {kHead + R"("runner": {"speed_mps": 12}})", "s.json: runner.speed_mps: must be between 1.5 and 9.5 m/s (got 12)"},
      {kHead + R"("runner": {"speed_mps": 1e400}})", "s.json: runner.speed_mps: number overflow"},
      {kHead + R"("shoe": {"drop_mm": 12, "stack_mm": 5}})", "s.json: shoe.drop_mm: must not exceed the stack height"},
      {kHead + R"("compare": {"shoe": {"drop_mm": -30}}})", "s.json: compare.shoe.drop_mm: must be between -15 and 20 mm"},
      {kHead + R"("runner": {"speed": 3}})", "s.json: runner.speed: unknown key"},
      {kHead + R"("colour": "red"})", "s.json: colour: unknown key"},
      {kHead + R"("compare": {"view": "medial"}})", "s.json: compare.view: unknown key"},
      {kHead + R"("compare": {"layout": "stacked"}})", "s.json: compare.layout: must be side-by-side|overlay|difference"},
      {kHead + R"("strike": "heel"})", "s.json: strike: must be rearfoot, midfoot, forefoot or an index"},
      {kHead + R"("shoe": {"preset": "boots"}})", "s.json: shoe.preset: must be barefoot, minimalist"},
      {kHead + R"("view": "top"})", "s.json: view: must be lateral, medial, posterior or anterior (got 'top')"},
      {kHead + R"("mode": "dance"})", "s.json: mode: must be run, anatomy"},
      {kHead + R"("runner": {"body_mass_kg": "auto"}})", "s.json: runner.body_mass_kg: must be a number"},
      {"[1, 2]", "s.json: must be an object (got an array)"},
      {"  ", "s.json: the file is empty"},
  };
  for (const auto& [text, expected] : cases) {
    const std::string error = scenario_error_of(text);
    EXPECT_EQ(error.rfind(expected, 0), 0u) << "input: " << text << "\nerror: " << error;
  }
}

TEST(Scenario, FilesThatCannotBeReadSayWhy) {
  TempDir dir;
  auto error_reading = [](const fs::path& path) -> std::string {
    try {
      read_scenario(path);
    } catch (const FileError& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_EQ(error_reading(dir / "missing.json"), (dir / "missing.json").string() + ": cannot be read: file not found");
  EXPECT_EQ(error_reading(dir.path()), dir.path().string() + ": cannot be read: it is a directory, not a file");
  const fs::path big = dir / "big.json";
  write_text(big, kHead + "\"description\": \"" + std::string(kMaxScenarioBytes, 'x') + "\"}");
  EXPECT_NE(error_reading(big).find("big.json: cannot be read: it is " ), std::string::npos) << error_reading(big);
  EXPECT_NE(error_reading(big).find("over the limit of 1048576"), std::string::npos);
}

TEST(Scenario, AFailedSaveLeavesThePreviousFileIntact) {
  TempDir dir;
  const fs::path file = dir / "mine.json";
  Scenario first;
  first.title = "first";
  write_scenario(file, first);
  const std::string before = read_text(file);
  Scenario second;
  second.title = "second";
  // A read-only file is not replaced, whoever runs the test (root included).
  fs::permissions(file, fs::perms::owner_read | fs::perms::group_read);
  EXPECT_THROW(write_scenario(file, second), FileError);
  EXPECT_EQ(read_text(file), before);
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  // A full disk: the write goes through a link to /dev/full and fails with ENOSPC.
  const fs::path full = dir / "full.json";
  fs::create_symlink("/dev/full", full);
  try {
    write_scenario(full, second);
    ADD_FAILURE() << "writing to /dev/full succeeded";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("full.json: cannot write: No space left on device"), std::string::npos)
        << e.what();
  }
  // A directory that does not exist: nothing is created, the message names the file.
  EXPECT_THROW(write_scenario(dir / "no" / "such.json", second), FileError);
  EXPECT_EQ(read_text(file), before);
  EXPECT_EQ(leftover_temporaries(dir.path()), 0);
}

TEST(Scenario, DocsListEveryKey) {
  const std::string docs = read_text(fs::path(SOLEUS_ASSETS_DIR) / ".." / "docs" / "scenarios.md");
  for (const std::string& key : scenario_runner_keys()) EXPECT_NE(docs.find("`" + key + "`"), std::string::npos) << key;
  for (const std::string& key : scenario_shoe_keys()) EXPECT_NE(docs.find("`" + key + "`"), std::string::npos) << key;
  for (const biomech::ShoePresetInfo& preset : biomech::shoe_presets())
    EXPECT_NE(docs.find("`" + std::string(preset.id) + "`"), std::string::npos) << preset.id;
  for (const biomech::StrikePresetInfo& preset : biomech::strike_presets())
    EXPECT_NE(docs.find("`" + std::string(preset.id) + "`"), std::string::npos) << preset.id;
}

}  // namespace soleus::document
