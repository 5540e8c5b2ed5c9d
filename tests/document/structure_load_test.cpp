// The picked structure's load as the Structure tab quotes it, and the labels as an undoable view
// edit. On the default (rigged) leg, without GL.
#include "document/structure_load.h"

#include <gtest/gtest.h>

#include "document/document.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

using anatomy::StructureRole;
using testing::leg;

}  // namespace

TEST(StructureLoad, RunningQuotesTheFramesSample) {
  Document doc = make_document(leg());
  apply_command(doc, SetPhase{0.2});  // not the opening instant: the numbers follow the playhead
  const scene::FrameSpec frame = describe_frame(doc, nullptr);
  ASSERT_GT(frame.sample.soleus_force_n(), 100.0);
  const double weight = doc.run.stride.model.body_weight_n;

  const StructureLoad soleus = structure_load(frame, StructureRole::Soleus);
  EXPECT_EQ(soleus.quote, LoadQuote::Running);
  EXPECT_DOUBLE_EQ(soleus.force_n, frame.sample.soleus_force_n());
  EXPECT_DOUBLE_EQ(soleus.force_bw, frame.sample.soleus_force_n() / weight);
  EXPECT_DOUBLE_EQ(soleus.strain, frame.sample.muscle_strain[0]);
  EXPECT_FALSE(soleus.tendon);

  const StructureLoad lateral = structure_load(frame, StructureRole::GastrocnemiusLateral);
  EXPECT_DOUBLE_EQ(lateral.force_n, frame.sample.muscle_force_n[2]);
  EXPECT_DOUBLE_EQ(lateral.strain, frame.sample.muscle_strain[2]);
  const StructureLoad tendon = structure_load(frame, StructureRole::AchillesTendon);
  EXPECT_TRUE(tendon.tendon);
  EXPECT_DOUBLE_EQ(tendon.force_n, frame.sample.achilles_force_n);
  EXPECT_DOUBLE_EQ(tendon.strain, frame.sample.achilles_strain);

  // a deep plantarflexor: its force, no strain (its length is not modelled)
  const StructureLoad posterior = structure_load(frame, StructureRole::TibialisPosterior);
  EXPECT_EQ(posterior.quote, LoadQuote::Running);
  EXPECT_FALSE(posterior.has_strain);
  EXPECT_DOUBLE_EQ(posterior.force_n, frame.sample.deep_force_n[0]);
  EXPECT_GT(posterior.force_n, 0.0);
  EXPECT_DOUBLE_EQ(structure_load(frame, StructureRole::FibularisBrevis).force_n, frame.sample.deep_force_n[4]);
  EXPECT_TRUE(soleus.has_strain);

  for (const StructureRole role : {StructureRole::Tibia, StructureRole::TibialisAnterior, StructureRole::Skin,
                                   StructureRole::Unknown}) {
    EXPECT_EQ(structure_load(frame, role).quote, LoadQuote::NotModelled) << static_cast<int>(role);
    EXPECT_FALSE(load_modelled(role));
  }
}

TEST(StructureLoad, TheStretchModeQuotesTheMusclesStretchAndOtherModesNothing) {
  Document doc = make_document(leg());
  apply_command(doc, SetExercisePose{biomech::ExercisePose::BentKneeStretch});
  scene::FrameSpec frame = describe_frame(doc, nullptr);
  const StructureLoad soleus = structure_load(frame, StructureRole::Soleus);
  EXPECT_EQ(soleus.quote, LoadQuote::Stretch);
  EXPECT_DOUBLE_EQ(soleus.strain, frame.stretch.strain[0]);
  EXPECT_DOUBLE_EQ(soleus.range_fraction, frame.stretch.tension_fraction[0]);
  EXPECT_GT(soleus.strain, 0.0);
  EXPECT_EQ(structure_load(frame, StructureRole::AchillesTendon).quote, LoadQuote::NotNow);
  EXPECT_EQ(structure_load(frame, StructureRole::FlexorHallucisLongus).quote, LoadQuote::NotNow);
  EXPECT_EQ(structure_load(frame, StructureRole::Fibula).quote, LoadQuote::NotModelled);

  apply_command(doc, SetViewMode{ViewMode::Anatomy});
  frame = describe_frame(doc, nullptr);
  EXPECT_EQ(structure_load(frame, StructureRole::Soleus).quote, LoadQuote::NotNow);
}

TEST(StructureLoad, AStrengthExerciseQuotesTheForceTheWeightOnTheBallAsks) {
  // a calf raise holds the body's weight on the ball of the foot: the soleus is coloured and
  // quoted by its force on the running scale, not by its stretch
  Document doc = make_document(leg());
  apply_command(doc, SetExercisePose{biomech::ExercisePose::CalfRaise});
  const scene::FrameSpec frame = describe_frame(doc, nullptr);
  ASSERT_GT(frame.exercise.body_weight_share, 0.0);
  EXPECT_EQ(frame.legend.kind, scene::LegendKind::Force);
  EXPECT_EQ(frame.legend.quantity_key, "legend.force_now");
  const StructureLoad soleus = structure_load(frame, StructureRole::Soleus);
  EXPECT_EQ(soleus.quote, LoadQuote::Exercise);
  EXPECT_GT(soleus.force_bw, 0.0);
  EXPECT_DOUBLE_EQ(soleus.force_n, frame.sample.soleus_force_n());
  EXPECT_DOUBLE_EQ(soleus.strain, frame.stretch.strain[0]);
  const StructureLoad tendon = structure_load(frame, StructureRole::AchillesTendon);
  EXPECT_EQ(tendon.quote, LoadQuote::Exercise);
  EXPECT_GT(tendon.force_bw, 1.0);  // more than the body's weight, through the foot's lever
  EXPECT_GT(structure_load(frame, StructureRole::FlexorHallucisLongus).force_n, 0.0);
  // a stretch stays a stretch
  apply_command(doc, SetExercisePose{biomech::ExercisePose::BentKneeStretch});
  const scene::FrameSpec stretch = describe_frame(doc, nullptr);
  EXPECT_EQ(stretch.legend.kind, scene::LegendKind::Stretch);
  EXPECT_EQ(structure_load(stretch, StructureRole::Soleus).quote, LoadQuote::Stretch);
}

// Labels are a view edit like x-ray: one undo step each, named; the set follows the model.
TEST(Labels, AreAnUndoableViewEdit) {
  Document doc = make_document(leg());
  EXPECT_FALSE(doc.labels.shown);
  ASSERT_EQ(doc.labels.structures.size(), doc.model->structures.size());
  const int soleus = doc.model->find(StructureRole::Soleus);
  const int talus = doc.model->find(StructureRole::Talus);
  EXPECT_TRUE(doc.labels.labelled(soleus));
  EXPECT_FALSE(doc.labels.labelled(talus));

  apply_command(doc, SetLabels{true});
  EXPECT_TRUE(describe_frame(doc, nullptr).labels->shown);
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Show labels");
  apply_command(doc, SetStructureLabelled{talus, true});
  EXPECT_TRUE(doc.labels.labelled(talus));
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Label Talus");
  apply_command(doc, SetStructureLabelled{9999, true});  // out of range: ignored, no step
  apply_command(doc, SetLabels{true});                   // no change: no step
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Label Talus");

  apply_command(doc, SetXray{true});
  apply_command(doc, ShowAll{});  // the layers' defaults; the labels stay
  EXPECT_TRUE(doc.labels.shown);
  EXPECT_TRUE(doc.labels.labelled(talus));
  apply_command(doc, Undo{});  // Show all
  apply_command(doc, Undo{});  // x-ray
  EXPECT_TRUE(doc.labels.labelled(talus));
  apply_command(doc, Undo{});
  EXPECT_FALSE(doc.labels.labelled(talus));
  EXPECT_TRUE(doc.labels.shown);
  apply_command(doc, Undo{});
  EXPECT_FALSE(doc.labels.shown);
  apply_command(doc, Redo{});
  EXPECT_TRUE(doc.labels.shown);
}

}  // namespace soleus::document
