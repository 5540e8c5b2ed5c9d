#include "app/condition_args.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace soleus::app {
namespace {

using biomech::Parameter;
using biomech::ParameterGroup;

// Where Conditions{} leaves the strike and the shoe to the caller: a rearfoot strike in a
// neutral trainer.
constexpr biomech::StrikePreset kDefaultStrike = biomech::StrikePreset::kRearfoot;
constexpr biomech::ShoePreset kDefaultShoe = biomech::ShoePreset::kNeutral;

// The condition flags that are not a parameter.
constexpr std::string_view kShoeFlag = "shoe";
constexpr std::string_view kPlateFlag = "plate";

constexpr std::size_t kFlagColumn = 28;  // --help: where the descriptions start

// The strike's flag also takes the strike preset ids.
bool takes_strike_presets(const Parameter& p) { return p.group == ParameterGroup::kStrike; }

// "barefoot, minimalist, neutral (default), maximal, racer"
template <typename Preset>
std::string choices(const std::vector<Preset>& presets, const Preset& default_preset) {
  std::string text;
  for (const Preset& preset : presets) {
    text += (text.empty() ? "" : ", ") + std::string(preset.id);
    if (&preset == &default_preset) text += " (default)";
  }
  return text;
}

std::string help_line(std::string flag, const std::string& description) {
  flag.resize(std::max(kFlagColumn, flag.size() + 1), ' ');
  return "  " + flag + description + "\n";
}

// "M/S", "STEPS/MIN"; NUMBER for fractions and counts.
std::string value_name(const Parameter& p) {
  if (takes_strike_presets(p)) return "ID|INDEX";
  if (p.unit.empty()) return "NUMBER";
  std::string name(p.unit);
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::string parameter_help(const Parameter& p) {
  std::string range = biomech::number_text(p.min_display, 6) + ".." + biomech::number_text(p.max_display, 6);
  if (!p.unit.empty()) range += " " + std::string(p.unit);
  if (takes_strike_presets(p)) {
    return choices(biomech::strike_presets(), biomech::strike_preset(kDefaultStrike)) + ", or the " +
           std::string(p.description) + ", " + range;
  }
  std::string text = std::string(p.description) + ", " + range;
  if (p.automatic.si != nullptr) return text + " (default: " + std::string(p.automatic.meaning) + ")";
  if (p.group == ParameterGroup::kShoe) return text + " (default: the shoe's)";
  return text + " (default " + biomech::number_text(biomech::default_display_value(p), p.decimals) + ")";
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  // from_chars takes no '+', spaces or hex prefix and does not depend on the locale
  const char* end = text.data() + text.size();
  double value = 0.0;
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

void ConditionsBuilder::set_value(const Parameter& parameter, double display_value) {
  values_.erase(std::remove_if(values_.begin(), values_.end(),
                               [&](const biomech::GivenValue& v) { return v.parameter == &parameter; }),
                values_.end());
  values_.push_back({&parameter, display_value});
}

std::optional<std::string> ConditionsBuilder::build(biomech::Conditions& out) const {
  for (const biomech::GivenValue& value : values_) {
    if (auto error = biomech::check_value(*value.parameter, value.display)) return error->message;
  }
  biomech::Conditions base;
  base.strike = biomech::make_strike(kDefaultStrike);
  base.shoe = biomech::make_shoe(kDefaultShoe);
  if (base_) base = *base_;
  if (shoe_preset_) base.shoe = shoe_preset_->shoe;
  if (plate_) biomech::set_plate(base.shoe, true);
  const biomech::Conditions c = biomech::with_values(base, values_);
  if (auto error = biomech::validate(c)) return error->message;
  out = c;
  return std::nullopt;
}

bool is_condition_flag(std::string_view flag) {
  if (flag.substr(0, 2) != "--") return false;
  const std::string_view name = flag.substr(2);
  return biomech::find_parameter(name) || name == kShoeFlag || name == kPlateFlag;
}

std::optional<std::string> apply_condition_flag(const std::string& flag,
                                                const std::function<std::optional<std::string>()>& next_value,
                                                ConditionsBuilder& builder) {
  if (!is_condition_flag(flag)) return "unknown option " + flag;
  const std::string_view name = std::string_view(flag).substr(2);
  if (name == kPlateFlag) {
    builder.set_plate();
    return std::nullopt;
  }
  const std::optional<std::string> value = next_value();
  if (name == kShoeFlag) {
    const std::string expected = biomech::preset_ids(biomech::shoe_presets());
    if (!value) return "shoe needs a value: " + expected;
    const biomech::ShoePresetInfo* preset = biomech::find_shoe_preset(*value);
    if (!preset) return "shoe must be " + expected + " (got '" + *value + "')";
    builder.set_shoe_preset(*preset);
    return std::nullopt;
  }
  const Parameter& parameter = *biomech::find_parameter(name);
  if (!value) return std::string(name) + " needs " + biomech::accepted_values(parameter);
  if (const std::optional<double> preset = biomech::preset_value(parameter, *value)) {
    builder.set_value(parameter, *preset);
    return std::nullopt;
  }
  const std::optional<double> number = parse_number(*value);
  if (!number) return std::string(name) + " must be " + biomech::accepted_values(parameter) + " (got '" + *value + "')";
  builder.set_value(parameter, *number);
  return std::nullopt;
}

std::string condition_flags_help() {
  std::string help;
  bool shoe_flags_listed = false;
  for (const Parameter& p : biomech::parameters()) {
    if (p.group == ParameterGroup::kShoe && !shoe_flags_listed) {
      help += help_line("--" + std::string(kShoeFlag) + " ID",
                        choices(biomech::shoe_presets(), biomech::shoe_preset(kDefaultShoe)) +
                            "; the flags below override it");
      const std::string stiffness = biomech::number_text(biomech::kCarbonPlateStiffness, 2);
      help += help_line("--" + std::string(kPlateFlag), "carbon plate (forefoot stiffness " + stiffness + ")");
      shoe_flags_listed = true;
    }
    help += help_line("--" + std::string(p.id) + " " + value_name(p), parameter_help(p));
  }
  return help;
}

}  // namespace soleus::app
