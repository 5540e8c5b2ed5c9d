// File > Open's background load: the model arrives as a ShowModel command with progress heard
// on the way; a failure arrives as its message; a stopped load arrives as nothing.
#include "app/model_loading.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/paths.h"

namespace soleus::app {
namespace {

namespace fs = std::filesystem;

// A folder of three closed boxes named as parts of a leg, one per test (ctest runs them at once).
fs::path three_part_set() {
  const fs::path folder = fs::temp_directory_path() /
                          ("soleus_background_load_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  for (const char* name : {"my_tibia.obj", "my_fibula.obj", "my_soleus.obj"}) {
    std::ofstream out(folder / name);
    for (int i = 0; i < 8; ++i) out << "v " << 0.3 * (i & 1) << " " << 0.3 * ((i >> 1) & 1) << " " << 0.3 * ((i >> 2) & 1) << "\n";
    out << "f 1 3 2\nf 2 3 4\nf 5 6 7\nf 6 8 7\nf 1 2 5\nf 2 6 5\nf 3 7 4\nf 4 7 8\nf 1 5 3\nf 3 5 7\nf 2 4 6\nf 4 8 6\n";
  }
  return folder;
}

class BackgroundLoad : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("SOLEUS_LAB_NO_CACHE", "1", 1); }  // the load itself, every time
  void TearDown() override { ::unsetenv("SOLEUS_LAB_NO_CACHE"); }
};

TEST_F(BackgroundLoad, TheModelArrivesWithItsProgressHeard) {
  const fs::path folder = three_part_set();
  BackgroundModelLoad load;
  EXPECT_FALSE(load.take_finished());  // nothing started
  ASSERT_TRUE(load.start(folder, anatomy::RoleTable::with_defaults()));
  EXPECT_TRUE(load.running());
  EXPECT_FALSE(load.start(folder, anatomy::RoleTable::with_defaults()));  // one at a time
  load.wait();
  EXPECT_GT(load.fraction(), 0.6f);  // into the last of the three files
  const std::optional<document::ShowModel> done = load.take_finished();
  ASSERT_TRUE(done);
  ASSERT_TRUE(done->model) << done->error;
  EXPECT_EQ(done->model->structures.size(), 3u);
  EXPECT_FALSE(load.running());
  EXPECT_FALSE(load.take_finished());  // once
  fs::remove_all(folder);
}

// A window on software OpenGL asks for a lighter model: it arrives within that budget, saying so.
TEST_F(BackgroundLoad, AModelOverTheWindowsBudgetArrivesSimplified) {
  BackgroundModelLoad load;
  ASSERT_TRUE(load.start(testing::kDefaultLeg, anatomy::RoleTable::with_defaults(), 40'000));
  load.wait();
  const std::optional<document::ShowModel> done = load.take_finished();
  ASSERT_TRUE(done && done->model) << (done ? done->error : "");
  EXPECT_LE(done->model->triangle_count(), 44'000u);
  EXPECT_NE(done->model->notes.back().find("simplified for display"), std::string::npos);
}

TEST_F(BackgroundLoad, AFailureArrivesAsItsMessage) {
  BackgroundModelLoad load;
  ASSERT_TRUE(load.start("/nonexistent/leg.glb", anatomy::RoleTable::with_defaults()));
  load.wait();
  const std::optional<document::ShowModel> done = load.take_finished();
  ASSERT_TRUE(done);
  EXPECT_FALSE(done->model);
  EXPECT_NE(done->error.find("/nonexistent/leg.glb"), std::string::npos) << done->error;
}

TEST_F(BackgroundLoad, AStoppedLoadArrivesAsNothingAndAnotherMayStart) {
  const fs::path folder = three_part_set();
  BackgroundModelLoad load;
  ASSERT_TRUE(load.start(folder, anatomy::RoleTable::with_defaults()));
  load.stop();
  EXPECT_TRUE(load.stopping());
  load.wait();
  EXPECT_FALSE(load.take_finished());
  EXPECT_FALSE(load.running());
  ASSERT_TRUE(load.start(folder, anatomy::RoleTable::with_defaults()));
  EXPECT_FALSE(load.stopping());
  load.wait();
  const std::optional<document::ShowModel> done = load.take_finished();
  ASSERT_TRUE(done && done->model);
  fs::remove_all(folder);
}

}  // namespace
}  // namespace soleus::app
