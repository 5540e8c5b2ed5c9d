#include "document/show_me.h"

#include <gtest/gtest.h>

#include <cmath>

#include "biomech/muscles.h"
#include "biomech/parameters.h"
#include "core/units.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

using content::InputValue;
using testing::english;

content::LearnContent load() {
  return content::load_learn_content(std::string(SOLEUS_ASSETS_DIR) + "/content/learn.json");
}

content::ShowMeCase make_case(std::map<std::string, InputValue> set) {
  content::ShowMeCase c;
  c.label = "case";
  c.set = std::move(set);
  return c;
}

double number(const InputValue& value) {
  if (const auto* x = std::get_if<double>(&value)) return *x;
  return std::get<bool>(value) ? 1.0 : 0.0;
}

// Checks that `c` carries what the key says, in the model's units.
void expect_input_applied(const std::string& key, const InputValue& value, const biomech::Conditions& c,
                          const std::string& where) {
  SCOPED_TRACE(where + " " + key);
  const auto* word = std::get_if<std::string>(&value);
  if (key == content::kShoeInput) {
    // Only fields the same case does not override must equal the preset.
    EXPECT_DOUBLE_EQ(c.shoe.cushioning, biomech::find_shoe_preset(*word)->shoe.cushioning);
  } else if (key == content::kPlateInput) {
    EXPECT_EQ(biomech::has_plate(c.shoe), std::get<bool>(value));
  } else if (key == content::kCadenceChangeInput) {
    EXPECT_NEAR(c.runner.cadence_spm, biomech::preferred_cadence_spm(c.runner) * (1.0 + number(value)), 1e-9);
  } else if (const biomech::Parameter* p = biomech::find_content_parameter(key)) {
    const double expected = word ? biomech::find_strike_preset(*word)->strike_index : number(value);
    EXPECT_NEAR(biomech::display_value(*p, c), expected, 1e-9);
  } else {
    ADD_FAILURE() << "input key without a check: " << key;
  }
}

TEST(ShowMeMapping, EmptyCaseKeepsTheCurrentConditions) {
  biomech::Conditions current;
  current.runner.speed_mps = 4.2;
  current.shoe.drop_m = 0.004;
  const CaseConditions out = conditions_for_case(current, make_case({}));
  EXPECT_FALSE(out.error);
  EXPECT_DOUBLE_EQ(out.conditions.runner.speed_mps, 4.2);
  EXPECT_DOUBLE_EQ(out.conditions.shoe.drop_m, 0.004);
}

TEST(ShowMeMapping, ShoePresetComesBeforeItsRefinements) {
  const CaseConditions out =
      conditions_for_case({}, make_case({{"shoe", std::string("neutral")}, {"drop_mm", 0.0}}));
  EXPECT_DOUBLE_EQ(out.conditions.shoe.drop_m, 0.0);  // the case's drop wins over the preset's 10 mm
  EXPECT_DOUBLE_EQ(out.conditions.shoe.stack_m, biomech::make_shoe(biomech::ShoePreset::kNeutral).stack_m);
}

TEST(ShowMeMapping, PlateOnAndOff) {
  const CaseConditions on = conditions_for_case({}, make_case({{"shoe", std::string("neutral")}, {"plate", true}}));
  EXPECT_DOUBLE_EQ(on.conditions.shoe.forefoot_stiffness, biomech::kCarbonPlateStiffness);
  const CaseConditions off = conditions_for_case(on.conditions, make_case({{"plate", false}}));
  EXPECT_LT(off.conditions.shoe.forefoot_stiffness, biomech::kCarbonPlateStiffness);
}

TEST(ShowMeMapping, DorsiflexionSetsTheBentKneeRangeAndCapsTheStraightOne) {
  const CaseConditions out = conditions_for_case({}, make_case({{"dorsiflexion_deg", 15.0}}));
  EXPECT_NEAR(out.conditions.runner.dorsiflexion_knee_bent_rad, core::deg_to_rad(15.0), 1e-12);
  EXPECT_NEAR(out.conditions.runner.dorsiflexion_knee_straight_rad, core::deg_to_rad(15.0), 1e-12);
  const CaseConditions wide = conditions_for_case({}, make_case({{"dorsiflexion_deg", 45.0}}));
  EXPECT_NEAR(wide.conditions.runner.dorsiflexion_knee_straight_rad, biomech::Runner{}.dorsiflexion_knee_straight_rad,
              1e-12);
}

TEST(ShowMeMapping, CadenceChangeScalesThePreferredCadenceAtTheCaseSpeed) {
  biomech::Conditions current;
  current.runner.cadence_spm = 150.0;  // an explicit cadence is replaced, not scaled
  const CaseConditions out = conditions_for_case(current, make_case({{"cadence_change", 0.1}, {"speed", 4.0}}));
  EXPECT_NEAR(out.conditions.runner.cadence_spm, biomech::preferred_cadence_spm(out.conditions.runner) * 1.1, 1e-9);
}

TEST(ShowMeMapping, StrikeWordsPickThePresets) {
  const CaseConditions out = conditions_for_case({}, make_case({{"strike", std::string("forefoot")}}));
  EXPECT_DOUBLE_EQ(out.conditions.strike.strike_index,
                   biomech::make_strike(biomech::StrikePreset::kForefoot).strike_index);
  const CaseConditions index = conditions_for_case({}, make_case({{"strike", 0.5}}));
  EXPECT_DOUBLE_EQ(index.conditions.strike.strike_index, 0.5);
}

TEST(ShowMeMapping, OutOfRangeInputIsReportedNotSolved) {
  content::ShowMe show_me;
  show_me.compare = {make_case({{"speed", 20.0}})};
  show_me.metrics = {"peak_soleus_force_bw"};
  show_me.view = "lateral";
  const CaseConditions out = conditions_for_case({}, show_me.compare[0]);
  ASSERT_TRUE(out.error);
  const Comparison table = solve_comparison({}, show_me);
  ASSERT_EQ(table.columns.size(), 1u);
  EXPECT_FALSE(table.columns[0].error.empty());
  EXPECT_TRUE(table.columns[0].values.empty());
  // The button then changes the view but not the inputs.
  const ShowPage page = case_view({}, show_me, 0, "x");
  EXPECT_FALSE(page.conditions);
  EXPECT_EQ(page.view, scene::ViewPreset::Lateral);
}

TEST(ShowMeMapping, EveryMetricKeyHasAValueALabelAndAUnit) {
  const biomech::SolvedStride stride = biomech::solve_stride({});
  for (const std::string& key : content::allowed_metric_keys()) {
    SCOPED_TRACE(key);
    const auto value = metric_value(stride.summary, key);
    ASSERT_TRUE(value);
    EXPECT_TRUE(std::isfinite(*value));
    EXPECT_NE(english().say(metric_label_phrase(key)), key);  // words, not the key
    EXPECT_NE(format_metric(key, *value).find(' '), std::string::npos);
  }
  EXPECT_FALSE(metric_value(stride.summary, "no_such_key"));
  EXPECT_EQ(english().say(metric_label_phrase("peak_soleus_force_bw")), "Soleus peak force");
  for (const std::string& key : stretch_metric_keys()) EXPECT_NE(english().say(metric_label_phrase(key)), key);
  EXPECT_EQ(english().say(metric_label_phrase("no_such_key")), "no_such_key");
}

// Every "show me" in the content sets the inputs it names, and its numbers are the model's.
TEST(ShowMeContent, EveryCaseSetsItsInputsAndQuotesTheModel) {
  const content::LearnContent learn = load();
  biomech::Conditions current;
  current.runner.speed_mps = 3.2;  // not the default, so untouched inputs are seen to be kept
  auto check = [&](const content::ShowMe& show_me, const std::string& id) {
    const Comparison table = solve_comparison(current, show_me);
    if (show_me.mode == "foam-rolling") {
      EXPECT_TRUE(table.metrics.empty()) << id;
      return;
    }
    ASSERT_EQ(table.columns.size(), show_me.compare.size()) << id;
    for (std::size_t c = 0; c < show_me.compare.size(); ++c) {
      const content::ShowMeCase& show_case = show_me.compare[c];
      const ComparisonColumn& column = table.columns[c];
      ASSERT_TRUE(column.error.empty()) << id << " " << column.error;
      for (const auto& [key, value] : show_case.set) expect_input_applied(key, value, column.conditions, id);
      if (!show_case.set.count("speed")) {
        EXPECT_DOUBLE_EQ(column.conditions.runner.speed_mps, 3.2) << id;
      }
      ASSERT_EQ(column.values.size(), table.metrics.size()) << id;
      if (show_me.mode == "stretch") {
        const biomech::ExercisePose pose = case_pose(show_me, show_case);
        const biomech::StretchState state =
            biomech::solve_stretch(biomech::deepest_frame(pose, column.conditions.runner).joints, column.conditions.runner);
        for (std::size_t m = 0; m < column.values.size(); ++m) EXPECT_DOUBLE_EQ(column.values[m], state.strain[m]) << id;
      } else {
        const biomech::StrideSummary summary = biomech::solve_stride(column.conditions).summary;
        for (std::size_t m = 0; m < table.metrics.size(); ++m) {
          EXPECT_DOUBLE_EQ(column.values[m], *metric_value(summary, table.metrics[m])) << id << " " << table.metrics[m];
        }
      }
      // The button applies exactly these inputs.
      const ShowPage page = case_view(current, show_me, c, id);
      EXPECT_EQ(page.conditions.has_value(), !show_case.set.empty()) << id;
      if (page.conditions) {
        EXPECT_EQ(page.shown_case, static_cast<int>(c)) << id;
        EXPECT_DOUBLE_EQ(page.conditions->strike.strike_index, column.conditions.strike.strike_index) << id;
        EXPECT_DOUBLE_EQ(page.conditions->runner.fatigue, column.conditions.runner.fatigue) << id;
        EXPECT_DOUBLE_EQ(page.conditions->shoe.drop_m, column.conditions.shoe.drop_m) << id;
      }
    }
  };
  int checked = 0;
  for (const auto* list : {&learn.causes, &learn.solutions, &learn.prevention}) {
    for (const content::LearnEntry& entry : *list) {
      if (entry.show_me) {
        check(*entry.show_me, entry.id);
        ++checked;
      }
    }
  }
  for (const content::Myth& myth : learn.myths) {
    if (myth.show_me) {
      check(*myth.show_me, myth.id);
      ++checked;
    }
  }
  EXPECT_GE(checked, 10);
}

TEST(ShowMeContent, ButtonsShowTheirPoseModeAndViewOnTheLeg) {
  const content::LearnContent learn = load();
  const content::LearnEntry* stretching = learn.find_entry("sol_stretching");
  ASSERT_TRUE(stretching && stretching->show_me);
  const ShowPage stretch = case_view({}, *stretching->show_me, 1, stretching->id);
  EXPECT_EQ(stretch.id, "sol_stretching");
  EXPECT_EQ(stretch.mode, ViewMode::Stretch);
  EXPECT_EQ(stretch.pose, biomech::ExercisePose::StraightKneeStretch);
  EXPECT_EQ(stretch.view, scene::ViewPreset::Medial);

  const content::LearnEntry* form = learn.find_entry("cause_running_form");
  ASSERT_TRUE(form && form->show_me);
  const ShowPage run = case_view({}, *form->show_me, 2, form->id);
  EXPECT_EQ(run.mode, ViewMode::Run);
  ASSERT_TRUE(run.conditions);
  EXPECT_DOUBLE_EQ(run.conditions->strike.strike_index, biomech::make_strike(biomech::StrikePreset::kForefoot).strike_index);
}

// Every Learn page shows its own subject on the leg when it opens.
TEST(LearnPages, EveryPageShowsItsSubject) {
  const content::LearnContent learn = load();
  const biomech::Conditions own;
  const biomech::Conditions planned = planned_conditions(own, 2, 4.0);
  for (const content::Exercise& exercise : learn.exercises) {
    const auto page = page_view(learn, exercise.id, own, planned);
    ASSERT_TRUE(page) << exercise.id;
    EXPECT_EQ(page->mode, ViewMode::Stretch) << exercise.id;
    EXPECT_EQ(biomech::exercise_info(page->pose).id, exercise.pose) << exercise.id;
  }
  for (const content::RollingSpot& spot : learn.foam_rolling.spots) {
    const auto page = page_view(learn, spot.id, own, planned);
    ASSERT_TRUE(page) << spot.id;
    EXPECT_EQ(page->mode, ViewMode::FoamRolling);
    EXPECT_EQ(page->spot, spot.id);
    EXPECT_FALSE(page->view);  // the mode's own view: from behind, where the spots are
  }
  for (const content::Myth& myth : learn.myths) {
    const auto page = page_view(learn, myth.id, own, planned);
    ASSERT_TRUE(page) << myth.id;
    if (myth.show_me && myth.show_me->mode == "run") {
      // The change the myth is about, on the leg (the last case).
      EXPECT_EQ(page->shown_case, static_cast<int>(myth.show_me->compare.size()) - 1) << myth.id;
      EXPECT_TRUE(page->conditions) << myth.id;
    }
  }
  const auto planner = page_view(learn, kPlannerPage, own, planned);
  ASSERT_TRUE(planner && planner->conditions);
  EXPECT_EQ(planner->mode, ViewMode::Run);
  EXPECT_DOUBLE_EQ(planner->conditions->strike.strike_index, planned.strike.strike_index);
  EXPECT_DOUBLE_EQ(planner->conditions->shoe.drop_m, 0.004);
  EXPECT_FALSE(page_view(learn, "no_such_page", own, planned));
}

// The physiology the stretch comparison must show: bent knee puts relatively more of the stretch on
// the soleus; straight knee stretches the gastrocnemius more than bent knee does.
TEST(ShowMeContent, StretchComparisonRanksAsPhysiologySays) {
  const content::LearnContent learn = load();
  const content::LearnEntry* stretching = learn.find_entry("sol_stretching");
  ASSERT_TRUE(stretching && stretching->show_me);
  const Comparison table = solve_comparison({}, *stretching->show_me);
  ASSERT_EQ(table.columns.size(), 2u);
  const auto& bent = table.columns[0].values;
  const auto& straight = table.columns[1].values;
  EXPECT_GT(bent[0] / bent[1], straight[0] / straight[1]);
  EXPECT_GT(straight[1], bent[1]);
  EXPECT_GT(straight[2], bent[2]);
}

TEST(ShowMeFormat, UnitsReadAsPeopleSayThem) {
  EXPECT_EQ(format_metric("peak_soleus_force_bw", 2.514), "2.51 BW");
  EXPECT_EQ(format_metric("soleus_capacity_ratio", 0.456), "46 %");
  EXPECT_EQ(format_metric("contact_time_s", 0.2504), "250 ms");
  EXPECT_EQ(format_metric("stretch_soleus", 0.0812), "8.1 %");
}

}  // namespace
}  // namespace soleus::document
