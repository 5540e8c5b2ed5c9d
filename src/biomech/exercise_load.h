#pragma once
/// The load of a strength exercise's instant: the plantarflexors holding the body's weight on the
/// ball of the foot, shared among them as in running (stride.h's solve_plantarflexors).
#include "biomech/exercises.h"
#include "biomech/stride.h"

namespace soleus::biomech {

/// The leg in `frame` holding frame.body_weight_share of the runner's weight on the ball of the
/// foot, quasi-statically (at the exercises' 3-4 s tempo the accelerations are small [A]): the
/// ankle moment is that weight times the ball's distance ahead of the ankle (the stride model's
/// foot, its sole pitched by the frame's angle), and the muscles share it. Kinematic fields,
/// vertical force, ankle moment and the muscle part are set; the rest is zero. A stretch
/// (body_weight_share 0) gives no load.
StrideSample exercise_load(const ExerciseFrame& frame, const StrideModel& model);

}  // namespace soleus::biomech
