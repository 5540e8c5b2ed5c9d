// Internal consistency of a solved stride: the numbers must agree with each other.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "stride_test_helpers.h"

namespace soleus::biomech {
namespace {

using testing::conditions_for;
using testing::kAllShoes;
using testing::kAllStrikes;

// Fine midpoint integral of a sample quantity over the stance phase.
double stride_height(const SolvedStride& stride) { return stride.model.conditions.runner.height_m; }

// The moment the deep plantarflexors' forces make about the ankle in this sample (N m).
double deep_moment(const StrideSample& x, double height_m) {
  double moment = 0.0;
  for (std::size_t d = 0; d < x.deep_force_n.size(); ++d) {
    moment += x.deep_force_n[d] *
              deep_plantarflexor_moment_arm_m(static_cast<DeepPlantarflexor>(d), x.ankle_dorsiflexion_rad, height_m);
  }
  return moment;
}

template <typename Quantity>
double integrate_stance(const SolvedStride& stride, Quantity quantity) {
  constexpr int kSteps = 20000;
  const double dt = stride.model.contact_time_s / kSteps;
  double sum = 0.0;
  for (int i = 0; i < kSteps; ++i) sum += quantity(stride.sample_at((i + 0.5) * dt)) * dt;
  return sum;
}

class BiomechEveryPreset : public ::testing::TestWithParam<std::tuple<StrikePreset, ShoePreset>> {
 protected:
  SolvedStride stride_ = solve_stride(
      conditions_for(3.5, std::get<0>(GetParam()), std::get<1>(GetParam())));
};

TEST_P(BiomechEveryPreset, AnkleMomentEqualsMuscleMomentsPlusDorsiflexors) {
  for (const StrideSample& x : stride_.samples) {
    const double triceps = x.muscle_force_n[0] + x.muscle_force_n[1] + x.muscle_force_n[2];
    EXPECT_NEAR(x.ankle_moment_nm,
                triceps * x.achilles_moment_arm_m + x.deep_moment_nm + x.dorsiflexor_moment_nm + x.moment_shortfall_nm,
                1e-9 * (1.0 + std::abs(x.ankle_moment_nm)));
    EXPECT_NEAR(x.deep_moment_nm, deep_moment(x, stride_height(stride_)), 1e-9 * (1.0 + x.deep_moment_nm));
    EXPECT_EQ(x.moment_shortfall_nm, 0.0);
    EXPECT_NEAR(x.achilles_force_n, triceps, 1e-9 * (1.0 + x.achilles_force_n));
    EXPECT_LE(x.dorsiflexor_moment_nm, 0.0);
  }
}

TEST_P(BiomechEveryPreset, ImpulseEqualsIntegralOfForce) {
  // the summary's rectangle rule on 200 samples against a 20000-step midpoint integral; 1 %
  const double bw = stride_.model.body_weight_n;
  const double soleus = integrate_stance(stride_, [](const StrideSample& x) { return x.soleus_force_n(); }) / bw;
  const double achilles = integrate_stance(stride_, [](const StrideSample& x) { return x.achilles_force_n; }) / bw;
  EXPECT_NEAR(stride_.summary.soleus_impulse_per_step_bw_s, soleus, 0.01 * soleus);
  EXPECT_NEAR(stride_.summary.achilles_impulse_per_step_bw_s, achilles, 0.01 * achilles);
  EXPECT_NEAR(stride_.summary.soleus_impulse_per_km_bw_s,
              stride_.summary.soleus_impulse_per_step_bw_s * stride_.summary.steps_per_km / 2.0, 1e-9);
}

TEST_P(BiomechEveryPreset, VerticalImpulseCarriesBodyWeightOverAStep) {
  // steady running: the stance impulse equals body weight x step time (Clark 2017 J_T)
  const double impulse = integrate_stance(stride_, [](const StrideSample& x) { return x.vertical_grf_n; });
  const double expected = stride_.model.body_weight_n * stride_.model.step_time_s;
  EXPECT_NEAR(impulse, expected, 1e-3 * expected);
}

TEST_P(BiomechEveryPreset, NetHorizontalImpulseIsZero) {
  const double net = integrate_stance(stride_, [](const StrideSample& x) { return x.horizontal_grf_n; });
  const double braking = integrate_stance(stride_, [](const StrideSample& x) { return std::min(0.0, x.horizontal_grf_n); });
  EXPECT_LT(braking, 0.0);
  EXPECT_NEAR(net, 0.0, 1e-4 * std::abs(braking));
}

TEST_P(BiomechEveryPreset, SamplesAreTheModelEvaluatedOnAUniformGrid) {
  const auto count = stride_.samples.size();
  ASSERT_EQ(count, 200u);
  for (std::size_t i = 0; i < count; i += 17) {
    const double phase = static_cast<double>(i) / static_cast<double>(count);
    const StrideSample exact = stride_.sample_at_phase(phase);
    EXPECT_DOUBLE_EQ(stride_.samples[i].phase, phase);
    EXPECT_DOUBLE_EQ(stride_.samples[i].ankle_moment_nm, exact.ankle_moment_nm);
    EXPECT_DOUBLE_EQ(stride_.samples[i].knee_flexion_rad, exact.knee_flexion_rad);
  }
  // periodic: one stride later is the same state
  const double t = 0.37 * stride_.model.stride_time_s;
  EXPECT_NEAR(stride_.sample_at(t).soleus_force_n(),
              stride_.sample_at(t + stride_.model.stride_time_s).soleus_force_n(), 1e-6);
}

TEST_P(BiomechEveryPreset, KinematicsAreContinuousAcrossContactAndToeOff) {
  const double eps = 1e-7;
  for (double event : {0.0, stride_.model.contact_time_s}) {
    const StrideSample before = stride_.sample_at(event - eps);
    const StrideSample after = stride_.sample_at(event + eps);
    EXPECT_NEAR(before.hip_flexion_rad, after.hip_flexion_rad, 1e-4);
    EXPECT_NEAR(before.knee_flexion_rad, after.knee_flexion_rad, 1e-4);
    EXPECT_NEAR(before.ankle_dorsiflexion_rad, after.ankle_dorsiflexion_rad, 1e-4);
    EXPECT_NEAR(before.subtalar_inversion_rad, after.subtalar_inversion_rad, 1e-4);
    EXPECT_NEAR(before.mtp_dorsiflexion_rad, after.mtp_dorsiflexion_rad, 1e-4);
    EXPECT_NEAR(before.heel_height_m, after.heel_height_m, 1e-4);
    EXPECT_NEAR(before.ball_height_m, after.ball_height_m, 1e-4);
  }
}

TEST_P(BiomechEveryPreset, FootTouchesTheGroundOnlyInStance) {
  for (const StrideSample& x : stride_.samples) {
    EXPECT_GE(x.heel_height_m, 0.0);
    EXPECT_GE(x.ball_height_m, 0.0);
    if (x.stance) {
      EXPECT_NEAR(std::min(x.heel_height_m, x.ball_height_m), 0.0, 1e-12);
    } else {
      EXPECT_DOUBLE_EQ(x.vertical_grf_n, 0.0);
      EXPECT_DOUBLE_EQ(x.achilles_force_n, 0.0);
    }
  }
  const StrideSample mid_swing = stride_.sample_at(0.5 * (stride_.model.contact_time_s + stride_.model.stride_time_s));
  EXPECT_GT(std::min(mid_swing.heel_height_m, mid_swing.ball_height_m), 0.02);
}

TEST_P(BiomechEveryPreset, TimelineEventsAreOrdered) {
  const StrideSummary& s = stride_.summary;
  EXPECT_EQ(s.initial_contact_phase, 0.0);
  EXPECT_LT(s.initial_contact_phase, s.midstance_phase);
  EXPECT_LT(s.peak_soleus_phase, s.toe_off_phase);
  EXPECT_GT(s.peak_soleus_phase, 0.0);
  EXPECT_LT(s.toe_off_phase, 0.5);  // stance is less than one step: there is a flight phase
  EXPECT_NEAR(s.time_of_peak_soleus_s, s.peak_soleus_phase * s.stride_time_s, 1e-12);
}

TEST_P(BiomechEveryPreset, SplitSatisfiesTheOptimalityCondition) {
  // minimum of sum(V a^2) under sum F = F_AT: V_i a_i / available_i is equal for all muscles
  const StrideSample x = stride_.sample_at(stride_.summary.time_of_peak_soleus_s);
  std::array<double, kMuscleCount> multiplier{};
  for (std::size_t i = 0; i < multiplier.size(); ++i) {
    const double available = x.muscle_force_n[i] / x.activation[i];
    multiplier[i] = stride_.model.volume_cm3[i] * x.activation[i] / available;
  }
  EXPECT_NEAR(multiplier[1], multiplier[0], 1e-9 * multiplier[0]);
  EXPECT_NEAR(multiplier[2], multiplier[0], 1e-9 * multiplier[0]);
}

std::string preset_name(const ::testing::TestParamInfo<BiomechEveryPreset::ParamType>& info) {
  static const char* const kStrikes[] = {"rearfoot", "midfoot", "forefoot"};
  static const char* const kShoes[] = {"barefoot", "minimalist", "neutral", "maximal", "racer"};
  return std::string(kStrikes[static_cast<int>(std::get<0>(info.param))]) + "_" +
         kShoes[static_cast<int>(std::get<1>(info.param))];
}

INSTANTIATE_TEST_SUITE_P(AllPresets, BiomechEveryPreset,
                         ::testing::Combine(::testing::ValuesIn(kAllStrikes), ::testing::ValuesIn(kAllShoes)),
                         preset_name);

// A heavy (160 kg), exhausted forefoot striker at 7 m/s: the ankle moment the GRF asks for is
// more than the triceps surae can give.
Conditions saturating_conditions() {
  Conditions c = conditions_for(7.0, StrikePreset::kForefoot, ShoePreset::kNeutral);
  c.runner.body_mass_kg = 160.0;
  c.runner.fatigue = 1.0;
  return c;
}

// The force a muscle could give at full activation in this sample (N).
double available_force(const StrideModel& model, const StrideSample& x, std::size_t muscle) {
  return model.max_force_n[muscle] * model.strength_factor * force_length_factor(x.fibre_length_norm[muscle]);
}

TEST(BiomechConsistency, UnmetDemandIsAShortfallNotAForce) {
  const SolvedStride stride = solve_stride(saturating_conditions());
  ASSERT_TRUE(stride.summary.capacity_exceeded);
  ASSERT_GT(stride.summary.capacity_shortfall_nm, 0.0);
  int short_samples = 0;
  for (const StrideSample& x : stride.samples) {
    const double triceps = x.muscle_force_n[0] + x.muscle_force_n[1] + x.muscle_force_n[2];
    // the moment balance holds with the shortfall as its own term
    EXPECT_NEAR(x.ankle_moment_nm,
                triceps * x.achilles_moment_arm_m + x.deep_moment_nm + x.dorsiflexor_moment_nm + x.moment_shortfall_nm,
                1e-9 * (1.0 + std::abs(x.ankle_moment_nm)));
    EXPECT_NEAR(x.achilles_force_n, triceps, 1e-9 * (1.0 + x.achilles_force_n));
    if (x.moment_shortfall_nm <= 0.0) continue;
    ++short_samples;
    // short only when every muscle gives all it can at the tendon stretch of the force it gives
    for (std::size_t i = 0; i < x.activation.size(); ++i) {
      EXPECT_DOUBLE_EQ(x.activation[i], 1.0);
      EXPECT_NEAR(x.muscle_force_n[i], available_force(stride.model, x, i), 1e-9 * x.muscle_force_n[i]);
    }
    for (double a : x.deep_activation) EXPECT_DOUBLE_EQ(a, 1.0);
    EXPECT_NEAR(x.achilles_strain * stride.model.achilles_slack_m * kAchillesStiffnessNPerM, x.achilles_force_n,
                1e-9 * x.achilles_force_n);
  }
  EXPECT_GT(short_samples, 0);
  // the summary's shortfall is the largest of the samples'
  double largest = 0.0;
  for (const StrideSample& x : stride.samples) largest = std::max(largest, x.moment_shortfall_nm);
  EXPECT_DOUBLE_EQ(stride.summary.capacity_shortfall_nm, largest);
}

TEST(BiomechConsistency, SplitWithFullyActiveMusclesSatisfiesTheBoundedOptimality) {
  // minimum of sum(V a^2) under sum(r F) = plantarflexor moment and a <= 1, over all eight
  // plantarflexors: the muscles below full activation share one multiplier V a / (r available),
  // at most the V / (r available) of every fully active muscle (its bound, not the optimum, stops it)
  const SolvedStride stride = solve_stride(saturating_conditions());
  const double height = stride_height(stride);
  int bounded_samples = 0;
  for (const StrideSample& x : stride.samples) {
    if (x.achilles_force_n <= 0.0 || x.moment_shortfall_nm > 0.0) continue;
    struct Actuator {
      double volume, available, arm, activation;
    };
    std::vector<Actuator> actuators;
    for (std::size_t i = 0; i < x.activation.size(); ++i) {
      actuators.push_back({stride.model.volume_cm3[i], available_force(stride.model, x, i), x.achilles_moment_arm_m,
                           x.activation[i]});
    }
    for (std::size_t d = 0; d < x.deep_activation.size(); ++d) {
      actuators.push_back({stride.model.deep_volume_cm3[d], stride.model.deep_max_force_n[d] * stride.model.strength_factor,
                           deep_plantarflexor_moment_arm_m(static_cast<DeepPlantarflexor>(d), x.ankle_dorsiflexion_rad, height),
                           x.deep_activation[d]});
    }
    double free_multiplier = -1.0;
    double largest_full = 0.0;
    bool any_full = false;
    for (const Actuator& a : actuators) {
      const double multiplier = a.volume * a.activation / (a.arm * a.available);
      if (a.activation < 1.0) {
        if (free_multiplier >= 0.0) {
          EXPECT_NEAR(multiplier, free_multiplier, 1e-9 * free_multiplier);
        }
        free_multiplier = multiplier;
      } else {
        any_full = true;
        largest_full = std::max(largest_full, a.volume / (a.arm * a.available));
      }
    }
    if (!any_full || free_multiplier < 0.0) continue;
    ++bounded_samples;
    EXPECT_GE(free_multiplier, largest_full * (1.0 - 1e-9));
  }
  EXPECT_GT(bounded_samples, 0);  // the case exercises the bound without a shortfall too
}

TEST(BiomechConsistency, HeelStrikersLandHeelFirstForefootStrikersBallFirst) {
  const SolvedStride rfs = solve_stride(conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral));
  const SolvedStride ffs = solve_stride(conditions_for(3.5, StrikePreset::kForefoot, ShoePreset::kNeutral));
  EXPECT_DOUBLE_EQ(rfs.samples[0].heel_height_m, 0.0);
  EXPECT_GT(rfs.samples[0].ball_height_m, 0.03);
  EXPECT_DOUBLE_EQ(ffs.samples[0].ball_height_m, 0.0);
  EXPECT_GT(ffs.samples[0].heel_height_m, 0.0);
  EXPECT_LT(rfs.samples[0].cop_fraction, 1.0 / 3.0);
  EXPECT_GT(ffs.samples[0].cop_fraction, 2.0 / 3.0);
}

TEST(BiomechConsistency, SummaryConvergesWithSampleCount) {
  Conditions c = conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  const StrideSummary coarse = solve_stride(c).summary;
  c.samples = 4000;
  const StrideSummary fine = solve_stride(c).summary;
  EXPECT_NEAR(coarse.peak_soleus_force_bw, fine.peak_soleus_force_bw, 0.005 * fine.peak_soleus_force_bw);
  EXPECT_NEAR(coarse.soleus_impulse_per_step_bw_s, fine.soleus_impulse_per_step_bw_s, 0.005 * fine.soleus_impulse_per_step_bw_s);
  EXPECT_NEAR(coarse.peak_vgrf_bw, fine.peak_vgrf_bw, 0.01 * fine.peak_vgrf_bw);
}

TEST(BiomechConsistency, EvaluateWritesEveryFieldOfAReusedSample) {
  // samples are reused without a reset: a sample full of garbage must come out identical
  const StrideModel model = build_stride_model(conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral));
  for (double phase : {0.05, 0.2, 0.6, 0.9}) {
    const double t = phase * model.stride_time_s;
    StrideSample fresh{};
    evaluate_stride(model, t, fresh);
    StrideSample reused;
    std::memset(static_cast<void*>(&reused), 0x7f, sizeof reused);
    evaluate_stride(model, t, reused);
    // byte-compare everything but the padding after the stance flag
    const auto* a = reinterpret_cast<const unsigned char*>(&fresh);
    const auto* b = reinterpret_cast<const unsigned char*>(&reused);
    const std::size_t flag_end = offsetof(StrideSample, stance) + sizeof(bool);
    const std::size_t doubles_begin = offsetof(StrideSample, hip_flexion_rad);
    EXPECT_EQ(std::memcmp(a, b, flag_end), 0) << phase;
    EXPECT_EQ(std::memcmp(a + doubles_begin, b + doubles_begin, sizeof(StrideSample) - doubles_begin), 0) << phase;
  }
}

TEST(BiomechConsistency, SolveIntoReusesStorage) {
  SolvedStride stride = solve_stride(Conditions{});
  const StrideSample* storage = stride.samples.data();
  Conditions faster;
  faster.runner.speed_mps = 5.0;
  solve_stride_into(faster, stride);
  EXPECT_EQ(stride.samples.data(), storage);
  EXPECT_DOUBLE_EQ(stride.summary.peak_soleus_force_bw, solve_stride(faster).summary.peak_soleus_force_bw);
}

}  // namespace
}  // namespace soleus::biomech
