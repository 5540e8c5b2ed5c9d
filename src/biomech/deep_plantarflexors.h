#pragma once
/// The ankle plantarflexors besides the triceps surae: tibialis posterior, the long toe flexors
/// and the fibulares. Their tendons pass behind the malleoli to the foot, not into the Achilles
/// tendon, with plantarflexion moment arms a third of the Achilles's or less, so they take a
/// small share of the plantarflexor moment (biomech/stride.h shares it among all eight).
/// Strength and volume are scaled to the runner; fibres are taken at their optimal length [A].
#include <array>

namespace soleus::biomech {

enum class DeepPlantarflexor {
  kTibialisPosterior = 0,
  kFlexorHallucisLongus = 1,
  kFlexorDigitorumLongus = 2,
  kFibularisLongus = 3,
  kFibularisBrevis = 4,
};
inline constexpr int kDeepPlantarflexorCount = 5;

/// A value for each deep plantarflexor, indexed by DeepPlantarflexor.
using DeepPlantarflexorValues = std::array<double, kDeepPlantarflexorCount>;

/// Lower-case identifier, equal to the anatomy role id ("tibialis_posterior", ...).
const char* deep_plantarflexor_name(DeepPlantarflexor muscle);

/// Muscle volume (cm^3) of a runner: Handsfield et al. 2014 (J Biomech 47:631) regression on
/// height x mass; the fibulares, measured together, split by their strengths in Rajagopal 2016.
double deep_plantarflexor_volume_cm3(DeepPlantarflexor muscle, double height_m, double body_mass_kg);

/// Maximum isometric force (N), fresh: Rajagopal et al. 2016's (IEEE TBME 63:2068; model of
/// 1.70 m, 75.34 kg) scaled by the runner's volume over the model's and by fibre length with height.
double deep_plantarflexor_max_force_n(DeepPlantarflexor muscle, double height_m, double body_mass_kg);

/// Plantarflexion moment arm about the ankle (m) at an ankle angle (rad, +dorsiflexion): larger
/// in plantarflexion, computed from Rajagopal 2016's muscle paths at -20, 0 and +20 deg
/// (tibialis posterior 8.9 mm at neutral, flexor hallucis longus 13.7, flexor digitorum longus
/// 7.7, fibularis longus 9.0, brevis 6.0), linear between and held beyond; scaled by height / 1.70 m.
double deep_plantarflexor_moment_arm_m(DeepPlantarflexor muscle, double ankle_dorsiflexion_rad, double height_m);

}  // namespace soleus::biomech
