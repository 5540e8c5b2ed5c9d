#include "biomech/conditions.h"

#include "biomech/spring_mass.h"

namespace soleus::biomech {

double preferred_cadence_spm(const Runner& runner) {
  return spring_mass_cadence_spm(runner.speed_mps, runner.height_m);
}

double effective_cadence_spm(const Runner& runner) {
  return runner.cadence_spm > 0.0 ? runner.cadence_spm : preferred_cadence_spm(runner);
}

}  // namespace soleus::biomech
