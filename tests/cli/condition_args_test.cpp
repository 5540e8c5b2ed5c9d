#include "app/condition_args.h"

#include <gtest/gtest.h>

#include "core/units.h"

namespace soleus::app {
namespace {

// Applies a list of arguments the way a command does; returns the first error.
std::optional<std::string> apply_all(const std::vector<std::string>& args, ConditionsBuilder& builder) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    EXPECT_TRUE(is_condition_flag(args[i])) << args[i];
    auto next = [&]() -> std::optional<std::string> {
      if (i + 1 < args.size()) return args[++i];
      return std::nullopt;
    };
    if (auto error = apply_condition_flag(args[i], next, builder)) return error;
  }
  return std::nullopt;
}

TEST(CliConditionArgs, ExplicitShoeValuesOverrideThePresetInAnyOrder) {
  ConditionsBuilder builder;
  ASSERT_FALSE(apply_all({"--drop", "4", "--shoe", "maximal", "--stack", "35"}, builder));
  biomech::Conditions c;
  ASSERT_FALSE(builder.build(c));
  EXPECT_NEAR(c.shoe.drop_m, 0.004, 1e-12);
  EXPECT_NEAR(c.shoe.stack_m, 0.035, 1e-12);
  EXPECT_DOUBLE_EQ(c.shoe.cushioning, biomech::make_shoe(biomech::ShoePreset::kMaximal).cushioning);
}

TEST(CliConditionArgs, UnitsAreConvertedToSi) {
  ConditionsBuilder builder;
  ASSERT_FALSE(apply_all({"--speed", "4", "--cadence", "180", "--dorsiflexion", "20", "--height", "1.8"}, builder));
  biomech::Conditions c;
  ASSERT_FALSE(builder.build(c));
  EXPECT_DOUBLE_EQ(c.runner.speed_mps, 4.0);
  EXPECT_DOUBLE_EQ(c.runner.cadence_spm, 180.0);
  EXPECT_NEAR(c.runner.dorsiflexion_knee_straight_rad, core::deg_to_rad(20.0), 1e-12);
  // knee bent defaults to 14 deg more (Baumbach 2014)
  EXPECT_NEAR(c.runner.dorsiflexion_knee_bent_rad, core::deg_to_rad(34.0), 1e-12);
}

TEST(CliConditionArgs, DefaultsAreRearfootInANeutralShoe) {
  biomech::Conditions c;
  ASSERT_FALSE(ConditionsBuilder{}.build(c));
  EXPECT_DOUBLE_EQ(c.strike.strike_index, biomech::make_strike(biomech::StrikePreset::kRearfoot).strike_index);
  EXPECT_DOUBLE_EQ(c.shoe.drop_m, biomech::make_shoe(biomech::ShoePreset::kNeutral).drop_m);
}

TEST(CliConditionArgs, OnlyKnownFlagsAreConditionFlags) {
  EXPECT_TRUE(is_condition_flag("--plate"));
  EXPECT_TRUE(is_condition_flag("--dorsiflexion-bent"));
  EXPECT_TRUE(is_condition_flag("--weekly-km"));
  EXPECT_FALSE(is_condition_flag("--json"));
  EXPECT_FALSE(is_condition_flag("speed"));
  EXPECT_FALSE(is_condition_flag("--strike-index"));
}

TEST(CliConditionArgs, ParseNumberIsStrict) {
  EXPECT_EQ(parse_number("3.5"), 3.5);
  EXPECT_EQ(parse_number("-2"), -2.0);
  EXPECT_FALSE(parse_number("3.5x"));
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("nan"));
  EXPECT_FALSE(parse_number("inf"));
}

TEST(CliConditionArgs, MissingValueIsAnError) {
  ConditionsBuilder builder;
  const auto error = apply_all({"--mass"}, builder);
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("mass"), std::string::npos);
  EXPECT_NE(error->find("35"), std::string::npos);
}

}  // namespace
}  // namespace soleus::app
