#include "motion/leg_kinematics.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

#include "core/units.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

// Coordinate slots in LegKinematics::coordinates.
enum Slot : std::size_t {
  kPelvisTilt, kPelvisList, kPelvisRotation, kPelvisTx, kPelvisTy, kPelvisTz,
  kHipFlexion, kHipAdduction, kHipRotation, kKnee, kAnkle, kSubtalar, kMtp, kSlots
};
// OpenSim names; "_X" is replaced by the leg's suffix
constexpr const char* kNames[kSlots] = {"pelvis_tilt", "pelvis_list", "pelvis_rotation", "pelvis_tx",
                                        "pelvis_ty", "pelvis_tz", "hip_flexion_X", "hip_adduction_X",
                                        "hip_rotation_X", "knee_angle_X", "ankle_angle_X", "subtalar_angle_X",
                                        "mtp_angle_X"};
constexpr bool is_translation(std::size_t slot) { return slot >= kPelvisTx && slot <= kPelvisTz; }
constexpr bool is_optional(std::size_t slot) { return slot == kSubtalar || slot == kMtp; }

// generic gait2392 geometry (Delp 1990, OpenSim distribution), for a 1.80 m subject
constexpr double kModelStature = 1.80;                       // m
constexpr double kHipInPelvis[3] = {-0.0707, -0.0661, 0.0835};  // m, right side (+z)
constexpr double kThigh = 0.396;                             // hip to knee centre (m)
constexpr double kShank = 0.43;                              // knee to ankle centre (m)
constexpr double kAnkleAxisRight[3] = {-0.10501355, -0.17402245, 0.97912632};

// a knee excursion larger than this tells the sign convention (running bends the knee 40+ deg)
constexpr double kKneeSignDeg = 15.0;

std::string name_for(std::size_t slot, Leg leg) {
  std::string name = kNames[slot];
  const std::size_t x = name.rfind("_X");
  if (x != std::string::npos) name.replace(x + 1, 1, std::string(leg_suffix(leg)));
  return name;
}

glm::dmat3 rotation(const glm::dvec3& axis, double angle) {
  const double c = std::cos(angle);
  const double s = std::sin(angle);
  glm::dmat3 r;
  for (int i = 0; i < 3; ++i) {
    glm::dvec3 e(0.0);
    e[i] = 1.0;
    r[i] = e * c + glm::cross(axis, e) * s + axis * glm::dot(axis, e) * (1.0 - c);
  }
  return r;
}

}  // namespace

const char* knee_convention_text(KneeConvention convention) {
  return convention == KneeConvention::kNegativeFlexion ? "negative in flexion (Hamner 2010, gait2392)"
                                                        : "positive in flexion (Rajagopal 2016)";
}

LegKinematics leg_kinematics(const Table& table, Leg leg, double stature_m) {
  LegKinematics out;
  out.file = table.file;
  out.leg = leg;
  out.stature_m = stature_m;
  std::optional<std::size_t> columns[kSlots];
  bool any = false;
  for (std::size_t slot = 0; slot < kSlots; ++slot) {
    columns[slot] = table.find(name_for(slot, leg));
    any = any || columns[slot].has_value();
  }
  if (!any) {
    std::ostringstream reason;
    reason << "none of the coordinates of an OpenSim leg model (pelvis_tilt, hip_flexion_" << leg_suffix(leg)
           << ", knee_angle_" << leg_suffix(leg) << ", ankle_angle_" << leg_suffix(leg) << ", ...); the columns are";
    for (std::size_t i = 1; i < table.labels.size() && i <= 6; ++i) reason << (i > 1 ? ", " : " ") << table.labels[i];
    if (table.labels.size() > 7) reason << ", ...";
    fail(table.file, reason.str());
  }
  for (std::size_t slot = 0; slot < kSlots; ++slot) {
    if (!columns[slot] && !is_optional(slot))
      fail(table.file, "no column " + name_for(slot, leg) + " (a coordinate the " + std::string(leg_name(leg)) +
                           " ankle's position needs; the " + std::string(leg_name(leg)) + " leg was asked for)");
  }

  // angle unit: the header's, else degrees when any angle is beyond one turn
  out.in_degrees = table.angles == AngleUnit::kDegrees;
  if (table.angles == AngleUnit::kUnstated) {
    out.unit_inferred = true;
    double largest = 0.0;
    for (std::size_t slot = 0; slot < kSlots; ++slot) {
      if (!columns[slot] || is_translation(slot)) continue;
      for (double v : table.columns[*columns[slot]]) largest = std::max(largest, std::abs(v));
    }
    out.in_degrees = largest > 2.0 * core::kPi;
  }
  const double to_rad = out.in_degrees ? core::kPi / 180.0 : 1.0;

  // knee sign: the larger excursion past 15 deg, one way only
  const std::vector<double>& knee = table.columns[*columns[kKnee]];
  const auto [low, high] = std::minmax_element(knee.begin(), knee.end());
  const double low_deg = core::rad_to_deg(*low * to_rad);
  const double high_deg = core::rad_to_deg(*high * to_rad);
  const bool bends_negative = low_deg < -kKneeSignDeg;
  const bool bends_positive = high_deg > kKneeSignDeg;
  if (bends_negative == bends_positive) {
    std::ostringstream reason;
    reason << std::fixed;
    reason.precision(1);
    reason << "cannot tell the knee's sign convention: " << name_for(kKnee, leg) << " spans " << low_deg << " to "
           << high_deg << " deg (a running knee bends past " << kKneeSignDeg << " deg one way: negative in Hamner "
           << "2010 and gait2392, positive in Rajagopal 2016)";
    fail(table.file, reason.str());
  }
  out.knee = bends_negative ? KneeConvention::kNegativeFlexion : KneeConvention::kPositiveFlexion;
  const double knee_sign = bends_negative ? -1.0 : 1.0;

  out.time_s = table.columns[0];
  out.coordinates.resize(table.rows());
  for (std::size_t row = 0; row < table.rows(); ++row) {
    for (std::size_t slot = 0; slot < kSlots; ++slot) {
      const double value = columns[slot] ? table.columns[*columns[slot]][row] : 0.0;
      const double scale = is_translation(slot) ? 1.0 : to_rad;
      out.coordinates[row][slot] = value * scale * (slot == kKnee ? knee_sign : 1.0);
    }
  }
  return out;
}

double LegKinematics::pelvis_speed_mps() const {
  return (coordinates.back()[kPelvisTx] - coordinates.front()[kPelvisTx]) / (end_s() - start_s());
}

LegPose LegKinematics::pose_at(double t) const {
  const auto upper = std::upper_bound(time_s.begin(), time_s.end(), t);
  const std::size_t i1 = std::min<std::size_t>(static_cast<std::size_t>(upper - time_s.begin()), time_s.size() - 1);
  const std::size_t i0 = i1 == 0 ? 0 : i1 - 1;
  const double span = time_s[i1] - time_s[i0];
  const double w = span > 0.0 ? std::clamp((t - time_s[i0]) / span, 0.0, 1.0) : 0.0;
  std::array<double, kSlots> q{};
  for (std::size_t k = 0; k < kSlots; ++k) q[k] = coordinates[i0][k] + w * (coordinates[i1][k] - coordinates[i0][k]);

  const double side = leg == Leg::kRight ? 1.0 : -1.0;
  const double s = stature_m / kModelStature;
  const glm::dvec3 x(1.0, 0.0, 0.0), y(0.0, 1.0, 0.0), z(0.0, 0.0, 1.0);
  const glm::dmat3 pelvis = rotation(z, q[kPelvisTilt]) * rotation(x, q[kPelvisList]) * rotation(y, q[kPelvisRotation]);
  const glm::dvec3 hip = glm::dvec3(q[kPelvisTx], q[kPelvisTy], q[kPelvisTz]) +
                         pelvis * (s * glm::dvec3(kHipInPelvis[0], kHipInPelvis[1], side * kHipInPelvis[2]));
  const glm::dmat3 femur = pelvis * rotation(z, q[kHipFlexion]) * rotation(side * x, q[kHipAdduction]) *
                           rotation(side * y, q[kHipRotation]);
  const glm::dvec3 knee_centre = hip + femur * glm::dvec3(0.0, -s * kThigh, 0.0);
  // the physical knee bends the shank back: a negative turn about z whatever the file's sign
  const glm::dmat3 tibia = femur * rotation(z, -q[kKnee]);

  LegPose pose;
  pose.hip_flexion_rad = q[kHipFlexion];
  pose.knee_flexion_rad = q[kKnee];
  pose.ankle_dorsiflexion_rad = q[kAnkle];
  pose.subtalar_inversion_rad = q[kSubtalar];
  pose.mtp_dorsiflexion_rad = q[kMtp];
  pose.ankle_centre_m = knee_centre + tibia * glm::dvec3(0.0, -s * kShank, 0.0);
  pose.ankle_axis = glm::normalize(tibia * glm::dvec3(side * kAnkleAxisRight[0], side * kAnkleAxisRight[1], kAnkleAxisRight[2]));
  return pose;
}

}  // namespace soleus::motion
