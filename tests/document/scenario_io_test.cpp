#include "document/scenario_io.h"

#include <gtest/gtest.h>

#include "common/special_files.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

using testing::english;
using testing::fixture_document;

namespace fs = std::filesystem;
using soleus::testing::read_text;
using soleus::testing::TempDir;
using soleus::testing::write_text;

const std::string kHead = R"({"format": "soleus-lab-scenario", "version": 1, )";

}  // namespace

TEST(ScenarioIo, OpeningAppliesConditionsModeAndView) {
  Document doc = fixture_document();
  const auto scenario = open_scenario(doc, fs::path(SOLEUS_ASSETS_DIR) / "scenarios" / "carbon-racer-5mps.json");
  ASSERT_TRUE(scenario);
  EXPECT_EQ(doc.run.conditions.runner.speed_mps, 5.0);
  EXPECT_EQ(doc.run.stride.model.conditions.runner.speed_mps, 5.0);  // solved
  EXPECT_EQ(doc.teach.mode, ViewMode::Run);
  ASSERT_TRUE(doc.reframe && doc.reframe->preset);
  EXPECT_EQ(*doc.reframe->preset, scene::ViewPreset::Lateral);
  EXPECT_TRUE(doc.last_error.empty());
}

TEST(ScenarioIo, EveryBadFileShowsItsMessageAndKeepsTheState) {
  TempDir dir;
  Document doc = fixture_document();
  apply_command(doc, SetViewMode{ViewMode::Anatomy});
  biomech::Conditions mine = doc.run.conditions;
  mine.runner.speed_mps = 4.25;
  apply_command(doc, SetConditions{mine});
  const std::pair<std::string, std::string> cases[] = {
      {"syntax.json", kHead + "\"runner\": {"},
      {"type.json", kHead + R"("runner": {"speed_mps": true}})"},
      {"version.json", R"({"format": "soleus-lab-scenario", "version": 7})"},
      {"range.json", kHead + R"("shoe": {"stack_mm": 99}, "mode": "stretch"})"},
      {"unknown.json", kHead + R"("mode": "stretch", "colour": 1})"},
  };
  std::vector<fs::path> paths;
  for (const auto& [name, text] : cases) {
    write_text(dir / name, text);
    paths.push_back(dir / name);
  }
  write_text(dir / "big.json", kHead + "\"title\": \"" + std::string(kMaxScenarioBytes, 'x') + "\"}");
  paths.push_back(dir / "big.json");
  paths.push_back(dir.path());             // a directory
  paths.push_back(dir / "missing.json");  // missing
  const char* reasons[] = {"runner: line 1", "runner.speed_mps: must be a number", "version: version 7",
                           "shoe.stack_mm: must be between 0 and 60 mm", "colour: unknown key",
                           "cannot be read: it is", "it is a directory", "file not found"};
  for (std::size_t i = 0; i < paths.size(); ++i) {
    SCOPED_TRACE(paths[i].string());
    apply_command(doc, DismissError{});
    EXPECT_FALSE(open_scenario(doc, paths[i]));
    // A sentence in the language shown, with the file, the field and the reason as its detail.
    EXPECT_EQ(doc.last_error.key, "message.scenario_not_opened");
    const std::string said = english().say(doc.last_error);
    EXPECT_NE(said.find(": " + paths[i].string() + ": "), std::string::npos) << said;  // after the sentence
    EXPECT_NE(said.find(reasons[i]), std::string::npos) << said;
    EXPECT_EQ(doc.run.conditions.runner.speed_mps, 4.25);
    EXPECT_EQ(doc.teach.mode, ViewMode::Anatomy);
  }
}

TEST(ScenarioIo, SavedStateOpensEqualAndAFailedSaveKeepsTheOldFile) {
  TempDir dir;
  Document doc = fixture_document();
  biomech::Conditions c = doc.run.conditions;
  c.runner.speed_mps = 4.1;
  c.shoe.drop_m = 0.004;
  apply_command(doc, SetConditions{c});
  apply_command(doc, SetViewMode{ViewMode::Stretch});
  doc.camera.look_from(scene::ViewPreset::Posterior);
  doc.camera.orbit(0.3f, 0.0f);  // near posterior, not on it
  const fs::path file = dir / "mine.json";
  ASSERT_TRUE(save_scenario(doc, file));
  Document other = fixture_document();
  ASSERT_TRUE(open_scenario(other, file));
  EXPECT_EQ(other.run.conditions.runner.speed_mps, 4.1);
  EXPECT_EQ(other.run.conditions.shoe.drop_m, 0.004);
  EXPECT_EQ(other.teach.mode, ViewMode::Stretch);
  EXPECT_EQ(*other.reframe->preset, scene::ViewPreset::Posterior);

  const std::string before = read_text(file);
  fs::permissions(file, fs::perms::owner_read);
  c.runner.speed_mps = 2.0;
  apply_command(doc, SetConditions{c});
  EXPECT_FALSE(save_scenario(doc, file));
  EXPECT_NE(english().say(doc.last_error).find("mine.json: cannot write: it is read-only"), std::string::npos)
      << english().say(doc.last_error);
  EXPECT_EQ(read_text(file), before);
}

TEST(ScenarioIo, ADroppedJsonFileOpensAsAScenarioAnythingElseAsAModel) {
  TempDir dir;
  Document doc = fixture_document();
  write_text(dir / "fast.json", kHead + R"("runner": {"speed_mps": 6}})");
  EXPECT_TRUE(open_dropped_file(doc, dir / "fast.json"));
  EXPECT_EQ(doc.run.conditions.runner.speed_mps, 6.0);
  write_text(dir / "bad.json", kHead + R"("runner": {"speed_mps": 60}})");
  EXPECT_FALSE(open_dropped_file(doc, dir / "bad.json"));
  EXPECT_NE(english().say(doc.last_error).find("bad.json: runner.speed_mps: must be between"), std::string::npos)
      << english().say(doc.last_error);
  EXPECT_EQ(doc.run.conditions.runner.speed_mps, 6.0);
  const auto model = doc.model;
  EXPECT_FALSE(open_dropped_file(doc, fs::path(SOLEUS_TEST_DATA_DIR) / "three_parts.obj"));
  EXPECT_NE(doc.model, model);  // loaded as a model
}

}  // namespace soleus::document

namespace soleus::document {

// A file with a "compare" block opens the comparison as it was saved; one without ends it.
TEST(ScenarioIo, ACompareBlockOpensTheComparisonAndSavingKeepsIt) {
  TempDir dir;
  Document doc = fixture_document();
  ASSERT_TRUE(open_scenario(doc, fs::path(SOLEUS_ASSETS_DIR) / "scenarios" / "rearfoot-vs-forefoot.json"));
  ASSERT_TRUE(doc.compare.has_value());
  EXPECT_EQ(doc.teach.mode, ViewMode::Compare);
  EXPECT_LT(doc.run.conditions.strike.strike_index, doc.compare->conditions.strike.strike_index);
  EXPECT_GT(doc.compare->stride.summary.peak_soleus_force_n, doc.run.stride.summary.peak_soleus_force_n);

  apply_command(doc, SetCompareLayout{scene::PairLayout::Difference});
  const fs::path saved = dir.path() / "coach.json";
  ASSERT_TRUE(save_scenario(doc, saved));
  EXPECT_NE(read_text(saved).find("\"layout\": \"difference\""), std::string::npos);

  Document reopened = fixture_document();
  ASSERT_TRUE(open_scenario(reopened, saved));
  ASSERT_TRUE(reopened.compare.has_value());
  EXPECT_EQ(reopened.compare->layout, scene::PairLayout::Difference);
  EXPECT_EQ(reopened.compare->conditions.strike.strike_index, doc.compare->conditions.strike.strike_index);
  EXPECT_EQ(reopened.teach.mode, ViewMode::Compare);

  ASSERT_TRUE(open_scenario(reopened, fs::path(SOLEUS_ASSETS_DIR) / "scenarios" / "carbon-racer-5mps.json"));
  EXPECT_FALSE(reopened.compare.has_value());
  EXPECT_EQ(reopened.teach.mode, ViewMode::Run);

  // Each opening is one step to undo, named after its file.
  ASSERT_EQ(reopened.history.undo_size(), 2u);
  EXPECT_EQ(testing::english(reopened.history.undo_name()), "Open carbon-racer-5mps.json");
  apply_command(reopened, Undo{});
  ASSERT_TRUE(reopened.compare.has_value());
  EXPECT_EQ(reopened.compare->layout, scene::PairLayout::Difference);
  EXPECT_EQ(reopened.teach.mode, ViewMode::Compare);
  apply_command(reopened, Undo{});
  EXPECT_FALSE(reopened.compare.has_value());
  EXPECT_EQ(reopened.run.conditions.strike.strike_index, fixture_document().run.conditions.strike.strike_index);
}

}  // namespace soleus::document
