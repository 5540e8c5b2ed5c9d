#pragma once
/// The one vocabulary of the load model's inputs: every runner, strike and shoe parameter (its
/// flag, learn.json and report names, unit, range, help text and where it lives in Conditions),
/// and the strike and shoe presets. The command line and its --help, the sliders, learn.json's
/// "show me" inputs and the report read these tables, so a new parameter is one row here (plus
/// its Conditions field) and a new shoe preset is one row.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biomech/conditions.h"

namespace soleus::biomech {

/// The panel a parameter belongs to.
enum class ParameterGroup { kRunner, kStrike, kShoe, kModel };

/// A parameter whose stored 0 is not a value but means "the model chooses" (cadence).
struct Automatic {
  std::string_view label;           // checkbox label, e.g. "Preferred cadence"
  std::string_view meaning;         // what 0 stands for, e.g. "the preferred cadence for the speed"
  double (*si)(const Conditions&);  // the value the model then uses (SI)
};

/// One model input, in the units people type (deg, mm, steps/min) with the factor to SI.
struct Parameter {
  std::string_view id;           // command-line flag without "--" and the name in error messages, e.g. "drop"
  std::string_view content_key;  // key of a learn.json "show me" `set`, e.g. "drop_mm"; empty: not settable there
  std::string_view report_key;   // key in `report --json` "conditions", e.g. "drop_mm"; empty: not reported
  ParameterGroup group;          // the panel that shows it
  std::string_view label;        // slider label, e.g. "Drop"
  std::string_view description;  // a short phrase for --help, e.g. "heel-to-toe drop"
  std::string_view unit;         // display unit, e.g. "mm"; empty for fractions and counts
  int decimals;                  // decimals worth showing (sliders, text)
  double min_display;            // smallest valid value (display unit)
  double max_display;            // largest valid value (display unit)
  double display_to_si;          // multiply a display value by this to get SI
  std::string_view in_words;     // a value in words, "{}" standing for the number, e.g. "{} mm drop"
  std::string_view help;         // tooltip: what it does to the body
  Automatic automatic;           // {} unless a stored 0 means "the model chooses"
  double (*get)(const Conditions&);     // the value in Conditions (SI)
  void (*set)(Conditions&, double si);  // stores a value (SI)
};

/// Every parameter, in the order of --help and the report. The defaults are Conditions{}'s.
const std::vector<Parameter>& parameters();
/// The parameter with this id (flag name), or nullptr.
const Parameter* find_parameter(std::string_view id);
/// The parameter with this learn.json key, or nullptr.
const Parameter* find_content_parameter(std::string_view content_key);

/// The value in display units.
double display_value(const Parameter& parameter, const Conditions& conditions);
/// The value the model uses (display units): the stored one, or the automatic one for a stored 0.
double used_display_value(const Parameter& parameter, const Conditions& conditions);
/// The default, Conditions{}'s value (display units).
double default_display_value(const Parameter& parameter);
/// "between -15 and 20 mm".
std::string range_text(const Parameter& parameter);
/// "3.5": a number with up to `decimals` decimals, trailing zeros dropped (the parameters'
/// decimals make the text of their values).
std::string number_text(double x, int decimals);
/// "10 mm drop": the value (display units) as number_text() in the parameter's `in_words`.
std::string in_words(const Parameter& parameter, double display);
/// printf format of a slider, e.g. "%.0f mm".
std::string slider_format(const Parameter& parameter);

/// What a value may be, for messages: "a number between 35 and 160 kg"; the strike also takes the
/// strike preset ids ("rearfoot, midfoot, forefoot or an index between 0 and 1").
std::string accepted_values(const Parameter& parameter);
/// The value a word stands for: the strike index of a strike preset id for the strike; nullopt
/// for any other word or parameter.
std::optional<double> preset_value(const Parameter& parameter, std::string_view word);

/// Checks one value (display units): within the range, and whole for a count. A 0 is checked like
/// any value: only validate() reads a stored 0 as automatic, a typed 0 is out of range.
std::optional<InputError> check_value(const Parameter& parameter, double display);

/// A value someone gave for one parameter (display units).
struct GivenValue {
  const Parameter* parameter;
  double display;
};

/// `base` with `values` set (later entries win). Inputs that were not given follow the given ones
/// where they would contradict them, staying in their own ranges: a knee-straight dorsiflexion
/// alone puts the knee-bent one 14 deg higher (Baumbach 2014), a knee-bent one alone caps the
/// knee-straight one, a stack alone caps the drop and a drop alone raises the stack.
Conditions with_values(Conditions base, const std::vector<GivenValue>& values);

/// A strike pattern: a strike index that stands for the pattern, and its third of the foot.
struct StrikePresetInfo {
  std::string_view id;           // word on the command line and in learn.json, e.g. "rearfoot"
  std::string_view label;        // button label, e.g. "Rearfoot"
  double strike_index;           // the centre of its third (fraction of foot length from the heel)
  double upper_index;            // the end of its third: a larger index is the next pattern
  double foot_strike_angle_deg;  // measured barefoot sole angle at contact (deg, + toes up)
  std::string_view help;         // what it does to the body
};

/// The strike presets from heel to toe; StrikePreset indexes them.
const std::vector<StrikePresetInfo>& strike_presets();
const StrikePresetInfo& strike_preset(StrikePreset preset);
/// The preset with this id, or nullptr.
const StrikePresetInfo* find_strike_preset(std::string_view id);
/// The pattern a strike index falls in (its third of the foot).
const StrikePresetInfo& strike_pattern(double strike_index);

/// A representative shoe.
struct ShoePresetInfo {
  std::string_view id;     // word on the command line and in learn.json, e.g. "minimalist"
  std::string_view label;  // button label, e.g. "Minimal"
  Shoe shoe;               // its values (SI)
  std::string_view help;   // what it is
};

/// The shoe presets; ShoePreset indexes them.
const std::vector<ShoePresetInfo>& shoe_presets();
const ShoePresetInfo& shoe_preset(ShoePreset preset);
/// The preset with this id, or nullptr.
const ShoePresetInfo* find_shoe_preset(std::string_view id);

/// The ids of strike_presets() or shoe_presets() as a list: "barefoot, minimalist, neutral,
/// maximal or racer" (`last_separator` before the last one).
template <typename Preset>
std::string preset_ids(const std::vector<Preset>& presets, std::string_view last_separator = " or ") {
  std::string text;
  for (std::size_t i = 0; i < presets.size(); ++i) {
    if (i > 0) text += i + 1 == presets.size() ? last_separator : std::string_view(", ");
    text += presets[i].id;
  }
  return text;
}

/// A carbon plate in or out: in sets the plate's stiffness, out the default trainer's.
void set_plate(Shoe& shoe, bool plate);
bool has_plate(const Shoe& shoe);

}  // namespace soleus::biomech
