#pragma once
/// Inputs of the load model: who runs (Runner), how the foot lands (FootStrike) and in what
/// (Shoe). Plain immutable values, SI inside. Check user-supplied values with validate()
/// before solving; solve_stride() asserts that its input is valid. The names, units, ranges and
/// help texts of these inputs and the presets are in biomech/parameters.h, whose
/// parameters.cpp also implements make_strike(), make_shoe(), validate() and clamped().
#include <optional>
#include <string>

#include "core/units.h"

namespace soleus::biomech {

/// The runner. Angles are ranges of motion measured in weight-bearing lunge position.
struct Runner {
  double body_mass_kg = 70.0;                    // body mass (kg)
  double height_m = 1.75;                        // standing height (m)
  double speed_mps = 3.5;                        // running speed (m/s, +forward)
  double cadence_spm = 0.0;                      // steps per minute, both legs (1/min); 0 = preferred cadence for the speed
  double dorsiflexion_knee_straight_rad = core::deg_to_rad(25.0);  // ankle dorsiflexion range, knee straight (rad, +dorsiflexion); 25 deg WB, Baumbach 2014
  double dorsiflexion_knee_bent_rad = core::deg_to_rad(39.0);      // ankle dorsiflexion range, knee bent (rad, +dorsiflexion); 39 deg WB, Baumbach 2014
  double fatigue = 0.0;                          // 0 fresh .. 1 exhausted (dimensionless)
  double weekly_distance_km = 30.0;              // running volume for the weekly dose (km/week)
};

/// Foot strike as the strike index of Cavanagh & Lafortune 1980: centre of pressure at initial
/// contact as a fraction of foot length from the heel (0 heel .. 1 toe).
struct FootStrike {
  double strike_index = 0.15;  // centre of pressure at contact (fraction of foot length from the heel)
};

/// Names of the strike presets that code picks by name; they index strike_presets()
/// (biomech/parameters.h), which holds their values and sources.
enum class StrikePreset { kRearfoot, kMidfoot, kForefoot };

FootStrike make_strike(StrikePreset preset);

/// The shoe. Zero drop and zero stack with zero cushioning is barefoot.
struct Shoe {
  double drop_m = 0.010;             // heel-to-toe drop (m, +heel higher; negative allowed)
  double stack_m = 0.030;            // midsole height under the heel (m)
  double cushioning = 0.5;           // midsole compliance (0 firm/barefoot .. 1 softest foam, dimensionless)
  double forefoot_stiffness = 0.2;   // forefoot bending stiffness (0 flexible .. 1 stiff carbon plate, dimensionless)
};

/// Names of the shoe presets that code picks by name; they index shoe_presets()
/// (biomech/parameters.h), which holds their values.
enum class ShoePreset { kBarefoot, kMinimalist, kNeutral, kMaximal, kRacer };

Shoe make_shoe(ShoePreset preset);

/// Forefoot stiffness of a shoe with a full-length carbon plate (dimensionless).
inline constexpr double kCarbonPlateStiffness = 0.9;

/// Everything the model needs for one stride.
struct Conditions {
  Runner runner;          // the runner
  FootStrike strike;      // strike pattern
  Shoe shoe;              // shoe
  int samples = 200;      // samples per stride in the solved time series (count, >= 2)
};

/// An input outside its range: which parameter and a one-line human message with the range.
struct InputError {
  std::string parameter;  // parameter id (biomech::Parameter::id, the flag name), e.g. "speed"
  std::string message;    // one line, e.g. "speed must be between 1.5 and 9.5 m/s (got 12)"
};

/// Checks every input against its range in biomech::parameters() (a cadence of 0 is the
/// preferred one), bent-knee dorsiflexion >= knee-straight and drop <= stack.
std::optional<InputError> validate(const Conditions& conditions);

/// The same conditions with every input clamped into its range (for sliders).
Conditions clamped(const Conditions& conditions);

/// The runner's preferred cadence (steps/min) at their speed and height: the step the
/// spring-mass runner takes (biomech/spring_mass.h; McMahon & Cheng 1990), not a fitted law.
double preferred_cadence_spm(const Runner& runner);

/// The cadence the model uses: the runner's, or the preferred one when it is 0.
double effective_cadence_spm(const Runner& runner);

}  // namespace soleus::biomech
