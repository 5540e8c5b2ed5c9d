#pragma once
/// A measured running trial turned into the loads a generated stride reports, stance by stance.
///
/// Stance: the chosen foot's vertical ground reaction force at or above 20 N (the threshold of
/// ../shared/reference-motion/MANIFEST.md), from the first sample at or above it (contact) to the
/// first sample below it (toe-off); a stance shorter than 50 ms is noise [A]. Only complete
/// stances (force below the threshold before and after, kinematics over the whole stance) are
/// analysed; the others are listed with the reason.
///
/// Ankle moment: quasi-static inverse dynamics of the foot. The net moment of the ground
/// reaction about the ankle joint centre, (COP - ankle) x F + free torque, taken about the ankle
/// axis (both in ground, motion/leg_kinematics.h), is what the ankle muscles hold: + plantarflexor.
/// The foot's weight and inertia are neglected: it is 1.45 % of body mass (Winter 2009 segment
/// table) and nearly still on the ground in loaded stance, a few N m against a peak near 180 N m
/// (Hof 1998; docs/biomechanics.md section 2.4). That moment, with the measured ankle and knee
/// angles, goes through biomech::solve_plantarflexors, the muscle sharing of the generated stride.
#include <optional>
#include <string>
#include <vector>

#include "biomech/stride.h"
#include "motion/foot_load.h"
#include "motion/leg_kinematics.h"

namespace soleus::motion {

/// Vertical ground reaction force that means the foot is on the ground (N).
inline constexpr double kContactThresholdN = 20.0;
/// Shortest stance taken for a step (s) [A]: anything shorter is a force plate's noise.
inline constexpr double kShortestStanceS = 0.05;

/// One run of samples at or above the threshold.
struct Stance {
  std::size_t first = 0;        // index of the contact sample
  std::size_t end = 0;          // index of the toe-off sample (the first below the threshold)
  double contact_s = 0.0;       // time of contact (s)
  double toe_off_s = 0.0;       // time of toe-off (s)
  bool complete = false;        // the force is below the threshold before and after it in the record
};

/// The stances of one foot, in time order (incomplete ones at either end included).
std::vector<Stance> detect_stances(const FootLoad& load, double threshold_n = kContactThresholdN);

struct MeasuredStance {
  double contact_s = 0.0;                       // time of contact in the files (s)
  double toe_off_s = 0.0;                       // time of toe-off in the files (s)
  std::vector<biomech::StrideSample> samples;   // one per GRF sample of the stance; time_s since contact (s)
  biomech::StrideSummary summary{};             // the generated stride's summary fields this data gives
  bool timing_known = false;                    // step and stride times (and what follows) are known
  double peak_vgrf_time_s = 0.0;                // vertical GRF peak, since contact (s)
  double ankle_height_at_peak_m = 0.0;          // ankle centre above the centre of pressure at the vGRF peak (m), a check of the chain
};

struct SkippedStance {
  double contact_s = 0.0;   // (s)
  double toe_off_s = 0.0;   // (s)
  std::string reason;       // why it is not analysed
};

struct MeasuredTrial {
  Leg leg = Leg::kRight;
  std::vector<MeasuredStance> stances;   // complete stances, analysed
  std::vector<SkippedStance> skipped;    // the others
};

/// Analyses every stance of `kinematics.leg` in `load`. `other_foot` (the other foot's load,
/// when the files have it) gives the step time; the next contact of the same foot the stride
/// time; otherwise stride = 2 x step. `speed_mps`, when known, gives the step length and the per-km
/// numbers. The model gives body weight, the runner's size and strength (from the command line).
/// Throws MotionError when no stance can be analysed, naming the files and why.
MeasuredTrial analyse_trial(const LegKinematics& kinematics, const FootLoad& load, const FootLoad* other_foot,
                            const biomech::StrideModel& model, std::optional<double> speed_mps);

/// A stance as a stride the app plays (biomech::SolvedStride::measured): the timeline runs from
/// contact to toe-off, so model.stride_time_s is the contact time and phases are fractions of the
/// stance (toe-off at 1); the summary keeps the trial's own step and stride times.
biomech::SolvedStride stance_as_stride(const MeasuredStance& stance, const biomech::StrideModel& model);

}  // namespace soleus::motion
