#pragma once
/// One running stride of the right leg, from its initial contact to the next: kinematics of hip,
/// knee, ankle, subtalar and MTP joints, ground reaction force, ankle moment, Achilles,
/// soleus and gastrocnemius forces, lengths and strains.
///
/// Model/data split (house style): build_stride_model() turns Conditions into an immutable
/// StrideModel (timing, constants); evaluate_stride() fills one StrideSample at any time;
/// solve_stride() samples a whole stride uniformly and summarises it.
///
/// Sign conventions (match the rig in docs/architecture.md; zero = quiet standing barefoot):
///   hip flexion +, knee flexion +, ankle dorsiflexion +, subtalar inversion +,
///   MTP dorsiflexion (toe extension) +, foot pitch + toes up, ankle moment + plantarflexor,
///   horizontal force + forward (propulsion), vertical force + up.
#include <vector>

#include "biomech/conditions.h"
#include "biomech/deep_plantarflexors.h"
#include "biomech/muscles.h"
#include "biomech/spring_mass.h"

namespace soleus::biomech {

/// Everything derived once from the conditions (the "model"). Read-only after construction.
struct StrideModel {
  Conditions conditions;            // the inputs, validated
  double body_weight_n;             // body weight (N)
  double cadence_spm;               // steps per minute, both legs (1/min)
  double step_time_s;               // one step, contact to opposite contact (s)
  double stride_time_s;             // two steps (s)
  SpringMassStance spring;          // the stance as a spring-mass bounce: contact, leg stiffness, forces
  double contact_time_s;            // stance of one foot (s)
  double aerial_time_s;             // flight per step (s)
  double step_length_m;             // distance per step (m)
  double foot_length_m;             // foot length (m)
  double heel_to_ball_m;            // heel to metatarsal heads (m)
  double ankle_from_heel_m;         // ankle joint centre ahead of the heel (m)
  double ankle_height_m;            // ankle joint centre above the sole under it, shoe included (m)
  double drop_angle_rad;            // sole wedge angle from the drop: foot pitched toes-down inside the shoe (rad)
  double foot_strike_angle_rad;     // sole-to-ground angle at contact (rad, +toes up)
  double ankle_at_contact_rad;      // ankle angle at contact (rad, +dorsiflexion)
  double ankle_peak_rad;            // peak stance dorsiflexion after the runner's range limit (rad, +dorsiflexion)
  double ankle_peak_demand_rad;     // peak stance dorsiflexion the gait asks for (rad, +dorsiflexion)
  double ankle_toe_off_rad;         // ankle angle at toe-off (rad, +dorsiflexion)
  double ankle_swing_peak_rad;      // mid-swing dorsiflexion for toe clearance (rad, +dorsiflexion)
  double knee_contact_rad;          // knee flexion at contact (rad, +flexion)
  double knee_stance_peak_rad;      // peak stance knee flexion (rad, +flexion)
  double knee_toe_off_rad;          // knee flexion at toe-off (rad, +flexion)
  double knee_swing_peak_rad;       // peak swing knee flexion (rad, +flexion)
  double mtp_toe_off_rad;           // MTP dorsiflexion at toe-off (rad, +toe extension)
  double subtalar_contact_rad;      // subtalar angle at contact (rad, +inversion)
  double swing_clearance_m;         // peak height of the foot's lowest point in swing (m)
  double impact_mass_kg;            // m1 of the two-mass model (kg)
  double impact_duration_s;         // delta t1: contact to peak of the impact force (s)
  double impact_impulse_ns;         // J1 (N s)
  double active_impulse_ns;         // J2 (N s)
  double cop_midstance_fraction;    // centre of pressure at midstance (fraction of foot length)
  std::array<double, kMuscleCount> max_force_n;       // fresh maximum isometric force, by Muscle (N)
  std::array<double, kMuscleCount> volume_cm3;        // muscle volume, by Muscle (cm^3)
  std::array<double, kMuscleCount> optimal_fibre_m;   // optimal fibre length, by Muscle (m)
  MuscleLengths standing_length_m;                    // muscle-tendon length in quiet standing, by Muscle (m)
  DeepPlantarflexorValues deep_max_force_n;           // fresh maximum isometric force, by DeepPlantarflexor (N)
  DeepPlantarflexorValues deep_volume_cm3;            // muscle volume, by DeepPlantarflexor (cm^3)
  double strength_factor;           // 1 - strength lost to fatigue (dimensionless)
  double achilles_slack_m;          // free Achilles tendon length for its strain (m)
};

/// The state of the leg at one instant (the "data").
struct StrideSample {
  double time_s;                    // time since initial contact (s)
  double phase;                     // fraction of the stride since initial contact (0..1)
  bool stance;                      // foot on the ground (flag)
  // kinematics
  double hip_flexion_rad;           // hip angle (rad, +flexion)
  double knee_flexion_rad;          // knee angle (rad, +flexion)
  double ankle_dorsiflexion_rad;    // ankle angle (rad, +dorsiflexion)
  double subtalar_inversion_rad;    // subtalar angle (rad, +inversion, -eversion)
  double mtp_dorsiflexion_rad;      // metatarsophalangeal angle (rad, +toe extension)
  double foot_pitch_rad;            // sole-to-ground angle (rad, +toes up)
  double heel_height_m;             // sole under the heel above the ground (m, 0 when it touches)
  double ball_height_m;             // sole under the metatarsal heads above the ground (m, 0 when it touches)
  // ground reaction
  double vertical_grf_n;            // vertical ground reaction force (N, +up)
  double impact_grf_n;              // part of it from the impact of m1 (N, +up)
  double horizontal_grf_n;          // fore-aft ground reaction force (N, +forward/propulsive, -braking)
  double cop_from_heel_m;           // centre of pressure along the foot (m from the heel)
  double cop_fraction;              // centre of pressure (fraction of foot length from the heel)
  // ankle and muscles
  double ankle_moment_nm;           // net ankle moment the GRF asks for (N m, +plantarflexor): r x Achilles force + deep_moment_nm + dorsiflexor part + shortfall
  double dorsiflexor_moment_nm;     // part carried by the dorsiflexors (N m, <= 0)
  double deep_moment_nm;            // plantarflexor part carried by the deep plantarflexors (N m, >= 0)
  double moment_shortfall_nm;       // plantarflexor part the eight plantarflexors cannot give even fully active (N m, >= 0)
  double achilles_moment_arm_m;     // Achilles tendon moment arm (m)
  double achilles_force_n;          // Achilles tendon force, what the muscles give (N, tension +)
  double achilles_strain;           // Achilles tendon strain (dimensionless, force / stiffness / slack length)
  std::array<double, kMuscleCount> muscle_force_n;      // force by Muscle (N, tension +)
  std::array<double, kMuscleCount> activation;          // force / available force, by Muscle (0..1; 1 = fully active)
  std::array<double, kMuscleCount> muscle_length_m;     // muscle-tendon length, by Muscle (m)
  std::array<double, kMuscleCount> muscle_strain;       // muscle-tendon strain vs quiet standing, by Muscle (dimensionless, +lengthened)
  std::array<double, kMuscleCount> fibre_length_norm;   // fibre length / optimal, by Muscle (dimensionless)
  DeepPlantarflexorValues deep_force_n;                 // force by DeepPlantarflexor (N, tension +)
  DeepPlantarflexorValues deep_activation;              // force / available force, by DeepPlantarflexor (0..1)

  double soleus_force_n() const { return muscle_force_n[0]; }  // soleus force (N)
  double gastrocnemius_force_n() const { return muscle_force_n[1] + muscle_force_n[2]; }  // both heads (N)
};

/// Numbers for one stride. Forces in BW are divided by body weight; phases are fractions of
/// the stride from initial contact (0) and mark events on a timeline.
struct StrideSummary {
  double cadence_spm;                   // steps per minute (1/min)
  double step_time_s;                   // step time (s)
  double stride_time_s;                 // stride time (s)
  double contact_time_s;                // stance time of one foot (s)
  double aerial_time_s;                 // flight time per step (s)
  double step_length_m;                 // step length (m)
  double steps_per_km;                  // steps per kilometre, both legs (1/km)
  double foot_strike_angle_rad;         // sole-to-ground angle at contact (rad, +toes up)
  double initial_contact_phase;         // 0 by definition (fraction of stride)
  double midstance_phase;               // active vertical force peak (fraction of stride)
  double peak_soleus_phase;             // soleus force peak (fraction of stride)
  double toe_off_phase;                 // end of stance (fraction of stride)
  double peak_vgrf_bw;                  // peak vertical GRF (BW)
  double impact_peak_bw;                // peak of the impact component (BW)
  double peak_braking_bw;               // peak braking force (BW, magnitude)
  double peak_ankle_moment_nm_per_kg;   // peak plantarflexor moment (N m/kg)
  double peak_achilles_force_n;         // (N)
  double peak_achilles_force_bw;        // (BW)
  double achilles_moment_arm_at_peak_m; // moment arm at the Achilles force peak (m)
  double peak_achilles_strain;          // (dimensionless)
  double peak_soleus_force_n;           // (N)
  double peak_soleus_force_bw;          // (BW)
  double time_of_peak_soleus_s;         // from initial contact (s)
  double time_of_peak_achilles_s;       // Achilles (triceps surae) force peak, from initial contact (s)
  double peak_gastrocnemius_force_bw;   // both heads summed, at their peak (BW)
  double soleus_share_at_peak;          // soleus / triceps surae force at the soleus peak (0..1)
  double deep_plantarflexor_share_at_peak; // deep plantarflexors' share of the plantarflexor moment at its peak (0..1)
  double soleus_impulse_per_step_bw_s;  // soleus force integrated over one stance (BW s)
  double achilles_impulse_per_step_bw_s;// Achilles force integrated over one stance (BW s)
  double soleus_impulse_per_km_bw_s;    // one leg's soleus per km run (BW s/km): per step x steps_per_km / 2
  double soleus_impulse_per_week_bw_s;  // per km x weekly distance (BW s/week)
  double peak_soleus_strain;            // largest soleus muscle-tendon strain in the stride (dimensionless)
  double soleus_max_force_n;            // soleus capacity after fatigue (N)
  double soleus_capacity_ratio;         // peak soleus force / capacity (dimensionless)
  double peak_soleus_activation;        // peak force / force available at that length (0..1)
  bool capacity_exceeded;               // somewhere in stance the triceps surae cannot give the moment asked (flag)
  double capacity_shortfall_nm;         // largest plantarflexor moment the triceps surae cannot give (N m, >= 0; 0 unless capacity_exceeded)
  double ankle_dorsiflexion_limit_rad;  // runner's range at midstance knee flexion (rad, +dorsiflexion)
  double peak_stance_dorsiflexion_rad;  // largest stance dorsiflexion (rad, +dorsiflexion)
};

/// A solved stride: the model, its uniform time series and the summary.
struct SolvedStride {
  StrideModel model;                    // constants of this stride
  std::vector<StrideSample> samples;    // sample i at phase i / samples.size() (uniform in % of stride)
  StrideSummary summary;                // numbers for the stride
  bool measured = false;                // samples are measured data (motion/): sample_at interpolates them

  /// Exact state at a time since initial contact (s); wraps around the stride.
  StrideSample sample_at(double time_s) const;
  /// Exact state at a phase (fraction of the stride); wraps around.
  StrideSample sample_at_phase(double phase) const;
};

/// Derives the model of one stride. Precondition: validate(conditions) has no error.
StrideModel build_stride_model(const Conditions& conditions);

/// Fills the state at a time since initial contact (s), 0 <= time < stride time. No allocation.
void evaluate_stride(const StrideModel& model, double time_s, StrideSample& out);

/// Fills the muscle part of a sample whose ankle moment (ankle_moment_nm), ankle and knee
/// angles are set: the plantarflexor moment shared among the eight plantarflexors (soleus, both
/// gastrocnemius heads through the Achilles tendon; tibialis posterior, the long toe flexors and
/// the fibulares), the Achilles force, lengths, strains, activations and any shortfall beyond
/// their capacity. The generated stride and a measured one (motion/) both turn their ankle
/// moments into muscle forces here.
void solve_plantarflexors(const StrideModel& model, StrideSample& sample);

/// Sets the load part of a summary from samples `dt` seconds apart (peaks, their times, impulses
/// per step, capacity): peak_vgrf_bw, peak_ankle_moment_nm_per_kg, the soleus, gastrocnemius and
/// Achilles peaks and impulses, strains, activation, capacity ratio and shortfall, peak stance
/// dorsiflexion. Impulses sum every sample (one stance, or a periodic stride). Samples non-empty;
/// the summary's peaks start from zero (a value-initialised summary).
void summarise_loads(const StrideModel& model, const std::vector<StrideSample>& samples, double dt,
                     StrideSummary& summary);

/// Solves a whole stride with conditions.samples uniform samples. Precondition: valid conditions.
SolvedStride solve_stride(const Conditions& conditions);

/// Re-solves into an existing stride, reusing its sample storage (no allocation once sized).
void solve_stride_into(const Conditions& conditions, SolvedStride& out);

}  // namespace soleus::biomech
