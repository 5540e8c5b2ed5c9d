// OpenSim storage/motion files and the CSV: each header variant, and each bad file with its message.
#include "motion/table.h"

#include <gtest/gtest.h>

#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

// The message of the MotionError that parsing `text` throws ("" if none).
template <typename Parse>
std::string table_error_of(Parse parse) {
  try {
    parse();
  } catch (const MotionError& e) {
    return e.what();
  }
  return "";
}

std::string storage_error(const std::string& text) {
  return table_error_of([&] { parse_storage(text, "bad.sto"); });
}

TEST(Storage, ReadsTheOpenSim4HeaderTabSeparated) {
  const Table t = parse_storage(
      "Coordinates\nversion=1\nnRows=3\nnColumns=3\ninDegrees=yes\nendheader\n"
      "time\tknee_angle_r\tpelvis_ty\n0.00\t-5.0\t1.0\n0.01\t-6.0\t1.01\n0.02\t-7.5\t1.02\n",
      "a.sto");
  ASSERT_EQ(t.labels, (std::vector<std::string>{"time", "knee_angle_r", "pelvis_ty"}));
  EXPECT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.angles, AngleUnit::kDegrees);
  EXPECT_DOUBLE_EQ(t.column("knee_angle_r", "")[2], -7.5);
  EXPECT_EQ(t.lines[0], 8u);
}

TEST(Storage, ReadsTheSimmHeaderSpaceSeparatedWithCrlf) {
  const Table t = parse_storage(
      "name grf.mot\r\ndatacolumns 2\r\ndatarows 2\r\nrange 0 0.001\r\nendheader\r\n"
      "   time   ground_force_vy\r\n0 10\r\n0.001   12.5\r\n\r\n",
      "grf.mot");
  EXPECT_EQ(t.labels.size(), 2u);
  EXPECT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.angles, AngleUnit::kUnstated);
  EXPECT_DOUBLE_EQ(t.columns[1][1], 12.5);
}

TEST(Storage, ReadsBothHeadersInOneFileAndTheAnglesSentence) {
  // the shape of the opensim-core running kinematics: storage header, then a SIMM header inside it
  const Table t = parse_storage(
      "Coordinates\nnRows=2\nnColumns=2\n\n# SIMM Motion File Header:\nname Coordinates\ndatacolumns 2\n"
      "datarows 2\notherdata 1\nrange 0 1\n\nUnits are S.I. units (second, meters, Newtons, ...)\n"
      "Angles are in degrees.\n\nendheader\ntime\tankle_angle_r\n      0.5\t     3.0\n      1.0\t     4.0\n",
      "q.sto");
  EXPECT_EQ(t.angles, AngleUnit::kDegrees);
  EXPECT_EQ(t.rows(), 2u);
}

TEST(Storage, ReadsRadiansAndAMass) {
  const Table t = parse_storage("inDegrees=no\nmass=72.84\nendheader\ntime a\n0 0.1\n1 0.2\n", "r.mot");
  EXPECT_EQ(t.angles, AngleUnit::kRadians);
  ASSERT_TRUE(t.body_mass_kg.has_value());
  EXPECT_DOUBLE_EQ(*t.body_mass_kg, 72.84);
}

TEST(Storage, BadFilesNameTheFileTheLineAndTheReason) {
  EXPECT_EQ(storage_error("time a\n0 1\n"),
            "bad.sto: no 'endheader' line: not an OpenSim storage (.sto) or motion (.mot) file");
  EXPECT_EQ(storage_error("nRows=5\nendheader\ntime a\n0 1\n1 2\n"), "bad.sto: line 1: the header says 5 rows, the file has 2");
  EXPECT_EQ(storage_error("datacolumns 3\nendheader\ntime a\n0 1\n1 2\n"),
            "bad.sto: line 1: the header says 3 columns, the file has 2");
  EXPECT_EQ(storage_error("inDegrees=maybe\nendheader\ntime a\n0 1\n1 2\n"),
            "bad.sto: line 1: inDegrees must be yes or no (got 'maybe')");
  EXPECT_EQ(storage_error("inDegrees=yes\nAngles are in radians.\nendheader\ntime a\n0 1\n1 2\n"),
            "bad.sto: line 2: the header says both degrees and radians");
  EXPECT_EQ(storage_error("endheader\ntime a b\n0 1 2\n1 2\n"), "bad.sto: line 4: 2 values, expected 3 (one per column label)");
  EXPECT_EQ(storage_error("endheader\ntime knee_angle_r\n0 1\n1 nan\n"),
            "bad.sto: line 4: column 2 (knee_angle_r): not a finite number ('nan')");
  EXPECT_EQ(storage_error("endheader\ntime knee_angle_r\n0 1\n1 inf\n"),
            "bad.sto: line 4: column 2 (knee_angle_r): not a finite number ('inf')");
  EXPECT_EQ(storage_error("endheader\ntime knee_angle_r\n0 1\n1 1.2.3\n"),
            "bad.sto: line 4: column 2 (knee_angle_r): not a number ('1.2.3')");
  EXPECT_EQ(storage_error("endheader\ntime a\n0 1\n0.1 1\n0.1 2\n"),
            "bad.sto: line 5: time 0.1 repeats the time on line 4 (0.1): time must increase from row to row");
  EXPECT_EQ(storage_error("endheader\ntime a\n0 1\n0.2 1\n0.1 2\n"),
            "bad.sto: line 5: time 0.1 goes back from the time on line 4 (0.2): time must increase from row to row");
  EXPECT_EQ(storage_error("endheader\nframe a\n0 1\n1 2\n"), "bad.sto: line 2: the first column must be time (got 'frame')");
  EXPECT_EQ(storage_error("endheader\ntime a a\n0 1 1\n1 2 2\n"),
            "bad.sto: line 2: column label 'a' appears twice (columns 2 and 3)");
  EXPECT_EQ(storage_error("endheader\n\n"), "bad.sto: no column labels after 'endheader'");
  EXPECT_EQ(storage_error("endheader\ntime a\n"), "bad.sto: no rows of numbers after the column labels");
  EXPECT_EQ(storage_error("endheader\ntime a\n0 1\n"), "bad.sto: only one row of numbers (need at least two)");
  EXPECT_EQ(storage_error("mass=-3\nendheader\ntime a\n0 1\n1 1\n"),
            "bad.sto: line 1: mass must be a positive number in kg (got '-3')");
}

TEST(Csv, ReadsCommentsAMassAndTheHeader) {
  const Table t = parse_csv("# a trial\n# mass=70\ntime,Fx,Fy\n0,1,2\n0.001,1.5,2.5\n", "g.csv");
  EXPECT_EQ(t.labels, (std::vector<std::string>{"time", "Fx", "Fy"}));
  EXPECT_EQ(t.label_line, 3u);
  ASSERT_TRUE(t.body_mass_kg.has_value());
  EXPECT_DOUBLE_EQ(*t.body_mass_kg, 70.0);
  EXPECT_DOUBLE_EQ(t.columns[2][1], 2.5);
}

TEST(Csv, BadFilesNameTheFileTheLineAndTheReason) {
  const auto csv_error = [](const std::string& text) { return table_error_of([&] { parse_csv(text, "g.csv"); }); };
  EXPECT_EQ(csv_error("# only comments\n"), "g.csv: no header row of column labels");
  EXPECT_EQ(csv_error("time,Fy\n0,1\n1,\n"), "g.csv: line 3: column 2 (Fy): not a number ('')");
  EXPECT_EQ(csv_error("time,Fy\n0,1\n1,2,3\n"), "g.csv: line 3: 3 values, expected 2 (one per column label)");
}

TEST(ReadTable, AMissingFileIsNamed) {
  const std::string message = table_error_of([] { read_table("/nonexistent/run.mot"); });
  EXPECT_EQ(message.rfind("/nonexistent/run.mot: cannot read: ", 0), 0u) << message;
}

}  // namespace
}  // namespace soleus::motion
