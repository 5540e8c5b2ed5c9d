// The load of the strength exercises: the body's weight on the ball of the foot, held by the
// plantarflexors as in running.
#include "biomech/exercise_load.h"

#include <gtest/gtest.h>

#include <cmath>

namespace soleus::biomech {
namespace {

struct Loaded {
  ExerciseFrame frame;
  StrideSample sample;
};

Loaded at(ExercisePose pose, double time_s) {
  const Conditions conditions;
  const StrideModel model = build_stride_model(conditions);
  const ExerciseFrame frame = exercise_frame(pose, conditions.runner, time_s);
  return {frame, exercise_load(frame, model)};
}

// The instant of a repetition where the heel is lowest (the ankle most dorsiflexed).
Loaded deepest(ExercisePose pose) { return at(pose, exercise_info(pose).deepest_s); }

TEST(ExerciseLoad, AStretchCarriesNoModelledLoad) {
  for (ExercisePose pose : {ExercisePose::BentKneeStretch, ExercisePose::StraightKneeStretch}) {
    const Loaded x = deepest(pose);
    EXPECT_EQ(x.frame.body_weight_share, 0.0);
    EXPECT_EQ(x.sample.achilles_force_n, 0.0);
    EXPECT_EQ(x.sample.soleus_force_n(), 0.0);
  }
}

TEST(ExerciseLoad, TheBodysWeightOnTheBallMakesTheAnkleMomentTheMusclesHold) {
  const StrideModel model = build_stride_model(Conditions{});
  const double along = model.heel_to_ball_m - model.ankle_from_heel_m;
  const Loaded level = deepest(ExercisePose::CalfRaise);  // back at level: the sole flat
  ASSERT_NEAR(level.frame.foot_pitch_rad, 0.0, 1e-6);
  EXPECT_NEAR(level.sample.ankle_moment_nm, model.body_weight_n * along, 1e-6);
  const StrideSample& x = level.sample;
  const double triceps = x.muscle_force_n[0] + x.muscle_force_n[1] + x.muscle_force_n[2];
  EXPECT_NEAR(triceps * x.achilles_moment_arm_m + x.deep_moment_nm, x.ankle_moment_nm, 1e-6 * x.ankle_moment_nm);
  EXPECT_NEAR(x.achilles_force_n, triceps, 1e-9 * triceps);
  // a single-leg raise: the Achilles tendon carries several body weights (about along / arm)
  const double achilles_bw = x.achilles_force_n / model.body_weight_n;
  EXPECT_GT(achilles_bw, 2.5);
  EXPECT_LT(achilles_bw, along / x.achilles_moment_arm_m);
  for (double a : x.activation) EXPECT_LE(a, 1.0);
  EXPECT_FALSE(x.moment_shortfall_nm > 0.0);
}

TEST(ExerciseLoad, TheLeverShortensAsTheHeelRisesAndLengthensBelowTheStep) {
  const Loaded level = deepest(ExercisePose::CalfRaise);
  const Loaded top = at(ExercisePose::CalfRaise, 0.0);  // a raise starts at the top
  ASSERT_GT(top.frame.foot_pitch_rad, 0.3f);
  EXPECT_LT(top.sample.ankle_moment_nm, level.sample.ankle_moment_nm);
  // the heel below the step at the end of the lowering, on one leg (the rise, on both, starts there)
  const Loaded bottom = at(ExercisePose::HeelDrop, kHeelDropCycleS - 0.01);
  ASSERT_LT(bottom.frame.foot_pitch_rad, 0.0f);
  EXPECT_GT(bottom.sample.ankle_moment_nm, level.sample.ankle_moment_nm);
}

TEST(ExerciseLoad, TheHeelDropRisesOnBothLegsAndLowersOnOne) {
  const double rise_s = kHeelDropCycleS - kHeelDropLowerS;
  const Loaded rising = at(ExercisePose::HeelDrop, 0.5 * rise_s);
  const Loaded lowering = at(ExercisePose::HeelDrop, rise_s + 0.5 * kHeelDropLowerS);
  EXPECT_EQ(rising.frame.body_weight_share, kBothLegs);
  EXPECT_EQ(lowering.frame.body_weight_share, kOneLeg);
  const StrideModel model = build_stride_model(Conditions{});
  EXPECT_NEAR(rising.sample.vertical_grf_n, 0.5 * model.body_weight_n, 1e-9);
}

TEST(ExerciseLoad, BendingTheKneeHandsTheWorkToTheSoleus) {
  // the exercise cards' reason for the bent-knee versions: the gastrocnemius, slack across the
  // flexed knee, gives less, and the soleus carries more of the same moment
  const Loaded straight = deepest(ExercisePose::CalfRaise);
  const Loaded bent = deepest(ExercisePose::CalfRaiseBentKnee);
  auto soleus_share = [](const StrideSample& x) { return x.soleus_force_n() / x.achilles_force_n; };
  EXPECT_GT(soleus_share(bent.sample), soleus_share(straight.sample) + 0.05);
  EXPECT_LT(bent.sample.gastrocnemius_force_n(), straight.sample.gastrocnemius_force_n());
}

}  // namespace
}  // namespace soleus::biomech
