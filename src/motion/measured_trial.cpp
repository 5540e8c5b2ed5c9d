#include "motion/measured_trial.h"

#include <algorithm>
#include <sstream>

#include "biomech/muscles.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

// The first real contact (a stance that starts inside the record) after `time_s`, if any.
std::optional<double> next_contact(const std::vector<Stance>& stances, double time_s) {
  for (const Stance& s : stances) {
    if (s.first > 0 && s.contact_s > time_s) return s.contact_s;
  }
  return std::nullopt;
}

std::string seconds(double t) {
  std::ostringstream out;
  out.precision(3);
  out << std::fixed << t << " s";
  return out.str();
}

MeasuredStance analyse_stance(const LegKinematics& kinematics, const FootLoad& load, const Stance& stance,
                              std::optional<double> step_s, std::optional<double> stride_s,
                              const biomech::StrideModel& model, std::optional<double> speed_mps) {
  MeasuredStance out;
  out.contact_s = stance.contact_s;
  out.toe_off_s = stance.toe_off_s;
  out.timing_known = step_s || stride_s;
  const double stride_time = stride_s ? *stride_s : 2.0 * step_s.value_or(0.0);
  const double step_time = step_s ? *step_s : 0.5 * stride_time;
  const double bw = model.body_weight_n;

  double peak_braking_n = 0.0;
  double peak_vgrf_n = -1.0;
  double peak_knee_rad = 0.0;
  for (std::size_t i = stance.first; i < stance.end; ++i) {
    const double t = load.time_s[i];
    const LegPose pose = kinematics.pose_at(t);
    const glm::dvec3& force = load.force_n[i];
    const glm::dvec3& point = load.point_m[i];
    biomech::StrideSample x{};
    x.time_s = t - stance.contact_s;
    x.phase = out.timing_known ? x.time_s / stride_time : 0.0;
    x.stance = true;
    x.hip_flexion_rad = pose.hip_flexion_rad;
    x.knee_flexion_rad = pose.knee_flexion_rad;
    x.ankle_dorsiflexion_rad = pose.ankle_dorsiflexion_rad;
    x.subtalar_inversion_rad = pose.subtalar_inversion_rad;
    x.mtp_dorsiflexion_rad = pose.mtp_dorsiflexion_rad;
    x.vertical_grf_n = force.y;
    x.horizontal_grf_n = force.x;
    // the moment the ground reaction puts about the ankle axis; the muscles hold it (+ plantarflexor)
    const glm::dvec3 moment = glm::cross(point - pose.ankle_centre_m, force) + load.torque_nm[i];
    x.ankle_moment_nm = glm::dot(moment, pose.ankle_axis);
    // where along the foot the ground pushes (the picture's force arrow and pressure trace): the
    // measured point's distance ahead of the ankle, forward being across the ankle axis
    const glm::dvec3 forward = glm::normalize(glm::cross(glm::dvec3(0.0, 1.0, 0.0), pose.ankle_axis));
    x.cop_from_heel_m = std::clamp(model.ankle_from_heel_m + glm::dot(point - pose.ankle_centre_m, forward), 0.0,
                                   model.foot_length_m);
    x.cop_fraction = x.cop_from_heel_m / model.foot_length_m;
    biomech::solve_plantarflexors(model, x);
    out.samples.push_back(x);
    peak_braking_n = std::max(peak_braking_n, -force.x);
    peak_knee_rad = std::max(peak_knee_rad, pose.knee_flexion_rad);
    if (force.y > peak_vgrf_n) {
      peak_vgrf_n = force.y;
      out.peak_vgrf_time_s = x.time_s;
      out.ankle_height_at_peak_m = pose.ankle_centre_m.y - point.y;
    }
  }

  biomech::StrideSummary& s = out.summary;
  const double dt = (stance.toe_off_s - stance.contact_s) / static_cast<double>(stance.end - stance.first);
  biomech::summarise_loads(model, out.samples, dt, s);
  s.contact_time_s = stance.toe_off_s - stance.contact_s;
  s.peak_braking_bw = peak_braking_n / bw;
  s.ankle_dorsiflexion_limit_rad = biomech::dorsiflexion_limit_rad(peak_knee_rad, model.conditions.runner);
  if (out.timing_known) {
    s.step_time_s = step_time;
    s.stride_time_s = stride_time;
    s.cadence_spm = 60.0 / step_time;
    s.aerial_time_s = step_time - s.contact_time_s;
    s.midstance_phase = out.peak_vgrf_time_s / stride_time;
    s.toe_off_phase = s.contact_time_s / stride_time;
    if (speed_mps) {
      s.step_length_m = *speed_mps * step_time;
      s.steps_per_km = 1000.0 / s.step_length_m;
      // each leg's soleus works on every second step
      s.soleus_impulse_per_km_bw_s = s.soleus_impulse_per_step_bw_s * s.steps_per_km / 2.0;
      s.soleus_impulse_per_week_bw_s = s.soleus_impulse_per_km_bw_s * model.conditions.runner.weekly_distance_km;
    }
  }
  return out;
}

}  // namespace

std::vector<Stance> detect_stances(const FootLoad& load, double threshold_n) {
  std::vector<Stance> stances;
  const std::size_t n = load.time_s.size();
  std::size_t i = 0;
  while (i < n) {
    if (load.force_n[i].y < threshold_n) {
      ++i;
      continue;
    }
    Stance s;
    s.first = i;
    while (i < n && load.force_n[i].y >= threshold_n) ++i;
    s.end = i;
    s.contact_s = load.time_s[s.first];
    s.toe_off_s = load.time_s[std::min(s.end, n - 1)];
    s.complete = s.first > 0 && s.end < n;
    if (s.complete && s.toe_off_s - s.contact_s < kShortestStanceS) continue;
    stances.push_back(s);
  }
  return stances;
}

MeasuredTrial analyse_trial(const LegKinematics& kinematics, const FootLoad& load, const FootLoad* other_foot,
                            const biomech::StrideModel& model, std::optional<double> speed_mps) {
  MeasuredTrial trial;
  trial.leg = kinematics.leg;
  const std::vector<Stance> stances = detect_stances(load);
  const std::vector<Stance> others = other_foot ? detect_stances(*other_foot) : std::vector<Stance>{};
  for (const Stance& stance : stances) {
    if (!stance.complete) {
      trial.skipped.push_back({stance.contact_s, stance.toe_off_s,
                               stance.first == 0 ? "it starts before the force record does"
                                                 : "it has not ended when the force record does"});
      continue;
    }
    if (stance.contact_s < kinematics.start_s() || stance.toe_off_s > kinematics.end_s()) {
      trial.skipped.push_back({stance.contact_s, stance.toe_off_s,
                               "the kinematics (" + seconds(kinematics.start_s()) + " to " +
                                   seconds(kinematics.end_s()) + ") do not cover it"});
      continue;
    }
    const std::optional<double> other_contact = next_contact(others, stance.contact_s);
    const std::optional<double> same_contact = next_contact(stances, stance.contact_s);
    const std::optional<double> step_s = other_contact ? std::optional<double>(*other_contact - stance.contact_s) : std::nullopt;
    const std::optional<double> stride_s = same_contact ? std::optional<double>(*same_contact - stance.contact_s) : std::nullopt;
    trial.stances.push_back(analyse_stance(kinematics, load, stance, step_s, stride_s, model, speed_mps));
  }
  if (trial.stances.empty()) {
    std::ostringstream reason;
    reason << "no complete stance of the " << leg_name(trial.leg) << " foot to analyse (vertical force at or above "
           << kContactThresholdN << " N)";
    for (const SkippedStance& s : trial.skipped) reason << "; " << seconds(s.contact_s) << ": " << s.reason;
    fail(load.file, reason.str());
  }
  return trial;
}

biomech::SolvedStride stance_as_stride(const MeasuredStance& stance, const biomech::StrideModel& model) {
  biomech::SolvedStride stride;
  const double contact_s = stance.toe_off_s - stance.contact_s;
  stride.model = model;
  stride.model.stride_time_s = contact_s;
  stride.measured = true;
  stride.samples = stance.samples;
  for (biomech::StrideSample& sample : stride.samples) sample.phase = sample.time_s / contact_s;
  stride.summary = stance.summary;
  stride.summary.initial_contact_phase = 0.0;
  stride.summary.midstance_phase = stance.peak_vgrf_time_s / contact_s;
  stride.summary.peak_soleus_phase = stance.summary.time_of_peak_soleus_s / contact_s;
  stride.summary.toe_off_phase = 1.0;
  return stride;
}

}  // namespace soleus::motion
