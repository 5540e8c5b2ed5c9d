#pragma once
/// Command-line flags that describe running conditions, shared by every window-less command
/// (report, stretch) and the screenshot mode. Reuse it like this:
///
///   soleus::app::ConditionsBuilder builder;
///   for (std::size_t i = 0; i < args.size(); ++i) {
///     if (soleus::app::is_condition_flag(args[i])) {
///       auto next = [&]() -> std::optional<std::string> {
///         if (i + 1 < args.size()) return args[++i];
///         return std::nullopt;
///       };
///       if (auto error = soleus::app::apply_condition_flag(args[i], next, builder)) { ... exit 2 }
///     } else { ... your own flags ... }
///   }
///   soleus::biomech::Conditions conditions;
///   if (auto error = builder.build(conditions)) { ... exit 2 }
///
/// Flags (units are those people type; the model is SI inside):
///   --speed M/S  --cadence STEPS/MIN  --mass KG  --height M
///   --strike rearfoot|midfoot|forefoot|INDEX (0..1, centre of pressure at contact from the heel)
///   --shoe barefoot|minimalist|neutral|maximal|racer
///   --drop MM  --stack MM  --cushioning 0..1  --forefoot-stiffness 0..1  --plate
///   --dorsiflexion DEG (knee straight)  --dorsiflexion-bent DEG  --fatigue 0..1
///   --weekly-km KM  --samples N
/// A --shoe preset sets all shoe values; explicit shoe flags override it whatever their order.
/// Every error message is one line that names the parameter and its valid range.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "biomech/conditions.h"

namespace soleus::app {

/// Collects condition flags in any order; build() resolves presets, overrides and defaults.
class ConditionsBuilder {
 public:
  /// Sets one value by parameter name (a biomech::ParameterRange name) in display units.
  void set_value(std::string_view parameter, double display_value);
  void set_strike_preset(biomech::StrikePreset preset) { strike_preset_ = preset; strike_index_.reset(); }
  void set_strike_index(double index) { strike_index_ = index; }
  void set_shoe_preset(biomech::ShoePreset preset) { shoe_preset_ = preset; }
  void set_plate() { plate_ = true; }

  /// Resolves everything into validated conditions. Defaults: a 70 kg, 1.75 m runner at
  /// 3.5 m/s and preferred cadence, rearfoot strike, neutral trainer. When only the
  /// knee-straight dorsiflexion is given the knee-bent one is 14 deg more (Baumbach 2014).
  /// Returns a one-line error naming the parameter, or nothing on success.
  std::optional<std::string> build(biomech::Conditions& out) const;

 private:
  std::optional<double> speed_, cadence_, mass_, height_, dorsiflexion_, dorsiflexion_bent_;
  std::optional<double> fatigue_, weekly_km_, drop_mm_, stack_mm_, cushioning_, forefoot_stiffness_;
  std::optional<double> samples_;
  std::optional<biomech::StrikePreset> strike_preset_;
  std::optional<double> strike_index_;
  std::optional<biomech::ShoePreset> shoe_preset_;
  bool plate_ = false;
};

/// True for the flags listed above (exact spelling, including the leading "--").
bool is_condition_flag(std::string_view flag);

/// Applies one condition flag. `next_value` returns the argument after the flag (and consumes
/// it), or nullopt when there is none; it is called only for flags that take a value.
/// Returns a one-line error (unknown flag, missing or malformed value) or nothing.
std::optional<std::string> apply_condition_flag(const std::string& flag,
                                                const std::function<std::optional<std::string>()>& next_value,
                                                ConditionsBuilder& builder);

/// The flag list above as help text (one flag per line, indented by two spaces).
std::string condition_flags_help();

/// Parses a whole decimal number (no trailing characters, finite). nullopt when malformed.
std::optional<double> parse_number(std::string_view text);

}  // namespace soleus::app
