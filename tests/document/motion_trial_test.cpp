// File > Import motion at the document level: the 4.0 m/s Hamner & Delp 2013 trial of
// ../shared/reference-motion (skipped when absent) plays in place of the generated stride.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/units.h"
#include "document/document.h"
#include "document/document_fixtures.h"
#include "motion/table.h"

namespace soleus::document {
namespace {

namespace fs = std::filesystem;
const fs::path kOpenSim = fs::path(SOLEUS_SHARED_DIR) / "reference-motion" / "opensim-core";
constexpr double kMass = 72.84;  // the model's mass (MANIFEST section 1)

#define SKIP_WITHOUT_TRIAL() \
  if (!fs::exists(kOpenSim)) GTEST_SKIP() << kOpenSim << " is absent"

MotionFiles hamner() {
  return {(kOpenSim / "runningModel_Kinematics_q.sto").string(), (kOpenSim / "runningModel_GRF_data.mot").string(),
          (kOpenSim / "runningModel_GRF.xml").string(), kMass, motion::Leg::kRight};
}

// The ankle angle the kinematics file gives at its row nearest `time_s` (rad, + dorsiflexion).
double file_ankle_rad(double time_s) {
  const motion::Table table = motion::read_table(kOpenSim / "runningModel_Kinematics_q.sto");
  const std::vector<double>& time = table.column("time", "time");
  const std::vector<double>& ankle = table.column("ankle_angle_r", "the ankle");
  std::size_t best = 0;
  for (std::size_t r = 0; r < table.rows(); ++r)
    if (std::abs(time[r] - time_s) < std::abs(time[best] - time_s)) best = r;
  return core::deg_to_rad(ankle[best]);
}

TEST(MotionTrial, TheLegFollowsTheMeasuredAnkleAndSoleus) {
  SKIP_WITHOUT_TRIAL();
  Document doc = make_document(testing::leg());
  apply_command(doc, LoadMotion{hamner()});
  ASSERT_TRUE(doc.run.motion) << testing::english().say(doc.last_error);
  EXPECT_TRUE(doc.last_error.empty());
  EXPECT_EQ(doc.run.motion->name, "runningModel_Kinematics_q.sto");
  // the timeline is the right stance, 0.868 to 1.106 s (docs/motion-import.md)
  EXPECT_NEAR(doc.run.stride.model.stride_time_s, 0.238, 0.002);
  const double contact_s = 0.868;
  for (double phase : {0.1, 0.3, 0.5, 0.8}) {
    apply_command(doc, SetPhase{phase});
    const scene::FrameSpec spec = describe_frame(doc, nullptr);
    ASSERT_NE(spec.stride, nullptr);
    const double time_s = contact_s + phase * doc.run.stride.model.stride_time_s;
    // the file is sampled at 100 Hz: within half a row's change of the angle
    EXPECT_NEAR(spec.sample.ankle_dorsiflexion_rad, file_ankle_rad(time_s), core::deg_to_rad(1.0)) << phase;
  }
  // the soleus peak of the report (6.23 BW at 56 % of stance), and the soleus coloured by it
  apply_command(doc, SetPhase{doc.run.stride.summary.peak_soleus_phase});
  const scene::FrameSpec peak = describe_frame(doc, nullptr);
  const double bw = doc.run.stride.model.body_weight_n;
  EXPECT_NEAR(peak.sample.soleus_force_n() / bw, 6.23, 0.05);
  EXPECT_NEAR(doc.run.stride.summary.peak_soleus_phase, 0.56, 0.02);
  apply_command(doc, SetPhase{0.0});
  const scene::FrameSpec contact = describe_frame(doc, nullptr);
  ASSERT_FALSE(peak.colours.empty());
  EXPECT_GT(peak.colours.front().fraction, contact.colours.front().fraction + 0.3f);
}

TEST(MotionTrial, ClosingBringsBackTheGeneratedStride) {
  SKIP_WITHOUT_TRIAL();
  Document doc = make_document(testing::leg());
  const biomech::StrideSample generated = doc.run.stride.sample_at_phase(0.3);
  apply_command(doc, LoadMotion{hamner()});
  ASSERT_TRUE(doc.run.motion);
  apply_command(doc, SetPhase{0.3});
  EXPECT_NE(describe_frame(doc, nullptr).sample.ankle_dorsiflexion_rad, generated.ankle_dorsiflexion_rad);
  apply_command(doc, CloseMotion{});
  EXPECT_FALSE(doc.run.motion);
  EXPECT_FALSE(doc.run.stride.measured);
  apply_command(doc, SetPhase{0.3});
  EXPECT_DOUBLE_EQ(describe_frame(doc, nullptr).sample.ankle_dorsiflexion_rad, generated.ankle_dorsiflexion_rad);
  EXPECT_EQ(doc.history.undo_name(), nullptr);  // not an undo step
}

TEST(MotionTrial, NewConditionsEndTheMotion) {
  SKIP_WITHOUT_TRIAL();
  Document doc = make_document(testing::leg());
  apply_command(doc, LoadMotion{hamner()});
  apply_command(doc, Undo{});  // nothing to undo: the motion stays
  EXPECT_TRUE(doc.run.motion);
  biomech::Conditions faster = doc.run.conditions;
  faster.runner.speed_mps = 4.5;
  apply_command(doc, SetConditions{faster});
  EXPECT_FALSE(doc.run.motion);
  EXPECT_FALSE(doc.run.stride.measured);
  EXPECT_DOUBLE_EQ(doc.run.stride.model.conditions.runner.speed_mps, 4.5);
  apply_command(doc, Undo{});  // back to the runner's own generated stride, not to the motion
  EXPECT_FALSE(doc.run.motion);
  EXPECT_DOUBLE_EQ(doc.run.stride.model.conditions.runner.speed_mps, 3.5);
}

TEST(MotionTrial, ABadForceFileKeepsWhatIsShownAndSaysWhy) {
  const fs::path bad = fs::temp_directory_path() / "soleus_motion_trial_bad_grf.mot";
  {
    std::ofstream out(bad);
    out << "endheader\ntime\tR_ground_force_vx\n0.0\tnan\n";
  }
  Document doc = make_document(testing::leg());
  const double phase = doc.run.phase;
  MotionFiles files{(kOpenSim / "runningModel_Kinematics_q.sto").string(), bad.string(), "", kMass, motion::Leg::kRight};
  if (!fs::exists(kOpenSim)) files.kinematics = bad.string();  // the same file fails either way
  apply_command(doc, LoadMotion{files});
  fs::remove(bad);
  EXPECT_FALSE(doc.run.motion);
  EXPECT_FALSE(doc.run.stride.measured);
  EXPECT_DOUBLE_EQ(doc.run.phase, phase);
  const std::string message = testing::english().say(doc.last_error);
  EXPECT_NE(message.find("The motion could not be imported"), std::string::npos) << message;
  EXPECT_NE(message.find("soleus_motion_trial_bad_grf.mot: line 3"), std::string::npos) << message;
}

// Without a mass given, a "mass=KG" line in a file's header is the runner's (as report --motion).
TEST(MotionTrial, WithoutAMassTheFilesHeaderGivesIt) {
  SKIP_WITHOUT_TRIAL();
  const fs::path with_mass = fs::temp_directory_path() / "soleus_motion_trial_with_mass.sto";
  {
    std::ifstream in(kOpenSim / "runningModel_Kinematics_q.sto");
    std::ofstream out(with_mass);
    std::string line;
    std::getline(in, line);
    out << line << "\nmass=81.5\n" << in.rdbuf();
  }
  MotionFiles files = hamner();
  files.kinematics = with_mass.string();
  files.body_mass_kg.reset();
  Document doc = make_document(testing::leg());
  apply_command(doc, LoadMotion{files});
  ASSERT_TRUE(doc.run.motion) << testing::english().say(doc.last_error);
  EXPECT_DOUBLE_EQ(doc.run.stride.model.conditions.runner.body_mass_kg, 81.5);
  // with neither, the runner's own mass
  apply_command(doc, CloseMotion{});
  const double own = doc.run.stride.model.conditions.runner.body_mass_kg;
  files = hamner();
  files.body_mass_kg.reset();
  apply_command(doc, LoadMotion{files});
  ASSERT_TRUE(doc.run.motion);
  EXPECT_DOUBLE_EQ(doc.run.stride.model.conditions.runner.body_mass_kg, own);
  fs::remove(with_mass);
}

TEST(MotionTrial, AMassOutOfRangeIsRefused) {
  Document doc = make_document(testing::leg());
  MotionFiles files = {"kin.sto", "grf.mot", "", 500.0, motion::Leg::kRight};
  apply_command(doc, LoadMotion{files});
  EXPECT_FALSE(doc.run.motion);
  EXPECT_NE(testing::english().say(doc.last_error).find("--mass"), std::string::npos);
}

}  // namespace
}  // namespace soleus::document
