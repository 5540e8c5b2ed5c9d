#include "biomech/conditions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

#include "core/units.h"

namespace soleus::biomech {
namespace {

constexpr double kDeg = core::kPi / 180.0;

// Ranges cover recreational to elite runners; outside them the model's sources say nothing.
constexpr std::array<ParameterRange, 14> kRanges{{
    {"speed", 1.5, 7.0, "m/s", 1.0},             // Keller 1996 measured running 1.5-6 m/s; Dorn 2012 up to 7 m/s before sprint strategy
    {"cadence", 120.0, 230.0, "steps/min", 1.0},  // walk-run transition near 140 steps/min (PMC8629136), sprint cadence above 220
    {"mass", 35.0, 160.0, "kg", 1.0},
    {"height", 1.30, 2.20, "m", 1.0},
    {"dorsiflexion", 0.0, 60.0, "deg", kDeg},       // knee straight; norms 23 NWB / 33 WB (Baumbach 2016)
    {"dorsiflexion-bent", 0.0, 70.0, "deg", kDeg},  // knee bent; 39 WB (Baumbach 2014)
    {"fatigue", 0.0, 1.0, "", 1.0},
    {"weekly-km", 0.0, 300.0, "km/week", 1.0},
    {"strike-index", 0.0, 1.0, "", 1.0},
    {"drop", -15.0, 20.0, "mm", 1e-3},   // -11 mm negative-heel shoes were studied; retail drops reach 12-16 mm
    {"stack", 0.0, 60.0, "mm", 1e-3},
    {"cushioning", 0.0, 1.0, "", 1.0},
    {"forefoot-stiffness", 0.0, 1.0, "", 1.0},
    {"samples", 50.0, 20000.0, "", 1.0},
}};

std::string format_number(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

std::optional<InputError> check(std::string_view name, double si_value) {
  const ParameterRange* range = find_range(name);
  const double display = si_value / range->display_to_si;
  // a relative slack absorbs the round trip display -> SI -> display
  const double slack = 1e-9 * std::max(1.0, std::abs(display));
  if (std::isfinite(display) && display >= range->min_display - slack &&
      display <= range->max_display + slack) {
    return std::nullopt;
  }
  std::string message = std::string(name) + " must be between " +
                        format_number(range->min_display) + " and " +
                        format_number(range->max_display);
  if (!range->unit.empty()) message += " " + std::string(range->unit);
  message += " (got " + format_number(display) + ")";
  return InputError{std::string(name), message};
}

double clamp_to(std::string_view name, double si_value) {
  const ParameterRange* range = find_range(name);
  const double lo = range->min_display * range->display_to_si;
  const double hi = range->max_display * range->display_to_si;
  if (!std::isfinite(si_value)) return lo;
  return std::clamp(si_value, lo, hi);
}

}  // namespace

FootStrike make_strike(StrikePreset preset) {
  switch (preset) {
    case StrikePreset::kRearfoot: return FootStrike{1.0 / 6.0};
    case StrikePreset::kMidfoot: return FootStrike{0.5};
    case StrikePreset::kForefoot: return FootStrike{5.0 / 6.0};
  }
  return FootStrike{};
}

Shoe make_shoe(ShoePreset preset) {
  switch (preset) {
    case ShoePreset::kBarefoot: return Shoe{0.0, 0.0, 0.0, 0.0};
    case ShoePreset::kMinimalist: return Shoe{0.0, 0.008, 0.15, 0.05};
    case ShoePreset::kNeutral: return Shoe{0.010, 0.030, 0.5, 0.2};
    case ShoePreset::kMaximal: return Shoe{0.005, 0.040, 0.9, 0.3};
    case ShoePreset::kRacer: return Shoe{0.008, 0.039, 0.75, kCarbonPlateStiffness};
  }
  return Shoe{};
}

const ParameterRange* find_range(std::string_view name) {
  for (const ParameterRange& range : kRanges) {
    if (range.name == name) return &range;
  }
  return nullptr;
}

std::optional<InputError> validate(const Conditions& c) {
  const Runner& r = c.runner;
  if (auto e = check("speed", r.speed_mps)) return e;
  if (r.cadence_spm != 0.0) {
    if (auto e = check("cadence", r.cadence_spm)) return e;
  }
  if (auto e = check("mass", r.body_mass_kg)) return e;
  if (auto e = check("height", r.height_m)) return e;
  if (auto e = check("dorsiflexion", r.dorsiflexion_knee_straight_rad)) return e;
  if (auto e = check("dorsiflexion-bent", r.dorsiflexion_knee_bent_rad)) return e;
  if (r.dorsiflexion_knee_bent_rad < r.dorsiflexion_knee_straight_rad) {
    // bending the knee slackens the gastrocnemius, so it can only add range (Baumbach 2014)
    return InputError{"dorsiflexion-bent",
                      "dorsiflexion-bent must be at least dorsiflexion (knee straight), " +
                          format_number(core::rad_to_deg(r.dorsiflexion_knee_straight_rad)) +
                          " deg (got " +
                          format_number(core::rad_to_deg(r.dorsiflexion_knee_bent_rad)) + ")"};
  }
  if (auto e = check("fatigue", r.fatigue)) return e;
  if (auto e = check("weekly-km", r.weekly_distance_km)) return e;
  if (auto e = check("strike-index", c.strike.strike_index)) return e;
  if (auto e = check("drop", c.shoe.drop_m)) return e;
  if (auto e = check("stack", c.shoe.stack_m)) return e;
  if (c.shoe.drop_m > c.shoe.stack_m + 1e-12) {
    // a heel lower than the drop would need a forefoot below the ground
    return InputError{"drop", "drop must not exceed the stack height " +
                                  format_number(core::m_to_mm(c.shoe.stack_m)) + " mm (got " +
                                  format_number(core::m_to_mm(c.shoe.drop_m)) + ")"};
  }
  if (auto e = check("cushioning", c.shoe.cushioning)) return e;
  if (auto e = check("forefoot-stiffness", c.shoe.forefoot_stiffness)) return e;
  if (auto e = check("samples", static_cast<double>(c.samples))) return e;
  return std::nullopt;
}

Conditions clamped(const Conditions& c) {
  Conditions out = c;
  Runner& r = out.runner;
  r.speed_mps = clamp_to("speed", r.speed_mps);
  if (r.cadence_spm != 0.0) r.cadence_spm = clamp_to("cadence", r.cadence_spm);
  r.body_mass_kg = clamp_to("mass", r.body_mass_kg);
  r.height_m = clamp_to("height", r.height_m);
  r.dorsiflexion_knee_straight_rad = clamp_to("dorsiflexion", r.dorsiflexion_knee_straight_rad);
  r.dorsiflexion_knee_bent_rad = std::max(
      clamp_to("dorsiflexion-bent", r.dorsiflexion_knee_bent_rad), r.dorsiflexion_knee_straight_rad);
  r.fatigue = clamp_to("fatigue", r.fatigue);
  r.weekly_distance_km = clamp_to("weekly-km", r.weekly_distance_km);
  out.strike.strike_index = clamp_to("strike-index", out.strike.strike_index);
  out.shoe.stack_m = clamp_to("stack", out.shoe.stack_m);
  out.shoe.drop_m = clamp_to("drop", out.shoe.drop_m);
  out.shoe.drop_m = std::min(out.shoe.drop_m, out.shoe.stack_m);
  out.shoe.cushioning = clamp_to("cushioning", out.shoe.cushioning);
  out.shoe.forefoot_stiffness = clamp_to("forefoot-stiffness", out.shoe.forefoot_stiffness);
  out.samples = static_cast<int>(clamp_to("samples", static_cast<double>(out.samples)));
  return out;
}

double preferred_cadence_spm(double speed_mps) {
  // 165 steps/min at 3.04 m/s and +3 steps/min for every factor 1.15 in speed (EJSS 2019)
  constexpr double kCadenceAtReference = 165.0;
  constexpr double kReferenceSpeed = 3.04;
  constexpr double kCadenceGainPerSpeedFactor = 3.0;
  constexpr double kSpeedFactor = 1.15;
  return kCadenceAtReference + kCadenceGainPerSpeedFactor * std::log(speed_mps / kReferenceSpeed) /
                                   std::log(kSpeedFactor);
}

double effective_cadence_spm(const Runner& runner) {
  return runner.cadence_spm > 0.0 ? runner.cadence_spm : preferred_cadence_spm(runner.speed_mps);
}

}  // namespace soleus::biomech
