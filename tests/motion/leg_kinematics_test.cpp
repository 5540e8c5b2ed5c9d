// Joint angles from OpenSim coordinates: degrees and radians, both knee sign conventions, the
// ankle centre from the chain, and the bad files.
#include "motion/leg_kinematics.h"

#include <cmath>
#include <sstream>

#include <gtest/gtest.h>

#include "core/units.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

using core::deg_to_rad;

const char* const kCoordinates[] = {"pelvis_tilt", "pelvis_list", "pelvis_rotation", "pelvis_tx", "pelvis_ty",
                                    "pelvis_tz", "hip_flexion_r", "hip_adduction_r", "hip_rotation_r",
                                    "knee_angle_r", "ankle_angle_r"};

struct Frame {
  double hip = 0.0, knee = 0.0, ankle = 0.0;  // in the file's unit and sign
};

// A storage file with two rows per frame pair; translations put the pelvis at (0, 0.94, 0).
std::string storage(const std::string& header, const std::vector<Frame>& frames) {
  std::ostringstream out;
  out.precision(17);
  out << header << "endheader\ntime";
  for (const char* c : kCoordinates) out << '\t' << c;
  out << '\n';
  for (std::size_t i = 0; i < frames.size(); ++i) {
    out << 0.01 * static_cast<double>(i) << "\t0\t0\t0\t0\t0.94\t0\t" << frames[i].hip << "\t0\t0\t" << frames[i].knee
        << '\t' << frames[i].ankle << '\n';
  }
  return out.str();
}

std::string kinematics_error_of(const std::string& text) {
  try {
    leg_kinematics(parse_storage(text, "q.mot"), Leg::kRight, 1.80);
  } catch (const MotionError& e) {
    return e.what();
  }
  return "";
}

TEST(LegKinematics, HamnerDegreesAndRajagopalRadiansGiveTheSameLeg) {
  const LegKinematics hamner = leg_kinematics(
      parse_storage(storage("inDegrees=yes\n", {{10, -40, 20}, {20, -60, 10}}), "hamner.mot"), Leg::kRight, 1.80);
  const LegKinematics rajagopal = leg_kinematics(
      parse_storage(storage("inDegrees=no\n", {{deg_to_rad(10), deg_to_rad(40), deg_to_rad(20)},
                                              {deg_to_rad(20), deg_to_rad(60), deg_to_rad(10)}}),
                    "rajagopal.mot"),
      Leg::kRight, 1.80);
  EXPECT_EQ(hamner.knee, KneeConvention::kNegativeFlexion);
  EXPECT_EQ(rajagopal.knee, KneeConvention::kPositiveFlexion);
  EXPECT_TRUE(hamner.in_degrees);
  EXPECT_FALSE(rajagopal.in_degrees);
  for (double t : {0.0, 0.005, 0.01}) {
    const LegPose a = hamner.pose_at(t);
    const LegPose b = rajagopal.pose_at(t);
    EXPECT_NEAR(a.knee_flexion_rad, b.knee_flexion_rad, 1e-12);
    EXPECT_NEAR(a.ankle_dorsiflexion_rad, b.ankle_dorsiflexion_rad, 1e-12);
    EXPECT_NEAR(glm::length(a.ankle_centre_m - b.ankle_centre_m), 0.0, 1e-12);
  }
  EXPECT_NEAR(hamner.pose_at(0.005).knee_flexion_rad, deg_to_rad(50.0), 1e-12);  // linear between frames
}

TEST(LegKinematics, InfersTheUnitWhenTheHeaderIsSilent) {
  const LegKinematics degrees = leg_kinematics(parse_storage(storage("", {{10, -40, 20}, {20, -60, 10}}), "q.mot"), Leg::kRight, 1.8);
  EXPECT_TRUE(degrees.in_degrees);
  EXPECT_TRUE(degrees.unit_inferred);
  const LegKinematics radians = leg_kinematics(parse_storage(storage("", {{0.1, -0.7, 0.3}, {0.2, -1.0, 0.2}}), "q.mot"), Leg::kRight, 1.8);
  EXPECT_FALSE(radians.in_degrees);
  EXPECT_NEAR(radians.pose_at(0.01).knee_flexion_rad, 1.0, 1e-12);
}

TEST(LegKinematics, TheChainPlacesTheAnkle) {
  // standing straight: the ankle under the hip centre, 0.826 m down (gait2392 at 1.80 m)
  const LegKinematics straight = leg_kinematics(parse_storage(storage("inDegrees=yes\n", {{0, -20, 0}, {0, 0, 0}}), "q.mot"), Leg::kRight, 1.80);
  const LegPose standing = straight.pose_at(0.01);
  EXPECT_NEAR(standing.ankle_centre_m.x, -0.0707, 1e-9);
  EXPECT_NEAR(standing.ankle_centre_m.y, 0.94 - 0.0661 - 0.396 - 0.43, 1e-9);
  EXPECT_NEAR(standing.ankle_centre_m.z, 0.0835, 1e-9);
  EXPECT_NEAR(standing.ankle_axis.z, 0.979, 1e-3);
  // hip and knee at 90 deg: the thigh points forward, the shank straight down from the knee
  const LegKinematics sitting = leg_kinematics(parse_storage(storage("inDegrees=yes\n", {{90, -90, 0}, {90, -90, 0}}), "q.mot"), Leg::kRight, 0.90);
  const LegPose seat = sitting.pose_at(0.0);
  EXPECT_NEAR(seat.ankle_centre_m.x, 0.5 * (-0.0707 + 0.396), 1e-9);
  EXPECT_NEAR(seat.ankle_centre_m.y, 0.94 - 0.5 * (0.0661 + 0.43), 1e-9);
}

TEST(LegKinematics, TheLeftLegIsTheMirror) {
  std::string text = storage("inDegrees=yes\n", {{0, -20, 0}, {0, 0, 0}});
  for (const char* name : {"hip_flexion", "hip_adduction", "hip_rotation", "knee_angle", "ankle_angle"}) {
    const std::string right = std::string(name) + "_r";
    text.replace(text.find(right), right.size(), std::string(name) + "_l");
  }
  const LegPose left = leg_kinematics(parse_storage(text, "q.mot"), Leg::kLeft, 1.80).pose_at(0.01);
  EXPECT_NEAR(left.ankle_centre_m.z, -0.0835, 1e-9);
  EXPECT_NEAR(left.ankle_axis.x, 0.105, 1e-3);
}

TEST(LegKinematics, BadFilesSayWhatIsMissingOrUnclear) {
  EXPECT_EQ(kinematics_error_of("endheader\ntime\tpelvis_tilt\thip_flexion_r\n0 0 0\n1 0 0\n"),
            "q.mot: no column pelvis_list (a coordinate the right ankle's position needs; the right leg was asked for)");
  EXPECT_EQ(kinematics_error_of("endheader\ntime\tflexion\tknee\n0 0 0\n1 0 0\n"),
            "q.mot: none of the coordinates of an OpenSim leg model (pelvis_tilt, hip_flexion_r, knee_angle_r, "
            "ankle_angle_r, ...); the columns are flexion, knee");
  EXPECT_EQ(kinematics_error_of(storage("inDegrees=yes\n", {{0, -5, 0}, {0, 5, 0}})),
            "q.mot: cannot tell the knee's sign convention: knee_angle_r spans -5.0 to 5.0 deg (a running knee bends "
            "past 15.0 deg one way: negative in Hamner 2010 and gait2392, positive in Rajagopal 2016)");
  EXPECT_NE(kinematics_error_of(storage("inDegrees=yes\n", {{0, -40, 0}, {0, 40, 0}})).find("cannot tell the knee's sign"), std::string::npos);
}

}  // namespace
}  // namespace soleus::motion
