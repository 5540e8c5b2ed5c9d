#include "biomech/conditions.h"

#include <cmath>

#include "core/units.h"

namespace soleus::biomech {

double preferred_cadence_spm(double speed_mps) {
  // 165 steps/min at 3.04 m/s and +3 steps/min for every factor 1.15 in speed (EJSS 2019)
  constexpr double kCadenceAtReference = 165.0;
  constexpr double kReferenceSpeed = 3.04;
  constexpr double kCadenceGainPerSpeedFactor = 3.0;
  constexpr double kSpeedFactor = 1.15;
  return kCadenceAtReference + kCadenceGainPerSpeedFactor * std::log(speed_mps / kReferenceSpeed) /
                                   std::log(kSpeedFactor);
}

double effective_cadence_spm(const Runner& runner) {
  return runner.cadence_spm > 0.0 ? runner.cadence_spm : preferred_cadence_spm(runner.speed_mps);
}

}  // namespace soleus::biomech
