#include "app/condition_args.h"

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

#include "core/units.h"

namespace soleus::app {
namespace {

// The value a fraction of the way through a parameter's range, as typed (whole for a count).
std::string typed_value(const biomech::Parameter& p, double fraction) {
  const double value = p.min_display + (p.max_display - p.min_display) * fraction;
  return biomech::number_text(p.decimals == 0 ? std::round(value) : value, 6);
}

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

// Applies the arguments and builds: the conditions, or the first error of either step.
struct Built {
  biomech::Conditions conditions;
  std::optional<std::string> error;
};
Built build(const std::vector<std::string>& args) {
  ConditionsBuilder builder;
  Built out;
  out.error = apply_all(args, builder);
  if (!out.error) out.error = builder.build(out.conditions);
  return out;
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
  EXPECT_EQ(parse_number("1e-3"), 1e-3);
  EXPECT_EQ(parse_number("2E3"), 2000.0);
  EXPECT_EQ(parse_number(".5"), 0.5);
  EXPECT_FALSE(parse_number("3.5x"));
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("nan"));
  EXPECT_FALSE(parse_number("inf"));
  EXPECT_FALSE(parse_number("1e999"));
}

TEST(CliConditionArgs, ParseNumberRefusesHexSignAndPadding) {
  for (const char* text : {"0x10", "0X1A", "0x1p3", "+5", " 5", "5 ", "\t5", "5\n", "-", "1e", "--5"}) {
    EXPECT_FALSE(parse_number(text)) << "'" << text << "'";
  }
  const Built hex = build({"--speed", "0x3"});
  ASSERT_TRUE(hex.error);
  EXPECT_NE(hex.error->find("'0x3'"), std::string::npos) << *hex.error;
}

TEST(CliConditionArgs, EveryParameterHasAWorkingFlag) {
  for (const biomech::Parameter& p : biomech::parameters()) {
    const std::string value = typed_value(p, 0.5);
    const Built built = build({"--" + std::string(p.id), value});
    ASSERT_FALSE(built.error) << p.id << ": " << *built.error;
    EXPECT_NEAR(biomech::display_value(p, built.conditions), std::stod(value), 1e-9) << p.id;
  }
}

TEST(CliConditionArgs, HelpListsEveryFlagAndPreset) {
  const std::string help = condition_flags_help();
  for (const biomech::Parameter& p : biomech::parameters()) {
    EXPECT_NE(help.find("  --" + std::string(p.id) + " "), std::string::npos) << p.id;
    const std::string range = biomech::number_text(p.min_display, 6) + ".." + biomech::number_text(p.max_display, 6);
    EXPECT_NE(help.find(range), std::string::npos) << p.id;
  }
  for (const biomech::StrikePresetInfo& preset : biomech::strike_presets()) {
    EXPECT_NE(help.find(preset.id), std::string::npos) << preset.id;
  }
  for (const biomech::ShoePresetInfo& preset : biomech::shoe_presets()) {
    EXPECT_NE(help.find(preset.id), std::string::npos) << preset.id;
  }
  for (const char* flag : {"  --shoe ", "  --plate "}) EXPECT_NE(help.find(flag), std::string::npos) << flag;
  EXPECT_NE(help.find("(default 3.5)"), std::string::npos) << help;
  EXPECT_NE(help.find("neutral (default)"), std::string::npos) << help;
}

TEST(CliConditionArgs, StrikeTakesPresetWordsOrAnIndex) {
  const Built word = build({"--strike", "0.3", "--strike", "forefoot"});
  ASSERT_FALSE(word.error);
  EXPECT_DOUBLE_EQ(word.conditions.strike.strike_index,
                   biomech::make_strike(biomech::StrikePreset::kForefoot).strike_index);
  const Built index = build({"--strike", "forefoot", "--strike", "0.3"});
  ASSERT_FALSE(index.error);
  EXPECT_DOUBLE_EQ(index.conditions.strike.strike_index, 0.3);
  const Built heel = build({"--strike", "heel"});
  ASSERT_TRUE(heel.error);
  EXPECT_NE(heel.error->find("rearfoot, midfoot, forefoot or an index"), std::string::npos) << *heel.error;
}

// Issue 12: an in-range value alone must build; a default that follows it (the knee-bent
// dorsiflexion, the shoe's drop or stack) stays in its own range instead of failing on a flag
// that was never passed.
TEST(CliConditionArgs, EveryInRangeValueAloneBuilds) {
  for (const biomech::Parameter& p : biomech::parameters()) {
    for (int step = 0; step <= 20; ++step) {
      const std::string value = typed_value(p, step / 20.0);
      for (const char* shoe : {"barefoot", "neutral"}) {
        const Built built = build({"--shoe", shoe, "--" + std::string(p.id), value});
        EXPECT_FALSE(built.error) << "--shoe " << shoe << " --" << p.id << " " << value << ": " << *built.error;
      }
    }
  }
}

TEST(CliConditionArgs, DerivedDefaultsStayInRange) {
  for (const char* deg : {"57", "58", "59", "60"}) {
    const Built built = build({"--dorsiflexion", deg});
    ASSERT_FALSE(built.error) << deg << ": " << *built.error;
    EXPECT_NEAR(built.conditions.runner.dorsiflexion_knee_bent_rad, core::deg_to_rad(70.0), 1e-12);
  }
  for (int mm = 0; mm <= 9; ++mm) {
    const Built built = build({"--stack", std::to_string(mm)});
    ASSERT_FALSE(built.error) << mm << ": " << *built.error;
    EXPECT_NEAR(built.conditions.shoe.drop_m, core::mm_to_m(mm), 1e-12);  // the neutral shoe's 10 mm, capped
  }
  const Built raised = build({"--shoe", "barefoot", "--drop", "5"});
  ASSERT_FALSE(raised.error);
  EXPECT_NEAR(raised.conditions.shoe.stack_m, 0.005, 1e-12);
}

TEST(CliConditionArgs, ContradictingFlagsNameAFlagThatWasPassed) {
  for (const auto& [args, parameter] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"--dorsiflexion", "40", "--dorsiflexion-bent", "30"}, "dorsiflexion-bent"},
           {{"--stack", "5", "--drop", "8"}, "drop"}}) {
    const Built built = build(args);
    ASSERT_TRUE(built.error) << parameter;
    EXPECT_EQ(built.error->rfind(parameter, 0), 0u) << *built.error;
  }
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
