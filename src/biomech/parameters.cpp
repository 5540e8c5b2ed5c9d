#include "biomech/parameters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/find.h"
#include "core/units.h"

namespace soleus::biomech {
namespace {

constexpr double kDegree = core::kPi / 180.0;  // rad per display degree
constexpr double kMillimetre = 1e-3;           // m per display millimetre

// Knee flexion past 20 deg adds 13-15 deg of dorsiflexion (Baumbach 2014).
constexpr double kKneeBentGainDeg = 14.0;

// The get/set pair of one Conditions field (SI); a count field stores the value as its own type.
#define CONDITIONS_FIELD(path)                                         \
  [](const Conditions& c) { return static_cast<double>(c.path); },     \
      [](Conditions& c, double si) { c.path = static_cast<decltype(c.path)>(si); }

double preferred_cadence_for(const Conditions& c) { return preferred_cadence_spm(c.runner); }

std::string format_number(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

// A stored 0 of an automatic parameter (cadence) is the model's choice, not a value.
bool is_automatic(const Parameter& p, const Conditions& c) { return p.automatic.si != nullptr && p.get(c) == 0.0; }

// The value (SI) clamped into the parameter's range; a non-finite one becomes the minimum.
double clamp_si(const Parameter& p, double si) {
  const double lo = p.min_display * p.display_to_si;
  const double hi = p.max_display * p.display_to_si;
  return std::isfinite(si) ? std::clamp(si, lo, hi) : lo;
}

}  // namespace

const std::vector<Parameter>& parameters() {
  // Ranges cover recreational to elite runners; outside them the model's sources say nothing.
  // Defaults are Conditions{}'s (see conditions.h for their sources).
  // Row: id, learn.json key, report key, group, label, --help phrase, unit, decimals,
  //      min, max, display -> SI, in words, tooltip, automatic, field.
  static const std::vector<Parameter> table = {
      // a jog to a sprint: Keller 1996 measured 1.5-6 m/s, Dorn 2012 3.56-9.49 m/s
      {"speed", "speed", "speed_mps", ParameterGroup::kRunner, "Speed", "running speed", "m/s", 2,
       1.5, 9.5, 1.0, "{} m/s",
       "Faster running raises the ground force and the ankle moment on every step; the soleus carries most of it.",
       {}, CONDITIONS_FIELD(runner.speed_mps)},
      // walk-run transition near 140 steps/min (PMC8629136); sprinters step 4.5-5 times a second [A]
      {"cadence", "cadence", "cadence_spm", ParameterGroup::kRunner, "Cadence", "step rate, both legs",
       "steps/min", 0, 120.0, 300.0, 1.0, "{} steps/min",
       "More steps per minute means shorter steps: each step loads the calf a little less, but there are more of "
       "them per kilometre.",
       {"Preferred cadence", "the preferred cadence for the speed", preferred_cadence_for},
       CONDITIONS_FIELD(runner.cadence_spm)},
      {"mass", "mass", "body_mass_kg", ParameterGroup::kRunner, "Mass", "body mass", "kg", 0, 35.0, 160.0, 1.0,
       "{} kg", "Forces scale with body weight; muscle strength scales with body size (muscle volume).", {},
       CONDITIONS_FIELD(runner.body_mass_kg)},
      {"height", "height", "height_m", ParameterGroup::kRunner, "Height", "standing height", "m", 2, 1.30, 2.20, 1.0,
       "{} m", "Height sets leg length, foot length and the Achilles moment arm.", {},
       CONDITIONS_FIELD(runner.height_m)},
      // Cavanagh & Lafortune 1980: 0 heel .. 1 toe
      {"strike", "strike", "strike_index", ParameterGroup::kStrike, "Strike index",
       "strike index: where the centre of pressure starts, from the heel (1 = toe)", "", 2, 0.0, 1.0, 1.0,
       "strike index {}",
       "Where the centre of pressure starts, as a fraction of foot length from the heel (Cavanagh and Lafortune "
       "1980): 0-0.33 rearfoot, 0.34-0.67 midfoot, 0.68-1 forefoot.",
       {}, CONDITIONS_FIELD(strike.strike_index)},
      // -11 mm negative-heel shoes were studied; retail drops reach 12-16 mm
      {"drop", "drop_mm", "drop_mm", ParameterGroup::kShoe, "Drop", "heel-to-toe drop, + heel higher", "mm", 0,
       -15.0, 20.0, kMillimetre, "{} mm drop",
       "Heel minus forefoot height. Less drop makes the ankle dorsiflex further in stance, which stretches and "
       "loads the calf more; negative drop even more.",
       {}, CONDITIONS_FIELD(shoe.drop_m)},
      {"stack", "stack_mm", "stack_mm", ParameterGroup::kShoe, "Stack", "midsole height under the heel", "mm", 0, 0.0,
       60.0, kMillimetre, "{} mm stack", "Sole thickness under the heel.", {}, CONDITIONS_FIELD(shoe.stack_m)},
      {"cushioning", "cushioning", "cushioning", ParameterGroup::kShoe, "Cushioning",
       "midsole softness (1 = softest foam)", "", 2, 0.0, 1.0, 1.0, "cushioning {}",
       "Midsole softness. Softer foam changes the impact shape, but the calf's work over the step stays much the "
       "same.",
       {}, CONDITIONS_FIELD(shoe.cushioning)},
      {"forefoot-stiffness", "forefoot_stiffness", "forefoot_stiffness", ParameterGroup::kShoe, "Forefoot stiffness",
       "forefoot bending stiffness (1 = stiffest plate)", "", 2, 0.0, 1.0, 1.0,
       "forefoot stiffness {}",
       "How hard the sole is to bend at the toes, up to a stiff carbon plate. It mostly changes the toe joints; "
       "on its own it barely unloads the ankle.",
       {}, CONDITIONS_FIELD(shoe.forefoot_stiffness)},
      // knee straight; norms 23 NWB / 33 WB (Baumbach 2016)
      {"dorsiflexion", "dorsiflexion_knee_straight_deg", "dorsiflexion_knee_straight_deg", ParameterGroup::kRunner,
       "DF knee straight", "ankle dorsiflexion range, knee straight", "deg", 0, 0.0, 60.0,
       kDegree, "{}° ankle range, knee straight",
       "Ankle dorsiflexion range: how far the shin can tilt over the foot with the knee straight (weight-bearing "
       "lunge). Limited by the whole calf; typical 25-35 deg.",
       {}, CONDITIONS_FIELD(runner.dorsiflexion_knee_straight_rad)},
      // knee bent; 39 WB (Baumbach 2014)
      {"dorsiflexion-bent", "dorsiflexion_deg", "dorsiflexion_knee_bent_deg", ParameterGroup::kRunner,
       "DF knee bent", "ankle dorsiflexion range, knee bent", "deg", 0, 0.0, 70.0,
       kDegree, "{}° ankle range, knee bent",
       "The same with the knee bent: the gastrocnemius goes slack, so this measures the soleus and the ankle joint. "
       "Typical about 39 deg.",
       {}, CONDITIONS_FIELD(runner.dorsiflexion_knee_bent_rad)},
      {"fatigue", "fatigue", "fatigue", ParameterGroup::kRunner, "Fatigue",
       "0 fresh, 1 exhausted (20 % less calf force)", "", 2, 0.0, 1.0, 1.0, "fatigue {}",
       "A tired calf produces up to about 20 % less force, so the same stride uses more of what is left (load "
       "relative to capacity rises).",
       {}, CONDITIONS_FIELD(runner.fatigue)},
      {"weekly-km", "weekly_km", "weekly_km", ParameterGroup::kRunner, "Weekly volume",
       "weekly distance, for the weekly dose", "km/week", 0, 0.0, 300.0, 1.0, "{} km/week",
       "Used for the weekly soleus load dose.", {}, CONDITIONS_FIELD(runner.weekly_distance_km)},
      {"samples", "", "", ParameterGroup::kModel, "Samples", "samples per stride", "", 0,
       50.0, 20000.0, 1.0, "{} samples per stride", "Resolution of the solved stride.", {},
       CONDITIONS_FIELD(samples)},
  };
  return table;
}

#undef CONDITIONS_FIELD

const Parameter* find_parameter(std::string_view id) { return core::find_by_id(parameters(), id); }

const Parameter* find_content_parameter(std::string_view content_key) {
  if (content_key.empty()) return nullptr;
  for (const Parameter& p : parameters()) {
    if (p.content_key == content_key) return &p;
  }
  return nullptr;
}

double display_value(const Parameter& p, const Conditions& c) { return p.get(c) / p.display_to_si; }

double used_display_value(const Parameter& p, const Conditions& c) {
  return is_automatic(p, c) ? p.automatic.si(c) / p.display_to_si : display_value(p, c);
}

double default_display_value(const Parameter& p) { return display_value(p, Conditions{}); }

std::string range_text(const Parameter& p) {
  std::string text = "between " + format_number(p.min_display) + " and " + format_number(p.max_display);
  if (!p.unit.empty()) text += " " + std::string(p.unit);
  return text;
}

std::string number_text(double x, int decimals) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

std::string in_words(const Parameter& p, double display) {
  std::string text(p.in_words);
  return text.replace(text.find("{}"), 2, number_text(display, p.decimals));
}

std::string slider_format(const Parameter& p) {
  std::string format = "%." + std::to_string(p.decimals) + "f";
  if (!p.unit.empty()) format += " " + std::string(p.unit);
  return format;
}

std::string accepted_values(const Parameter& p) {
  if (p.group == ParameterGroup::kStrike) return preset_ids(strike_presets(), ", ") + " or an index " + range_text(p);
  return "a number " + range_text(p);
}

std::optional<double> preset_value(const Parameter& p, std::string_view word) {
  const StrikePresetInfo* preset = p.group == ParameterGroup::kStrike ? find_strike_preset(word) : nullptr;
  if (preset == nullptr) return std::nullopt;
  return preset->strike_index;
}

std::optional<InputError> check_value(const Parameter& p, double display) {
  // a relative slack absorbs the round trip display -> SI -> display
  const double slack = 1e-9 * std::max(1.0, std::abs(display));
  const bool in_range = std::isfinite(display) && display >= p.min_display - slack && display <= p.max_display + slack;
  std::string what = "must be ";
  if (in_range) {
    Conditions probe;
    p.set(probe, display * p.display_to_si);
    if (p.get(probe) == display * p.display_to_si) return std::nullopt;
    what += "a whole number ";  // a count field cannot hold a fraction
  }
  return InputError{std::string(p.id),
                    std::string(p.id) + " " + what + range_text(p) + " (got " + format_number(display) + ")"};
}

Conditions with_values(Conditions c, const std::vector<GivenValue>& values) {
  const auto given = [&](std::string_view id) {
    return std::any_of(values.begin(), values.end(), [&](const GivenValue& v) { return v.parameter->id == id; });
  };
  for (const GivenValue& v : values) v.parameter->set(c, v.display * v.parameter->display_to_si);
  Runner& r = c.runner;
  Shoe& shoe = c.shoe;
  // A derived value stays in its own range, so that an error only ever names a given input.
  if (given("dorsiflexion") && !given("dorsiflexion-bent")) {
    r.dorsiflexion_knee_bent_rad = clamp_si(*find_parameter("dorsiflexion-bent"),
                                            r.dorsiflexion_knee_straight_rad + kKneeBentGainDeg * kDegree);
  }
  if (given("dorsiflexion-bent") && !given("dorsiflexion")) {
    const double capped = std::min(r.dorsiflexion_knee_straight_rad, r.dorsiflexion_knee_bent_rad);
    r.dorsiflexion_knee_straight_rad = clamp_si(*find_parameter("dorsiflexion"), capped);
  }
  if (given("stack") && !given("drop")) {
    shoe.drop_m = clamp_si(*find_parameter("drop"), std::min(shoe.drop_m, shoe.stack_m));
  }
  if (given("drop") && !given("stack")) {
    shoe.stack_m = clamp_si(*find_parameter("stack"), std::max(shoe.stack_m, shoe.drop_m));
  }
  return c;
}

std::optional<InputError> validate(const Conditions& c) {
  for (const Parameter& p : parameters()) {
    if (is_automatic(p, c)) continue;
    if (auto error = check_value(p, display_value(p, c))) return error;
  }
  const Runner& r = c.runner;
  if (r.dorsiflexion_knee_bent_rad < r.dorsiflexion_knee_straight_rad) {
    // bending the knee slackens the gastrocnemius, so it can only add range (Baumbach 2014)
    return InputError{"dorsiflexion-bent",
                      "dorsiflexion-bent must be at least dorsiflexion (knee straight), " +
                          format_number(core::rad_to_deg(r.dorsiflexion_knee_straight_rad)) + " deg (got " +
                          format_number(core::rad_to_deg(r.dorsiflexion_knee_bent_rad)) + ")"};
  }
  if (c.shoe.drop_m > c.shoe.stack_m + 1e-12) {
    // a heel lower than the drop would need a forefoot below the ground
    return InputError{"drop", "drop must not exceed the stack height " + format_number(core::m_to_mm(c.shoe.stack_m)) +
                                  " mm (got " + format_number(core::m_to_mm(c.shoe.drop_m)) + ")"};
  }
  return std::nullopt;
}

Conditions clamped(const Conditions& c) {
  Conditions out = c;
  for (const Parameter& p : parameters()) {
    if (!is_automatic(p, out)) p.set(out, clamp_si(p, p.get(out)));
  }
  Runner& r = out.runner;
  r.dorsiflexion_knee_bent_rad = std::max(r.dorsiflexion_knee_bent_rad, r.dorsiflexion_knee_straight_rad);
  out.shoe.drop_m = std::min(out.shoe.drop_m, out.shoe.stack_m);
  return out;
}

const std::vector<StrikePresetInfo>& strike_presets() {
  // Strike indices: the centres of the thirds RFS 0-33 %, MFS 34-67 %, FFS 68-100 % (Cavanagh &
  // Lafortune 1980, cut-offs as cited by Graf et al.). Sole angles at contact: barefoot means at
  // 10 km/h (JSSM 2025;24:747 Table 1); the model's strike angle runs through them.
  static const std::vector<StrikePresetInfo> table = {
      {"rearfoot", "Rearfoot", 1.0 / 6.0, 1.0 / 3.0, 17.7,
       "Heel first: the ankle is dorsiflexed at contact, the shin muscles lower the foot, and the calf starts "
       "working later. Loads the knee more."},
      {"midfoot", "Midfoot", 0.5, 2.0 / 3.0, 2.58, "Whole foot at once: the calf is loaded from contact."},
      {"forefoot", "Forefoot", 5.0 / 6.0, 1.0, -7.92,
       "Ball first: the calf catches the body as the heel lowers, so soleus and Achilles work longer and harder "
       "per step."},
  };
  return table;
}

const StrikePresetInfo& strike_preset(StrikePreset preset) {
  return strike_presets()[static_cast<std::size_t>(preset)];
}

const StrikePresetInfo* find_strike_preset(std::string_view id) { return core::find_by_id(strike_presets(), id); }

const StrikePresetInfo& strike_pattern(double strike_index) {
  const std::vector<StrikePresetInfo>& presets = strike_presets();
  for (const StrikePresetInfo& preset : presets) {
    if (strike_index < preset.upper_index) return preset;
  }
  return presets.back();
}

FootStrike make_strike(StrikePreset preset) { return FootStrike{strike_preset(preset).strike_index}; }

const std::vector<ShoePresetInfo>& shoe_presets() {
  // Typical catalogue figures, not from a study: {drop (m), stack (m), cushioning, forefoot stiffness}.
  static const std::vector<ShoePresetInfo> table = {
      {"barefoot", "Barefoot", Shoe{0.0, 0.0, 0.0, 0.0}, "Nothing under the foot."},
      {"minimalist", "Minimal", Shoe{0.0, 0.008, 0.15, 0.05}, "Thin, flexible, zero drop."},
      {"neutral", "Neutral", Shoe{0.010, 0.030, 0.5, 0.2}, "A typical trainer: 10 mm drop, medium foam."},
      {"maximal", "Maximal", Shoe{0.005, 0.040, 0.9, 0.3},
       "Thick soft foam. More cushioning does not mean less impact."},
      {"racer", "Racer", Shoe{0.008, 0.039, 0.75, kCarbonPlateStiffness},
       "Carbon-plated racing shoe with resilient foam."},
  };
  return table;
}

const ShoePresetInfo& shoe_preset(ShoePreset preset) { return shoe_presets()[static_cast<std::size_t>(preset)]; }

const ShoePresetInfo* find_shoe_preset(std::string_view id) { return core::find_by_id(shoe_presets(), id); }

Shoe make_shoe(ShoePreset preset) { return shoe_preset(preset).shoe; }

void set_plate(Shoe& shoe, bool plate) {
  shoe.forefoot_stiffness = plate ? kCarbonPlateStiffness : Shoe{}.forefoot_stiffness;
}

bool has_plate(const Shoe& shoe) { return shoe.forefoot_stiffness >= kCarbonPlateStiffness; }

}  // namespace soleus::biomech
