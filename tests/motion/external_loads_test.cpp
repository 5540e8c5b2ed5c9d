// The external-loads XML: which GRF columns are which foot's, and each bad file with its message.
#include "motion/external_loads.h"

#include <gtest/gtest.h>

#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

std::string force(const std::string& body, const std::string& prefix, const std::string& extra = "") {
  return "<ExternalForce name=\"f\">\n<!-- applies <applied_to_body>pelvis</applied_to_body> -->\n" + extra +
         "<applied_to_body>" + body + "</applied_to_body>\n<force_expressed_in_body>ground</force_expressed_in_body>\n"
         "<force_identifier>" + prefix + "ground_force_v</force_identifier>\n"
         "<point_identifier>" + prefix + "ground_force_p</point_identifier>\n"
         "<torque_identifier>" + prefix + "ground_torque_</torque_identifier>\n</ExternalForce>\n";
}

std::string loads(const std::string& forces) {
  return "<?xml version=\"1.0\"?>\n<OpenSimDocument Version=\"40000\">\n<ExternalLoads name=\"x\">\n<objects>\n" + forces +
         "</objects>\n</ExternalLoads>\n</OpenSimDocument>\n";
}

std::string loads_error_of(const std::string& text) {
  try {
    parse_external_loads(text, "loads.xml");
  } catch (const MotionError& e) {
    return e.what();
  }
  return "";
}

TEST(ExternalLoads, MapsEachFootToItsColumns) {
  const std::vector<FootLoadColumns> map = parse_external_loads(loads(force("calcn_r", "R_") + force("calcn_l", "L_")), "loads.xml");
  ASSERT_EQ(map.size(), 2u);
  EXPECT_EQ(map[0].leg, Leg::kRight);
  EXPECT_EQ(map[0].body, "calcn_r");  // the commented-out pelvis is not read
  EXPECT_EQ(map[0].force_prefix, "R_ground_force_v");
  EXPECT_EQ(map[0].point_prefix, "R_ground_force_p");
  EXPECT_EQ(map[0].torque_prefix, "R_ground_torque_");
  EXPECT_EQ(map[0].source, "loads.xml line 5");
  EXPECT_EQ(map[1].leg, Leg::kLeft);
  EXPECT_EQ(map[1].force_prefix, "L_ground_force_v");
}

TEST(ExternalLoads, SkipsForcesThatAreNotApplied) {
  const std::vector<FootLoadColumns> map = parse_external_loads(
      loads(force("calcn_r", "1_", "<appliesForce>false</appliesForce>\n") +
            force("calcn_r", "2_", "<isDisabled>true</isDisabled>\n") + force("calcn_r", "")),
      "loads.xml");
  ASSERT_EQ(map.size(), 1u);
  EXPECT_EQ(map[0].force_prefix, "ground_force_v");
}

TEST(ExternalLoads, BadFilesNameTheFileTheLineAndTheReason) {
  EXPECT_EQ(loads_error_of("<OpenSimDocument/>"), "loads.xml: no <ExternalLoads> element: not an OpenSim external-loads file");
  EXPECT_EQ(loads_error_of(loads("")), "loads.xml: no enabled <ExternalForce>");
  EXPECT_EQ(loads_error_of(loads(force("pelvis", "R_"))),
            "loads.xml: line 5: the force is applied to pelvis, not a foot body of one side (calcn_r, calcn_l, talus_*, toes_*)");
  EXPECT_EQ(loads_error_of(loads(force("calcn_r", "R_", "<point_expressed_in_body>calcn_r</point_expressed_in_body>\n"))),
            "loads.xml: line 5: <point_expressed_in_body> is calcn_r: only forces and points in ground are read");
  EXPECT_EQ(loads_error_of(loads(force("calcn_r", "R_") + force("calcn_r", "L_"))),
            "loads.xml: line 13: a second force on the right foot (the first is at loads.xml line 5)");
  EXPECT_EQ(loads_error_of(loads("<ExternalForce>\n<applied_to_body>calcn_r</applied_to_body>\n</ExternalForce>\n")),
            "loads.xml: line 5: this ExternalForce has no <force_identifier>");
  EXPECT_EQ(loads_error_of(loads("<ExternalForce>\n<applied_to_body>calcn_r</applied_to_body>\n")),
            "loads.xml: line 5: <ExternalForce> is never closed");
  EXPECT_EQ(loads_error_of("<ExternalLoads>\n<!-- never closed\n"), "loads.xml: line 2: a comment '<!--' is never closed");
}

TEST(ExternalLoads, TheConventionalColumnsNeedTheirVerticalForce) {
  const std::vector<std::string> labels = {"time", "R_ground_force_vx", "R_ground_force_vy", "R_ground_force_vz"};
  const std::optional<FootLoadColumns> right = conventional_columns(Leg::kRight, labels);
  ASSERT_TRUE(right.has_value());
  EXPECT_EQ(right->point_prefix, "R_ground_force_p");
  EXPECT_FALSE(conventional_columns(Leg::kLeft, labels).has_value());
}

}  // namespace
}  // namespace soleus::motion
