#include "biomech/stride.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

#include "biomech/deep_plantarflexors.h"
#include "biomech/muscles.h"

// The plantarflexor moment a sample asks for, shared among the eight plantarflexors
// (stride.h's solve_plantarflexors): a bounded static optimisation, repeated until the Achilles
// tendon's force settles, since what the triceps can give depends on its stretch.
namespace soleus::biomech {
namespace {

using MuscleForces = std::array<double, kMuscleCount>;  // by Muscle (N)

// the tendon's force, shared again with the fibres it leaves, settles within a few rounds
constexpr int kSharingIterations = 30;
constexpr double kSharingTolerance = 1e-12;
// halving the bracket 60 times leaves a tendon force exact to 1e-18 of the demand
constexpr int kTendonForceBisections = 60;

// The Achilles tendon carries `tendon_force_n`: its force and strain.
void set_tendon_force(const StrideModel& m, double tendon_force_n, StrideSample& out) {
  out.achilles_force_n = tendon_force_n;
  out.achilles_strain = tendon_force_n / kAchillesStiffnessNPerM / m.achilles_slack_m;
}

// The force each muscle gives at full activation (N) while the tendon carries `tendon_force_n`:
// the tendon's stretch shortens the fibres and moves them along their force-length curve.
// Writes the fibre lengths (fibre / optimal) into `out`.
MuscleForces available_forces(const StrideModel& m, const MuscleLengths& lengths, double tendon_force_n,
                              StrideSample& out) {
  const double tendon_stretch = tendon_force_n / kAchillesStiffnessNPerM;
  MuscleForces available{};
  for (std::size_t i = 0; i < static_cast<std::size_t>(kMuscleCount); ++i) {
    out.fibre_length_norm[i] = 1.0 + (lengths[i] - m.standing_length_m[i] - tendon_stretch) / m.optimal_fibre_m[i];
    available[i] = m.max_force_n[i] * m.strength_factor * force_length_factor(out.fibre_length_norm[i]);
  }
  return available;
}

// The eight plantarflexors as one list for the sharing: the triceps surae (by Muscle) first,
// then the deep plantarflexors (by DeepPlantarflexor).
constexpr std::size_t kPlantarflexorCount = kMuscleCount + kDeepPlantarflexorCount;
using Plantarflexors = std::array<double, kPlantarflexorCount>;

// Shares a plantarflexor moment among muscles of moment arm r_i (m), available force A_i (N) and
// volume V_i: minimise sum(V_i a_i^2), a_i = F_i / A_i <= 1, subject to sum(r_i F_i) = moment.
// Without the bound F_i = lambda r_i A_i^2 / V_i; a muscle this would take past full activation
// is held there and the others share the rest the same way (the optimality conditions of the
// bounded problem). Writes forces; returns the moment the muscles, all fully active, cannot give
// (N m, 0 when they can).
double share_moment(double moment_nm, const Plantarflexors& arm_m, const Plantarflexors& available_n,
                    const Plantarflexors& volume_cm3, Plantarflexors& force_n) {
  std::array<bool, kPlantarflexorCount> full{};
  Plantarflexors weight{};
  for (std::size_t i = 0; i < kPlantarflexorCount; ++i) {
    weight[i] = available_n[i] > 0.0 ? arm_m[i] * available_n[i] * available_n[i] / volume_cm3[i] : 0.0;
  }
  double remaining = moment_nm;   // carried by the muscles below full activation (N m)
  double weight_moment = 0.0;     // sum of r_i x weight_i over those muscles
  for (std::size_t round = 0; round <= kPlantarflexorCount; ++round) {
    remaining = moment_nm;
    weight_moment = 0.0;
    for (std::size_t i = 0; i < kPlantarflexorCount; ++i) {
      if (full[i]) {
        remaining -= arm_m[i] * available_n[i];
      } else {
        weight_moment += arm_m[i] * weight[i];
      }
    }
    if (remaining <= 0.0 || weight_moment <= 0.0) break;
    bool newly_full = false;
    for (std::size_t i = 0; i < kPlantarflexorCount; ++i) {
      if (!full[i] && remaining * weight[i] / weight_moment > available_n[i]) full[i] = newly_full = true;
    }
    if (!newly_full) break;
  }
  for (std::size_t i = 0; i < kPlantarflexorCount; ++i) {
    force_n[i] = full[i] ? available_n[i] : (weight_moment > 0.0 ? std::max(0.0, remaining) * weight[i] / weight_moment : 0.0);
  }
  return weight_moment > 0.0 ? 0.0 : std::max(0.0, remaining);
}

}  // namespace

void solve_plantarflexors(const StrideModel& m, StrideSample& out) {
  const double height = m.conditions.runner.height_m;
  out.achilles_moment_arm_m = achilles_moment_arm_m(out.ankle_dorsiflexion_rad, height);
  out.dorsiflexor_moment_nm = std::min(0.0, out.ankle_moment_nm);
  const double demanded_moment = std::max(0.0, out.ankle_moment_nm);

  // muscle-tendon lengths; the fibres take what the tendon does not stretch
  const MuscleLengths lengths = muscle_tendon_lengths(out.ankle_dorsiflexion_rad, out.knee_flexion_rad, height);
  for (std::size_t i = 0; i < static_cast<std::size_t>(kMuscleCount); ++i) {
    out.muscle_length_m[i] = lengths[i];
    out.muscle_strain[i] = (lengths[i] - m.standing_length_m[i]) / m.standing_length_m[i];
  }
  Plantarflexors arm{};
  Plantarflexors available{};
  Plantarflexors volume{};
  for (std::size_t i = 0; i < static_cast<std::size_t>(kMuscleCount); ++i) {
    arm[i] = out.achilles_moment_arm_m;
    volume[i] = m.volume_cm3[i];
  }
  for (std::size_t d = 0; d < static_cast<std::size_t>(kDeepPlantarflexorCount); ++d) {
    arm[kMuscleCount + d] =
        deep_plantarflexor_moment_arm_m(static_cast<DeepPlantarflexor>(d), out.ankle_dorsiflexion_rad, height);
    available[kMuscleCount + d] = m.deep_max_force_n[d] * m.strength_factor;
    volume[kMuscleCount + d] = m.deep_volume_cm3[d];
  }
  auto set_triceps_available = [&](double tendon_force_n) {
    const MuscleForces triceps = available_forces(m, lengths, tendon_force_n, out);
    std::copy(triceps.begin(), triceps.end(), available.begin());
  };
  auto write = [&](const Plantarflexors& force) {
    for (std::size_t i = 0; i < kPlantarflexorCount; ++i) {
      const double activation = available[i] > 0.0 ? std::min(1.0, force[i] / available[i]) : 0.0;
      if (i < static_cast<std::size_t>(kMuscleCount)) {
        out.muscle_force_n[i] = force[i];
        out.activation[i] = activation;
      } else {
        out.deep_force_n[i - kMuscleCount] = force[i];
        out.deep_activation[i - kMuscleCount] = activation;
      }
    }
    out.deep_moment_nm = 0.0;
    for (std::size_t d = 0; d < static_cast<std::size_t>(kDeepPlantarflexorCount); ++d) {
      out.deep_moment_nm += arm[kMuscleCount + d] * force[kMuscleCount + d];
    }
  };

  Plantarflexors force{};
  if (demanded_moment <= 0.0) {
    set_triceps_available(0.0);
    write(force);
    set_tendon_force(m, 0.0, out);
    out.moment_shortfall_nm = 0.0;
    return;
  }
  // What the triceps can give depends on the tendon's stretch, which depends on what they give:
  // share, restretch, share again until the tendon's force settles (a stiff tendon moves the
  // fibres little along their force-length curve, so each round changes it much less than the
  // last). When even all eight fully active cannot give the moment, they pull with all they
  // have, the tendon at the force F at which the triceps, fully active, give F, and the rest of
  // the moment is a shortfall, not an invented force.
  const double most_tendon_force = demanded_moment / out.achilles_moment_arm_m;  // the triceps taking it all
  double unplaced = 0.0;
  // the triceps' force when the tendon carries `tendon_force_n`, shared with the deep muscles
  auto shared_triceps_force = [&](double tendon_force_n) {
    set_triceps_available(tendon_force_n);
    unplaced = share_moment(demanded_moment, arm, available, volume, force);
    return force[0] + force[1] + force[2];
  };
  double tendon_force = most_tendon_force;
  bool converged = false;
  for (int iteration = 0; iteration < kSharingIterations && !converged; ++iteration) {
    const double settled = shared_triceps_force(tendon_force);
    converged = std::abs(settled - tendon_force) <= kSharingTolerance * (1.0 + tendon_force);
    tendon_force = settled;
  }
  if (!converged) {
    // near the capacity the rounds can alternate between sharing and all fully active: bisect
    // the tendon force instead (the triceps' share minus it falls as it rises)
    double lo = 0.0;
    double hi = most_tendon_force;
    for (int iteration = 0; iteration < kTendonForceBisections; ++iteration) {
      const double mid = 0.5 * (lo + hi);
      (shared_triceps_force(mid) >= mid ? lo : hi) = mid;
    }
    shared_triceps_force(lo);
  }
  tendon_force = force[0] + force[1] + force[2];
  set_triceps_available(tendon_force);
  write(force);
  set_tendon_force(m, tendon_force, out);
  out.moment_shortfall_nm =
      unplaced > 0.0
          ? std::max(0.0, demanded_moment - out.achilles_force_n * out.achilles_moment_arm_m - out.deep_moment_nm)
          : 0.0;
}

}  // namespace soleus::biomech
