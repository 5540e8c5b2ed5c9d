#include "biomech/muscles.h"

#include <algorithm>
#include <cmath>

#include "core/assert.h"
#include "core/units.h"

namespace soleus::biomech {
namespace {

// Standing muscle-tendon length = tendon slack + Lopt cos(pennation), Rajagopal 2016 model
// (Rajagopal2015.osim): soleus 0.2768 + 0.044 cos 21.9 deg; gasmed 0.3987 + 0.051 cos 9.5 deg;
// gaslat 0.3761 + 0.0588 cos 12.0 deg. Fibre lengths from Ward 2009: 4.40, 5.10, 5.88 cm.
const std::array<MuscleParameters, kMuscleCount> kMuscles{{
    {2.57, 120.0, 0.0440, 0.2768 + 0.0440 * 0.92784, false},
    {1.71, 46.2, 0.0510, 0.3987 + 0.0510 * 0.98629, true},
    {1.08, 15.7, 0.0588, 0.3761 + 0.0588 * 0.97815, true},
}};

constexpr double kSpecificTensionNPerCm2 = 61.0;   // biomech.md §5 (Arnold; Rajagopal used 60)
constexpr double kModelHeightM = 1.70;             // height the Rajagopal lengths describe (biomech.md §5 worked example)

// Manal, Cowder & Buchanan 2013: Achilles moment arm during MVC 35.7 mm at 20 deg
// dorsiflexion and 38.1 mm at 10 deg plantarflexion; the study spans +-20 deg.
constexpr double kArmDorsiflexedM = 0.0357;
constexpr double kArmDorsiflexedRad = 20.0 * core::kPi / 180.0;
constexpr double kArmPlantarflexedM = 0.0381;
constexpr double kArmPlantarflexedRad = -10.0 * core::kPi / 180.0;
constexpr double kArmSlopeMPerRad =
    (kArmDorsiflexedM - kArmPlantarflexedM) / (kArmDorsiflexedRad - kArmPlantarflexedRad);
constexpr double kArmAtNeutralM = kArmPlantarflexedM - kArmSlopeMPerRad * kArmPlantarflexedRad;
constexpr double kArmAngleLimitRad = 20.0 * core::kPi / 180.0;
constexpr double kArmReferenceHeightM = 1.75;  // assumed stature of Manal's male subjects (not reported in biomech.md)

// Baumbach 2014: 20 deg knee flexion gives 13-15 deg more dorsiflexion; midpoint 14/20.
constexpr double kKneeToAnkleArmRatio = 14.0 / 20.0;

// Thelen 2003 force-length width parameter.
constexpr double kForceLengthWidth = 0.45;

// Integral of the (clamped, linear) Achilles moment arm from 0 to the ankle angle, at 1.75 m.
double achilles_excursion_reference_m(double ankle_rad) {
  const double inside = std::clamp(ankle_rad, -kArmAngleLimitRad, kArmAngleLimitRad);
  const double beyond = ankle_rad - inside;
  const double arm_at_edge = kArmAtNeutralM + kArmSlopeMPerRad * inside;
  return kArmAtNeutralM * inside + 0.5 * kArmSlopeMPerRad * inside * inside + arm_at_edge * beyond;
}

}  // namespace

const MuscleParameters& muscle_parameters(Muscle muscle) {
  return kMuscles[static_cast<std::size_t>(muscle)];
}

const char* muscle_name(Muscle muscle) {
  switch (muscle) {
    case Muscle::kSoleus: return "soleus";
    case Muscle::kGastrocnemiusMedial: return "gastrocnemius_medial";
    case Muscle::kGastrocnemiusLateral: return "gastrocnemius_lateral";
  }
  return "";
}

double optimal_fibre_length_m(Muscle muscle, double height_m) {
  return muscle_parameters(muscle).optimal_fibre_length_m * height_m / kModelHeightM;
}

double max_isometric_force_n(Muscle muscle, double height_m, double body_mass_kg) {
  const MuscleParameters& p = muscle_parameters(muscle);
  const double volume_cm3 = p.volume_slope_cm3_per_m_kg * height_m * body_mass_kg + p.volume_intercept_cm3;
  const double fibre_length_cm = 100.0 * optimal_fibre_length_m(muscle, height_m);
  return volume_cm3 / fibre_length_cm * kSpecificTensionNPerCm2;
}

double achilles_moment_arm_m(double ankle_dorsiflexion_rad, double height_m) {
  const double angle = std::clamp(ankle_dorsiflexion_rad, -kArmAngleLimitRad, kArmAngleLimitRad);
  return (kArmAtNeutralM + kArmSlopeMPerRad * angle) * height_m / kArmReferenceHeightM;
}

double gastrocnemius_knee_moment_arm_m(double height_m) {
  return kKneeToAnkleArmRatio * kArmAtNeutralM * height_m / kArmReferenceHeightM;
}

MuscleLengths standing_lengths(double height_m) {
  MuscleLengths lengths{};
  for (int i = 0; i < kMuscleCount; ++i) {
    lengths[static_cast<std::size_t>(i)] = kMuscles[static_cast<std::size_t>(i)].standing_length_m * height_m / kModelHeightM;
  }
  return lengths;
}

MuscleLengths muscle_tendon_lengths(double ankle_dorsiflexion_rad, double knee_flexion_rad,
                                    double height_m) {
  const double scale = height_m / kArmReferenceHeightM;
  const double ankle_excursion = achilles_excursion_reference_m(ankle_dorsiflexion_rad) * scale;
  const double knee_excursion = gastrocnemius_knee_moment_arm_m(height_m) * knee_flexion_rad;
  MuscleLengths lengths = standing_lengths(height_m);
  for (int i = 0; i < kMuscleCount; ++i) {
    const auto index = static_cast<std::size_t>(i);
    lengths[index] += ankle_excursion - (kMuscles[index].crosses_knee ? knee_excursion : 0.0);
  }
  return lengths;
}

double force_length_factor(double normalised_fibre_length) {
  const double offset = normalised_fibre_length - 1.0;
  return std::exp(-offset * offset / kForceLengthWidth);
}

double dorsiflexion_limit_rad(double knee_flexion_rad, const Runner& runner) {
  // the gastrocnemius is at its end of range when as long as at the knee-straight limit;
  // knee flexion shortens it, so the ankle may dorsiflex further until the soleus limit
  const double knee_slack_reference =
      kKneeToAnkleArmRatio * kArmAtNeutralM * std::max(0.0, knee_flexion_rad);
  const double target = achilles_excursion_reference_m(runner.dorsiflexion_knee_straight_rad) + knee_slack_reference;
  const double soleus_limit = runner.dorsiflexion_knee_bent_rad;
  if (achilles_excursion_reference_m(soleus_limit) <= target) return soleus_limit;
  // the excursion grows monotonically with the angle: bisect between the two ranges
  double lo = runner.dorsiflexion_knee_straight_rad;
  double hi = soleus_limit;
  for (int iteration = 0; iteration < 50; ++iteration) {
    const double mid = 0.5 * (lo + hi);
    (achilles_excursion_reference_m(mid) < target ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

StretchState solve_stretch(const StretchPose& pose, const Runner& runner) {
  const double h = runner.height_m;
  const MuscleLengths rest = standing_lengths(h);
  const MuscleLengths now = muscle_tendon_lengths(pose.ankle_dorsiflexion_rad, pose.knee_flexion_rad, h);
  // end of range: soleus at the knee-bent range (knee flexion removes the gastrocnemius),
  // gastrocnemius at the knee-straight range (Baumbach 2014)
  const MuscleLengths soleus_end = muscle_tendon_lengths(runner.dorsiflexion_knee_bent_rad, 0.0, h);
  const MuscleLengths gastrocnemius_end = muscle_tendon_lengths(runner.dorsiflexion_knee_straight_rad, 0.0, h);
  StretchState state{};
  for (int i = 0; i < kMuscleCount; ++i) {
    const auto index = static_cast<std::size_t>(i);
    const bool is_soleus = static_cast<Muscle>(i) == Muscle::kSoleus;
    const double end_length = is_soleus ? soleus_end[index] : gastrocnemius_end[index];
    state.strain[index] = (now[index] - rest[index]) / rest[index];
    const double end_strain = (end_length - rest[index]) / rest[index];
    SOLEUS_ASSERT(end_strain >= 0.0);
    // a zero range means the muscle is taut already at neutral
    state.tension_fraction[index] = end_strain > 1e-9 ? state.strain[index] / end_strain
                                                      : (state.strain[index] >= 0.0 ? 1.0 : 0.0);
  }
  state.dorsiflexion_limit_rad = dorsiflexion_limit_rad(pose.knee_flexion_rad, runner);
  state.limiting_muscle = state.dorsiflexion_limit_rad < runner.dorsiflexion_knee_bent_rad - 1e-9
                              ? Muscle::kGastrocnemiusMedial
                              : Muscle::kSoleus;
  return state;
}

}  // namespace soleus::biomech
