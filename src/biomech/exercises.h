#pragma once
/// The stretch and strength exercises the app shows, in one table: each pose's id (the content
/// files and --pose), its title, whether it moves, and its motion (knee and ankle angles, the
/// sole's angle and whether the foot stands on a step, over time). A new exercise pose is one
/// enum value and one row; the content checks, the command line, the views and the stretch
/// model all read the table.
#include <optional>
#include <string_view>
#include <vector>

#include "biomech/conditions.h"
#include "biomech/muscles.h"

namespace soleus::biomech {

enum class ExercisePose { BentKneeStretch, StraightKneeStretch, CalfRaise, HeelDrop, CalfRaiseBentKnee, HeelDropBentKnee };

/// The leg in one instant of an exercise.
struct ExerciseFrame {
  StretchPose joints;           ///< knee flexion and ankle dorsiflexion (rad)
  float foot_pitch_rad = 0.0f;  ///< sole angle to the ground (rad, + heel above the ball)
  bool on_step = false;         ///< the ball of the foot stands on a step edge (heel drop)
  /// Share of the body's weight this foot's ball carries (strength work: 1 on one leg, 0.5 on
  /// both); 0 for a stretch, whose load (part of it on the wall) the model does not estimate.
  double body_weight_share = 0.0;
};

/// Knee flexion of the bent-knee wall stretch (rad): 35 deg, well past the ~20 deg at which the
/// gastrocnemius slackens (Baumbach 2014).
inline constexpr double kBentKneeStretchKneeRad = 0.6109;
/// Share of the runner's dorsiflexion limit a held stretch reaches: a firm stretch short of pain
/// (assumption).
inline constexpr double kStretchDepth = 0.9;
/// Knee flexion of the bent-knee strength work (rad): 25 deg, inside the 20-30 deg the exercise
/// cards ask for and past the ~20 deg at which the gastrocnemius slackens (Baumbach 2014), so the
/// soleus does most of the work.
inline constexpr double kBentKneeStrengthKneeRad = 0.4363;
/// Strength work is shown on one leg: the calf raise's goal form (its card: "both legs, then one
/// leg") and the heel drop's lowering (its rising is on both legs, the Alfredson protocol).
inline constexpr double kOneLeg = 1.0;
inline constexpr double kBothLegs = 0.5;
/// Calf raise: top of the raise (rad, plantarflexion) and one full up-and-down cycle (s).
inline constexpr double kCalfRaiseTopRad = -0.61;
inline constexpr double kCalfRaiseCycleS = 4.0;
/// Eccentric heel drop: 1 s back up from below the step, then 3 s of slow lowering (Alfredson 1998 tempo).
inline constexpr double kHeelDropLowerS = 3.0;
inline constexpr double kHeelDropCycleS = 4.0;
/// How far below level the heel drop goes, as a share of the runner's range at its knee angle.
inline constexpr double kHeelDropDepth = 0.8;

struct ExerciseInfo {
  ExercisePose pose;
  std::string_view id;     ///< "bent-knee", "calf-raise-bent", ...
  std::string_view title;  ///< what the view calls it, e.g. "Calf raise, knee bent"
  bool moves;              ///< repeats over time (strength work) rather than held (a stretch)
  /// The leg at `time_s` (s) into the exercise, for this runner's dorsiflexion ranges.
  ExerciseFrame (*motion)(const Runner& runner, double time_s);
  double deepest_s;        ///< when in its cycle the ankle is most dorsiflexed (the deepest stretch)
  double cycle_s;          ///< one repetition (s); 0 for a held stretch
};

/// Every exercise pose, in the order the menus list them.
const std::vector<ExerciseInfo>& exercise_poses();
const ExerciseInfo& exercise_info(ExercisePose pose);
/// The pose with this id, or nullopt.
std::optional<ExercisePose> find_exercise_pose(std::string_view id);

/// The leg at `time_s` (s) into the exercise. Stretches are static; calf raises (from the top) and
/// heel drops (from below the step) repeat with their cycle.
ExerciseFrame exercise_frame(ExercisePose pose, const Runner& runner, double time_s);
/// The frame of the exercise where the ankle is most dorsiflexed (the deepest stretch).
ExerciseFrame deepest_frame(ExercisePose pose, const Runner& runner);

}  // namespace soleus::biomech
