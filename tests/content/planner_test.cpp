#include "content/planner.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace soleus::content {
namespace {

TEST(ContentPlanner, WeekToWeekChange) {
  EXPECT_DOUBLE_EQ(*week_to_week_change(20.0, 25.0), 0.25);
  EXPECT_DOUBLE_EQ(*week_to_week_change(20.0, 15.0), -0.25);
  EXPECT_FALSE(week_to_week_change(0.0, 10.0).has_value());
}

TEST(ContentPlanner, AcwrIsWeekOverFourWeekMeanIncludingIt) {
  // Weeks 20, 20, 20, 40: chronic = 100 / 4 = 25, acute = 40, ratio 1.6.
  const std::vector<double> km = {20, 20, 20, 40};
  EXPECT_FALSE(acute_chronic_ratio(km, 0).has_value());
  EXPECT_FALSE(acute_chronic_ratio(km, 2).has_value());
  EXPECT_DOUBLE_EQ(*acute_chronic_ratio(km, 3), 1.6);
  // Steady training gives exactly 1.
  EXPECT_DOUBLE_EQ(*acute_chronic_ratio({30, 30, 30, 30, 30}, 4), 1.0);
  // Rolling window: weeks 2..5 of {10, 20, 30, 40, 50} -> 50 / 35.
  EXPECT_DOUBLE_EQ(*acute_chronic_ratio({10, 20, 30, 40, 50}, 4), 50.0 / 35.0);
  EXPECT_FALSE(acute_chronic_ratio({0, 0, 0, 0}, 3).has_value());
  EXPECT_THROW(acute_chronic_ratio(km, 4), std::invalid_argument);
}

TEST(ContentPlanner, Zones) {
  EXPECT_EQ(classify_acwr(0.79), AcwrZone::Low);
  EXPECT_EQ(classify_acwr(0.8), AcwrZone::SweetSpot);
  EXPECT_EQ(classify_acwr(1.3), AcwrZone::SweetSpot);
  EXPECT_EQ(classify_acwr(1.31), AcwrZone::Caution);
  EXPECT_EQ(classify_acwr(1.5), AcwrZone::Danger);
  EXPECT_STREQ(acwr_zone_id(AcwrZone::SweetSpot), "sweet_spot");
}

TEST(ContentPlanner, SteadyBuildHasNoWarnings) {
  // +10 % a week: changes of 0.1, ratios in the sweet spot.
  const PlanAnalysis a = analyse_weeks({20, 22, 24.2, 26.62, 29.282});
  EXPECT_TRUE(a.warnings.empty());
  ASSERT_EQ(a.weeks.size(), 5u);
  EXPECT_FALSE(a.weeks[0].change.has_value());
  EXPECT_NEAR(*a.weeks[1].change, 0.10, 1e-12);
  EXPECT_FALSE(a.weeks[2].acwr.has_value());
  EXPECT_EQ(a.weeks[2].zone, AcwrZone::Unknown);
  // Week 4: 26.62 / mean(20, 22, 24.2, 26.62) = 26.62 / 23.205.
  EXPECT_NEAR(*a.weeks[3].acwr, 26.62 / 23.205, 1e-12);
  EXPECT_NEAR(*a.weeks[3].chronic_km, 23.205, 1e-12);
  EXPECT_EQ(a.weeks[3].zone, AcwrZone::SweetSpot);
}

TEST(ContentPlanner, JumpAndDangerWarnings) {
  // 20, 20, 20, 40: week 4 is +100 % and ACWR 1.6.
  const PlanAnalysis a = analyse_weeks({20, 20, 20, 40});
  ASSERT_EQ(a.warnings.size(), 2u);
  EXPECT_EQ(a.warnings[0].kind, WarningKind::WeeklyJump);
  EXPECT_EQ(a.warnings[0].week, 3u);
  EXPECT_DOUBLE_EQ(a.warnings[0].value, 1.0);
  EXPECT_NE(a.warnings[0].message.find("Week 4"), std::string::npos) << a.warnings[0].message;
  EXPECT_NE(a.warnings[0].source.find("Nielsen"), std::string::npos);
  EXPECT_EQ(a.warnings[1].kind, WarningKind::AcwrDanger);
  EXPECT_DOUBLE_EQ(a.warnings[1].value, 1.6);
  EXPECT_NE(a.warnings[1].source.find("Gabbett"), std::string::npos);
}

TEST(ContentPlanner, ThirtyPercentIsTheEdge) {
  // Exactly +30 % is not flagged; +31 % is.
  EXPECT_TRUE(analyse_weeks({10, 13}).warnings.empty());
  const PlanAnalysis a = analyse_weeks({10, 13.1});
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0].kind, WarningKind::WeeklyJump);
  EXPECT_EQ(a.warnings[0].week, 1u);
}

TEST(ContentPlanner, DetrainingNote) {
  // 40, 40, 40, 20: chronic 35, ratio 20 / 35 = 0.571 -> low.
  const PlanAnalysis a = analyse_weeks({40, 40, 40, 20});
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0].kind, WarningKind::Detraining);
  EXPECT_NEAR(a.warnings[0].value, 20.0 / 35.0, 1e-12);
}

TEST(ContentPlanner, RejectsNegativeDistances) {
  EXPECT_THROW(analyse_weeks({10, -1}), std::invalid_argument);
  EXPECT_THROW(weekly_soleus_dose({-3}, 100.0), std::invalid_argument);
}

TEST(ContentPlanner, WeeklyDoseIsKmTimesImpulse) {
  const std::vector<double> dose = weekly_soleus_dose({10, 20}, 150.0);
  ASSERT_EQ(dose.size(), 2u);
  EXPECT_DOUBLE_EQ(dose[0], 1500.0);
  EXPECT_DOUBLE_EQ(dose[1], 3000.0);
}

TEST(ContentPlanner, TransitionPlanRampsTenPercentAWeek) {
  const TransitionPlan plan = make_transition_plan({30.0, 0.10, 0.10});
  ASSERT_EQ(plan.weeks.size(), 10u);
  for (std::size_t i = 0; i < plan.weeks.size(); ++i) {
    const TransitionWeek& w = plan.weeks[i];
    EXPECT_EQ(w.week, static_cast<int>(i) + 1);
    EXPECT_NEAR(w.new_km, 3.0 * static_cast<double>(i + 1), 1e-9);
    EXPECT_NEAR(w.old_km + w.new_km, 30.0, 1e-12);
    EXPECT_DOUBLE_EQ(w.total_km, 30.0);
  }
  EXPECT_DOUBLE_EQ(plan.weeks.back().fraction, 1.0);
  EXPECT_FALSE(plan.rationale.empty());
}

TEST(ContentPlanner, TransitionPlanCapsTheLastStep) {
  // 0.2, 0.45, 0.7, 0.95, 1.0 -> 5 weeks.
  const TransitionPlan plan = make_transition_plan({40.0, 0.20, 0.25});
  ASSERT_EQ(plan.weeks.size(), 5u);
  EXPECT_NEAR(plan.weeks[3].new_km, 38.0, 1e-9);
  EXPECT_DOUBLE_EQ(plan.weeks[4].new_km, 40.0);
  EXPECT_THROW(make_transition_plan({0.0, 0.1, 0.1}), std::invalid_argument);
  EXPECT_THROW(make_transition_plan({30.0, 0.0, 0.1}), std::invalid_argument);
  EXPECT_THROW(make_transition_plan({30.0, 0.1, 0.0}), std::invalid_argument);
}

TEST(ContentPlanner, TransitionWeekDose) {
  const TransitionPlan plan = make_transition_plan({30.0, 0.10, 0.10});
  // Week 1: 27 km at 100 + 3 km at 120 = 3060.
  EXPECT_NEAR(transition_week_dose(plan.weeks[0], 100.0, 120.0), 3060.0, 1e-9);
}

}  // namespace
}  // namespace soleus::content
