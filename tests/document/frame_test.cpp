// The frame description and the modes: what each mode shows, Learn pages driving the view and
// going back, framing what is shown. On the default (rigged) leg, without GL.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "document/document.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

using testing::leg;

bool colours(const scene::FrameSpec& spec, anatomy::StructureRole role) {
  return std::any_of(spec.colours.begin(), spec.colours.end(), [&](const scene::ScaleColour& c) { return c.role == role; });
}

biomech::Conditions forefoot_strike() {
  biomech::Conditions c;
  c.strike = biomech::make_strike(biomech::StrikePreset::kForefoot);
  return c;
}

}  // namespace

TEST(Modes, EveryModeHasOneRowAndSelectableModesParse) {
  std::set<ViewMode> seen;
  for (const ModeInfo* m = modes_begin(); m != modes_end(); ++m) {
    EXPECT_TRUE(seen.insert(m->mode).second) << m->id;
    EXPECT_EQ(&mode_info(m->mode), m);
    EXPECT_EQ(parse_view_mode(m->id).has_value(), !m->menu_label.empty()) << m->id;
  }
  EXPECT_EQ(seen.size(), 6u);
  EXPECT_FALSE(parse_view_mode("static-model"));  // what a model without a rig shows, never chosen
}

// The first picture shows the soleus at work, not the unloaded instant of initial contact.
TEST(Frame, OpensWhereTheSoleusCarriesItsPeak) {
  const Document doc = make_document(leg());
  const scene::FrameSpec spec = describe_frame(doc, nullptr);
  EXPECT_NEAR(spec.sample.soleus_force_n(), doc.run.stride.summary.peak_soleus_force_n,
              0.02 * doc.run.stride.summary.peak_soleus_force_n);
  EXPECT_TRUE(spec.animating);
}

// Each mode describes its own subject, colours and legend, and only what applies to it.
TEST(Frame, EachModeDescribesItsSubjectAndLegend) {
  Document doc = make_document(leg());
  scene::FrameSpec run = describe_frame(doc, nullptr);
  EXPECT_EQ(run.subject, scene::Subject::Running);
  EXPECT_EQ(run.legend.kind, scene::LegendKind::Force);
  EXPECT_EQ(run.legend.unit, "BW");
  EXPECT_EQ(run.legend.structures, std::vector<anatomy::StructureRole>{anatomy::StructureRole::Soleus});
  EXPECT_TRUE(colours(run, anatomy::StructureRole::Soleus));
  EXPECT_FALSE(colours(run, anatomy::StructureRole::GastrocnemiusMedial));
  apply_command(doc, SetLoadColouring{true, true, false});
  run = describe_frame(doc, nullptr);
  EXPECT_EQ(run.legend.structures.size(), 3u);  // the legend names every coloured structure

  apply_command(doc, SetViewMode{ViewMode::Anatomy});
  const scene::FrameSpec anatomy = describe_frame(doc, nullptr);
  EXPECT_EQ(anatomy.subject, scene::Subject::Standing);
  EXPECT_TRUE(anatomy.colours.empty());
  EXPECT_EQ(anatomy.legend.kind, scene::LegendKind::None);
  EXPECT_FALSE(anatomy.animating);
  EXPECT_FALSE(mode_info(ViewMode::Anatomy).runner_controls);
  EXPECT_EQ(mode_info(ViewMode::Anatomy).timeline, Timeline::None);

  apply_command(doc, SetExercisePose{biomech::ExercisePose::StraightKneeStretch});
  const scene::FrameSpec stretch = describe_frame(doc, nullptr);
  EXPECT_EQ(stretch.subject, scene::Subject::Exercise);
  EXPECT_EQ(stretch.legend.kind, scene::LegendKind::Stretch);
  EXPECT_FALSE(stretch.animating);  // a held stretch does not move
  EXPECT_GT(stretch.stretch.strain[0], 0.0);
  apply_command(doc, SetExercisePose{biomech::ExercisePose::HeelDrop});
  EXPECT_TRUE(describe_frame(doc, nullptr).animating);

  scene::RollingMap map;
  map.spots = {{"a", anatomy::StructureRole::Soleus, 0.5, 0.5, 0.1, false},
               {"b", anatomy::StructureRole::Soleus, 0.3, 0.6, 0.1, true}};
  apply_command(doc, SetViewMode{ViewMode::FoamRolling});
  EXPECT_EQ(doc.reframe->preset, scene::ViewPreset::Medial);  // the leg lies on the roller, its spots on the inner side
  scene::FrameSpec rolling = describe_frame(doc, &map);
  EXPECT_EQ(rolling.subject, scene::Subject::FoamRolling);
  EXPECT_EQ(rolling.chosen_spot, 0);
  EXPECT_EQ(rolling.legend.kind, scene::LegendKind::RollingMap);
  doc.teach.spot = "b";
  EXPECT_EQ(describe_frame(doc, &map).chosen_spot, 1);
}

TEST(Frame, AModelWithoutARigIsStaticWhateverTheMode) {
  const auto model = testing::three_parts_model();
  Document doc = make_document(model);
  EXPECT_EQ(shown_mode(doc), ViewMode::StaticModel);
  const scene::FrameSpec spec = describe_frame(doc, nullptr);
  EXPECT_EQ(spec.subject, scene::Subject::Standing);
  EXPECT_EQ(spec.legend.kind, scene::LegendKind::None);
  EXPECT_FALSE(spec.animating);
  EXPECT_EQ(mode_info(ViewMode::StaticModel).timeline, Timeline::None);
  EXPECT_FALSE(mode_info(ViewMode::StaticModel).load_numbers);
}

TEST(Frame, IsolatingAStructureHidesTheProps) {
  Document doc = make_document(leg());
  EXPECT_TRUE(describe_frame(doc, nullptr).props);
  apply_command(doc, Isolate{doc.model->find(anatomy::StructureRole::Soleus)});
  EXPECT_TRUE(doc.reframe);  // the camera follows what is shown
  EXPECT_FALSE(describe_frame(doc, nullptr).props);
}

// A page shows its subject; going back restores the runner's own mode and settings.
TEST(Pages, APageShowsItsConditionsAndGoingBackRestoresTheRunnersOwn) {
  Document doc = make_document(leg());
  const double own_peak = doc.run.stride.summary.peak_soleus_force_n;
  ShowPage myth;
  myth.id = "myth_heel_strike_calf";
  myth.conditions = forefoot_strike();
  myth.shown_case = 1;
  apply_command(doc, myth);
  EXPECT_EQ(doc.page.id, "myth_heel_strike_calf");
  EXPECT_EQ(doc.page.shown_case, 1);
  EXPECT_GT(doc.run.stride.summary.peak_soleus_force_n, own_peak);  // forefoot loads the soleus more
  EXPECT_DOUBLE_EQ(own_stride(doc).summary.peak_soleus_force_n, own_peak);

  ShowPage exercise;
  exercise.id = "stretch_bent_knee_wall";
  exercise.mode = ViewMode::Stretch;
  exercise.pose = biomech::ExercisePose::BentKneeStretch;
  apply_command(doc, exercise);  // no conditions: the runner's own again
  EXPECT_EQ(shown_mode(doc), ViewMode::Stretch);
  EXPECT_DOUBLE_EQ(doc.run.stride.summary.peak_soleus_force_n, own_peak);
  EXPECT_TRUE(doc.reframe);

  apply_command(doc, myth);
  apply_command(doc, ClosePage{});
  EXPECT_TRUE(doc.page.id.empty());
  EXPECT_EQ(shown_mode(doc), ViewMode::Run);
  EXPECT_DOUBLE_EQ(doc.run.stride.summary.peak_soleus_force_n, own_peak);
  EXPECT_DOUBLE_EQ(doc.run.conditions.strike.strike_index, biomech::Conditions{}.strike.strike_index);
}

// Going back puts the runner's own pose and playhead back too (a page moves them).
TEST(Pages, GoingBackRestoresThePoseAndThePlayhead) {
  Document doc = make_document(leg());
  apply_command(doc, SetPhase{0.4});
  ShowPage drop;
  drop.id = "strength_heel_drop_straight";
  drop.mode = ViewMode::Stretch;
  drop.pose = biomech::ExercisePose::HeelDrop;
  apply_command(doc, drop);
  ShowPage myth;
  myth.id = "myth_heel_strike_calf";
  myth.conditions = forefoot_strike();
  apply_command(doc, myth);
  EXPECT_NEAR(doc.run.phase, doc.run.stride.summary.peak_soleus_phase, 1e-12);  // the changed runner at its peak
  apply_command(doc, ClosePage{});
  EXPECT_EQ(doc.teach.pose, biomech::ExercisePose::BentKneeStretch);
  EXPECT_DOUBLE_EQ(doc.run.phase, 0.4);
  EXPECT_EQ(shown_mode(doc), ViewMode::Run);
}

// Reduced motion: the stride plays once from where it started and stops there; an exercise plays
// one repetition; the roller and a held stretch do not move. Stepping moves the clock the view shows.
TEST(Playback, WithoutLoopingEachClockPlaysOnceAndStepsMoveTheClockShown) {
  Document doc = make_document(leg());
  apply_command(doc, SetLoopPlayback{false});
  const double start = doc.run.phase;
  const double stride_s = doc.run.stride.summary.stride_time_s / doc.run.speed;
  apply_command(doc, AdvanceTime{0.6 * stride_s});
  EXPECT_TRUE(doc.run.playing);
  apply_command(doc, AdvanceTime{0.6 * stride_s});
  EXPECT_FALSE(doc.run.playing);
  EXPECT_DOUBLE_EQ(doc.run.phase, start);

  apply_command(doc, SetExercisePose{biomech::ExercisePose::HeelDrop});
  apply_command(doc, SetPlaying{true});
  apply_command(doc, AdvanceTime{3.0});
  EXPECT_TRUE(doc.run.playing);
  apply_command(doc, AdvanceTime{3.0});
  EXPECT_FALSE(doc.run.playing);
  EXPECT_DOUBLE_EQ(doc.teach.exercise_time_s, biomech::kHeelDropCycleS);
  const double phase = doc.run.phase;
  apply_command(doc, StepFrame{-2});
  EXPECT_NEAR(doc.teach.exercise_time_s, biomech::kHeelDropCycleS - 2.0 * kStepSeconds, 1e-12);
  EXPECT_DOUBLE_EQ(doc.run.phase, phase);  // the stride the view does not show stays put

  apply_command(doc, SetViewMode{ViewMode::FoamRolling});
  apply_command(doc, SetPlaying{true});
  apply_command(doc, AdvanceTime{0.5});
  EXPECT_FALSE(doc.run.playing);
  EXPECT_DOUBLE_EQ(doc.teach.exercise_time_s, 0.0);
}

TEST(Pages, AnEditByHandMakesTheSettingsOnScreenTheRunnersOwn) {
  Document doc = make_document(leg());
  ShowPage myth;
  myth.id = "myth_heel_strike_calf";
  myth.conditions = forefoot_strike();
  apply_command(doc, myth);
  biomech::Conditions edited = doc.run.conditions;
  edited.runner.speed_mps = 4.0;
  apply_command(doc, SetConditions{edited, false});
  apply_command(doc, ClosePage{});
  EXPECT_DOUBLE_EQ(doc.run.conditions.runner.speed_mps, 4.0);  // kept, not reverted
  EXPECT_DOUBLE_EQ(doc.run.conditions.strike.strike_index, forefoot_strike().strike.strike_index);
}

TEST(Pages, AnInvalidPageChangesNothing) {
  Document doc = make_document(leg());
  ShowPage bad;
  bad.id = "x";
  bad.conditions = biomech::Conditions{};
  bad.conditions->runner.speed_mps = 99.0;
  apply_command(doc, bad);
  EXPECT_TRUE(doc.page.id.empty());
  EXPECT_DOUBLE_EQ(doc.run.conditions.runner.speed_mps, 3.5);
}

}  // namespace soleus::document
