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
/// Flags: --ID VALUE for every biomech::parameters() row, in its display unit (the model is SI
/// inside); --strike also takes a strike preset id, --shoe takes a shoe preset id, and --plate
/// puts a carbon plate in (biomech/parameters.h has the tables; --help lists them all).
/// A --shoe preset sets all shoe values; explicit shoe flags override it whatever their order.
/// Every error message is one line that names the parameter and its valid range.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biomech/parameters.h"

namespace soleus::app {

/// The exit status of the window-less commands for bad input (a flag, a value or a file).
inline constexpr int kExitBadInput = 2;

/// Collects condition flags in any order; build() resolves presets, overrides and defaults.
class ConditionsBuilder {
 public:
  /// Gives one parameter's value in display units; a later value replaces an earlier one.
  void set_value(const biomech::Parameter& parameter, double display_value);
  void set_shoe_preset(const biomech::ShoePresetInfo& preset) { shoe_preset_ = &preset; }
  void set_plate() { plate_ = true; }
  /// Starts from these (valid) conditions instead of the defaults: a --preset scenario. Flags
  /// still override it, whatever their order.
  void set_base(const biomech::Conditions& base) { base_ = base; }

  /// Resolves everything into validated conditions. Defaults: Conditions{}'s runner, a rearfoot
  /// strike in a neutral trainer; values not given follow given ones as biomech::with_values()
  /// says (e.g. the knee-bent dorsiflexion 14 deg above a given knee-straight one).
  /// Returns a one-line error naming the parameter, or nothing on success.
  std::optional<std::string> build(biomech::Conditions& out) const;

 private:
  std::vector<biomech::GivenValue> values_;
  const biomech::ShoePresetInfo* shoe_preset_ = nullptr;
  bool plate_ = false;
  std::optional<biomech::Conditions> base_;
};

/// True for the flags listed above (exact spelling, including the leading "--").
bool is_condition_flag(std::string_view flag);

/// Applies one condition flag. `next_value` returns the argument after the flag (and consumes
/// it), or nullopt when there is none; it is called only for flags that take a value.
/// Returns a one-line error (unknown flag, missing or malformed value) or nothing.
std::optional<std::string> apply_condition_flag(const std::string& flag,
                                                const std::function<std::optional<std::string>()>& next_value,
                                                ConditionsBuilder& builder);

/// The flags as help text, from the parameter and preset tables (one flag per line, indented by
/// two spaces, with range and default).
std::string condition_flags_help();

/// Parses a decimal number as people type it: digits with an optional '-', '.' and exponent
/// ("3.5", "-5", "1e-3"); nullopt for anything else (hex, a '+', spaces, inf, nan, trailing text).
std::optional<double> parse_number(std::string_view text);

}  // namespace soleus::app
