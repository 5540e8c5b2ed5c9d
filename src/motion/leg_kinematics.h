#pragma once
/// One leg's joint angles from OpenSim coordinates (an IK .mot or a .sto of states), and
/// where its ankle joint centre and axis are in the ground frame (x forward, y up, z right).
///
/// Coordinates read (gait2392, Hamner 2010 and Rajagopal 2016 names; X is r or l):
/// pelvis_tilt, pelvis_list, pelvis_rotation, pelvis_tx, pelvis_ty, pelvis_tz, hip_flexion_X,
/// hip_adduction_X, hip_rotation_X, knee_angle_X, ankle_angle_X, and subtalar_angle_X and
/// mtp_angle_X when present. Angles in degrees or radians as the header says (inDegrees, or
/// "Angles are in degrees."), else inferred from the values; pelvis translations in m.
///
/// Knee sign: Hamner 2010 and gait2392 write knee_angle negative in flexion (range -160..10 deg),
/// Rajagopal 2016 positive. The convention is detected from the values: running bends the knee
/// well past 15 deg, so the sign of the largest excursion says which; a knee that stays within
/// +-15 deg, or goes past it both ways, is refused.
///
/// The ankle centre comes from the chain pelvis -> hip -> knee -> ankle of the generic gait2392
/// model (Delp et al. 1990 IEEE TBME 37:757, as distributed with OpenSim: a 1.80 m, 75.16 kg
/// subject), scaled by stature / 1.80 m: hip centre in the pelvis (-0.0707, -0.0661, +-0.0835) m,
/// knee centre 0.396 m below the hip along the femur (its translation with flexion, under 1 cm,
/// neglected [A]), ankle centre 0.43 m below the knee along the tibia, the ankle axis
/// (-0.105, -0.174, 0.979) in the tibia (x and y mirrored on the left). The body-fixed rotation
/// order is OpenSim's: pelvis tilt (z), list (x), rotation (y); hip flexion (z), adduction (x),
/// rotation (y); knee flexion about z.
#include <array>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "motion/leg.h"
#include "motion/table.h"

namespace soleus::motion {

enum class KneeConvention {
  kNegativeFlexion,  // Hamner 2010 / gait2392: knee_angle < 0 in flexion
  kPositiveFlexion,  // Rajagopal 2016: knee_angle > 0 in flexion
};

/// "negative in flexion (Hamner 2010, gait2392)" or "positive in flexion (Rajagopal 2016)".
const char* knee_convention_text(KneeConvention convention);

/// The leg at one instant (SI, signs as biomech/stride.h: + flexion, + dorsiflexion).
struct LegPose {
  double hip_flexion_rad = 0.0;         // hip angle (rad, +flexion)
  double knee_flexion_rad = 0.0;        // knee angle (rad, +flexion, whatever the file's sign)
  double ankle_dorsiflexion_rad = 0.0;  // ankle angle (rad, +dorsiflexion)
  double subtalar_inversion_rad = 0.0;  // subtalar angle (rad, +inversion; 0 if not in the file)
  double mtp_dorsiflexion_rad = 0.0;    // MTP angle (rad, +toe extension; 0 if not in the file)
  glm::dvec3 ankle_centre_m{0.0};       // ankle joint centre (m, ground frame)
  glm::dvec3 ankle_axis{0.0, 0.0, 1.0}; // ankle axis, unit, + rotation = dorsiflexion (ground frame)
};

struct LegKinematics {
  std::string file;                     // where it was read from, for messages
  Leg leg = Leg::kRight;                // the leg
  KneeConvention knee = KneeConvention::kNegativeFlexion;  // the file's knee sign, detected
  bool in_degrees = true;               // the file's angles were in degrees
  bool unit_inferred = false;           // no header said which; inferred from the values
  double stature_m = 1.80;              // stature the segment lengths are scaled to (m)
  std::vector<double> time_s;           // frame times (s), strictly increasing
  std::vector<std::array<double, 13>> coordinates;  // per frame, in kCoordinate order (rad, m)

  double start_s() const { return time_s.front(); }
  double end_s() const { return time_s.back(); }
  /// Mean forward (x) speed of the pelvis over the record (m/s): near 0 on a treadmill.
  double pelvis_speed_mps() const;
  /// The pose at a time within [start_s, end_s]: coordinates interpolated linearly, then the chain.
  LegPose pose_at(double time_s) const;
};

/// Reads the leg's coordinates from a table. Throws MotionError naming the file and what is
/// missing (a required coordinate, or every known name when the file has none of them) or why
/// the knee convention cannot be told. Precondition: stature_m > 0.
LegKinematics leg_kinematics(const Table& coordinates, Leg leg, double stature_m);

}  // namespace soleus::motion
