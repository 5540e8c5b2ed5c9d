#include "biomech/stride.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "biomech/parameters.h"
#include "biomech/spring_mass.h"
#include "core/assert.h"
#include "core/units.h"

namespace soleus::biomech {
namespace {

using core::deg_to_rad;
constexpr double kPi = core::kPi;

// --- anthropometry (Winter 2009, Biomechanics and Motor Control of Human Movement, segment
// table; not in biomech.md, textbook proportions of stature) ---
constexpr double kFootLengthPerHeight = 0.152;
constexpr double kAnkleHeightPerHeight = 0.039;
// assumptions [A]: ankle joint centre above 24 % of foot length from the heel, metatarsal
// heads at 72 %; the tendon's free length is the soleus tendon slack (Rajagopal 2016) at 1.70 m
constexpr double kAnkleFromHeelPerFoot = 0.24;
constexpr double kBallFromHeelPerFoot = 0.72;
constexpr double kAchillesSlackAt170M = 0.2768;

// --- stride timing: contact and flight from the spring-mass runner (biomech/spring_mass.h) ---

// --- two-mass vertical GRF (Clark, Ryan & Weyand 2017 J Exp Biol 220:247) ---
// Its inputs, contact and flight time, come from the spring-mass stance.
constexpr double kImpactMassFraction = 0.08;   // m1 = 0.08 mb (stance foot and shank)
constexpr double kActivePeakFraction = 0.47;   // B2 = 0.47 tc (biomech.md §4a; from a re-implementation, unverified)
// lower-limb vertical velocity arrested in the impact [A]: rises with speed; a forefoot strike
// lowers it (a plantarflexed, compliant ankle, Lieberman 2010); soft foam stiffens the landing
// leg so impact rises with cushioning (+6 % maximal vs neutral, Kulmala 2018 Sci Rep)
constexpr double kImpactVelocityBase = 0.9;       // m/s
constexpr double kImpactVelocityPerSpeed = 0.1;   // (m/s) per (m/s)
constexpr double kImpactVelocityForefootCut = 0.4;
constexpr double kImpactVelocityPerCushioning = 0.15;
// delta t1 [A]: ~20 ms barefoot heel, longer on the forefoot and with a midsole to compress
constexpr double kImpactDurationBase = 0.018;
constexpr double kImpactDurationPerIndex = 0.012;
constexpr double kImpactDurationMidsole = 0.006;
constexpr double kMidsoleSaturationStack = 0.025;  // m

// --- horizontal GRF: the spring-mass stance's, along the leg (spring_fore_aft_force_n): braking
// then propulsion with equal impulses (steady speed), larger as the leg sweeps a wider angle

// --- stance kinematics [A]: typical running curves; signs as in stride.h ---
constexpr double kShankAtContactDeg = -6.0;        // ankle slightly ahead of the knee at contact
constexpr double kPeakDorsiflexionDeg = 20.0;      // demand at 3.5 m/s barefoot
constexpr double kPeakDorsiflexionPerSpeedDeg = 1.0;
constexpr double kToeOffAnkleDeg = -18.0;
constexpr double kSwingDorsiflexionDeg = 5.0;       // toe clearance in mid-swing
constexpr double kPeakDorsiflexionStance = 0.50;   // fraction of stance
constexpr double kFootFlatStance = 0.15;
constexpr double kHeelOffStance = 0.60;
constexpr double kMtpToeOffDeg = 35.0;
// a stiff forefoot (carbon plate) bends the MTP joint less; the ankle is unaffected
// (PMC9189697: cutting the plate changed only MTP mechanics; Hoogkamer 2019)
constexpr double kMtpReductionAtFullStiffness = 0.45;
constexpr double kDorsiflexionSoftness = deg_to_rad(3.0);  // width of the soft range limit
// when the calf limits dorsiflexion the heel lifts earlier and the centre of pressure moves
// forward sooner [A]: per radian of lost dorsiflexion
constexpr double kHeelOffShiftPerLimitRad = 0.6;
constexpr double kCopShiftPerLimitRad = 0.5;

// --- other prescribed joint curves [A]: key angles (deg) of a typical running stride and when
// they occur (fraction of stance or of swing); the conditions move some of them ---
constexpr double kReferenceSpeed = 3.5;            // m/s, the speed the key angles describe
constexpr double kHipContactDeg = 28.0;
constexpr double kHipToeOffDeg = -10.0;
constexpr double kHipSwingPeakDeg = 35.0;
constexpr double kHipSwingPeakAt = 0.60;
constexpr double kKneeContactDeg = 16.0;
constexpr double kKneeContactPerIndexDeg = 6.0;    // forefoot strikers land with a more bent knee
constexpr double kKneeStancePeakDeg = 38.0;
constexpr double kKneeStancePeakPerSpeedDeg = 2.0;
// forefoot strikers bend the knee less in stance (load moves from knee to ankle, Vannatta 2015)
constexpr double kKneeStancePeakPerIndexDeg = -4.0;
constexpr double kKneeStancePeakAt = 0.42;
constexpr double kKneeToeOffDeg = 16.0;
constexpr double kKneeSwingPeakBaseDeg = 75.0;
constexpr double kKneeSwingPeakPerSpeedDeg = 10.0;
constexpr double kKneeSwingPeakMaxDeg = 130.0;
constexpr double kKneeSwingPeakAt = 0.35;
constexpr double kKneeLateSwingDeg = 10.0;
constexpr double kKneeLateSwingAt = 0.85;
constexpr double kSwingAnklePeakAt = 0.40;
constexpr double kSwingFootPitchDeg = -45.0;       // foot points down behind the body
constexpr double kSwingFootPitchAt = 0.25;
constexpr double kSwingMtpDeg = 10.0;
constexpr double kSwingMtpAt = 0.40;
constexpr double kSubtalarContactDeg = 2.0;        // slight inversion at contact
constexpr double kSubtalarContactPerIndexDeg = 4.0;  // more for a lateral forefoot landing
constexpr double kSubtalarEversionDeg = -8.0;
constexpr double kSubtalarEversionAt = 0.40;
constexpr double kSubtalarToeOffDeg = 4.0;         // re-supination for push-off
constexpr double kSwingClearancePerSpeed = 0.06;   // peak swing height of the foot's lowest point per m/s (s), at 1.75 m
constexpr double kClearanceReferenceHeight = 1.75;  // m

// centre of pressure [A]: from the strike index at contact to 0.95 of foot length at toe-off,
// passing c_mid at midstance: further forward for forefoot strikers and at higher speed. The
// strike-index terms are tuned so that the three strike patterns keep the peak and impulse
// ratios of JSSM 2025 (see docs/biomechanics.md)
constexpr double kCopMidBase = 0.50;
constexpr double kCopMidPerIndex = 0.09;
// early stance (20 %): the heel strike's centre of pressure has run forward, the forefoot
// strike's has moved back as the heel came down
constexpr double kCopEarlyStance = 0.20;
constexpr double kCopEarlyBase = 0.32;
constexpr double kCopEarlyPerIndex = 0.08;
constexpr double kCopMidPerSpeed = 0.025;  // per m/s
// a thick midsole moves the effective midstance pivot back, calibrated so that a maximal shoe
// (40 mm) carries ~15 % less peak Achilles force than a minimalist one (8 mm): Sinclair 2015
// 5.07 vs 5.97 BW at 4.0 m/s. Per metre of stack (fraction of foot length).
constexpr double kCopMidPerStack = -1.7;
constexpr double kCopToeOff = 0.95;
// the midstance waypoint comes later for heel strikers: their Achilles peak is later
// (JSSM 2025: 57 % of stance RFS vs 53 % FFS; Almonroeder 2013: earlier in non-rearfoot strikers)
constexpr double kCopMidStanceBase = 0.60;
constexpr double kCopMidStancePerIndex = -0.10;

struct Waypoint {
  double at;     // position along the phase (0..1)
  double value;  // value there
};

// Smoothstep between waypoints: C1, with zero slope at each waypoint, and no overshoot.
template <std::size_t N>
double interpolate(const Waypoint (&points)[N], double u) {
  if (u <= points[0].at) return points[0].value;
  for (std::size_t i = 1; i < N; ++i) {
    if (u <= points[i].at) {
      const double span = points[i].at - points[i - 1].at;
      const double x = span > 0.0 ? (u - points[i - 1].at) / span : 1.0;
      const double h = x * x * (3.0 - 2.0 * x);
      return points[i - 1].value + (points[i].value - points[i - 1].value) * h;
    }
  }
  return points[N - 1].value;
}

double soft_min(double a, double b, double softness) {
  // smooth minimum; equals min(a, b) when they differ by several softness widths
  const double lo = std::min(a, b);
  return lo - softness * std::log(std::exp(-(a - lo) / softness) + std::exp(-(b - lo) / softness));
}

double barefoot_strike_angle_rad(double strike_index) {
  // piecewise linear through the measured means at the preset strike indices (JSSM 2025,
  // strike_presets()), extended linearly at the ends
  const std::vector<StrikePresetInfo>& presets = strike_presets();
  std::size_t i = 1;
  while (i + 1 < presets.size() && strike_index > presets[i].strike_index) ++i;
  const StrikePresetInfo& a = presets[i - 1];
  const StrikePresetInfo& b = presets[i];
  const double slope = (b.foot_strike_angle_deg - a.foot_strike_angle_deg) / (b.strike_index - a.strike_index);
  return deg_to_rad(a.foot_strike_angle_deg + slope * (strike_index - a.strike_index));
}

// Raised cosine of peak `amplitude` centred at `centre`, half-widths `before` and `after`.
double raised_cosine(double t, double amplitude, double centre, double before, double after) {
  const double offset = t - centre;
  const double half_width = offset < 0.0 ? before : after;
  if (half_width <= 0.0 || std::abs(offset) >= half_width) return 0.0;
  return 0.5 * amplitude * (1.0 + std::cos(kPi * offset / half_width));
}

}  // namespace

StrideModel build_stride_model(const Conditions& conditions) {
  SOLEUS_ASSERT(!validate(conditions).has_value());
  StrideModel m{};
  m.conditions = conditions;
  const Runner& runner = conditions.runner;
  const Shoe& shoe = conditions.shoe;
  const double strike_index = conditions.strike.strike_index;
  const double v = runner.speed_mps;
  const double h = runner.height_m;
  m.body_weight_n = core::body_weight_n(runner.body_mass_kg);

  // timing: contact and flight from the spring-mass stance, in the runner's step if they hold one
  // (the preferred step is the spring-mass runner's own: one root to find instead of two)
  m.spring = runner.cadence_spm > 0.0
                 ? spring_mass_stance(v, h, runner.body_mass_kg, 60.0 / runner.cadence_spm)
                 : preferred_spring_mass_stance(v, h, runner.body_mass_kg);
  m.step_time_s = m.spring.contact_time_s + m.spring.aerial_time_s;
  m.cadence_spm = 60.0 / m.step_time_s;
  m.stride_time_s = 2.0 * m.step_time_s;
  m.contact_time_s = m.spring.contact_time_s;
  m.aerial_time_s = m.spring.aerial_time_s;
  m.step_length_m = v * m.step_time_s;

  // foot and shoe geometry
  m.foot_length_m = kFootLengthPerHeight * h;
  m.heel_to_ball_m = kBallFromHeelPerFoot * m.foot_length_m;
  m.ankle_from_heel_m = kAnkleFromHeelPerFoot * m.foot_length_m;
  m.drop_angle_rad = std::atan2(shoe.drop_m, m.heel_to_ball_m);
  const double sole_under_ankle = shoe.stack_m - shoe.drop_m * kAnkleFromHeelPerFoot / kBallFromHeelPerFoot;
  m.ankle_height_m = kAnkleHeightPerHeight * h + sole_under_ankle;

  // kinematics: the sole lands at the strike angle plus the drop wedge (a higher drop tilts
  // the sole more, Zhang 2021, Chambon 2015) while the ankle keeps its barefoot angle
  // (Chambon 2015: initial ankle angle unchanged)
  const double barefoot_angle = barefoot_strike_angle_rad(strike_index);
  m.foot_strike_angle_rad = barefoot_angle + m.drop_angle_rad;
  m.knee_contact_rad = deg_to_rad(kKneeContactDeg + kKneeContactPerIndexDeg * strike_index);
  m.ankle_at_contact_rad = soft_min(deg_to_rad(kShankAtContactDeg) + barefoot_angle,
                                    dorsiflexion_limit_rad(m.knee_contact_rad, runner) - kDorsiflexionSoftness,
                                    kDorsiflexionSoftness);
  m.knee_stance_peak_rad = deg_to_rad(kKneeStancePeakDeg + kKneeStancePeakPerSpeedDeg * (v - kReferenceSpeed) +
                                      kKneeStancePeakPerIndexDeg * strike_index);
  m.knee_toe_off_rad = deg_to_rad(kKneeToeOffDeg);
  m.knee_swing_peak_rad = deg_to_rad(std::min(kKneeSwingPeakBaseDeg + kKneeSwingPeakPerSpeedDeg * v, kKneeSwingPeakMaxDeg));
  // with the sole flat the foot sits toes-down by the drop angle: less dorsiflexion with more drop
  m.ankle_peak_demand_rad = deg_to_rad(kPeakDorsiflexionDeg + kPeakDorsiflexionPerSpeedDeg * (v - kReferenceSpeed)) -
                            m.drop_angle_rad;
  const double range_limit = dorsiflexion_limit_rad(m.knee_stance_peak_rad, runner);
  m.ankle_peak_rad = soft_min(m.ankle_peak_demand_rad, range_limit - kDorsiflexionSoftness, kDorsiflexionSoftness);
  m.ankle_toe_off_rad = deg_to_rad(kToeOffAnkleDeg);
  m.ankle_swing_peak_rad = soft_min(deg_to_rad(kSwingDorsiflexionDeg), range_limit - kDorsiflexionSoftness,
                                    kDorsiflexionSoftness);
  m.mtp_toe_off_rad = deg_to_rad(kMtpToeOffDeg) * (1.0 - kMtpReductionAtFullStiffness * shoe.forefoot_stiffness);
  m.subtalar_contact_rad = deg_to_rad(kSubtalarContactDeg + kSubtalarContactPerIndexDeg * strike_index);
  m.swing_clearance_m = kSwingClearancePerSpeed * v * h / kClearanceReferenceHeight;

  // two-mass vertical GRF: total impulse per step = body weight x step time (steady running)
  m.impact_mass_kg = kImpactMassFraction * runner.body_mass_kg;
  const double impact_velocity = (kImpactVelocityBase + kImpactVelocityPerSpeed * v) *
                                 (1.0 - kImpactVelocityForefootCut * strike_index) *
                                 (1.0 + kImpactVelocityPerCushioning * shoe.cushioning);
  m.impact_duration_s = kImpactDurationBase + kImpactDurationPerIndex * strike_index +
                        kImpactDurationMidsole * std::min(1.0, shoe.stack_m / kMidsoleSaturationStack);
  // J1 = m1 (a1 + g) 2 dt1 with a1 = dv1 / dt1
  m.impact_impulse_ns = m.impact_mass_kg * (impact_velocity / m.impact_duration_s + core::kGravity) *
                        2.0 * m.impact_duration_s;
  const double total_impulse = m.body_weight_n * m.step_time_s;
  m.active_impulse_ns = total_impulse - m.impact_impulse_ns;
  SOLEUS_ASSERT(m.active_impulse_ns > 0.0);

  const double limited_by = std::max(0.0, m.ankle_peak_demand_rad - m.ankle_peak_rad);
  m.cop_midstance_fraction = std::min(kCopMidBase + kCopMidPerIndex * strike_index + kCopMidPerSpeed * v +
                                          kCopMidPerStack * shoe.stack_m + kCopShiftPerLimitRad * limited_by,
                                      kCopToeOff);

  // muscles
  for (int i = 0; i < kMuscleCount; ++i) {
    const auto muscle = static_cast<Muscle>(i);
    const auto index = static_cast<std::size_t>(i);
    const MuscleParameters& p = muscle_parameters(muscle);
    m.max_force_n[index] = max_isometric_force_n(muscle, h, runner.body_mass_kg);
    m.volume_cm3[index] = p.volume_slope_cm3_per_m_kg * h * runner.body_mass_kg + p.volume_intercept_cm3;
    m.optimal_fibre_m[index] = optimal_fibre_length_m(muscle, h);
  }
  for (int d = 0; d < kDeepPlantarflexorCount; ++d) {
    const auto muscle = static_cast<DeepPlantarflexor>(d);
    const auto index = static_cast<std::size_t>(d);
    m.deep_max_force_n[index] = deep_plantarflexor_max_force_n(muscle, h, runner.body_mass_kg);
    m.deep_volume_cm3[index] = deep_plantarflexor_volume_cm3(muscle, h, runner.body_mass_kg);
  }
  m.standing_length_m = standing_lengths(h);
  m.strength_factor = 1.0 - kStrengthLossAtFullFatigue * runner.fatigue;
  m.achilles_slack_m = kAchillesSlackAt170M * h / 1.70;
  return m;
}

void evaluate_stride(const StrideModel& m, double time_s, StrideSample& out) {
  const double stride = m.stride_time_s;
  double t = time_s;
  if (t < 0.0 || t >= stride) {
    t = std::fmod(t, stride);
    if (t < 0.0) t += stride;
  }
  // every field is written below (no blanket reset: samples are reused and this is the hot loop)
  out.time_s = t;
  out.phase = t / stride;
  const double tc = m.contact_time_s;
  out.stance = t < tc;
  const double strike_index = m.conditions.strike.strike_index;
  const double limited_by = std::max(0.0, m.ankle_peak_demand_rad - m.ankle_peak_rad);
  const double heel_off = kHeelOffStance - kHeelOffShiftPerLimitRad * limited_by;

  if (out.stance) {
    const double s = t / tc;
    const Waypoint hip[] = {{0.0, deg_to_rad(kHipContactDeg)}, {1.0, deg_to_rad(kHipToeOffDeg)}};
    const Waypoint knee[] = {{0.0, m.knee_contact_rad}, {kKneeStancePeakAt, m.knee_stance_peak_rad}, {1.0, m.knee_toe_off_rad}};
    const Waypoint ankle[] = {{0.0, m.ankle_at_contact_rad}, {kPeakDorsiflexionStance, m.ankle_peak_rad}, {1.0, m.ankle_toe_off_rad}};
    const Waypoint pitch[] = {{0.0, m.foot_strike_angle_rad}, {kFootFlatStance, 0.0}, {heel_off, 0.0}, {1.0, -m.mtp_toe_off_rad}};
    const Waypoint subtalar[] = {{0.0, m.subtalar_contact_rad},
                                 {kSubtalarEversionAt, deg_to_rad(kSubtalarEversionDeg)},
                                 {1.0, deg_to_rad(kSubtalarToeOffDeg)}};
    const double cop_early = std::min(kCopEarlyBase + kCopEarlyPerIndex * strike_index, m.cop_midstance_fraction);
    const Waypoint cop[] = {{0.0, strike_index},
                            {kCopEarlyStance, cop_early},
                            {kCopMidStanceBase + kCopMidStancePerIndex * strike_index, m.cop_midstance_fraction},
                            {1.0, kCopToeOff}};
    out.hip_flexion_rad = interpolate(hip, s);
    out.knee_flexion_rad = interpolate(knee, s);
    out.ankle_dorsiflexion_rad = interpolate(ankle, s);
    out.foot_pitch_rad = interpolate(pitch, s);
    out.subtalar_inversion_rad = interpolate(subtalar, s);
    // after heel-off the toes stay flat on the ground, so the MTP joint bends by the foot's pitch
    out.mtp_dorsiflexion_rad = s > heel_off ? std::max(0.0, -out.foot_pitch_rad) : 0.0;
    out.cop_fraction = interpolate(cop, s);

    // ground reaction: impact (m1) + active (m2) raised cosines, Clark 2017
    const double dt1 = m.impact_duration_s;
    out.impact_grf_n = raised_cosine(t, m.impact_impulse_ns / dt1, dt1, dt1, dt1);
    const double b2 = kActivePeakFraction * tc;
    const double active = raised_cosine(t, 2.0 * m.active_impulse_ns / tc, b2, b2, tc - b2);
    out.vertical_grf_n = out.impact_grf_n + active;
    out.horizontal_grf_n = spring_fore_aft_force_n(m.spring, t, spring_vertical_force_n(m.spring, t));
  } else {
    const double u = (t - tc) / (stride - tc);
    const Waypoint hip[] = {{0.0, deg_to_rad(kHipToeOffDeg)},
                            {kHipSwingPeakAt, deg_to_rad(kHipSwingPeakDeg)},
                            {1.0, deg_to_rad(kHipContactDeg)}};
    const Waypoint knee[] = {{0.0, m.knee_toe_off_rad},
                             {kKneeSwingPeakAt, m.knee_swing_peak_rad},
                             {kKneeLateSwingAt, deg_to_rad(kKneeLateSwingDeg)},
                             {1.0, m.knee_contact_rad}};
    const Waypoint ankle[] = {{0.0, m.ankle_toe_off_rad}, {kSwingAnklePeakAt, m.ankle_swing_peak_rad}, {1.0, m.ankle_at_contact_rad}};
    const Waypoint pitch[] = {{0.0, -m.mtp_toe_off_rad}, {kSwingFootPitchAt, deg_to_rad(kSwingFootPitchDeg)}, {1.0, m.foot_strike_angle_rad}};
    const Waypoint subtalar[] = {{0.0, deg_to_rad(kSubtalarToeOffDeg)}, {1.0, m.subtalar_contact_rad}};
    const Waypoint mtp[] = {{0.0, m.mtp_toe_off_rad}, {kSwingMtpAt, deg_to_rad(kSwingMtpDeg)}, {1.0, 0.0}};
    out.hip_flexion_rad = interpolate(hip, u);
    out.knee_flexion_rad = interpolate(knee, u);
    out.ankle_dorsiflexion_rad = interpolate(ankle, u);
    out.foot_pitch_rad = interpolate(pitch, u);
    out.subtalar_inversion_rad = interpolate(subtalar, u);
    out.mtp_dorsiflexion_rad = interpolate(mtp, u);
    out.cop_fraction = 0.0;
    out.impact_grf_n = 0.0;
    out.vertical_grf_n = 0.0;
    out.horizontal_grf_n = 0.0;
    out.ankle_moment_nm = 0.0;
  }

  // foot heights: the lowest point follows a clearance bump in swing; the foot pivots on the
  // heel when pitched toes-up and on the ball when toes-down
  const double swing_u = out.stance ? 0.0 : (t - tc) / (stride - tc);
  const double bump = 16.0 * swing_u * swing_u * (1.0 - swing_u) * (1.0 - swing_u);
  const double lowest = m.swing_clearance_m * bump;
  const double pitch_sin = std::sin(out.foot_pitch_rad);
  const double raised = m.heel_to_ball_m * std::abs(pitch_sin);
  out.heel_height_m = lowest + (out.foot_pitch_rad < 0.0 ? raised : 0.0);
  out.ball_height_m = lowest + (out.foot_pitch_rad > 0.0 ? raised : 0.0);
  out.cop_from_heel_m = out.cop_fraction * m.foot_length_m;

  // ankle moment from the GRF about the ankle joint centre (quasi-static inverse dynamics; the
  // foot's own inertia is omitted, see docs/biomechanics.md). Vector from ankle to centre of
  // pressure in the foot frame, rotated by the foot's pitch into the ground frame.
  if (out.stance) {
    const double along = out.cop_from_heel_m - m.ankle_from_heel_m;
    const double pitch_cos = std::cos(out.foot_pitch_rad);
    const double lever_forward = along * pitch_cos + m.ankle_height_m * pitch_sin;
    const double lever_up = along * pitch_sin - m.ankle_height_m * pitch_cos;
    out.ankle_moment_nm = lever_forward * out.vertical_grf_n - lever_up * out.horizontal_grf_n;
  }
  solve_plantarflexors(m, out);
}

void summarise_loads(const StrideModel& m, const std::vector<StrideSample>& samples, double dt, StrideSummary& s) {
  SOLEUS_ASSERT(!samples.empty());
  const double bw = m.body_weight_n;
  std::size_t peak_soleus = 0;
  std::size_t peak_achilles = 0;
  std::size_t peak_moment = 0;
  double soleus_impulse = 0.0;
  double achilles_impulse = 0.0;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const StrideSample& x = samples[i];
    s.peak_vgrf_bw = std::max(s.peak_vgrf_bw, x.vertical_grf_n / bw);
    s.peak_ankle_moment_nm_per_kg = std::max(s.peak_ankle_moment_nm_per_kg, x.ankle_moment_nm / m.conditions.runner.body_mass_kg);
    s.peak_gastrocnemius_force_bw = std::max(s.peak_gastrocnemius_force_bw, x.gastrocnemius_force_n() / bw);
    s.peak_soleus_strain = std::max(s.peak_soleus_strain, x.muscle_strain[0]);
    s.peak_achilles_strain = std::max(s.peak_achilles_strain, x.achilles_strain);
    s.peak_soleus_activation = std::max(s.peak_soleus_activation, x.activation[0]);
    s.capacity_shortfall_nm = std::max(s.capacity_shortfall_nm, x.moment_shortfall_nm);
    if (x.stance) s.peak_stance_dorsiflexion_rad = std::max(s.peak_stance_dorsiflexion_rad, x.ankle_dorsiflexion_rad);
    if (x.soleus_force_n() > samples[peak_soleus].soleus_force_n()) peak_soleus = i;
    if (x.achilles_force_n > samples[peak_achilles].achilles_force_n) peak_achilles = i;
    if (x.ankle_moment_nm > samples[peak_moment].ankle_moment_nm) peak_moment = i;
    // rectangle rule: on a periodic uniform grid it is the trapezoid rule, and a measured
    // stance starts and ends near zero force
    soleus_impulse += x.soleus_force_n() * dt;
    achilles_impulse += x.achilles_force_n * dt;
  }
  const StrideSample& at_soleus_peak = samples[peak_soleus];
  s.peak_soleus_force_n = at_soleus_peak.soleus_force_n();
  s.peak_soleus_force_bw = s.peak_soleus_force_n / bw;
  s.time_of_peak_soleus_s = at_soleus_peak.time_s;
  s.peak_soleus_phase = at_soleus_peak.phase;
  s.soleus_share_at_peak = at_soleus_peak.achilles_force_n > 0.0 ? s.peak_soleus_force_n / at_soleus_peak.achilles_force_n : 0.0;
  const StrideSample& at_moment_peak = samples[peak_moment];
  s.deep_plantarflexor_share_at_peak =
      at_moment_peak.ankle_moment_nm > 0.0 ? at_moment_peak.deep_moment_nm / at_moment_peak.ankle_moment_nm : 0.0;
  s.peak_achilles_force_n = samples[peak_achilles].achilles_force_n;
  s.peak_achilles_force_bw = s.peak_achilles_force_n / bw;
  s.achilles_moment_arm_at_peak_m = samples[peak_achilles].achilles_moment_arm_m;
  s.soleus_impulse_per_step_bw_s = soleus_impulse / bw;
  s.achilles_impulse_per_step_bw_s = achilles_impulse / bw;
  s.time_of_peak_achilles_s = samples[peak_achilles].time_s;
  s.soleus_max_force_n = m.max_force_n[0] * m.strength_factor;
  s.soleus_capacity_ratio = s.peak_soleus_force_n / s.soleus_max_force_n;
  s.capacity_exceeded = s.capacity_shortfall_nm > 0.0;
}

void solve_stride_into(const Conditions& conditions, SolvedStride& out) {
  out.model = build_stride_model(conditions);
  const StrideModel& m = out.model;
  const auto count = static_cast<std::size_t>(conditions.samples);
  out.samples.resize(count);
  const double dt = m.stride_time_s / static_cast<double>(count);
  for (std::size_t i = 0; i < count; ++i) {
    const double phase = static_cast<double>(i) / static_cast<double>(count);
    evaluate_stride(m, phase * m.stride_time_s, out.samples[i]);
  }

  StrideSummary& s = out.summary;
  s = StrideSummary{};
  const double bw = m.body_weight_n;
  s.cadence_spm = m.cadence_spm;
  s.step_time_s = m.step_time_s;
  s.stride_time_s = m.stride_time_s;
  s.contact_time_s = m.contact_time_s;
  s.aerial_time_s = m.aerial_time_s;
  s.step_length_m = m.step_length_m;
  s.steps_per_km = 1000.0 / m.step_length_m;
  s.foot_strike_angle_rad = m.foot_strike_angle_rad;
  s.initial_contact_phase = 0.0;
  s.midstance_phase = kActivePeakFraction * m.contact_time_s / m.stride_time_s;
  s.toe_off_phase = m.contact_time_s / m.stride_time_s;
  s.impact_peak_bw = m.impact_impulse_ns / m.impact_duration_s / bw;
  double peak_braking_n = 0.0;
  for (const StrideSample& sample : out.samples) peak_braking_n = std::min(peak_braking_n, sample.horizontal_grf_n);
  s.peak_braking_bw = -peak_braking_n / bw;

  summarise_loads(m, out.samples, dt, s);
  // each leg's soleus works on every second step
  s.soleus_impulse_per_km_bw_s = s.soleus_impulse_per_step_bw_s * s.steps_per_km / 2.0;
  s.soleus_impulse_per_week_bw_s = s.soleus_impulse_per_km_bw_s * m.conditions.runner.weekly_distance_km;
  s.ankle_dorsiflexion_limit_rad = dorsiflexion_limit_rad(m.knee_stance_peak_rad, m.conditions.runner);
}

SolvedStride solve_stride(const Conditions& conditions) {
  SolvedStride out;
  solve_stride_into(conditions, out);
  return out;
}

namespace {

// The samples (time_s ascending, within one period) linearly interpolated at `time_s`, wrapped
// into the period; the flags from the sample before.
StrideSample interpolate_samples(const std::vector<StrideSample>& samples, double period_s, double time_s) {
  double t = std::fmod(time_s, period_s);
  if (t < 0.0) t += period_s;
  const auto after = std::upper_bound(samples.begin(), samples.end(), t,
                                      [](double value, const StrideSample& s) { return value < s.time_s; });
  if (after == samples.begin()) return samples.front();
  if (after == samples.end()) return samples.back();
  const StrideSample& a = *(after - 1);
  const StrideSample& b = *after;
  const double w = (t - a.time_s) / (b.time_s - a.time_s);
  const auto mix = [w](double x, double y) { return x + w * (y - x); };
  StrideSample out = a;
  out.time_s = t;
  out.phase = t / period_s;
  for (double StrideSample::*field :
       {&StrideSample::hip_flexion_rad, &StrideSample::knee_flexion_rad, &StrideSample::ankle_dorsiflexion_rad,
        &StrideSample::subtalar_inversion_rad, &StrideSample::mtp_dorsiflexion_rad, &StrideSample::foot_pitch_rad,
        &StrideSample::heel_height_m, &StrideSample::ball_height_m, &StrideSample::vertical_grf_n,
        &StrideSample::impact_grf_n, &StrideSample::horizontal_grf_n, &StrideSample::cop_from_heel_m,
        &StrideSample::cop_fraction, &StrideSample::ankle_moment_nm, &StrideSample::dorsiflexor_moment_nm,
        &StrideSample::moment_shortfall_nm, &StrideSample::achilles_moment_arm_m, &StrideSample::achilles_force_n,
        &StrideSample::achilles_strain})
    out.*field = mix(a.*field, b.*field);
  for (std::array<double, kMuscleCount> StrideSample::*field :
       {&StrideSample::muscle_force_n, &StrideSample::activation, &StrideSample::muscle_length_m,
        &StrideSample::muscle_strain, &StrideSample::fibre_length_norm})
    for (std::size_t m = 0; m < static_cast<std::size_t>(kMuscleCount); ++m) (out.*field)[m] = mix((a.*field)[m], (b.*field)[m]);
  return out;
}

}  // namespace

StrideSample SolvedStride::sample_at(double time_s) const {
  if (measured && !samples.empty()) return interpolate_samples(samples, model.stride_time_s, time_s);
  StrideSample sample;
  evaluate_stride(model, time_s, sample);
  return sample;
}

StrideSample SolvedStride::sample_at_phase(double phase) const {
  return sample_at(phase * model.stride_time_s);
}

}  // namespace soleus::biomech
