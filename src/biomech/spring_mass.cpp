#include "biomech/spring_mass.h"

#include <algorithm>
#include <cmath>

#include "core/units.h"

namespace soleus::biomech {
namespace {

// rest length of the leg spring: greater trochanter height, 0.530 of stature (Winter 2009,
// Biomechanics and Motor Control of Human Movement, segment lengths)
constexpr double kLegLengthPerHeight = 0.530;
// McMahon & Cheng 1990: KLEG = k L / (m g) = 15 and V = v_landing / sqrt(g L) = 0.18 predict
// the stride lengths and leg angles of the literature they reviewed
constexpr double kDimensionlessLegStiffness = 15.0;
constexpr double kLandingVerticalFroude = 0.18;
// Farley & Gonzalez 1996: at 2.5 m/s the leg stiffened 2.3-fold, 7.0 to 16.3 kN/m, from 26 %
// below to 36 % above the preferred stride frequency: k grows as f^(ln 2.33 / ln 1.84)
const double kStiffnessFrequencyExponent = std::log(16.3 / 7.0) / std::log(1.36 / 0.74);
// [A] below this share of the step in flight the runner is walking; the model keeps a flight
constexpr double kMaxContactShareOfStep = 0.95;
constexpr double kShortestContact_s = 0.03;  // [A] bracket for the root: no running contact is shorter
// bisection halves the bracket (at most 2 L / v, under 1.5 s): 40 halvings leave it under 2 ps
constexpr int kBisections = 40;

struct SineStance {
  double peak_force_n;
  double com_drop_m;
  double leg_shortening_m;
};

// Morin 2005's sine-wave stance for a contact and flight time.
SineStance sine_stance(double mass_kg, double speed_mps, double leg_m, double contact_s, double aerial_s) {
  SineStance s{};
  s.peak_force_n = mass_kg * core::kGravity * core::kPi / 2.0 * (aerial_s / contact_s + 1.0);
  s.com_drop_m = s.peak_force_n * contact_s * contact_s / (mass_kg * core::kPi * core::kPi) - core::kGravity * contact_s * contact_s / 8.0;
  const double half_sweep = std::min(speed_mps * contact_s / 2.0, leg_m);
  s.leg_shortening_m = leg_m - std::sqrt(leg_m * leg_m - half_sweep * half_sweep) + s.com_drop_m;
  return s;
}

// Leg stiffness of that stance (N/m); it falls as contact lengthens.
double stiffness_of(const SineStance& s) { return s.peak_force_n / s.leg_shortening_m; }

// The contact time in [lo, hi] at which `stiffness(contact)` equals the target; the bound
// nearest to it when none does.
template <typename Stiffness>
double contact_for_stiffness(double target_n_per_m, double lo, double hi, Stiffness stiffness) {
  if (stiffness(hi) >= target_n_per_m) return hi;
  if (stiffness(lo) <= target_n_per_m) return lo;
  for (int i = 0; i < kBisections; ++i) {
    const double mid = 0.5 * (lo + hi);
    (stiffness(mid) > target_n_per_m ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

SpringMassStance stance_from(double mass_kg, double speed_mps, double leg_m, double k, double contact_s,
                             double aerial_s) {
  const SineStance s = sine_stance(mass_kg, speed_mps, leg_m, contact_s, aerial_s);
  const double half_sweep = std::min(speed_mps * contact_s / 2.0, leg_m);
  return {leg_m,
          k,
          contact_s,
          aerial_s,
          s.peak_force_n,
          std::max(0.0, s.com_drop_m),
          std::sqrt(leg_m * leg_m - half_sweep * half_sweep),
          speed_mps};
}

// Longest contact the leg's geometry allows: the hip passes 2 L over the foot at most.
double longest_contact_s(double speed_mps, double leg_m) { return 2.0 * leg_m / speed_mps; }

}  // namespace

SpringMassStance preferred_spring_mass_stance(double speed_mps, double height_m, double body_mass_kg) {
  const double leg = kLegLengthPerHeight * height_m;
  const double k = kDimensionlessLegStiffness * body_mass_kg * core::kGravity / leg;
  const double aerial = 2.0 * kLandingVerticalFroude * std::sqrt(core::kGravity * leg) / core::kGravity;
  const double contact =
      contact_for_stiffness(k, kShortestContact_s, longest_contact_s(speed_mps, leg), [&](double tc) {
        return stiffness_of(sine_stance(body_mass_kg, speed_mps, leg, tc, aerial));
      });
  return stance_from(body_mass_kg, speed_mps, leg, k, contact, aerial);
}

SpringMassStance spring_mass_stance(double speed_mps, double height_m, double body_mass_kg, double step_time_s) {
  const SpringMassStance preferred = preferred_spring_mass_stance(speed_mps, height_m, body_mass_kg);
  const double preferred_step = preferred.contact_time_s + preferred.aerial_time_s;
  const double k =
      preferred.leg_stiffness_n_per_m * std::pow(preferred_step / step_time_s, kStiffnessFrequencyExponent);
  const double leg = preferred.leg_length_m;
  const double longest = std::min(kMaxContactShareOfStep * step_time_s, longest_contact_s(speed_mps, leg));
  const double contact = contact_for_stiffness(k, std::min(kShortestContact_s, longest), longest, [&](double tc) {
    return stiffness_of(sine_stance(body_mass_kg, speed_mps, leg, tc, step_time_s - tc));
  });
  return stance_from(body_mass_kg, speed_mps, leg, k, contact, step_time_s - contact);
}

double spring_mass_cadence_spm(double speed_mps, double height_m) {
  // any mass: the stance's times do not depend on it
  constexpr double kAnyMass = 70.0;
  const SpringMassStance s = preferred_spring_mass_stance(speed_mps, height_m, kAnyMass);
  return 60.0 / (s.contact_time_s + s.aerial_time_s);
}

double spring_vertical_force_n(const SpringMassStance& stance, double time_s) {
  if (time_s <= 0.0 || time_s >= stance.contact_time_s) return 0.0;
  return stance.peak_force_n * std::sin(core::kPi * time_s / stance.contact_time_s);
}

double spring_fore_aft_force_n(const SpringMassStance& stance, double time_s, double vertical_n) {
  const double tc = stance.contact_time_s;
  if (time_s <= 0.0 || time_s >= tc) return 0.0;
  const double ahead_m = stance.speed_mps * (time_s - 0.5 * tc);  // hip ahead of the foot (m)
  const double hip_height_m = stance.touchdown_height_m - stance.com_drop_m * std::sin(core::kPi * time_s / tc);
  return vertical_n * ahead_m / hip_height_m;
}

}  // namespace soleus::biomech
