// The exercise poses' motion and the stretch they give (biomech/exercises.h).
#include "biomech/exercises.h"

#include <gtest/gtest.h>

#include <set>

namespace soleus::biomech {
namespace {


double fraction(const StretchState& s, Muscle m) { return s.tension_fraction[static_cast<std::size_t>(m)]; }
double strain(const StretchState& s, Muscle m) { return s.strain[static_cast<std::size_t>(m)]; }

StretchState stretch_of(ExercisePose pose, const Runner& runner) {
  return solve_stretch(deepest_frame(pose, runner).joints, runner);
}

}  // namespace

// Bent knee: the gastrocnemius is slack, so the soleus is the muscle nearest its limit; straight
// knee: both gastrocnemius heads are (Baumbach 2014; the gastrocnemius crosses the knee).
TEST(ExerciseStretch, StrainsRankAsPhysiologySays) {
  const Runner runner;
  const StretchState bent = stretch_of(ExercisePose::BentKneeStretch, runner);
  const StretchState straight = stretch_of(ExercisePose::StraightKneeStretch, runner);
  EXPECT_GT(fraction(bent, Muscle::kSoleus), fraction(bent, Muscle::kGastrocnemiusMedial));
  EXPECT_GT(fraction(bent, Muscle::kSoleus), fraction(bent, Muscle::kGastrocnemiusLateral));
  EXPECT_GT(fraction(straight, Muscle::kGastrocnemiusMedial), fraction(straight, Muscle::kSoleus));
  EXPECT_GT(fraction(straight, Muscle::kGastrocnemiusLateral), fraction(straight, Muscle::kSoleus));
  // Relative to the gastrocnemius, the bent-knee stretch puts more on the soleus.
  EXPECT_GT(strain(bent, Muscle::kSoleus) / strain(bent, Muscle::kGastrocnemiusMedial),
            strain(straight, Muscle::kSoleus) / strain(straight, Muscle::kGastrocnemiusMedial));
  EXPECT_GT(strain(straight, Muscle::kGastrocnemiusMedial), strain(bent, Muscle::kGastrocnemiusMedial));
  // A held stretch stays short of the runner's limit.
  EXPECT_LT(fraction(bent, Muscle::kSoleus), 1.0);
  EXPECT_LT(fraction(straight, Muscle::kGastrocnemiusMedial), 1.0);
}

TEST(ExerciseStretch, StiffCalfStretchesLessFar) {
  Runner stiff;
  stiff.dorsiflexion_knee_bent_rad = core::deg_to_rad(20.0);
  stiff.dorsiflexion_knee_straight_rad = core::deg_to_rad(12.0);
  const Runner usual;
  EXPECT_LT(deepest_frame(ExercisePose::BentKneeStretch, stiff).joints.ankle_dorsiflexion_rad,
            deepest_frame(ExercisePose::BentKneeStretch, usual).joints.ankle_dorsiflexion_rad);
}

TEST(ExerciseMotion, CalfRaiseLiftsTheHeelAndReturnsToLevel) {
  const Runner runner;
  const ExerciseFrame top = exercise_frame(ExercisePose::CalfRaise, runner, 0.0);
  EXPECT_LT(top.joints.ankle_dorsiflexion_rad, -0.5);
  EXPECT_GT(top.foot_pitch_rad, 0.5f);
  EXPECT_FALSE(top.on_step);
  const ExerciseFrame bottom = deepest_frame(ExercisePose::CalfRaise, runner);
  EXPECT_NEAR(bottom.joints.ankle_dorsiflexion_rad, 0.0, 1e-9);
  // One cycle later it is the same pose.
  EXPECT_NEAR(exercise_frame(ExercisePose::CalfRaise, runner, kCalfRaiseCycleS).joints.ankle_dorsiflexion_rad,
              top.joints.ankle_dorsiflexion_rad, 1e-9);
}

TEST(ExerciseMotion, HeelDropLowersSlowlyBelowTheStep) {
  const Runner runner;
  const ExerciseFrame bottom = exercise_frame(ExercisePose::HeelDrop, runner, 0.0);
  EXPECT_TRUE(bottom.on_step);
  EXPECT_GT(bottom.joints.ankle_dorsiflexion_rad, 0.1);  // heel below the step
  EXPECT_LT(bottom.foot_pitch_rad, 0.0f);
  // The lowering phase is 3 s and monotonic (eccentric).
  const double rise = kHeelDropCycleS - kHeelDropLowerS;
  double previous = exercise_frame(ExercisePose::HeelDrop, runner, rise).joints.ankle_dorsiflexion_rad;
  EXPECT_NEAR(previous, kCalfRaiseTopRad, 1e-9);
  for (double t = rise + 0.25; t < kHeelDropCycleS; t += 0.25) {
    const double now = exercise_frame(ExercisePose::HeelDrop, runner, t).joints.ankle_dorsiflexion_rad;
    EXPECT_GT(now, previous) << t;
    previous = now;
  }
  EXPECT_DOUBLE_EQ(deepest_frame(ExercisePose::HeelDrop, runner).joints.ankle_dorsiflexion_rad,
                   bottom.joints.ankle_dorsiflexion_rad);
}

// The bent-knee strength work moves like the straight one, with the knee bent past where the
// gastrocnemius slackens, and its heel drop goes as deep as the knee-bent range allows.
TEST(ExerciseMotion, BentKneeStrengthWorkKeepsTheKneeBent) {
  const Runner runner;
  for (double t = 0.0; t < kHeelDropCycleS; t += 0.5) {
    EXPECT_NEAR(exercise_frame(ExercisePose::CalfRaiseBentKnee, runner, t).joints.knee_flexion_rad,
                kBentKneeStrengthKneeRad, 1e-12);
    EXPECT_DOUBLE_EQ(exercise_frame(ExercisePose::CalfRaiseBentKnee, runner, t).joints.ankle_dorsiflexion_rad,
                     exercise_frame(ExercisePose::CalfRaise, runner, t).joints.ankle_dorsiflexion_rad);
  }
  EXPECT_GT(kBentKneeStrengthKneeRad, 0.35);  // past ~20 deg (Baumbach 2014)
  const ExerciseFrame bent = deepest_frame(ExercisePose::HeelDropBentKnee, runner);
  const ExerciseFrame straight = deepest_frame(ExercisePose::HeelDrop, runner);
  EXPECT_TRUE(bent.on_step);
  EXPECT_GT(bent.joints.ankle_dorsiflexion_rad, straight.joints.ankle_dorsiflexion_rad);
}

// One row per pose, ids unique and found again, and every moving pose really moves.
TEST(ExercisePoses, OneRowEachIdsRoundTripAndMovingPosesMove) {
  std::set<std::string_view> ids;
  const Runner runner;
  for (const ExerciseInfo& info : exercise_poses()) {
    EXPECT_TRUE(ids.insert(info.id).second) << info.id;
    EXPECT_EQ(find_exercise_pose(info.id), info.pose);
    EXPECT_EQ(&exercise_info(info.pose), &info);
    const double a = exercise_frame(info.pose, runner, 0.3).joints.ankle_dorsiflexion_rad;
    const double b = exercise_frame(info.pose, runner, 1.7).joints.ankle_dorsiflexion_rad;
    EXPECT_EQ(a != b, info.moves) << info.id;
  }
  EXPECT_FALSE(find_exercise_pose("handstand"));
}

}  // namespace soleus::biomech
