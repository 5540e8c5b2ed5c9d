#include "biomech/exercises.h"

#include <algorithm>
#include <cmath>

#include "core/find.h"

namespace soleus::biomech {
namespace {

// 0 -> 1 -> 0 smoothly over one cycle, starting and ending at rest.
double smooth_step(double x) {
  x = std::clamp(x, 0.0, 1.0);
  return x * x * (3.0 - 2.0 * x);
}

double wrap_time(double time_s, double cycle_s) {
  const double t = std::fmod(time_s, cycle_s);
  return t < 0.0 ? t + cycle_s : t;
}

ExerciseFrame static_stretch(double knee_rad, const Runner& runner) {
  ExerciseFrame frame;
  frame.joints.knee_flexion_rad = knee_rad;
  frame.joints.ankle_dorsiflexion_rad = kStretchDepth * dorsiflexion_limit_rad(knee_rad, runner);
  return frame;
}

// Starts at the top: hold 10 %, lower 40 %, rest 10 %, rise 40 %.
ExerciseFrame calf_raise(double knee_rad, double time_s) {
  const double x = wrap_time(time_s + 0.4 * kCalfRaiseCycleS, kCalfRaiseCycleS) / kCalfRaiseCycleS;
  const double lift = x < 0.4 ? smooth_step(x / 0.4) : x < 0.5 ? 1.0 : x < 0.9 ? 1.0 - smooth_step((x - 0.5) / 0.4) : 0.0;
  ExerciseFrame frame;
  frame.joints.knee_flexion_rad = knee_rad;
  frame.joints.ankle_dorsiflexion_rad = lift * kCalfRaiseTopRad;
  frame.foot_pitch_rad = static_cast<float>(-frame.joints.ankle_dorsiflexion_rad);
  frame.body_weight_share = kOneLeg;
  return frame;
}

// Starts at the bottom, below the step: back up (on both legs), then the slow lowering, as far
// as a share of the runner's range at this knee angle.
ExerciseFrame heel_drop(double knee_rad, const Runner& runner, double time_s) {
  const double rise_s = kHeelDropCycleS - kHeelDropLowerS;
  const double t = wrap_time(time_s, kHeelDropCycleS);
  const double down = t < rise_s ? 1.0 - smooth_step(t / rise_s) : smooth_step((t - rise_s) / kHeelDropLowerS);
  const double bottom = kHeelDropDepth * dorsiflexion_limit_rad(knee_rad, runner);
  ExerciseFrame frame;
  frame.joints.knee_flexion_rad = knee_rad;
  frame.joints.ankle_dorsiflexion_rad = kCalfRaiseTopRad + down * (bottom - kCalfRaiseTopRad);
  frame.foot_pitch_rad = static_cast<float>(-frame.joints.ankle_dorsiflexion_rad);
  frame.on_step = true;
  frame.body_weight_share = t < rise_s ? kBothLegs : kOneLeg;
  return frame;
}

const std::vector<ExerciseInfo> kExercises = {
    {ExercisePose::BentKneeStretch, "bent-knee", "Bent-knee calf stretch", false,
     [](const Runner& r, double) { return static_stretch(kBentKneeStretchKneeRad, r); }, 0.0, 0.0},
    {ExercisePose::StraightKneeStretch, "straight-knee", "Straight-knee calf stretch", false,
     [](const Runner& r, double) { return static_stretch(0.0, r); }, 0.0, 0.0},
    // The deepest instant of a calf raise is back at level, of a heel drop below the step.
    {ExercisePose::CalfRaise, "calf-raise", "Calf raise", true,
     [](const Runner&, double t) { return calf_raise(0.0, t); }, 0.55 * kCalfRaiseCycleS, kCalfRaiseCycleS},
    {ExercisePose::HeelDrop, "heel-drop", "Eccentric heel drop", true,
     [](const Runner& r, double t) { return heel_drop(0.0, r, t); }, 0.0, kHeelDropCycleS},
    {ExercisePose::CalfRaiseBentKnee, "calf-raise-bent", "Calf raise, knee bent", true,
     [](const Runner&, double t) { return calf_raise(kBentKneeStrengthKneeRad, t); }, 0.55 * kCalfRaiseCycleS,
     kCalfRaiseCycleS},
    {ExercisePose::HeelDropBentKnee, "heel-drop-bent", "Eccentric heel drop, knee bent", true,
     [](const Runner& r, double t) { return heel_drop(kBentKneeStrengthKneeRad, r, t); }, 0.0, kHeelDropCycleS},
};

}  // namespace

const std::vector<ExerciseInfo>& exercise_poses() { return kExercises; }

const ExerciseInfo& exercise_info(ExercisePose pose) {
  const auto found = std::find_if(kExercises.begin(), kExercises.end(), [&](const ExerciseInfo& e) { return e.pose == pose; });
  return found != kExercises.end() ? *found : kExercises.front();
}

std::optional<ExercisePose> find_exercise_pose(std::string_view id) {
  if (const ExerciseInfo* found = core::find_by_id(kExercises, id)) return found->pose;
  return std::nullopt;
}

ExerciseFrame exercise_frame(ExercisePose pose, const Runner& runner, double time_s) {
  return exercise_info(pose).motion(runner, time_s);
}

ExerciseFrame deepest_frame(ExercisePose pose, const Runner& runner) {
  const ExerciseInfo& info = exercise_info(pose);
  return info.motion(runner, info.deepest_s);
}

}  // namespace soleus::biomech
