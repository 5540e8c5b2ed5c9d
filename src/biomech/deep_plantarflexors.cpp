#include "biomech/deep_plantarflexors.h"

#include <algorithm>
#include <cstddef>

#include "core/units.h"

namespace soleus::biomech {
namespace {

struct DeepPlantarflexorParameters {
  const char* name;                   // anatomy role id
  double max_force_reference_n;       // Rajagopal 2016 model's (biomech.md §5) (N)
  double volume_slope_cm3_per_m_kg;   // Handsfield 2014 Supp. Table 3 (cm^3 / (m kg))
  double volume_intercept_cm3;        // same (cm^3)
  // plantarflexion moment arm (m) in the model's 1.70 m geometry at 20 deg plantarflexion,
  // neutral and 20 deg dorsiflexion: the derivative of the muscle's path length with the ankle
  // angle, computed (central difference) from the path points and ankle axis of Rajagopal 2016's
  // model (opensim-models Models/Rajagopal/Rajagopal2016.osim, commit 523578f); no wrapping
  // surfaces on these paths, subtalar at 0. Its soleus path gives 44.2 / 41.4 / 34.2 mm by the same
  // method, near Manal 2013's measured 35.7-38.1 mm (muscles.h)
  double arm_plantarflexed_m;
  double arm_neutral_m;
  double arm_dorsiflexed_m;
};

// Handsfield measured fibularis longus and brevis together (0.956, 12.5); split in proportion to
// Rajagopal's strengths, 1115.4 : 521.2
constexpr double kFibularisLongusShare = 1115.4 / (1115.4 + 521.2);

constexpr std::array<DeepPlantarflexorParameters, kDeepPlantarflexorCount> kDeep{{
    {"tibialis_posterior", 1730.2, 0.451, 48.9, 0.0117, 0.0089, 0.0057},
    {"flexor_hallucis_longus", 907.8, 0.622, 1.85, 0.0171, 0.0137, 0.0097},
    {"flexor_digitorum_longus", 423.2, 0.13, 13.9, 0.0109, 0.0077, 0.0043},
    {"fibularis_longus", 1115.4, 0.956 * kFibularisLongusShare, 12.5 * kFibularisLongusShare, 0.0103, 0.0090, 0.0073},
    {"fibularis_brevis", 521.2, 0.956 * (1.0 - kFibularisLongusShare), 12.5 * (1.0 - kFibularisLongusShare), 0.0074,
     0.0060, 0.0043},
}};
constexpr double kArmSpanRad = 20.0 * core::kPi / 180.0;  // the angles the arms were computed at

constexpr double kDeepReferenceHeightM = 1.70;   // Rajagopal 2016's model (biomech.md §5 worked example)
constexpr double kDeepReferenceMassKg = 75.34;   // same

const DeepPlantarflexorParameters& deep_parameters(DeepPlantarflexor muscle) {
  return kDeep[static_cast<std::size_t>(muscle)];
}

}  // namespace

const char* deep_plantarflexor_name(DeepPlantarflexor muscle) { return deep_parameters(muscle).name; }

double deep_plantarflexor_volume_cm3(DeepPlantarflexor muscle, double height_m, double body_mass_kg) {
  const DeepPlantarflexorParameters& p = deep_parameters(muscle);
  return p.volume_slope_cm3_per_m_kg * height_m * body_mass_kg + p.volume_intercept_cm3;
}

double deep_plantarflexor_max_force_n(DeepPlantarflexor muscle, double height_m, double body_mass_kg) {
  // force ~ volume / fibre length, and fibre length ~ height
  const double volume_ratio = deep_plantarflexor_volume_cm3(muscle, height_m, body_mass_kg) /
                              deep_plantarflexor_volume_cm3(muscle, kDeepReferenceHeightM, kDeepReferenceMassKg);
  return deep_parameters(muscle).max_force_reference_n * volume_ratio * kDeepReferenceHeightM / height_m;
}

double deep_plantarflexor_moment_arm_m(DeepPlantarflexor muscle, double ankle_dorsiflexion_rad, double height_m) {
  // linear between the three computed angles, held beyond them
  const DeepPlantarflexorParameters& p = deep_parameters(muscle);
  const double x = std::clamp(ankle_dorsiflexion_rad / kArmSpanRad, -1.0, 1.0);
  const double arm = x >= 0.0 ? p.arm_neutral_m + x * (p.arm_dorsiflexed_m - p.arm_neutral_m)
                              : p.arm_neutral_m - x * (p.arm_plantarflexed_m - p.arm_neutral_m);
  return arm * height_m / kDeepReferenceHeightM;
}

}  // namespace soleus::biomech
