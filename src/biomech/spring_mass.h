#pragma once
/// The runner's stance as a spring-mass system: the body a point mass bouncing on a massless,
/// linear leg spring (Blickhan 1989; McMahon & Cheng 1990 J Biomech 23 Suppl 1:65), solved in
/// the sine-wave form of Morin, Dalleau, Kyrolainen, Jeannin & Belli 2005 (J Appl Biomech
/// 21:167): the vertical force is a half sine over contact, the centre of mass drops by
/// dy = F tc^2 / (m pi^2) - g tc^2 / 8 and the leg shortens by
/// dL = L - sqrt(L^2 - (v tc / 2)^2) + dy, with k = F / dL.
///
/// Contact time, flight time, step rate and the forces then follow from speed, leg length and
/// leg stiffness, not from fitted timing laws: the leg sweeps an angle that the geometry limits,
/// so contact shortens with speed and lengthens with leg length (dynamic similarity).
///
/// Sign conventions: forces + up and + forward (propulsive); times from initial contact.

namespace soleus::biomech {

/// One stance of the spring-mass runner.
struct SpringMassStance {
  double leg_length_m;            // rest length of the leg spring: hip height in standing (m)
  double leg_stiffness_n_per_m;   // k_leg (N/m)
  double contact_time_s;          // stance (s)
  double aerial_time_s;           // flight before the other foot lands (s, >= 0)
  double peak_force_n;            // peak vertical force of the half sine (N, +up)
  double com_drop_m;              // centre of mass lowered from contact to midstance (m, >= 0)
  double touchdown_height_m;      // hip above the foot at contact (m)
  double speed_mps;               // forward speed (m/s, +forward)
};

/// The runner's own choice of step at a speed: the leg's dimensionless stiffness and the
/// vertical landing velocity held at McMahon & Cheng's values (KLEG 15, V 0.18), which they
/// found to predict measured stride lengths. Step time = contact + flight.
SpringMassStance preferred_spring_mass_stance(double speed_mps, double height_m, double body_mass_kg);

/// The stance when the runner holds another step time (a cadence): the leg stiffens with step
/// frequency as Farley & Gonzalez 1996 (J Biomech 29:181) measured, and contact plus flight
/// fill the step. Where even a stance with no flight to spare would need a stiffer leg, contact
/// takes kMaxContactShareOfStep of the step (the runner is all but walking).
SpringMassStance spring_mass_stance(double speed_mps, double height_m, double body_mass_kg, double step_time_s);

/// Steps per minute the spring-mass runner prefers at a speed (both legs; 1/min). Body mass
/// cancels: the leg's stiffness scales with body weight.
double spring_mass_cadence_spm(double speed_mps, double height_m);

/// Vertical force of the spring at a time in stance (N, +up): peak x sin(pi t / tc).
double spring_vertical_force_n(const SpringMassStance& stance, double time_s);

/// Fore-aft force the leg spring gives with a vertical force `vertical_n` at a time in stance
/// (N, + propulsive): the force runs along the leg, from the foot to the hip, which passes over
/// the foot at midstance; braking before, propelling after, equal impulses.
double spring_fore_aft_force_n(const SpringMassStance& stance, double time_s, double vertical_n);

}  // namespace soleus::biomech
