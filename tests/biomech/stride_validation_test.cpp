// Comparisons with the literature (validation targets of ../shared/research/biomech.md).
// Each tolerance says why it is that wide.
#include <gtest/gtest.h>

#include "core/units.h"
#include "stride_test_helpers.h"

namespace soleus::biomech {
namespace {

using testing::kAllShoes;
using testing::kAllStrikes;
using testing::summary_for;

constexpr double kJssmSpeed = 10.0 / 3.6;  // JSSM 2025;24:747 ran at 10 km/h barefoot

TEST(BiomechValidation, PeakAchillesForceIs5To10BodyWeightsAt2p7To4p5) {
  // target 1: 5.1-6.0 BW (Sinclair 2015, shod) to 8.2-10.1 BW (tensiometry, PMC11096059);
  // the band is the spread of the sources, every strike and shoe must fall inside it
  for (double speed = 2.7; speed <= 4.5 + 1e-9; speed += 0.3) {
    for (auto strike : kAllStrikes) {
      for (auto shoe : kAllShoes) {
        const double peak = summary_for(speed, strike, shoe).peak_achilles_force_bw;
        EXPECT_GE(peak, 5.0) << speed;
        EXPECT_LE(peak, 10.0) << speed;
      }
    }
  }
}

TEST(BiomechValidation, RearfootBarefootAchillesForceMatchesJssm2025) {
  // 71.2 +- 9.8 N/kg = 7.26 BW; tolerance one between-subject SD (1.0 BW)
  const StrideSummary s = summary_for(kJssmSpeed, StrikePreset::kRearfoot, ShoePreset::kBarefoot);
  EXPECT_NEAR(s.peak_achilles_force_bw, 71.2 / core::kGravity, 9.8 / core::kGravity);
  // impulse per step 7.7 N s/kg; tolerance 15 % (the study reports no SD for it in biomech.md)
  EXPECT_NEAR(s.achilles_impulse_per_step_bw_s * core::kGravity, 7.7, 0.15 * 7.7);
  // contact time 0.250 s; tolerance 10 ms (strike patterns differ by 13 ms in the same study)
  EXPECT_NEAR(s.contact_time_s, 0.250, 0.010);
}

TEST(BiomechValidation, MomentArmAtPeakIsInRunningRange) {
  // target 2: 35-56 mm overall; 35.4-36.9 mm at peak in running (JSSM 2025)
  for (auto strike : kAllStrikes) {
    const StrideSummary s = summary_for(kJssmSpeed, strike, ShoePreset::kBarefoot);
    EXPECT_GE(s.achilles_moment_arm_at_peak_m, 0.035);
    EXPECT_LE(s.achilles_moment_arm_at_peak_m, 0.056);
    EXPECT_NEAR(s.achilles_moment_arm_at_peak_m, 0.0360, 0.0015);
  }
}

TEST(BiomechValidation, SoleusCarriesTheLargestShare) {
  // target 3: 55-65 % from strength ratios (model-derived, not measured). In running the
  // gastrocnemius works shorter (knee flexed), so its share falls: the upper bound is widened
  // to 80 %, above the ~73 % implied by soleus 8 BW vs gastrocnemius 3 BW (Dorn 2012 via Michaud).
  for (auto strike : kAllStrikes) {
    for (auto shoe : kAllShoes) {
      const StrideSummary s = summary_for(3.5, strike, shoe);
      EXPECT_GT(s.soleus_share_at_peak, 0.55);
      EXPECT_LT(s.soleus_share_at_peak, 0.80);
      EXPECT_GT(s.peak_soleus_force_bw, s.peak_gastrocnemius_force_bw);
    }
  }
}

TEST(BiomechValidation, ForefootAboveMidfootAboveRearfoot) {
  // target 4 (JSSM 2025, barefoot 10 km/h): peak +12.5 % MFS, +19.7 % FFS over RFS;
  // impulse per step +19 % MFS, +32 % FFS (Almonroeder 2013: +11 % NRFS).
  // Tolerance on each ratio: +-0.06, about half the between-subject SD of the peaks (13-15 %).
  const auto rfs = summary_for(kJssmSpeed, StrikePreset::kRearfoot, ShoePreset::kBarefoot);
  const auto mfs = summary_for(kJssmSpeed, StrikePreset::kMidfoot, ShoePreset::kBarefoot);
  const auto ffs = summary_for(kJssmSpeed, StrikePreset::kForefoot, ShoePreset::kBarefoot);
  EXPECT_GT(ffs.peak_achilles_force_bw, mfs.peak_achilles_force_bw);
  EXPECT_GT(mfs.peak_achilles_force_bw, rfs.peak_achilles_force_bw);
  EXPECT_NEAR(mfs.peak_achilles_force_bw / rfs.peak_achilles_force_bw, 1.125, 0.06);
  EXPECT_NEAR(ffs.peak_achilles_force_bw / rfs.peak_achilles_force_bw, 1.197, 0.06);
  EXPECT_GT(ffs.achilles_impulse_per_step_bw_s, mfs.achilles_impulse_per_step_bw_s);
  EXPECT_GT(mfs.achilles_impulse_per_step_bw_s, rfs.achilles_impulse_per_step_bw_s);
  EXPECT_NEAR(mfs.achilles_impulse_per_step_bw_s / rfs.achilles_impulse_per_step_bw_s, 1.19, 0.06);
  // FFS: between Almonroeder's +11 % and JSSM's +32 %, with the same 0.06 margin
  const double ffs_impulse_ratio = ffs.achilles_impulse_per_step_bw_s / rfs.achilles_impulse_per_step_bw_s;
  EXPECT_GE(ffs_impulse_ratio, 1.11 - 0.06);
  EXPECT_LE(ffs_impulse_ratio, 1.32 + 0.06);
}

TEST(BiomechValidation, AchillesPeakComesEarlierWithoutHeelStrike) {
  // Almonroeder 2013 (p = 0.007); JSSM 2025: 57 % of stance RFS, 53 % FFS; tolerance 6 % of
  // stance, the time resolution of 200 samples plus the spread between the two studies
  const auto rfs = summary_for(kJssmSpeed, StrikePreset::kRearfoot, ShoePreset::kBarefoot);
  const auto ffs = summary_for(kJssmSpeed, StrikePreset::kForefoot, ShoePreset::kBarefoot);
  EXPECT_LT(ffs.time_of_peak_soleus_s, rfs.time_of_peak_soleus_s);
  EXPECT_NEAR(rfs.time_of_peak_soleus_s / rfs.contact_time_s, 0.57, 0.06);
  EXPECT_NEAR(ffs.time_of_peak_soleus_s / ffs.contact_time_s, 0.53, 0.06);
}

TEST(BiomechValidation, FootStrikeAngleFollowsJssm2025) {
  // barefoot: RFS 17.7, MFS 2.58, FFS -7.92 deg; the model passes through them exactly
  EXPECT_NEAR(core::rad_to_deg(summary_for(kJssmSpeed, StrikePreset::kRearfoot, ShoePreset::kBarefoot).foot_strike_angle_rad), 17.7, 1e-6);
  EXPECT_NEAR(core::rad_to_deg(summary_for(kJssmSpeed, StrikePreset::kMidfoot, ShoePreset::kBarefoot).foot_strike_angle_rad), 2.58, 1e-6);
  EXPECT_NEAR(core::rad_to_deg(summary_for(kJssmSpeed, StrikePreset::kForefoot, ShoePreset::kBarefoot).foot_strike_angle_rad), -7.92, 1e-6);
  // Mo 2023 cut-offs: RFS > 7.4 deg, FFS < -0.8 deg, also in a neutral shoe
  EXPECT_GT(core::rad_to_deg(summary_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral).foot_strike_angle_rad), 7.4);
  EXPECT_LT(core::rad_to_deg(summary_for(3.5, StrikePreset::kForefoot, ShoePreset::kRacer).foot_strike_angle_rad), -0.8);
}

TEST(BiomechValidation, PeakVerticalForceIs2p2To3BodyWeights) {
  // target 9 and the issue: 2.2-3 BW at common running speeds (2.5-4.5 m/s)
  for (double speed = 2.5; speed <= 4.5 + 1e-9; speed += 0.25) {
    for (auto strike : kAllStrikes) {
      for (auto shoe : kAllShoes) {
        const double peak = summary_for(speed, strike, shoe).peak_vgrf_bw;
        EXPECT_GE(peak, 2.2) << speed;
        EXPECT_LE(peak, 3.0) << speed;
      }
    }
  }
}

TEST(BiomechValidation, PeakAnkleMomentAtFastSpeed) {
  // PMC11096059: 3.68 N m/kg at 4.47 m/s. Tolerance 25 %: at 2.78 m/s the JSSM cohort's
  // moments are ~20 % below what that study's speed trend would give; the model sits between.
  const auto s = summary_for(4.47, StrikePreset::kRearfoot, ShoePreset::kBarefoot);
  EXPECT_NEAR(s.peak_ankle_moment_nm_per_kg, 3.68, 0.25 * 3.68);
}

TEST(BiomechValidation, MaximalCushioningDoesNotLowerImpact) {
  // target 6 (Kulmala 2018): impact peak +6.4 % maximal vs conventional at 10 km/h
  const auto neutral = summary_for(kJssmSpeed, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  const auto maximal = summary_for(kJssmSpeed, StrikePreset::kRearfoot, ShoePreset::kMaximal);
  EXPECT_GT(maximal.impact_peak_bw, neutral.impact_peak_bw);
  EXPECT_NEAR(maximal.impact_peak_bw / neutral.impact_peak_bw, 1.064, 0.04);
}

TEST(BiomechValidation, MaximalShoeCarriesLessAchillesForceThanMinimalist) {
  // Sinclair 2015, 4.0 m/s: 5.07 vs 5.97 BW (ratio 0.85); the stack effect is calibrated to it,
  // tolerance 0.05 covers the strike patterns
  for (auto strike : kAllStrikes) {
    const auto minimalist = summary_for(4.0, strike, ShoePreset::kMinimalist);
    const auto maximal = summary_for(4.0, strike, ShoePreset::kMaximal);
    EXPECT_NEAR(maximal.peak_achilles_force_bw / minimalist.peak_achilles_force_bw, 0.85, 0.05);
  }
}

TEST(BiomechValidation, CarbonPlateChangesTheMtpNotTheAnkle) {
  // target 8 (PMC9189697): removing the plate's stiffness changed only MTP mechanics
  Conditions flexible = testing::conditions_for(4.0, StrikePreset::kRearfoot, ShoePreset::kRacer);
  flexible.shoe.forefoot_stiffness = 0.1;
  const Conditions plated = testing::conditions_for(4.0, StrikePreset::kRearfoot, ShoePreset::kRacer);
  const SolvedStride a = solve_stride(flexible);
  const SolvedStride b = solve_stride(plated);
  EXPECT_DOUBLE_EQ(a.summary.peak_achilles_force_bw, b.summary.peak_achilles_force_bw);
  EXPECT_LT(b.model.mtp_toe_off_rad, a.model.mtp_toe_off_rad);
}

TEST(BiomechValidation, NegativeDropRaisesAchillesForce) {
  // target 7 (Quan 2023, -8 vs +9 mm; a -11 mm study): a negative heel raises Achilles force
  Conditions negative = testing::conditions_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  negative.shoe.drop_m = -0.008;
  Conditions positive = negative;
  positive.shoe.drop_m = 0.009;
  EXPECT_GT(solve_stride(negative).summary.peak_achilles_force_bw,
            solve_stride(positive).summary.peak_achilles_force_bw);
  // and a lower drop lowers the sole angle at contact (Chambon 2015, Zhang 2021)
  EXPECT_LT(solve_stride(negative).summary.foot_strike_angle_rad,
            solve_stride(positive).summary.foot_strike_angle_rad);
}

TEST(BiomechValidation, SoleusNearOptimalLengthInRunning) {
  // Bohm 2023: soleus fascicles operate near optimal length at 3-6 m/s; "near" = within 15 %
  for (double speed = 3.0; speed <= 6.0; speed += 1.0) {
    const SolvedStride stride = solve_stride(testing::conditions_for(speed, StrikePreset::kRearfoot, ShoePreset::kNeutral));
    const StrideSample peak = stride.sample_at(stride.summary.time_of_peak_soleus_s);
    EXPECT_NEAR(peak.fibre_length_norm[0], 1.0, 0.15) << speed;
  }
}

TEST(BiomechValidation, AchillesStrainInRunningRange) {
  // Kharazi 2021 4.0-4.9 %; earlier literature 4.6-9.0 %: accept 3-9 %
  const auto s = summary_for(3.5, StrikePreset::kRearfoot, ShoePreset::kNeutral);
  EXPECT_GT(s.peak_achilles_strain, 0.03);
  EXPECT_LT(s.peak_achilles_strain, 0.09);
}

}  // namespace
}  // namespace soleus::biomech
