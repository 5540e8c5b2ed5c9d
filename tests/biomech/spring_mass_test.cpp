// The spring-mass stance (biomech/spring_mass.h): its closed form against a numerical
// integration of the same point mass on a linear leg spring, its conservation laws, and how
// contact follows speed, leg length and step rate.
#include "biomech/spring_mass.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/units.h"

namespace soleus::biomech {
namespace {

constexpr double kMass = 70.0;
constexpr double kHeight = 1.75;

// The true spring-mass stance, integrated (RK4, 20 us steps): the mass lands at (speed, -vz)
// with the leg at `angle` from vertical; the result is contact time and the largest vertical force.
struct Integrated {
  double contact_s;
  double peak_vertical_n;
  double takeoff_vz;  // upward velocity at take-off (m/s)
};

Integrated integrate(double speed, double landing_vz, double k, double leg, double angle) {
  using State = std::array<double, 4>;  // x, y (m, mass from the foot), vx, vy (m/s)
  auto derivative = [&](const State& s) {
    const double l = std::hypot(s[0], s[1]);
    const double f = k * (leg - l);
    return State{s[2], s[3], f * s[0] / l / kMass, f * s[1] / l / kMass - core::kGravity};
  };
  auto step = [](const State& s, const State& d, double h) {
    return State{s[0] + h * d[0], s[1] + h * d[1], s[2] + h * d[2], s[3] + h * d[3]};
  };
  State s{-leg * std::sin(angle), leg * std::cos(angle), speed, -landing_vz};
  const double dt = 2e-5;
  double t = 0.0, peak = 0.0;
  while (true) {
    const State k1 = derivative(s);
    const State k2 = derivative(step(s, k1, 0.5 * dt));
    const State k3 = derivative(step(s, k2, 0.5 * dt));
    const State k4 = derivative(step(s, k3, dt));
    for (std::size_t i = 0; i < 4; ++i) s[i] += dt / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
    t += dt;
    const double l = std::hypot(s[0], s[1]);
    if (l >= leg) return {t, peak, s[3]};
    peak = std::max(peak, k * (leg - l) * s[1] / l);
  }
}

// The landing angle at which the integrated stance is symmetric (takes off as it landed): found
// by a scan for the sign change of (take-off - landing) vertical velocity, then bisection.
Integrated symmetric_stance(double speed, double landing_vz, double k, double leg) {
  auto mismatch = [&](double angle) { return integrate(speed, landing_vz, k, leg, angle).takeoff_vz - landing_vz; };
  double lo = 0.05;
  double hi = lo;
  while (hi < 1.2 && (mismatch(lo) > 0.0) == (mismatch(hi + 0.05) > 0.0)) hi += 0.05;
  hi += 0.05;
  const bool lo_positive = mismatch(lo) > 0.0;
  lo = hi - 0.05;
  for (int i = 0; i < 30; ++i) {
    const double mid = 0.5 * (lo + hi);
    ((mismatch(mid) > 0.0) == lo_positive ? lo : hi) = mid;
  }
  return integrate(speed, landing_vz, k, leg, 0.5 * (lo + hi));
}

TEST(SpringMass, TheClosedFormFollowsTheIntegratedSpringMassRunner) {
  // Morin 2005's sine wave is an approximation: contact and peak force within 6 % of the
  // integrated bounce of the same leg, from a jog to a sprint
  for (double speed : {2.5, 4.0, 6.0, 9.0}) {
    const SpringMassStance s = preferred_spring_mass_stance(speed, kHeight, kMass);
    const double landing_vz = 0.5 * core::kGravity * s.aerial_time_s;
    const Integrated truth = symmetric_stance(speed, landing_vz, s.leg_stiffness_n_per_m, s.leg_length_m);
    EXPECT_NEAR(s.contact_time_s, truth.contact_s, 0.06 * truth.contact_s) << speed;
    EXPECT_NEAR(s.peak_force_n, truth.peak_vertical_n, 0.06 * truth.peak_vertical_n) << speed;
  }
}

TEST(SpringMass, TheGroundCarriesTheBodyWeightOverAStepAndTheSpeedIsKept) {
  for (double speed : {1.5, 3.5, 9.5}) {
    for (double step_scale : {1.0, 0.85, 1.2}) {
      const SpringMassStance preferred = preferred_spring_mass_stance(speed, kHeight, kMass);
      const double step = step_scale * (preferred.contact_time_s + preferred.aerial_time_s);
      const SpringMassStance s = spring_mass_stance(speed, kHeight, kMass, step);
      EXPECT_NEAR(s.contact_time_s + s.aerial_time_s, step, 1e-9);
      double vertical = 0.0, fore_aft = 0.0, braking = 0.0;
      const int n = 20000;
      const double dt = s.contact_time_s / n;
      for (int i = 0; i < n; ++i) {
        const double t = (i + 0.5) * dt;
        const double fv = spring_vertical_force_n(s, t);
        const double fh = spring_fore_aft_force_n(s, t, fv);
        vertical += fv * dt;
        fore_aft += fh * dt;
        if (t < 0.5 * s.contact_time_s) braking += fh * dt;
      }
      EXPECT_NEAR(vertical, kMass * core::kGravity * step, 1e-3 * kMass * core::kGravity * step) << speed;
      EXPECT_NEAR(fore_aft, 0.0, 1e-6 * -braking) << speed;  // steady speed
      EXPECT_LT(braking, 0.0) << speed;                      // braking first
    }
  }
}

TEST(SpringMass, ContactShortensWithSpeedLengthensWithTheLegAndItsLengthStaysALegsSweep) {
  double previous = 1.0;
  for (double speed = 1.5; speed <= 9.5 + 1e-9; speed += 0.5) {
    const SpringMassStance s = preferred_spring_mass_stance(speed, kHeight, kMass);
    EXPECT_LT(s.contact_time_s, previous) << speed;
    previous = s.contact_time_s;
    const double contact_length = speed * s.contact_time_s;
    EXPECT_GT(contact_length, 0.4) << speed;   // the hip passes over the foot ...
    EXPECT_LT(contact_length, 1.2 * s.leg_length_m) << speed;  // ... within a leg's sweep
  }
  EXPECT_GT(preferred_spring_mass_stance(4.0, 2.0, kMass).contact_time_s,
            preferred_spring_mass_stance(4.0, 1.5, kMass).contact_time_s);
  // dynamic similarity: body mass changes the forces, not the timing
  EXPECT_NEAR(preferred_spring_mass_stance(4.0, kHeight, 45.0).contact_time_s,
              preferred_spring_mass_stance(4.0, kHeight, 120.0).contact_time_s, 1e-9);
}

TEST(SpringMass, AQuickerStepStiffensTheLegAndShortensContact) {
  const SpringMassStance preferred = preferred_spring_mass_stance(3.5, kHeight, kMass);
  const double step = preferred.contact_time_s + preferred.aerial_time_s;
  const SpringMassStance same = spring_mass_stance(3.5, kHeight, kMass, step);
  EXPECT_NEAR(same.contact_time_s, preferred.contact_time_s, 1e-9);
  const SpringMassStance quick = spring_mass_stance(3.5, kHeight, kMass, step / 1.1);
  EXPECT_GT(quick.leg_stiffness_n_per_m, preferred.leg_stiffness_n_per_m);
  EXPECT_LT(quick.contact_time_s, preferred.contact_time_s);
  EXPECT_LT(quick.peak_force_n, preferred.peak_force_n);
  // a step far too short for this speed: contact takes all but a sliver of it, flight stays > 0
  const SpringMassStance shuffle = spring_mass_stance(1.5, kHeight, kMass, 0.2);
  EXPECT_GT(shuffle.aerial_time_s, 0.0);
  EXPECT_NEAR(shuffle.contact_time_s, 0.95 * 0.2, 1e-9);
}

}  // namespace
}  // namespace soleus::biomech
