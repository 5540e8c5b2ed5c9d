#include "biomech/exercise_load.h"

#include <cmath>

namespace soleus::biomech {

StrideSample exercise_load(const ExerciseFrame& frame, const StrideModel& model) {
  StrideSample sample{};
  sample.stance = frame.body_weight_share > 0.0;
  sample.knee_flexion_rad = frame.joints.knee_flexion_rad;
  sample.ankle_dorsiflexion_rad = frame.joints.ankle_dorsiflexion_rad;
  sample.foot_pitch_rad = frame.foot_pitch_rad;
  sample.cop_from_heel_m = model.heel_to_ball_m;
  sample.cop_fraction = model.heel_to_ball_m / model.foot_length_m;
  sample.vertical_grf_n = frame.body_weight_share * model.body_weight_n;
  // the ball ahead of the ankle: along the sole, less the ankle's height as the heel rises
  // (+ pitch: heel above the ball) and more as it drops below the step
  const double along = model.heel_to_ball_m - model.ankle_from_heel_m;
  const double lever = along * std::cos(sample.foot_pitch_rad) - model.ankle_height_m * std::sin(sample.foot_pitch_rad);
  sample.ankle_moment_nm = sample.vertical_grf_n * lever;
  solve_plantarflexors(model, sample);
  return sample;
}

}  // namespace soleus::biomech
