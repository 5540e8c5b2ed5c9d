#include "document/document.h"

#include <gtest/gtest.h>
#include "document_fixtures.h"

namespace soleus::document {
namespace {

using testing::fixture_document;

}  // namespace

TEST(Document, LayerCommandsChangeTheLayersAndClampValues) {
  Document doc = fixture_document();
  apply_command(doc, SetGroupOpacity{anatomy::StructureGroup::Skin, 3.0f});
  EXPECT_EQ(doc.layers.group_opacity[scene::group_index(anatomy::StructureGroup::Skin)], 1.0f);
  apply_command(doc, SetStructureVisible{0, false});
  EXPECT_FALSE(doc.layers.structures[0].visible);
  apply_command(doc, SetStructureVisible{99, false});  // ignored, not fatal
  apply_command(doc, Isolate{1});
  EXPECT_EQ(doc.layers.isolated, 1);
  apply_command(doc, ShowAll{});
  EXPECT_TRUE(doc.layers.structures[0].visible);
  EXPECT_EQ(doc.layers.isolated, -1);
}

TEST(Document, SelectionIsValidatedAndQueueAppliesInOrder) {
  Document doc = fixture_document();
  CommandQueue queue;
  queue.push(Select{2});
  queue.push(Select{7});
  queue.apply_all(doc);
  EXPECT_EQ(doc.selected, -1);
  queue.push(Select{1});
  queue.apply_all(doc);
  EXPECT_EQ(doc.selected, 1);
  EXPECT_TRUE(queue.empty());
}

TEST(Document, FailedLoadKeepsTheCurrentModelAndReportsWhy) {
  Document doc = fixture_document();
  const auto before = doc.model;
  apply_command(doc, LoadModel{"/nonexistent/leg.glb"});
  EXPECT_EQ(doc.model, before);
  EXPECT_NE(testing::english().say(doc.last_error).find("/nonexistent/leg.glb"), std::string::npos);
  apply_command(doc, DismissError{});
  EXPECT_TRUE(doc.last_error.empty());
  apply_command(doc, LoadModel{testing::three_parts_path()});
  EXPECT_NE(doc.model, before);
  EXPECT_EQ(doc.layers.structures.size(), doc.model->structures.size());
}

// A model loaded in the background arrives as ShowModel: shown and framed like LoadModel's, or,
// failed, said in LoadModel's words with the current model kept.
TEST(Document, AModelLoadedElsewhereIsShownOrItsFailureSaid) {
  Document doc = fixture_document();
  const auto before = doc.model;
  apply_command(doc, ShowModel{nullptr, "cannot load model '/big/leg.obj': file not found"});
  EXPECT_EQ(doc.model, before);
  EXPECT_NE(testing::english().say(doc.last_error).find("(the one shown stays): cannot load model '/big/leg.obj'"), std::string::npos)
      << testing::english().say(doc.last_error);
  apply_command(doc, DismissError{});
  doc.reframe.reset();
  apply_command(doc, ShowModel{testing::leg(), ""});
  EXPECT_EQ(doc.model, testing::leg());
  EXPECT_EQ(doc.layers.structures.size(), doc.model->structures.size());
  EXPECT_TRUE(doc.reframe);
  EXPECT_TRUE(doc.last_error.empty());
}

// File > Open with a folder of parts (issue 16): the set loads, rigged, and the app runs it
// rather than showing it static; a folder without mesh files keeps the current model.
TEST(Document, OpeningAFolderOfPartsRunsIt) {
  const std::filesystem::path set = std::filesystem::path(SOLEUS_SHARED_DIR) / "reference-anatomy" / "bodyparts3d";
  if (!std::filesystem::exists(set)) GTEST_SKIP() << "no reference anatomy at " << set;
  Document doc = fixture_document();
  apply_command(doc, LoadModel{set.string()});
  ASSERT_TRUE(doc.last_error.empty()) << testing::english().say(doc.last_error);
  EXPECT_TRUE(doc.model->has_rig());
  EXPECT_NE(shown_mode(doc), ViewMode::StaticModel);
  const auto before = doc.model;
  const std::filesystem::path empty = std::filesystem::temp_directory_path() / "soleus_document_empty_set";
  std::filesystem::remove_all(empty);
  std::filesystem::create_directories(empty);
  apply_command(doc, LoadModel{empty.string()});
  std::filesystem::remove_all(empty);
  EXPECT_EQ(doc.model, before);
  EXPECT_NE(testing::english().say(doc.last_error).find("no mesh files"), std::string::npos)
      << testing::english().say(doc.last_error);
}

// A view asks for framing, carried out once the frame is built (with what it shows).
TEST(Document, ViewCommandsMoveTheCameraOnceTheFrameIsFramed) {
  Document doc = fixture_document();
  const std::vector<Vec3> shown = {doc.model->bounds.min, doc.model->bounds.max};
  apply_command(doc, SetView{scene::ViewPreset::Posterior});
  ASSERT_TRUE(doc.reframe);
  EXPECT_TRUE(apply_framing(doc, shown));
  EXPECT_FALSE(doc.reframe);  // once
  EXPECT_LT(doc.camera.eye().z, 0.0f);
  apply_command(doc, SetView{scene::ViewPreset::Anterior});
  apply_framing(doc, shown);
  EXPECT_GT(doc.camera.eye().z, 0.0f);
  const float distance = doc.camera.distance;
  apply_command(doc, MoveCamera{0, 0, 0, 0, 2.0f});
  EXPECT_FALSE(apply_framing(doc, shown));  // nothing asked for
  apply_command(doc, FrameModel{});
  apply_framing(doc, shown);
  EXPECT_FLOAT_EQ(doc.camera.distance, distance);
}

}  // namespace soleus::document

namespace soleus::document {

TEST(DocumentRun, StartsSolvedAndPlaying) {
  const Document doc = fixture_document();
  EXPECT_GE(doc.run.stride.samples.size(), 200u);
  EXPECT_GT(doc.run.stride.summary.peak_soleus_force_n, 0.0);
  EXPECT_TRUE(doc.run.playing);
  EXPECT_FALSE(doc.run.previous.has_value());
}

TEST(DocumentRun, ValidConditionsResolveAndKeepThePreviousStrideForTheFadedCurve) {
  Document doc = fixture_document();
  const double rearfoot_peak = doc.run.stride.summary.peak_achilles_force_bw;
  biomech::Conditions forefoot = doc.run.conditions;
  forefoot.strike = biomech::make_strike(biomech::StrikePreset::kForefoot);
  apply_command(doc, SetConditions{forefoot, false});
  ASSERT_TRUE(doc.run.previous.has_value());
  EXPECT_DOUBLE_EQ(doc.run.previous->summary.peak_achilles_force_bw, rearfoot_peak);
  EXPECT_GT(doc.run.stride.summary.peak_achilles_force_bw, rearfoot_peak);
  // While a slider is dragged, "previous" stays the value from before the drag.
  biomech::Conditions faster = forefoot;
  faster.runner.speed_mps = 4.0;
  apply_command(doc, SetConditions{faster, true});
  EXPECT_DOUBLE_EQ(doc.run.previous->summary.peak_achilles_force_bw, rearfoot_peak);
}

TEST(DocumentRun, InvalidConditionsAreRefusedWithAMessageAndNothingChanges) {
  Document doc = fixture_document();
  const double peak = doc.run.stride.summary.peak_soleus_force_n;
  biomech::Conditions bad = doc.run.conditions;
  bad.runner.speed_mps = 40.0;
  apply_command(doc, SetConditions{bad, false});
  EXPECT_NE(doc.run.input_error.find("speed"), std::string::npos);
  EXPECT_DOUBLE_EQ(doc.run.stride.summary.peak_soleus_force_n, peak);
  EXPECT_DOUBLE_EQ(doc.run.conditions.runner.speed_mps, 3.5);
}

TEST(DocumentRun, PlaybackAdvancesWrapsStepsAndScrubs) {
  Document doc = fixture_document();
  const double stride_time = doc.run.stride.summary.stride_time_s;
  apply_command(doc, SetPhase{0.0});
  apply_command(doc, SetPlaybackSpeed{1.0});
  apply_command(doc, AdvanceTime{stride_time * 0.25});
  EXPECT_NEAR(doc.run.phase, 0.25, 1e-9);
  apply_command(doc, AdvanceTime{stride_time});
  EXPECT_NEAR(doc.run.phase, 0.25, 1e-9);  // a whole stride later: same place
  apply_command(doc, StepFrame{-30});
  EXPECT_FALSE(doc.run.playing);
  EXPECT_NEAR(doc.run.phase, 0.95, 1e-9);  // wrapped backwards
  apply_command(doc, AdvanceTime{1.0});
  EXPECT_NEAR(doc.run.phase, 0.95, 1e-9);  // paused
  apply_command(doc, SetPhase{1.5});
  EXPECT_NEAR(doc.run.phase, 0.5, 1e-9);
  apply_command(doc, SetPlaybackSpeed{100.0});
  EXPECT_DOUBLE_EQ(doc.run.speed, 2.0);
}

TEST(DocumentRun, WithoutLoopingTheStridePlaysToItsEndAndStops) {
  Document doc = fixture_document();
  const double stride_time = doc.run.stride.summary.stride_time_s;
  apply_command(doc, SetPhase{0.0});
  apply_command(doc, SetPlaybackSpeed{1.0});
  apply_command(doc, SetLoopPlayback{false});
  apply_command(doc, AdvanceTime{stride_time * 0.75});
  EXPECT_TRUE(doc.run.playing);
  EXPECT_NEAR(doc.run.phase, 0.75, 1e-9);
  apply_command(doc, AdvanceTime{stride_time * 0.5});
  EXPECT_FALSE(doc.run.playing);
  EXPECT_DOUBLE_EQ(doc.run.phase, 0.0);  // the end of the stride, where the next one would begin
  apply_command(doc, AdvanceTime{stride_time * 0.5});
  EXPECT_DOUBLE_EQ(doc.run.phase, 0.0);
  // Play again: one more stride.
  apply_command(doc, SetPlaying{true});
  apply_command(doc, AdvanceTime{stride_time * 0.5});
  EXPECT_TRUE(doc.run.playing);
  EXPECT_NEAR(doc.run.phase, 0.5, 1e-9);
  apply_command(doc, SetLoopPlayback{true});
  apply_command(doc, AdvanceTime{stride_time * 0.75});
  EXPECT_TRUE(doc.run.playing);
  EXPECT_NEAR(doc.run.phase, 0.25, 1e-9);
}

TEST(DocumentTeach, ModesRoundTripThroughTheirIdsAndAPoseStartsTheStretchMode) {
  for (ViewMode mode : {ViewMode::Run, ViewMode::Anatomy, ViewMode::Stretch, ViewMode::FoamRolling})
    EXPECT_EQ(parse_view_mode(to_string(mode)), mode);
  Document doc = fixture_document();
  apply_command(doc, SetExercisePose{biomech::ExercisePose::StraightKneeStretch});
  EXPECT_EQ(doc.teach.mode, ViewMode::Stretch);
  EXPECT_EQ(doc.teach.pose, biomech::ExercisePose::StraightKneeStretch);
}

}  // namespace soleus::document
