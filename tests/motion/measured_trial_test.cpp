// Stances of a foot and the loads of each, on a synthetic trial whose ankle moment is known.
#include "motion/measured_trial.h"

#include <cmath>

#include <gtest/gtest.h>

#include "core/units.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

constexpr double kRunnerMassKg = 70.0;
constexpr double kPeakN = 2000.0;
constexpr double kLever = 0.10;  // centre of pressure ahead of the ankle (m)

// A leg standing still from `start` to `end` s, knee bent 30 deg, pelvis at (0, 0.94, 0).
LegKinematics still_leg(double start, double end) {
  const std::string text =
      "inDegrees=yes\nendheader\ntime\tpelvis_tilt\tpelvis_list\tpelvis_rotation\tpelvis_tx\tpelvis_ty\tpelvis_tz\t"
      "hip_flexion_r\thip_adduction_r\thip_rotation_r\tknee_angle_r\tankle_angle_r\n" +
      std::to_string(start) + "\t0\t0\t0\t0\t0.94\t0\t0\t0\t0\t-30\t0\n" + std::to_string(end) +
      "\t0\t0\t0\t0\t0.94\t0\t0\t0\t0\t-30\t0\n";
  return leg_kinematics(parse_storage(text, "still.mot"), Leg::kRight, 1.80);
}

// Half-sine vertical forces of kPeakN from each (contact, toe-off) pair, 1 kHz from 0 to `end`;
// the centre of pressure on the floor, kLever ahead of the still leg's ankle.
FootLoad steps(const std::vector<std::pair<double, double>>& stances, double end) {
  const glm::dvec3 ankle = still_leg(0.0, 1.0).pose_at(0.0).ankle_centre_m;
  FootLoad load;
  load.file = "grf.mot";
  for (int i = 0; i <= static_cast<int>(std::lround(end * 1000.0)); ++i) {
    const double t = i / 1000.0;
    double fy = 0.0;
    for (const auto& [on, off] : stances) {
      if (t >= on && t <= off) fy = kPeakN * std::sin(core::kPi * (t - on) / (off - on));
    }
    load.time_s.push_back(t);
    load.force_n.push_back({0.0, fy, 0.0});
    load.point_m.push_back({ankle.x + kLever, 0.0, ankle.z});
    load.torque_nm.push_back(glm::dvec3(0.0));
  }
  return load;
}

biomech::StrideModel runner() {
  biomech::Conditions conditions;
  conditions.runner.body_mass_kg = kRunnerMassKg;
  return biomech::build_stride_model(conditions);
}

TEST(Stances, ContactIsTheFirstSampleAtTwentyNewtonsAndToeOffTheFirstBelow) {
  const FootLoad load = steps({{-0.05, 0.1}, {0.2, 0.44}, {0.6, 0.62}, {0.8, 1.0}}, 0.9);
  const std::vector<Stance> stances = detect_stances(load);
  ASSERT_EQ(stances.size(), 3u);  // the 20 ms blip is not a stance
  EXPECT_FALSE(stances[0].complete);  // under way when the record starts
  EXPECT_TRUE(stances[1].complete);
  EXPECT_FALSE(stances[2].complete);  // not over when the record ends
  const Stance& s = stances[1];
  EXPECT_GE(load.force_n[s.first].y, kContactThresholdN);
  EXPECT_LT(load.force_n[s.first - 1].y, kContactThresholdN);
  EXPECT_LT(load.force_n[s.end].y, kContactThresholdN);
  EXPECT_GE(load.force_n[s.end - 1].y, kContactThresholdN);
  EXPECT_NEAR(s.toe_off_s - s.contact_s, 0.239, 0.0011);  // above 1 % of the peak
}

TEST(MeasuredTrial, TheAnkleMomentIsTheForceTimesItsLeverAboutTheAxis) {
  const FootLoad load = steps({{0.1, 0.34}}, 0.5);
  const FootLoad other = steps({{0.45, 0.69}}, 0.5);
  const MeasuredTrial trial = analyse_trial(still_leg(0.0, 0.5), load, &other, runner(), std::nullopt);
  ASSERT_EQ(trial.stances.size(), 1u);
  const MeasuredStance& stance = trial.stances[0];
  const biomech::StrideSummary& s = stance.summary;
  // a knee bend turns the ankle axis about z: its z component stays the model's 0.979
  EXPECT_NEAR(s.peak_ankle_moment_nm_per_kg, kLever * kPeakN * 0.97912632 / kRunnerMassKg, 1e-3);
  EXPECT_NEAR(s.peak_vgrf_bw, kPeakN / core::body_weight_n(kRunnerMassKg), 1e-3);
  EXPECT_NEAR(s.contact_time_s, 0.239, 0.0011);
  EXPECT_NEAR(stance.peak_vgrf_time_s, 0.12 - (stance.contact_s - 0.1), 0.002);
  // the step from this contact to the other foot's, and cadence from it
  ASSERT_TRUE(stance.timing_known);
  EXPECT_NEAR(s.step_time_s, detect_stances(other)[0].contact_s - stance.contact_s, 1e-9);
  EXPECT_NEAR(s.cadence_spm, 60.0 / s.step_time_s, 1e-9);
  // the triceps carry the tendon force, which holds the moment with the deep plantarflexors
  for (const biomech::StrideSample& x : stance.samples) {
    EXPECT_NEAR(x.muscle_force_n[0] + x.muscle_force_n[1] + x.muscle_force_n[2], x.achilles_force_n, 1e-6);
    EXPECT_NEAR(x.achilles_force_n * x.achilles_moment_arm_m + x.deep_moment_nm + x.moment_shortfall_nm,
                std::max(0.0, x.ankle_moment_nm), 1e-6);
  }
  EXPECT_GT(s.peak_soleus_force_bw, 0.0);
  EXPECT_NEAR(s.time_of_peak_soleus_s, stance.peak_vgrf_time_s, 0.01);  // a still ankle: force follows the moment
}

TEST(MeasuredTrial, StancesOutsideTheKinematicsAreSkippedWithTheReason) {
  const FootLoad load = steps({{0.1, 0.34}, {0.5, 0.74}}, 0.9);
  const MeasuredTrial trial = analyse_trial(still_leg(0.0, 0.45), load, nullptr, runner(), std::nullopt);
  ASSERT_EQ(trial.stances.size(), 1u);
  // no other foot: the stride runs to this foot's next contact (in the forces), the step is half of it
  ASSERT_TRUE(trial.stances[0].timing_known);
  EXPECT_NEAR(trial.stances[0].summary.stride_time_s, 0.4, 1e-9);
  EXPECT_NEAR(trial.stances[0].summary.step_time_s, 0.2, 1e-9);
  ASSERT_EQ(trial.skipped.size(), 1u);
  EXPECT_EQ(trial.skipped[0].reason, "the kinematics (0.000 s to 0.450 s) do not cover it");
  try {
    analyse_trial(still_leg(0.0, 0.05), load, nullptr, runner(), std::nullopt);
    FAIL() << "no stance to analyse";
  } catch (const MotionError& e) {
    EXPECT_EQ(std::string(e.what()),
              "grf.mot: no complete stance of the right foot to analyse (vertical force at or above 20 N); 0.101 s: the "
              "kinematics (0.000 s to 0.050 s) do not cover it; 0.501 s: the kinematics (0.000 s to 0.050 s) do not cover it");
  }
}

}  // namespace
}  // namespace soleus::motion
