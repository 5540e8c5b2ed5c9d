// The measured trials of ../shared/reference-motion (MANIFEST.md there): the Hamner & Delp 2013
// treadmill trial at 4.0 m/s and the Dorn et al. 2012 GRF at four speeds. Skipped when absent.
#include <algorithm>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "core/units.h"
#include "motion/external_loads.h"
#include "motion/foot_load.h"
#include "motion/leg_kinematics.h"
#include "motion/measured_trial.h"
#include "motion/table.h"

namespace soleus::motion {
namespace {

namespace fs = std::filesystem;
const fs::path kReference = fs::path(SOLEUS_SHARED_DIR) / "reference-motion";
const fs::path kOpenSim = kReference / "opensim-core";
constexpr double kSubjectMassKg = 72.84;  // the model mass, MANIFEST section 1

#define SKIP_WITHOUT(path) \
  if (!fs::exists(path)) GTEST_SKIP() << (path) << " is absent"

struct Hamner {
  Table kinematics = read_table(kOpenSim / "runningModel_Kinematics_q.sto");
  Table grf = read_table(kOpenSim / "runningModel_GRF_data.mot");
  std::vector<FootLoadColumns> map = read_external_loads((kOpenSim / "runningModel_GRF.xml").string());
};

const FootLoadColumns& columns_for(const std::vector<FootLoadColumns>& map, Leg leg) {
  return *std::find_if(map.begin(), map.end(), [&](const FootLoadColumns& c) { return c.leg == leg; });
}

MeasuredTrial analyse(const Hamner& h, Leg leg) {
  biomech::Conditions conditions;
  conditions.runner.body_mass_kg = kSubjectMassKg;
  const FootLoad load = foot_load(h.grf, columns_for(h.map, leg));
  const FootLoad other = foot_load(h.grf, columns_for(h.map, other_leg(leg)));
  return analyse_trial(leg_kinematics(h.kinematics, leg, conditions.runner.height_m), load, &other,
                       biomech::build_stride_model(conditions), std::nullopt);
}

TEST(ReferenceMotion, ReadsTheHamnerFiles) {
  SKIP_WITHOUT(kOpenSim);
  const Hamner h;
  EXPECT_EQ(h.grf.rows(), 691u);
  EXPECT_EQ(h.grf.labels.size(), 19u);
  EXPECT_EQ(h.kinematics.rows(), 684u);
  EXPECT_EQ(h.kinematics.labels.size(), 38u);
  EXPECT_EQ(h.kinematics.angles, AngleUnit::kDegrees);
  ASSERT_EQ(h.map.size(), 2u);
  EXPECT_EQ(columns_for(h.map, Leg::kRight).force_prefix, "R_ground_force_v");
  EXPECT_EQ(columns_for(h.map, Leg::kLeft).point_prefix, "L_ground_force_p");
  EXPECT_EQ(leg_kinematics(h.kinematics, Leg::kRight, 1.75).knee, KneeConvention::kNegativeFlexion);
}

// The measured centre of pressure, placed on the model's foot: a rearfoot runner (this subject
// lands on the heel) loads the back of the foot at contact and rolls off the front at toe-off.
TEST(ReferenceMotion, TheCentreOfPressureRollsFromHeelToToes) {
  SKIP_WITHOUT(kOpenSim);
  const MeasuredStance stance = analyse(Hamner(), Leg::kRight).stances.at(0);
  const auto& x = stance.samples;
  ASSERT_GT(x.size(), 10u);
  EXPECT_LT(x.front().cop_fraction, 0.45);
  EXPECT_GT(x.back().cop_fraction, 0.6);
  EXPECT_LT(x.front().cop_fraction, x[x.size() / 2].cop_fraction);
  for (const biomech::StrideSample& s : x) {
    EXPECT_GE(s.cop_fraction, 0.0);
    EXPECT_LE(s.cop_fraction, 1.0);
  }
}

// MANIFEST "Test targets": right stance 0.868 to 1.106 s at 20 N, peak 1977 N = 2.77 BW at
// 0.972 s (44 % of stance); peak dorsiflexion 23.9 deg; peak stance knee flexion 44.1 deg.
TEST(ReferenceMotion, TheRightStanceMatchesTheManifest) {
  SKIP_WITHOUT(kOpenSim);
  const MeasuredTrial trial = analyse(Hamner(), Leg::kRight);
  ASSERT_EQ(trial.stances.size(), 1u);
  const MeasuredStance& stance = trial.stances[0];
  EXPECT_NEAR(stance.contact_s, 0.868, 1e-9);
  EXPECT_NEAR(stance.toe_off_s, 1.106, 1e-9);
  EXPECT_NEAR(stance.summary.contact_time_s, 0.238, 1e-9);
  EXPECT_NEAR(stance.summary.peak_vgrf_bw * core::body_weight_n(kSubjectMassKg), 1977.0, 1.0);
  EXPECT_NEAR(stance.summary.peak_vgrf_bw, 2.77, 0.01);
  EXPECT_NEAR(stance.contact_s + stance.peak_vgrf_time_s, 0.972, 0.0015);
  EXPECT_NEAR(core::rad_to_deg(stance.summary.peak_stance_dorsiflexion_rad), 23.9, 0.1);
  double knee = 0.0;
  for (const biomech::StrideSample& x : stance.samples) knee = std::max(knee, x.knee_flexion_rad);
  EXPECT_NEAR(core::rad_to_deg(knee), 44.1, 0.1);
  // the step runs to the left contact at 1.213 s (MANIFEST: left stance 1.213-1.455 s)
  EXPECT_NEAR(stance.summary.step_time_s, 1.213 - 0.868, 1e-9);
}

// Peak plantarflexor moment at 4 m/s: ../shared/research/biomech.md key findings 1 and 2 put
// the Achilles force at 5-10 BW over 2.7-4.5 m/s with a 3.5-3.9 cm moment arm in running, so
// F x r = 5 x 9.81 x 0.035 = 1.7 to 10 x 9.81 x 0.039 = 3.8 N m/kg; Hof 1998 gives about 180 N m
// (2.5 N m/kg at 72.84 kg). Peak braking 0.35 BW (MANIFEST).
TEST(ReferenceMotion, ThePeakAnkleMomentIsInThePublishedRange) {
  SKIP_WITHOUT(kOpenSim);
  const MeasuredTrial trial = analyse(Hamner(), Leg::kRight);
  const biomech::StrideSummary& s = trial.stances[0].summary;
  EXPECT_GT(s.peak_ankle_moment_nm_per_kg, 1.7);
  EXPECT_LT(s.peak_ankle_moment_nm_per_kg, 3.8);
  EXPECT_NEAR(s.peak_braking_bw, 0.35, 0.01);
  EXPECT_FALSE(s.capacity_exceeded);  // a 4 m/s stance is within a fresh calf's strength
  EXPECT_EQ(s.capacity_shortfall_nm, 0.0);
  // the triceps surae peaks in the second half of stance, after the vertical force
  const double tc = s.contact_time_s;
  EXPECT_GT(s.time_of_peak_achilles_s / tc, 0.45);
  EXPECT_LT(s.time_of_peak_achilles_s / tc, 0.70);
  EXPECT_GT(s.peak_achilles_force_bw, 5.0);
  EXPECT_LT(s.peak_achilles_force_bw, 10.5);
}

TEST(ReferenceMotion, TheLeftStanceMatchesTheManifest) {
  SKIP_WITHOUT(kOpenSim);
  const MeasuredTrial trial = analyse(Hamner(), Leg::kLeft);
  ASSERT_EQ(trial.stances.size(), 1u);
  EXPECT_NEAR(trial.stances[0].contact_s, 1.213, 1e-9);
  EXPECT_NEAR(trial.stances[0].toe_off_s, 1.455, 1e-9);
  EXPECT_NEAR(trial.stances[0].summary.peak_vgrf_bw * core::body_weight_n(kSubjectMassKg), 1951.0, 1.0);
}

// Dorn 2012 (MANIFEST section 2): the mean peak vertical force rises with speed, x1.09 at
// 5.2 m/s and x1.12 at 7.0 m/s of the 3.56 m/s value, then flat (<= +2 %) to 9.49 m/s; the
// peak fore-aft forces roughly double from 3.56 to 9.49 m/s.
TEST(ReferenceMotion, DornPeaksRiseWithSpeed) {
  const fs::path file = kReference / "spm1d" / "Dorn2012_GRF_stance.csv";
  SKIP_WITHOUT(file);
  const Table t = read_table(file);
  EXPECT_EQ(t.rows(), 1800u);
  const std::vector<double>& trial = t.column("trial", "");
  const std::vector<double>& speed = t.column("speed_mps", "");
  const std::vector<double>& vertical = t.column("F_vert_N", "");
  const std::vector<double>& fore_aft = t.column("F_ap_N", "");
  std::map<int, double> peak_vertical, peak_braking;  // by trial (N)
  std::map<int, double> trial_speed;
  for (std::size_t i = 0; i < t.rows(); ++i) {
    const int k = static_cast<int>(trial[i]);
    peak_vertical[k] = std::max(peak_vertical[k], vertical[i]);
    peak_braking[k] = std::max(peak_braking[k], -fore_aft[i]);
    trial_speed[k] = speed[i];
  }
  std::map<double, std::pair<double, double>> mean;  // speed -> (vertical, braking) mean peaks (N)
  std::map<double, int> count;
  for (const auto& [k, v] : trial_speed) {
    mean[v].first += peak_vertical[k];
    mean[v].second += peak_braking[k];
    ++count[v];
  }
  ASSERT_EQ(mean.size(), 4u);
  for (auto& [v, m] : mean) {
    m.first /= count[v];
    m.second /= count[v];
  }
  const double base = mean[3.56].first;
  EXPECT_NEAR(base, 2011.0, 5.0);
  EXPECT_NEAR(mean[5.2].first / base, 1.09, 0.01);
  EXPECT_NEAR(mean[7.0].first / base, 1.12, 0.01);
  EXPECT_LE(mean[9.49].first / mean[7.0].first, 1.02);
  EXPECT_GE(mean[9.49].first / mean[7.0].first, 1.0);
  EXPECT_GT(mean[5.2].second, mean[3.56].second);
  EXPECT_GT(mean[7.0].second, mean[5.2].second);
  EXPECT_GT(mean[9.49].second, mean[7.0].second);
  EXPECT_NEAR(mean[9.49].second / mean[3.56].second, 2.0, 0.1);
}

}  // namespace
}  // namespace soleus::motion
