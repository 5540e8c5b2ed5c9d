#include "document/history.h"

#include <gtest/gtest.h>

#include <functional>

#include "content/language.h"
#include "content/structures.h"
#include "document/document.h"
#include "document/edit_names.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

using testing::fixture_document;

bool same(const EditableState& a, const EditableState& b) { return !changed_parts(a, b).any(); }

biomech::Conditions forefoot_index() {
  biomech::Conditions c;
  c.strike.strike_index = 5.0 / 6.0;
  return c;
}

// One command of every undoable kind, each changing the default document.
struct Case {
  const char* name;
  Command command;
};
std::vector<Case> every_edit() {
  return {
      {"Hide Skin", SetGroupVisible{anatomy::StructureGroup::Skin, false}},
      {"Fade Skin", SetGroupOpacity{anatomy::StructureGroup::Skin, 0.8f}},
      {nullptr, SetStructureVisible{0, false}},
      {nullptr, SetStructureOpacity{1, 0.5f}},
      {"Turn on x-ray", SetXray{true}},
      {nullptr, SetSection{scene::Section{scene::SectionAxis::Coronal, 0.0f}}},
      {nullptr, Isolate{1}},
      {"Change foot strike", SetConditions{forefoot_index()}},
      {"Load scale: capacity", SetLoadScale{LoadScale::PercentCapacity}},
      {"Change load colouring", SetLoadColouring{true, true, false}},
      {"Change force cues", SetForceCues{false, true, true}},
      {"Camera follow: free", SetCameraFollow{CameraFollow::Free}},
      {"Set mode: Stretch", SetViewMode{ViewMode::Stretch}},
      {nullptr, SetExercisePose{biomech::ExercisePose::HeelDrop}},
      {"Compare A and B", StartCompare{forefoot_index()}},
  };
}

}  // namespace

TEST(History, EveryEditIsNamedUndoneExactlyAndRedone) {
  for (const Case& edit : every_edit()) {
    Document doc = fixture_document();
    const EditableState before = editable_state(doc);
    apply_command(doc, edit.command);
    const EditableState after = editable_state(doc);
    ASSERT_FALSE(same(before, after)) << edit.command.index();
    ASSERT_EQ(doc.history.undo_size(), 1u) << edit.command.index();
    if (edit.name) {
      EXPECT_EQ(testing::english(doc.history.undo_name()), edit.name);
    }
    apply_command(doc, Undo{});
    EXPECT_TRUE(same(editable_state(doc), before)) << testing::english(doc.history.redo_name());
    EXPECT_EQ(doc.history.undo_size(), 0u);
    ASSERT_TRUE(doc.history.redo_name());
    apply_command(doc, Redo{});
    EXPECT_TRUE(same(editable_state(doc), after)) << testing::english(doc.history.undo_name());
    EXPECT_FALSE(doc.history.redo_name());
  }
}

namespace {
// Every key of an edit's name, its arguments' included.
void collect_keys(const content::Phrase& phrase, std::vector<std::string>& keys) {
  if (!phrase.key.empty()) keys.push_back(phrase.key);
  for (const auto& arg : phrase.args) collect_keys(arg.second, keys);
}
}  // namespace

TEST(History, EditNamesAreSaidInEveryLanguage) {
  std::vector<content::Strings> tables;
  const std::filesystem::path assets = SOLEUS_ASSETS_DIR;
  for (const content::LanguageInfo& info : content::languages()) {
    tables.push_back(content::Strings::load_language(assets / "strings", info.language));
    // As the app does: the structures' names come from the catalogue, in the same language.
    const content::StructureCatalog catalog = content::load_structure_catalog(
        (assets / "content" / "structures.json").string(), std::nullopt, info.language);
    for (const content::StructureEntry& entry : catalog.structures)
      tables.back().add("structure_name." + entry.id, entry.name);
  }
  for (const content::Strings& table : tables)
    for (const std::string& key : edit_name_keys()) EXPECT_TRUE(table.contains(key)) << key;
  for (const Case& edit : every_edit()) {
    Document doc = fixture_document();
    apply_command(doc, edit.command);
    ASSERT_TRUE(doc.history.undo_name());
    std::vector<std::string> keys;
    collect_keys(*doc.history.undo_name(), keys);
    for (const content::Strings& table : tables)
      for (const std::string& key : keys) EXPECT_TRUE(table.contains(key)) << key;
    // Said in the language shown, not the one of the moment of the edit.
    const content::Strings& chinese = tables.back();
    EXPECT_NE(chinese.say(*doc.history.undo_name()), testing::english(doc.history.undo_name()));
  }
}

TEST(History, UndoneConditionsSolveTheStrideAgain) {
  Document doc = fixture_document();
  const double rearfoot_peak = doc.run.stride.summary.peak_soleus_force_n;
  apply_command(doc, SetConditions{forefoot_index()});
  const double forefoot_peak = doc.run.stride.summary.peak_soleus_force_n;
  ASSERT_NE(rearfoot_peak, forefoot_peak);
  apply_command(doc, Undo{});
  EXPECT_EQ(doc.run.stride.summary.peak_soleus_force_n, rearfoot_peak);
  apply_command(doc, Redo{});
  EXPECT_EQ(doc.run.stride.summary.peak_soleus_force_n, forefoot_peak);
}

TEST(History, ANewEditClearsRedo) {
  Document doc = fixture_document();
  apply_command(doc, SetXray{true});
  apply_command(doc, Undo{});
  ASSERT_TRUE(doc.history.redo_name());
  apply_command(doc, SetGroupVisible{anatomy::StructureGroup::Skin, false});
  EXPECT_FALSE(doc.history.redo_name());
  apply_command(doc, Redo{});  // nothing to redo: nothing changes
  EXPECT_FALSE(doc.layers.xray);
}

TEST(History, KeepsTheLast200Steps) {
  Document doc = fixture_document();
  for (int i = 0; i < 250; ++i) apply_command(doc, SetXray{i % 2 == 0});
  EXPECT_EQ(doc.history.undo_size(), History::kMaxSteps);
  for (int i = 0; i < 300; ++i) apply_command(doc, Undo{});
  EXPECT_EQ(doc.history.redo_size(), History::kMaxSteps);
  EXPECT_FALSE(doc.layers.xray);  // the state 200 steps back: after step 50 (x-ray off)
}

TEST(History, OneSliderDragIsOneStep) {
  Document doc = fixture_document();
  const float start = doc.layers.group_opacity[scene::group_index(anatomy::StructureGroup::Skin)];
  apply_command(doc, SetGroupOpacity{anatomy::StructureGroup::Skin, 0.5f, false});
  for (float opacity : {0.6f, 0.7f, 0.8f}) apply_command(doc, SetGroupOpacity{anatomy::StructureGroup::Skin, opacity, true});
  biomech::Conditions c;
  c.runner.speed_mps = 4.0;
  apply_command(doc, SetConditions{c, false});
  c.runner.speed_mps = 4.5;
  apply_command(doc, SetConditions{c, true});
  EXPECT_EQ(doc.history.undo_size(), 2u);
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Change speed");
  apply_command(doc, Undo{});
  EXPECT_EQ(doc.run.conditions.runner.speed_mps, biomech::Conditions{}.runner.speed_mps);
  apply_command(doc, Undo{});
  EXPECT_EQ(doc.layers.group_opacity[scene::group_index(anatomy::StructureGroup::Skin)], start);
  // After an undo a continuing edit starts its own step rather than joining an old one.
  apply_command(doc, Redo{});
  apply_command(doc, SetGroupOpacity{anatomy::StructureGroup::Skin, 0.1f, true});
  EXPECT_EQ(doc.history.undo_size(), 2u);
}

TEST(History, RefusedAndUnchangedEditsAreNotRecorded) {
  Document doc = fixture_document();
  biomech::Conditions invalid;
  invalid.runner.speed_mps = 99.0;
  apply_command(doc, SetConditions{invalid});
  EXPECT_FALSE(doc.run.input_error.empty());
  apply_command(doc, SetXray{false});  // already off
  apply_command(doc, Select{1});       // looking, not editing
  apply_command(doc, MoveCamera{0.3f});
  apply_command(doc, SetPhase{0.5});
  EXPECT_EQ(doc.history.undo_size(), 0u);
  EXPECT_FALSE(doc.history.undo_name());
}

// A Learn page shows other settings for a while: opening and closing it is no step, and an
// undo that changes the runner's own settings closes it so that the change is seen.
TEST(History, LearnPagesAreNotStepsAndUndoShowsTheRunnersOwn) {
  Document doc = fixture_document();
  apply_command(doc, SetGroupVisible{anatomy::StructureGroup::Skin, false});
  ShowPage page;
  page.id = "cause_x";
  page.conditions = forefoot_index();
  apply_command(doc, page);
  apply_command(doc, ClosePage{});
  EXPECT_EQ(doc.history.undo_size(), 1u);
  apply_command(doc, SetConditions{forefoot_index()});
  apply_command(doc, page);  // the page shows a runner; the own settings are aside
  apply_command(doc, Undo{});
  EXPECT_TRUE(doc.page.id.empty());
  EXPECT_EQ(doc.run.conditions.strike.strike_index, biomech::Conditions{}.strike.strike_index);
  apply_command(doc, Undo{});
  EXPECT_TRUE(doc.layers.group_visible[scene::group_index(anatomy::StructureGroup::Skin)]);
}

TEST(History, LoadingAModelStartsANewHistory) {
  Document doc = fixture_document();
  apply_command(doc, SetXray{true});
  apply_command(doc, LoadModel{testing::three_parts_path()});
  EXPECT_EQ(doc.history.undo_size(), 0u);
}

}  // namespace soleus::document

namespace soleus::document {

// A coach's comparison is edited like anything else: each step of it comes back, B's stride with it.
TEST(History, ComparisonStepsAreUndoneAndRedone) {
  Document doc = fixture_document();
  apply_command(doc, StartCompare{});
  biomech::Conditions faster;
  faster.runner.speed_mps += 1.0;
  apply_command(doc, SetConditions{faster, false, Slot::B});
  apply_command(doc, SetCompareLayout{scene::PairLayout::Difference});
  apply_command(doc, SwapAB{});
  ASSERT_EQ(doc.history.undo_size(), 4u);
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Swap A and B");
  EXPECT_DOUBLE_EQ(doc.run.conditions.runner.speed_mps, faster.runner.speed_mps);

  apply_command(doc, Undo{});  // the swap
  EXPECT_DOUBLE_EQ(doc.compare->conditions.runner.speed_mps, faster.runner.speed_mps);
  EXPECT_DOUBLE_EQ(doc.compare->stride.summary.peak_soleus_force_n,
                   biomech::solve_stride(faster).summary.peak_soleus_force_n);
  apply_command(doc, Undo{});  // the layout
  EXPECT_EQ(doc.compare->layout, scene::PairLayout::SideBySide);
  EXPECT_EQ(testing::english(doc.history.undo_name()), "B: Change speed");
  apply_command(doc, Undo{});  // B's speed
  EXPECT_DOUBLE_EQ(doc.compare->conditions.runner.speed_mps, doc.run.conditions.runner.speed_mps);
  apply_command(doc, Undo{});  // the comparison itself
  EXPECT_FALSE(doc.compare.has_value());
  EXPECT_EQ(doc.teach.mode, ViewMode::Run);

  for (int i = 0; i < 4; ++i) apply_command(doc, Redo{});
  ASSERT_TRUE(doc.compare.has_value());
  EXPECT_EQ(doc.teach.mode, ViewMode::Compare);
  EXPECT_EQ(doc.compare->layout, scene::PairLayout::Difference);
  EXPECT_DOUBLE_EQ(doc.run.conditions.runner.speed_mps, faster.runner.speed_mps);
}

}  // namespace soleus::document
