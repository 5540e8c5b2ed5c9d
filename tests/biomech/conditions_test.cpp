#include "biomech/conditions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace soleus::biomech {
namespace {

TEST(BiomechConditions, DefaultsAndAllPresetsAreValid) {
  EXPECT_FALSE(validate(Conditions{}).has_value());
  for (auto strike : {StrikePreset::kRearfoot, StrikePreset::kMidfoot, StrikePreset::kForefoot}) {
    for (auto shoe : {ShoePreset::kBarefoot, ShoePreset::kMinimalist, ShoePreset::kNeutral,
                      ShoePreset::kMaximal, ShoePreset::kRacer}) {
      Conditions c;
      c.strike = make_strike(strike);
      c.shoe = make_shoe(shoe);
      EXPECT_FALSE(validate(c).has_value());
    }
  }
}

TEST(BiomechConditions, StrikePresetsFallInCavanaghLafortuneThirds) {
  EXPECT_LT(make_strike(StrikePreset::kRearfoot).strike_index, 1.0 / 3.0);
  const double mid = make_strike(StrikePreset::kMidfoot).strike_index;
  EXPECT_GT(mid, 1.0 / 3.0);
  EXPECT_LT(mid, 2.0 / 3.0);
  EXPECT_GT(make_strike(StrikePreset::kForefoot).strike_index, 2.0 / 3.0);
}

TEST(BiomechConditions, ErrorNamesTheParameterAndItsRange) {
  Conditions c;
  c.runner.speed_mps = 9.0;
  const auto error = validate(c);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->parameter, "speed");
  EXPECT_NE(error->message.find("1.5"), std::string::npos);
  EXPECT_NE(error->message.find("7"), std::string::npos);
  EXPECT_NE(error->message.find("m/s"), std::string::npos);
  EXPECT_EQ(error->message.find('\n'), std::string::npos);
}

TEST(BiomechConditions, EachOutOfRangeInputIsReportedByName) {
  struct Case {
    const char* parameter;
    void (*spoil)(Conditions&);
  };
  const Case cases[] = {
      {"speed", [](Conditions& c) { c.runner.speed_mps = 0.5; }},
      {"cadence", [](Conditions& c) { c.runner.cadence_spm = 300.0; }},
      {"mass", [](Conditions& c) { c.runner.body_mass_kg = 10.0; }},
      {"height", [](Conditions& c) { c.runner.height_m = 3.0; }},
      {"dorsiflexion", [](Conditions& c) { c.runner.dorsiflexion_knee_straight_rad = -0.1; }},
      {"dorsiflexion-bent", [](Conditions& c) { c.runner.dorsiflexion_knee_bent_rad = 0.2; }},
      {"fatigue", [](Conditions& c) { c.runner.fatigue = 1.5; }},
      {"weekly-km", [](Conditions& c) { c.runner.weekly_distance_km = -1.0; }},
      {"strike-index", [](Conditions& c) { c.strike.strike_index = 1.2; }},
      {"drop", [](Conditions& c) { c.shoe.drop_m = 0.025; }},
      {"stack", [](Conditions& c) { c.shoe.stack_m = 0.1; }},
      {"cushioning", [](Conditions& c) { c.shoe.cushioning = -0.2; }},
      {"forefoot-stiffness", [](Conditions& c) { c.shoe.forefoot_stiffness = 2.0; }},
      {"samples", [](Conditions& c) { c.samples = 3; }},
      {"speed", [](Conditions& c) { c.runner.speed_mps = std::numeric_limits<double>::quiet_NaN(); }},
  };
  for (const Case& test_case : cases) {
    Conditions c;
    test_case.spoil(c);
    const auto error = validate(c);
    ASSERT_TRUE(error.has_value()) << test_case.parameter;
    EXPECT_EQ(error->parameter, test_case.parameter);
  }
}

TEST(BiomechConditions, DropCannotExceedStack) {
  Conditions c;
  c.shoe.stack_m = 0.004;
  c.shoe.drop_m = 0.010;
  const auto error = validate(c);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->parameter, "drop");
}

TEST(BiomechConditions, ClampedIsAlwaysValid) {
  Conditions c;
  c.runner.speed_mps = 100.0;
  c.runner.body_mass_kg = -5.0;
  c.runner.dorsiflexion_knee_bent_rad = 0.0;
  c.shoe.drop_m = 0.5;
  c.samples = 1;
  const Conditions fixed = clamped(c);
  EXPECT_FALSE(validate(fixed).has_value());
  EXPECT_DOUBLE_EQ(fixed.runner.speed_mps, 7.0);
}

TEST(BiomechConditions, PreferredCadenceMatchesEjss2019) {
  // 165 steps/min at 3.04 m/s, +3 steps/min at +15 % speed
  EXPECT_NEAR(preferred_cadence_spm(3.04), 165.0, 1e-9);
  EXPECT_NEAR(preferred_cadence_spm(3.04 * 1.15), 168.0, 1e-9);
  Runner runner;
  runner.cadence_spm = 180.0;
  EXPECT_DOUBLE_EQ(effective_cadence_spm(runner), 180.0);
}

}  // namespace
}  // namespace soleus::biomech
