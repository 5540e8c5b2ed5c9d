#include "app/condition_args.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "core/units.h"

namespace soleus::app {
namespace {

// Flags that take a number, each named like its biomech::ParameterRange.
constexpr std::array<std::string_view, 13> kNumericParameters{
    "speed", "cadence", "mass", "height", "dorsiflexion", "dorsiflexion-bent", "fatigue",
    "weekly-km", "drop", "stack", "cushioning", "forefoot-stiffness", "samples"};

// Knee flexion past 20 deg adds 13-15 deg of dorsiflexion (Baumbach 2014).
constexpr double kKneeBentGainDeg = 14.0;

std::string format_number(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

std::string range_text(const biomech::ParameterRange& range) {
  std::string text = "between " + format_number(range.min_display) + " and " + format_number(range.max_display);
  if (!range.unit.empty()) text += " " + std::string(range.unit);
  return text;
}

std::string range_error(std::string_view parameter, double display_value) {
  const biomech::ParameterRange* range = biomech::find_range(parameter);
  return std::string(parameter) + " must be " + range_text(*range) + " (got " + format_number(display_value) + ")";
}

bool is_numeric_parameter(std::string_view name) {
  for (std::string_view parameter : kNumericParameters) {
    if (parameter == name) return true;
  }
  return false;
}

std::optional<biomech::StrikePreset> strike_preset_named(std::string_view name) {
  if (name == "rearfoot") return biomech::StrikePreset::kRearfoot;
  if (name == "midfoot") return biomech::StrikePreset::kMidfoot;
  if (name == "forefoot") return biomech::StrikePreset::kForefoot;
  return std::nullopt;
}

std::optional<biomech::ShoePreset> shoe_preset_named(std::string_view name) {
  if (name == "barefoot") return biomech::ShoePreset::kBarefoot;
  if (name == "minimalist") return biomech::ShoePreset::kMinimalist;
  if (name == "neutral") return biomech::ShoePreset::kNeutral;
  if (name == "maximal") return biomech::ShoePreset::kMaximal;
  if (name == "racer") return biomech::ShoePreset::kRacer;
  return std::nullopt;
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const std::string copy(text);
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(copy.c_str(), &end);
  if (errno != 0 || end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

void ConditionsBuilder::set_value(std::string_view parameter, double display_value) {
  if (parameter == "speed") speed_ = display_value;
  else if (parameter == "cadence") cadence_ = display_value;
  else if (parameter == "mass") mass_ = display_value;
  else if (parameter == "height") height_ = display_value;
  else if (parameter == "dorsiflexion") dorsiflexion_ = display_value;
  else if (parameter == "dorsiflexion-bent") dorsiflexion_bent_ = display_value;
  else if (parameter == "fatigue") fatigue_ = display_value;
  else if (parameter == "weekly-km") weekly_km_ = display_value;
  else if (parameter == "drop") drop_mm_ = display_value;
  else if (parameter == "stack") stack_mm_ = display_value;
  else if (parameter == "cushioning") cushioning_ = display_value;
  else if (parameter == "forefoot-stiffness") forefoot_stiffness_ = display_value;
  else if (parameter == "samples") samples_ = display_value;
  else if (parameter == "strike-index") strike_index_ = display_value;
}

std::optional<std::string> ConditionsBuilder::build(biomech::Conditions& out) const {
  using core::deg_to_rad;
  biomech::Conditions c;
  biomech::Runner& r = c.runner;
  if (speed_) r.speed_mps = *speed_;
  if (cadence_) {
    // 0 would mean "preferred cadence" inside the model; on the command line it is an error
    if (*cadence_ <= 0.0) return range_error("cadence", *cadence_);
    r.cadence_spm = *cadence_;
  }
  if (mass_) r.body_mass_kg = *mass_;
  if (height_) r.height_m = *height_;
  if (dorsiflexion_) {
    r.dorsiflexion_knee_straight_rad = deg_to_rad(*dorsiflexion_);
    r.dorsiflexion_knee_bent_rad = deg_to_rad(*dorsiflexion_ + kKneeBentGainDeg);
  }
  if (dorsiflexion_bent_) {
    r.dorsiflexion_knee_bent_rad = deg_to_rad(*dorsiflexion_bent_);
    if (!dorsiflexion_) r.dorsiflexion_knee_straight_rad = std::min(r.dorsiflexion_knee_straight_rad, r.dorsiflexion_knee_bent_rad);
  }
  if (fatigue_) r.fatigue = *fatigue_;
  if (weekly_km_) r.weekly_distance_km = *weekly_km_;

  c.strike = strike_index_ ? biomech::FootStrike{*strike_index_}
                           : biomech::make_strike(strike_preset_.value_or(biomech::StrikePreset::kRearfoot));
  c.shoe = biomech::make_shoe(shoe_preset_.value_or(biomech::ShoePreset::kNeutral));
  if (drop_mm_) c.shoe.drop_m = core::mm_to_m(*drop_mm_);
  if (stack_mm_) c.shoe.stack_m = core::mm_to_m(*stack_mm_);
  if (cushioning_) c.shoe.cushioning = *cushioning_;
  if (plate_) c.shoe.forefoot_stiffness = biomech::kCarbonPlateStiffness;
  if (forefoot_stiffness_) c.shoe.forefoot_stiffness = *forefoot_stiffness_;
  if (samples_) {
    if (*samples_ != std::floor(*samples_)) return "samples must be a whole number " + range_text(*biomech::find_range("samples")) + " (got " + format_number(*samples_) + ")";
    // out-of-range counts are reported by validate(); keep them representable as int
    c.samples = static_cast<int>(std::clamp(*samples_, -1.0, 1e9));
  }
  if (auto error = biomech::validate(c)) return error->message;
  out = c;
  return std::nullopt;
}

bool is_condition_flag(std::string_view flag) {
  if (flag.substr(0, 2) != "--") return false;
  const std::string_view name = flag.substr(2);
  return is_numeric_parameter(name) || name == "strike" || name == "shoe" || name == "plate";
}

std::optional<std::string> apply_condition_flag(const std::string& flag,
                                                const std::function<std::optional<std::string>()>& next_value,
                                                ConditionsBuilder& builder) {
  if (!is_condition_flag(flag)) return "unknown option " + flag;
  const std::string_view name = std::string_view(flag).substr(2);
  if (name == "plate") {
    builder.set_plate();
    return std::nullopt;
  }
  const std::optional<std::string> value = next_value();
  if (name == "strike") {
    if (!value) return "strike needs a value: rearfoot, midfoot, forefoot or an index between 0 and 1";
    if (auto preset = strike_preset_named(*value)) {
      builder.set_strike_preset(*preset);
      return std::nullopt;
    }
    const std::optional<double> index = parse_number(*value);
    if (!index) return "strike must be rearfoot, midfoot, forefoot or an index between 0 and 1 (got '" + *value + "')";
    if (*index < 0.0 || *index > 1.0) return range_error("strike-index", *index);
    builder.set_strike_index(*index);
    return std::nullopt;
  }
  if (name == "shoe") {
    const std::string expected = "barefoot, minimalist, neutral, maximal or racer";
    if (!value) return "shoe needs a value: " + expected;
    const auto preset = shoe_preset_named(*value);
    if (!preset) return "shoe must be " + expected + " (got '" + *value + "')";
    builder.set_shoe_preset(*preset);
    return std::nullopt;
  }
  const biomech::ParameterRange* range = biomech::find_range(name);
  if (!value) return std::string(name) + " needs a number " + range_text(*range);
  const std::optional<double> number = parse_number(*value);
  if (!number) return std::string(name) + " must be a number " + range_text(*range) + " (got '" + *value + "')";
  builder.set_value(name, *number);
  return std::nullopt;
}

std::string condition_flags_help() {
  return "  --speed M/S                 running speed, 1.5..7 (default 3.5)\n"
         "  --cadence STEPS/MIN         step rate, 120..230 (default: preferred for the speed)\n"
         "  --mass KG                   body mass, 35..160 (default 70)\n"
         "  --height M                  stature, 1.3..2.2 (default 1.75)\n"
         "  --strike TYPE|INDEX         rearfoot, midfoot, forefoot, or centre of pressure at contact 0..1\n"
         "  --shoe TYPE                 barefoot, minimalist, neutral (default), maximal, racer\n"
         "  --drop MM                   heel-to-toe drop, -15..20 (overrides the shoe)\n"
         "  --stack MM                  midsole height under the heel, 0..60\n"
         "  --cushioning 0..1           midsole softness\n"
         "  --forefoot-stiffness 0..1   forefoot bending stiffness\n"
         "  --plate                     carbon plate (forefoot stiffness 0.9)\n"
         "  --dorsiflexion DEG          ankle dorsiflexion range, knee straight, 0..60 (default 25)\n"
         "  --dorsiflexion-bent DEG     ankle dorsiflexion range, knee bent, 0..70 (default 39)\n"
         "  --fatigue 0..1              0 fresh, 1 exhausted (20 % strength lost)\n"
         "  --weekly-km KM              weekly distance for the weekly dose, 0..300 (default 30)\n"
         "  --samples N                 samples per stride, 50..20000 (default 200)\n";
}

}  // namespace soleus::app
