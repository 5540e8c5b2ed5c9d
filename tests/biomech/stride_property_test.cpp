// Property-style tests: trends and signs that must hold across the whole input range,
// including combinations the model was not tuned to.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "stride_test_helpers.h"

namespace soleus::biomech {
namespace {

using testing::conditions_for;
using testing::kAllShoes;
using testing::kAllStrikes;

// Deterministic pseudo-random numbers (a test must fail the same way every run).
class Lcg {
 public:
  double uniform(double lo, double hi) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    const double unit = static_cast<double>(state_ >> 11) / static_cast<double>(1ULL << 53);
    return lo + (hi - lo) * unit;
  }

 private:
  std::uint64_t state_ = 42;
};

Conditions random_conditions(Lcg& rng) {
  Conditions c;
  c.runner.speed_mps = rng.uniform(1.5, 9.5);
  c.runner.cadence_spm = rng.uniform(0.0, 1.0) < 0.5 ? 0.0 : rng.uniform(120.0, 300.0);
  c.runner.body_mass_kg = rng.uniform(35.0, 160.0);
  c.runner.height_m = rng.uniform(1.3, 2.2);
  c.runner.dorsiflexion_knee_straight_rad = rng.uniform(0.0, 1.0);
  c.runner.dorsiflexion_knee_bent_rad = c.runner.dorsiflexion_knee_straight_rad + rng.uniform(0.0, 0.2);
  c.runner.fatigue = rng.uniform(0.0, 1.0);
  c.strike.strike_index = rng.uniform(0.0, 1.0);
  c.shoe.stack_m = rng.uniform(0.0, 0.06);
  c.shoe.drop_m = std::min(rng.uniform(-0.015, 0.02), c.shoe.stack_m);
  c.shoe.cushioning = rng.uniform(0.0, 1.0);
  c.shoe.forefoot_stiffness = rng.uniform(0.0, 1.0);
  return clamped(c);
}

TEST(BiomechProperty, RandomConditionsGiveFiniteSignedPhysicalOutputs) {
  Lcg rng;
  for (int trial = 0; trial < 1500; ++trial) {
    const Conditions c = random_conditions(rng);
    ASSERT_FALSE(validate(c).has_value());
    const SolvedStride stride = solve_stride(c);
    for (const StrideSample& x : stride.samples) {
      ASSERT_TRUE(std::isfinite(x.ankle_moment_nm) && std::isfinite(x.achilles_force_n)) << trial;
      ASSERT_GE(x.vertical_grf_n, 0.0);
      ASSERT_GE(x.achilles_force_n, 0.0);
      for (double f : x.muscle_force_n) ASSERT_GE(f, 0.0);
      for (double a : x.activation) ASSERT_LE(a, 1.0) << trial;
      ASSERT_GE(x.moment_shortfall_nm, 0.0);
      ASSERT_GE(x.achilles_moment_arm_m, 0.0);
      ASSERT_GE(x.heel_height_m, 0.0);
      ASSERT_GE(x.ball_height_m, 0.0);
      if (x.stance) {
        ASSERT_GE(x.cop_fraction, 0.0);
        ASSERT_LE(x.cop_fraction, 1.0);
      }
    }
    const StrideSummary& s = stride.summary;
    ASSERT_GT(s.contact_time_s, 0.0);
    ASSERT_GT(s.aerial_time_s, 0.0);
    ASSERT_GT(s.peak_soleus_force_n, 0.0) << trial;
    ASSERT_GT(s.soleus_share_at_peak, 0.5) << trial;
    ASSERT_LT(s.soleus_share_at_peak, 1.0);
    // the stance ankle never passes the runner's range
    ASSERT_LE(s.peak_stance_dorsiflexion_rad, s.ankle_dorsiflexion_limit_rad + 1e-9) << trial;
    ASSERT_GT(s.peak_vgrf_bw, 1.0);
    ASSERT_LT(s.peak_vgrf_bw, 6.0);
  }
}

TEST(BiomechProperty, NoMuscleIsAskedForMoreThanItCanGive) {
  // every corner of the runner's ranges (the extremes are where the demand outruns the calf),
  // every strike and shoe: activation never passes 1, and a shortfall is flagged exactly when
  // one is reported
  for (double speed : {1.5, 4.0, 7.0, 9.5}) {
    for (double mass : {35.0, 160.0}) {
      for (double height : {1.3, 2.2}) {
        for (double fatigue : {0.0, 1.0}) {
          for (auto strike : kAllStrikes) {
            for (auto shoe : kAllShoes) {
              Conditions c = conditions_for(speed, strike, shoe);
              c.runner.body_mass_kg = mass;
              c.runner.height_m = height;
              c.runner.fatigue = fatigue;
              const SolvedStride stride = solve_stride(c);
              for (const StrideSample& x : stride.samples) {
                for (double a : x.activation) ASSERT_LE(a, 1.0) << speed << ' ' << mass << ' ' << height;
                for (double a : x.deep_activation) ASSERT_LE(a, 1.0) << speed << ' ' << mass << ' ' << height;
              }
              const StrideSummary& s = stride.summary;
              ASSERT_LE(s.peak_soleus_activation, 1.0);
              ASSERT_LE(s.soleus_capacity_ratio, 1.0);
              ASSERT_EQ(s.capacity_exceeded, s.capacity_shortfall_nm > 0.0);
            }
          }
        }
      }
    }
  }
}

TEST(BiomechProperty, OrdinaryRunningIsWithinTheCalfsCapacity) {
  // recreational to fast running for the default runner, fresh or tired: no shortfall, so the
  // summary numbers are the uncapped model's
  for (double speed = 2.0; speed <= 5.0 + 1e-9; speed += 0.5) {
    for (double fatigue : {0.0, 1.0}) {
      for (auto strike : kAllStrikes) {
        for (auto shoe : kAllShoes) {
          Conditions c = conditions_for(speed, strike, shoe);
          c.runner.fatigue = fatigue;
          const StrideSummary s = solve_stride(c).summary;
          EXPECT_FALSE(s.capacity_exceeded) << speed;
          EXPECT_EQ(s.capacity_shortfall_nm, 0.0) << speed;
        }
      }
    }
  }
}

TEST(BiomechProperty, AchillesForceRisesWithSpeed) {
  // PMC11096059: peak Achilles force rises monotonically with speed (2.7-4.5 m/s), until the
  // triceps surae gives all it can (a sprint for the default runner)
  for (auto strike : kAllStrikes) {
    for (auto shoe : kAllShoes) {
      double previous = 0.0;
      for (double speed = 1.5; speed <= 9.5 + 1e-9; speed += 0.25) {
        const StrideSummary s = testing::summary_for(speed, strike, shoe);
        const double peak = s.peak_achilles_force_bw;
        if (s.capacity_exceeded || s.peak_soleus_activation >= 1.0) {
          EXPECT_GE(peak, 0.999 * previous) << speed;  // the triceps at its capacity: the force levels off
        } else {
          EXPECT_GT(peak, previous) << speed;
        }
        previous = peak;
      }
    }
  }
}

TEST(BiomechProperty, AchillesForceRisesWithStrikeIndex) {
  // JSSM 2025 ordering RFS < MFS < FFS, extended to a continuous strike index
  for (double speed : {2.0, 3.5, 5.0, 6.5}) {
    for (auto shoe : kAllShoes) {
      double previous_peak = 0.0;
      double previous_impulse = 0.0;
      for (double index = 0.0; index <= 1.0 + 1e-9; index += 0.05) {
        Conditions c = conditions_for(speed, StrikePreset::kRearfoot, shoe);
        c.strike.strike_index = std::min(index, 1.0);
        const StrideSummary s = solve_stride(c).summary;
        EXPECT_GT(s.peak_achilles_force_bw, previous_peak) << index;
        EXPECT_GT(s.achilles_impulse_per_step_bw_s, previous_impulse) << index;
        previous_peak = s.peak_achilles_force_bw;
        previous_impulse = s.achilles_impulse_per_step_bw_s;
      }
    }
  }
}

TEST(BiomechProperty, HigherCadenceLowersPeakAndPerStepLoad) {
  // Lyght 2016: +5 % step frequency lowers Achilles stress; Lenhart 2014: lower ankle extensor forces
  for (auto strike : kAllStrikes) {
    double previous_peak = 1e9;
    double previous_impulse = 1e9;
    for (double cadence = 150.0; cadence <= 200.0; cadence += 5.0) {
      Conditions c = conditions_for(3.5, strike, ShoePreset::kNeutral);
      c.runner.cadence_spm = cadence;
      const StrideSummary s = solve_stride(c).summary;
      EXPECT_LT(s.peak_achilles_force_bw, previous_peak) << cadence;
      EXPECT_LT(s.soleus_impulse_per_step_bw_s, previous_impulse) << cadence;
      EXPECT_NEAR(s.steps_per_km * s.step_length_m, 1000.0, 1e-9);
      previous_peak = s.peak_achilles_force_bw;
      previous_impulse = s.soleus_impulse_per_step_bw_s;
    }
  }
}

TEST(BiomechProperty, FatigueLowersCapacityNotLoad) {
  double previous_ratio = 0.0;
  const StrideSummary fresh = testing::summary_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  for (double fatigue = 0.0; fatigue <= 1.0 + 1e-9; fatigue += 0.1) {
    Conditions c = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
    c.runner.fatigue = std::min(fatigue, 1.0);
    const StrideSummary s = solve_stride(c).summary;
    EXPECT_DOUBLE_EQ(s.peak_soleus_force_n, fresh.peak_soleus_force_n);
    EXPECT_GT(s.soleus_capacity_ratio, previous_ratio);
    previous_ratio = s.soleus_capacity_ratio;
  }
  // 20 % strength loss at full fatigue (Peltonen 2010)
  Conditions tired = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  tired.runner.fatigue = 1.0;
  EXPECT_NEAR(solve_stride(tired).summary.soleus_max_force_n, 0.8 * fresh.soleus_max_force_n, 1e-6);
}

TEST(BiomechProperty, HeavierRunnerMoreNewtonsSimilarBodyWeights) {
  double previous = 0.0;
  for (double mass = 40.0; mass <= 150.0; mass += 10.0) {
    Conditions c = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
    c.runner.body_mass_kg = mass;
    const StrideSummary s = solve_stride(c).summary;
    EXPECT_GT(s.peak_soleus_force_n, previous);
    // in body weights the load hardly changes (the model is mass-normalised but for the split among
    // the eight plantarflexors, whose strengths follow MRI regressions not proportional to mass)
    EXPECT_NEAR(s.peak_achilles_force_bw, testing::summary_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral).peak_achilles_force_bw, 0.1);
    previous = s.peak_soleus_force_n;
  }
}

TEST(BiomechProperty, MoreStackLessAchillesForce) {
  double previous = 1e9;
  for (double stack_mm = 0.0; stack_mm <= 60.0; stack_mm += 5.0) {
    Conditions c = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
    c.shoe.stack_m = stack_mm * 1e-3;
    c.shoe.drop_m = 0.0;
    const double peak = solve_stride(c).summary.peak_achilles_force_bw;
    EXPECT_LT(peak, previous) << stack_mm;
    previous = peak;
  }
}

TEST(BiomechProperty, LowerDropMoreDorsiflexionAndAchillesForce) {
  double previous_force = 0.0;
  double previous_dorsiflexion = 0.0;
  for (double drop_mm = 15.0; drop_mm >= -15.0; drop_mm -= 2.5) {
    Conditions c = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
    c.shoe.stack_m = 0.03;
    c.shoe.drop_m = drop_mm * 1e-3;
    const StrideSummary s = solve_stride(c).summary;
    EXPECT_GT(s.peak_achilles_force_bw, previous_force) << drop_mm;
    EXPECT_GT(s.peak_stance_dorsiflexion_rad, previous_dorsiflexion) << drop_mm;
    previous_force = s.peak_achilles_force_bw;
    previous_dorsiflexion = s.peak_stance_dorsiflexion_rad;
  }
}

TEST(BiomechProperty, TightCalfCapsStanceDorsiflexion) {
  for (double range_deg = 0.0; range_deg <= 60.0; range_deg += 5.0) {
    Conditions c = conditions_for(3.5, StrikePreset::kForefoot, ShoePreset::kBarefoot);
    c.runner.dorsiflexion_knee_straight_rad = range_deg * 3.14159265358979 / 180.0;
    c.runner.dorsiflexion_knee_bent_rad = c.runner.dorsiflexion_knee_straight_rad;
    const StrideSummary s = solve_stride(c).summary;
    EXPECT_LE(s.peak_stance_dorsiflexion_rad, c.runner.dorsiflexion_knee_bent_rad + 1e-9) << range_deg;
  }
}

TEST(BiomechProperty, KneeFlexionShiftsLoadFromGastrocnemiusToSoleus) {
  // the gastrocnemius crosses the knee: a more bent knee shortens it, lowers its force-length
  // factor and so its share of the same Achilles force
  const StrideModel base = build_stride_model(conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral));
  const double t = 0.5 * base.contact_time_s;
  double previous_share = 0.0;
  for (double knee_deg = 10.0; knee_deg <= 70.0; knee_deg += 10.0) {
    StrideModel model = base;
    model.knee_stance_peak_rad = knee_deg * 3.14159265358979 / 180.0;
    StrideSample x{};
    evaluate_stride(model, t, x);
    ASSERT_GT(x.achilles_force_n, 0.0);
    const double share = x.muscle_force_n[0] / x.achilles_force_n;
    EXPECT_GT(share, previous_share) << knee_deg;
    previous_share = share;
  }
}

TEST(BiomechProperty, WeeklyDoseScalesWithDistance) {
  Conditions c = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  c.runner.weekly_distance_km = 20.0;
  const double twenty = solve_stride(c).summary.soleus_impulse_per_week_bw_s;
  c.runner.weekly_distance_km = 40.0;
  EXPECT_NEAR(solve_stride(c).summary.soleus_impulse_per_week_bw_s, 2.0 * twenty, 1e-9 * twenty);
}

}  // namespace
}  // namespace soleus::biomech
