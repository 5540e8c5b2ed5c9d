#include "biomech/muscles.h"

#include <gtest/gtest.h>

#include "core/units.h"

namespace soleus::biomech {
namespace {

using core::deg_to_rad;

TEST(BiomechMuscles, SoleusStrengthMatchesRajagopalWorkedExample) {
  // biomech.md §5: 1.70 m / 75 kg -> soleus 6.2 kN, MG 3.2 kN, LG 1.6 kN; Rajagopal 2016 6195 N.
  // Tolerance 3 %: the worked example rounds volumes and PCSA to three digits.
  EXPECT_NEAR(max_isometric_force_n(Muscle::kSoleus, 1.70, 75.0), 6200.0, 0.03 * 6200.0);
  EXPECT_NEAR(max_isometric_force_n(Muscle::kGastrocnemiusMedial, 1.70, 75.0), 3200.0, 0.03 * 3200.0);
  EXPECT_NEAR(max_isometric_force_n(Muscle::kGastrocnemiusLateral, 1.70, 75.0), 1600.0, 0.03 * 1600.0);
}

TEST(BiomechMuscles, MomentArmFollowsManal2013) {
  // exact at the two published points (1.75 m reference) and growing towards plantarflexion
  EXPECT_NEAR(achilles_moment_arm_m(deg_to_rad(20.0), 1.75), 0.0357, 1e-9);
  EXPECT_NEAR(achilles_moment_arm_m(deg_to_rad(-10.0), 1.75), 0.0381, 1e-9);
  for (double deg = -30.0; deg < 30.0; deg += 1.0) {
    const double arm = achilles_moment_arm_m(deg_to_rad(deg), 1.75);
    // validation target 2 (biomech.md): 35-56 mm
    EXPECT_GE(arm, 0.035);
    EXPECT_LE(arm, 0.056);
    EXPECT_GE(arm, achilles_moment_arm_m(deg_to_rad(deg + 1.0), 1.75));
  }
}

TEST(BiomechMuscles, LengthsChangeWithTheJointsTheyCross) {
  const MuscleLengths rest = standing_lengths(1.75);
  const MuscleLengths dorsiflexed = muscle_tendon_lengths(deg_to_rad(15.0), 0.0, 1.75);
  const MuscleLengths knee_bent = muscle_tendon_lengths(0.0, deg_to_rad(40.0), 1.75);
  for (int i = 0; i < kMuscleCount; ++i) {
    EXPECT_GT(dorsiflexed[static_cast<std::size_t>(i)], rest[static_cast<std::size_t>(i)]);
  }
  EXPECT_DOUBLE_EQ(knee_bent[0], rest[0]);  // soleus is one-joint
  EXPECT_LT(knee_bent[1], rest[1]);
  EXPECT_LT(knee_bent[2], rest[2]);
}

TEST(BiomechMuscles, ExcursionIsTheIntegralOfTheMomentArm) {
  // consistency: d(length)/d(angle) equals the moment arm (tendon-excursion principle)
  const double h = 1.80;
  for (double deg = -25.0; deg <= 25.0; deg += 5.0) {
    const double angle = deg_to_rad(deg);
    const double step = 1e-6;
    const double slope = (muscle_tendon_lengths(angle + step, 0.0, h)[0] -
                          muscle_tendon_lengths(angle - step, 0.0, h)[0]) / (2.0 * step);
    EXPECT_NEAR(slope, achilles_moment_arm_m(angle, h), 1e-7) << deg;
  }
}

TEST(BiomechMuscles, ForceLengthPeaksAtOptimalLength) {
  EXPECT_DOUBLE_EQ(force_length_factor(1.0), 1.0);
  EXPECT_LT(force_length_factor(0.7), force_length_factor(0.9));
  EXPECT_LT(force_length_factor(1.3), force_length_factor(1.1));
}

TEST(BiomechStretch, KneeFlexionOf20DegreesRemovesTheGastrocnemiusRestraint) {
  // validation target 10 (Baumbach 2014): with the knee straight the gastrocnemius limits
  // dorsiflexion to the knee-straight range; from 20 deg of knee flexion the soleus limit
  // (knee-bent range) applies and more flexion adds nothing. Tolerance 1 deg: the model derives
  // its knee moment arm from the 13-15 deg midpoint.
  Runner runner;  // 25 / 39 deg weight-bearing ranges
  const StretchState straight = solve_stretch({0.0, 0.0}, runner);
  EXPECT_EQ(straight.limiting_muscle, Muscle::kGastrocnemiusMedial);
  EXPECT_NEAR(straight.dorsiflexion_limit_rad, runner.dorsiflexion_knee_straight_rad, 1e-6);
  const double at20 = dorsiflexion_limit_rad(deg_to_rad(20.0), runner);
  EXPECT_NEAR(at20, runner.dorsiflexion_knee_bent_rad, deg_to_rad(1.0));
  for (double knee = 21.0; knee <= 90.0; knee += 10.0) {
    const StretchState bent = solve_stretch({deg_to_rad(knee), deg_to_rad(20.0)}, runner);
    EXPECT_EQ(bent.limiting_muscle, Muscle::kSoleus) << knee;
    EXPECT_DOUBLE_EQ(bent.dorsiflexion_limit_rad, runner.dorsiflexion_knee_bent_rad);
  }
  // below 20 deg the limit grows with knee flexion
  EXPECT_LT(dorsiflexion_limit_rad(deg_to_rad(5.0), runner), dorsiflexion_limit_rad(deg_to_rad(12.0), runner));
}

TEST(BiomechStretch, StrainsRespondToKneeAndAnkle) {
  Runner runner;
  const StretchState neutral = solve_stretch({0.0, 0.0}, runner);
  for (double strain : neutral.strain) EXPECT_DOUBLE_EQ(strain, 0.0);
  const StretchState straight = solve_stretch({0.0, deg_to_rad(20.0)}, runner);
  const StretchState bent = solve_stretch({deg_to_rad(40.0), deg_to_rad(20.0)}, runner);
  EXPECT_GT(straight.strain[0], 0.0);
  EXPECT_DOUBLE_EQ(bent.strain[0], straight.strain[0]);  // soleus ignores the knee
  EXPECT_LT(bent.strain[1], straight.strain[1]);
  EXPECT_LT(bent.strain[2], straight.strain[2]);
  // at the knee-straight end of range the gastrocnemius is at its limit
  const StretchState end = solve_stretch({0.0, runner.dorsiflexion_knee_straight_rad}, runner);
  EXPECT_NEAR(end.tension_fraction[1], 1.0, 1e-9);
  EXPECT_LT(end.tension_fraction[0], 1.0);
}

}  // namespace
}  // namespace soleus::biomech
