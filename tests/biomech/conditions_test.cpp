#include "biomech/conditions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "biomech/parameters.h"

namespace soleus::biomech {
namespace {

TEST(BiomechConditions, DefaultsAndAllPresetsAreValid) {
  EXPECT_FALSE(validate(Conditions{}).has_value());
  for (const StrikePresetInfo& strike : strike_presets()) {
    for (const ShoePresetInfo& shoe : shoe_presets()) {
      Conditions c;
      c.strike.strike_index = strike.strike_index;
      c.shoe = shoe.shoe;
      EXPECT_FALSE(validate(c).has_value()) << strike.id << " " << shoe.id;
    }
  }
}

TEST(BiomechConditions, StrikePresetsFallInCavanaghLafortuneThirds) {
  EXPECT_LT(make_strike(StrikePreset::kRearfoot).strike_index, 1.0 / 3.0);
  const double mid = make_strike(StrikePreset::kMidfoot).strike_index;
  EXPECT_GT(mid, 1.0 / 3.0);
  EXPECT_LT(mid, 2.0 / 3.0);
  EXPECT_GT(make_strike(StrikePreset::kForefoot).strike_index, 2.0 / 3.0);
  for (const StrikePresetInfo& preset : strike_presets()) EXPECT_EQ(&strike_pattern(preset.strike_index), &preset);
  EXPECT_EQ(strike_pattern(0.0).id, "rearfoot");
  EXPECT_EQ(strike_pattern(0.4).id, "midfoot");
  EXPECT_EQ(strike_pattern(1.0).id, "forefoot");
}

TEST(BiomechConditions, PresetEnumsNameTheirTableRows) {
  EXPECT_EQ(strike_preset(StrikePreset::kRearfoot).id, "rearfoot");
  EXPECT_EQ(strike_preset(StrikePreset::kMidfoot).id, "midfoot");
  EXPECT_EQ(strike_preset(StrikePreset::kForefoot).id, "forefoot");
  EXPECT_EQ(shoe_preset(ShoePreset::kBarefoot).id, "barefoot");
  EXPECT_EQ(shoe_preset(ShoePreset::kMinimalist).id, "minimalist");
  EXPECT_EQ(shoe_preset(ShoePreset::kNeutral).id, "neutral");
  EXPECT_EQ(shoe_preset(ShoePreset::kMaximal).id, "maximal");
  EXPECT_EQ(shoe_preset(ShoePreset::kRacer).id, "racer");
  EXPECT_EQ(find_shoe_preset("racer"), &shoe_preset(ShoePreset::kRacer));
  EXPECT_EQ(find_strike_preset("heel"), nullptr);
}

TEST(BiomechParameters, TableIsWellFormed) {
  std::set<std::string_view> ids, content_keys, report_keys;
  for (const Parameter& p : parameters()) {
    SCOPED_TRACE(std::string(p.id));
    EXPECT_TRUE(ids.insert(p.id).second) << "duplicate id";
    if (!p.content_key.empty()) {
      EXPECT_TRUE(content_keys.insert(p.content_key).second) << "duplicate content key";
      EXPECT_EQ(find_content_parameter(p.content_key), &p);
    }
    if (!p.report_key.empty()) {
      EXPECT_TRUE(report_keys.insert(p.report_key).second) << "duplicate report key";
    }
    EXPECT_EQ(find_parameter(p.id), &p);
    EXPECT_LT(p.min_display, p.max_display);
    EXPECT_GT(p.display_to_si, 0.0);
    EXPECT_GE(p.decimals, 0);
    EXPECT_FALSE(p.label.empty());
    EXPECT_FALSE(p.description.empty());
    EXPECT_FALSE(p.help.empty());
    EXPECT_NE(p.in_words.find("{}"), std::string_view::npos);
    const double fallback = default_display_value(p);
    if (p.automatic.si != nullptr && fallback == 0.0) continue;  // 0 = the model chooses
    EXPECT_LE(p.min_display, fallback);
    EXPECT_LE(fallback, p.max_display);
  }
}

TEST(BiomechParameters, DefaultsAreTheModelDefaults) {
  // The table's defaults are Conditions{}'s; these are the values the model is calibrated at.
  const std::map<std::string_view, double> expected = {
      {"speed", 3.5},      {"cadence", 0.0},  {"mass", 70.0},    {"height", 1.75},
      {"strike", 0.15},    {"drop", 10.0},    {"stack", 30.0},   {"cushioning", 0.5},
      {"forefoot-stiffness", 0.2},            {"dorsiflexion", 25.0},
      {"dorsiflexion-bent", 39.0},            {"fatigue", 0.0},  {"weekly-km", 30.0},
      {"samples", 200.0}};
  for (const auto& [id, value] : expected) {
    ASSERT_NE(find_parameter(id), nullptr) << id;
    EXPECT_NEAR(default_display_value(*find_parameter(id)), value, 1e-12) << id;
  }
  EXPECT_EQ(used_display_value(*find_parameter("cadence"), Conditions{}), preferred_cadence_spm(Runner{}));
}

TEST(BiomechParameters, GetAndSetReachTheirOwnField) {
  for (const Parameter& p : parameters()) {
    Conditions c;
    const double value = 0.5 * (p.min_display + p.max_display);
    p.set(c, value * p.display_to_si);
    EXPECT_NEAR(display_value(p, c), value, 1e-9) << p.id;
    for (const Parameter& other : parameters()) {
      if (&other != &p) {
        EXPECT_EQ(other.get(c), other.get(Conditions{})) << p.id << " also changed " << other.id;
      }
    }
  }
}

TEST(BiomechParameters, TextsOfValues) {
  const Parameter& drop = *find_parameter("drop");
  EXPECT_EQ(range_text(drop), "between -15 and 20 mm");
  EXPECT_EQ(in_words(drop, 10.0), "10 mm drop");
  EXPECT_EQ(slider_format(drop), "%.0f mm");
  EXPECT_EQ(in_words(*find_parameter("speed"), 3.5), "3.5 m/s");
  EXPECT_EQ(number_text(3.50, 2), "3.5");
  EXPECT_EQ(preset_ids(shoe_presets()), "barefoot, minimalist, neutral, maximal or racer");
  EXPECT_EQ(accepted_values(*find_parameter("mass")), "a number between 35 and 160 kg");
  EXPECT_EQ(accepted_values(*find_parameter("strike")), "rearfoot, midfoot, forefoot or an index between 0 and 1");
}

TEST(BiomechParameters, OnlyTheStrikeTakesPresetWords) {
  EXPECT_EQ(preset_value(*find_parameter("strike"), "forefoot"), make_strike(StrikePreset::kForefoot).strike_index);
  EXPECT_FALSE(preset_value(*find_parameter("strike"), "heel"));
  EXPECT_FALSE(preset_value(*find_parameter("speed"), "forefoot"));
}

TEST(BiomechParameters, CheckValueNamesTheParameterAndWantsWholeCounts) {
  EXPECT_FALSE(check_value(*find_parameter("speed"), 4.0));
  const auto fast = check_value(*find_parameter("speed"), 12.0);
  ASSERT_TRUE(fast);
  EXPECT_EQ(fast->message, "speed must be between 1.5 and 9.5 m/s (got 12)");
  // a typed 0 is not the automatic cadence (only a stored one is)
  EXPECT_TRUE(check_value(*find_parameter("cadence"), 0.0));
  const auto fraction = check_value(*find_parameter("samples"), 300.5);
  ASSERT_TRUE(fraction);
  EXPECT_NE(fraction->message.find("whole number"), std::string::npos);
  EXPECT_FALSE(check_value(*find_parameter("samples"), 300.0));
}

TEST(BiomechParameters, ValuesNotGivenFollowGivenOnesWithinTheirRanges) {
  const Parameter& straight = *find_parameter("dorsiflexion");
  const Parameter& bent = *find_parameter("dorsiflexion-bent");
  const Parameter& drop = *find_parameter("drop");
  const Parameter& stack = *find_parameter("stack");
  // knee bent = knee straight + 14 deg (Baumbach 2014), at most its own maximum
  EXPECT_NEAR(display_value(bent, with_values({}, {{&straight, 20.0}})), 34.0, 1e-9);
  for (double deg = 0.0; deg <= 60.0; deg += 1.0) {
    EXPECT_FALSE(validate(with_values({}, {{&straight, deg}}))) << deg;
  }
  // a knee-bent range below the knee-straight one lowers the latter
  EXPECT_NEAR(display_value(straight, with_values({}, {{&bent, 15.0}})), 15.0, 1e-9);
  // a thin sole caps the drop; a drop raises a thinner sole
  for (double mm = 0.0; mm <= 60.0; mm += 1.0) EXPECT_FALSE(validate(with_values({}, {{&stack, mm}}))) << mm;
  Conditions barefoot;
  barefoot.shoe = make_shoe(ShoePreset::kBarefoot);
  EXPECT_NEAR(display_value(stack, with_values(barefoot, {{&drop, 5.0}})), 5.0, 1e-9);
  // both given and contradicting: reported, not changed
  const auto error = validate(with_values({}, {{&straight, 40.0}, {&bent, 30.0}}));
  ASSERT_TRUE(error);
  EXPECT_EQ(error->parameter, "dorsiflexion-bent");
  // a later value for the same parameter wins
  EXPECT_NEAR(display_value(drop, with_values({}, {{&drop, 4.0}, {&drop, 6.0}})), 6.0, 1e-9);
}

TEST(BiomechConditions, ErrorNamesTheParameterAndItsRange) {
  Conditions c;
  c.runner.speed_mps = 12.0;
  const auto error = validate(c);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->parameter, "speed");
  EXPECT_NE(error->message.find("1.5"), std::string::npos);
  EXPECT_NE(error->message.find("9.5"), std::string::npos);
  EXPECT_NE(error->message.find("m/s"), std::string::npos);
  EXPECT_EQ(error->message.find('\n'), std::string::npos);
}

TEST(BiomechConditions, EachOutOfRangeInputIsReportedByName) {
  for (const Parameter& p : parameters()) {
    for (double outside : {p.min_display - 1.0, p.max_display + 1.0}) {
      if (p.automatic.si != nullptr && outside == 0.0) continue;
      Conditions c;
      p.set(c, outside * p.display_to_si);
      const auto error = validate(c);
      ASSERT_TRUE(error.has_value()) << p.id << " " << outside;
      EXPECT_EQ(error->parameter, p.id);
      EXPECT_NE(error->message.find(range_text(p)), std::string::npos) << error->message;
    }
  }
  Conditions c;
  c.runner.speed_mps = std::numeric_limits<double>::quiet_NaN();
  const auto error = validate(c);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->parameter, "speed");
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
  EXPECT_DOUBLE_EQ(fixed.runner.speed_mps, 9.5);
}

TEST(BiomechConditions, PreferredCadenceRisesWithSpeedAndFallsWithLegLength) {
  // the spring-mass runner's own step (how it compares with measured cadences is in docs/validation.md)
  Runner runner;
  double previous = 0.0;
  for (double speed = 1.5; speed <= 9.0; speed += 0.5) {
    runner.speed_mps = speed;
    EXPECT_GT(preferred_cadence_spm(runner), previous) << speed;
    previous = preferred_cadence_spm(runner);
  }
  runner.speed_mps = 3.5;
  Runner taller = runner;
  taller.height_m = 1.95;
  EXPECT_LT(preferred_cadence_spm(taller), preferred_cadence_spm(runner));
  runner.cadence_spm = 180.0;
  runner.cadence_spm = 180.0;
  EXPECT_DOUBLE_EQ(effective_cadence_spm(runner), 180.0);
}

}  // namespace
}  // namespace soleus::biomech
