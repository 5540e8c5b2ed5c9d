// Folders of anatomy parts in the app (issue 16): a set runs like the default leg, and
// describe-set writes what the app guesses about one.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "common/paths.h"
#include "run_app.h"

namespace soleus::testing {
namespace fs = std::filesystem;

// A folder of real anatomy (issue 16) runs like the default leg: the leg at initial contact and
// at midstance differ, and the BodyParts3D soleus takes the load colour (viridis: green well
// above red, which neither bone nor backdrop has).
TEST(AppModelSet, AReferenceAnatomySetRunsAndColoursItsSoleus) {
  REQUIRE_DISPLAY();
  if (!fs::exists(kReferenceAnatomyDir)) GTEST_SKIP() << "no reference anatomy at " << kReferenceAnatomyDir;
  for (const char* set : {"bodyparts3d", "opensim_gait2392", "myosim"}) {
    SCOPED_TRACE(set);
    const std::string common = " --no-ui --view lateral --width 480 --height 360 --model " + (kReferenceAnatomyDir / set).string();
    const fs::path contact = temp_png(std::string("set_contact_") + set);
    const fs::path midstance = temp_png(std::string("set_midstance_") + set);
    ASSERT_APP_RUNS("--phase 0" + common + " --screenshot " + contact.string());
    ASSERT_APP_RUNS("--phase 0.15" + common + " --screenshot " + midstance.string());
    const Image a = load_png(contact);
    const Image b = load_png(midstance);
    EXPECT_GT(changed_pixels(a, b), static_cast<std::size_t>(0.002 * a.width * a.height));
    if (std::string(set) != "bodyparts3d") continue;  // only BodyParts3D has a soleus
    std::size_t green = 0;
    for (int y = 0; y < b.height; ++y)
      for (int x = 0; x < b.width; ++x) green += b.at(x, y)[1] > b.at(x, y)[0] + 40 ? 1 : 0;
    EXPECT_GT(green, static_cast<std::size_t>(0.002 * b.width * b.height));
  }
}

// --edit-set opens File > Model set: the rig's joints are marked on the leg (magenta arrows
// through the knee, ankle and subtalar joint, which nothing else in the picture is); the
// default leg, not a set, says so and runs as before.
TEST(AppModelSet, EditSetMarksTheJointsOnTheLeg) {
  REQUIRE_DISPLAY();
  const fs::path set = kReferenceAnatomyDir / "bodyparts3d";
  if (!fs::exists(set)) GTEST_SKIP() << "no reference anatomy at " << set;
  const auto magenta = [](const Image& image) {
    std::size_t count = 0;
    for (int y = 0; y < image.height; ++y)
      for (int x = 0; x < image.width; ++x) {
        const auto* p = image.at(x, y);
        count += p[0] > 140 && p[2] > 140 && p[1] + 60 < std::min(p[0], p[2]) ? 1 : 0;
      }
    return count;
  };
  const std::string common = " --no-ui --xray --view posterior --phase 0.15 --width 480 --height 360 --model " + set.string();
  const fs::path plain = temp_png("set_plain");
  const fs::path marked = temp_png("set_marked");
  ASSERT_APP_RUNS(common + " --screenshot " + plain.string());
  ASSERT_APP_RUNS(common + " --edit-set --screenshot " + marked.string());
  EXPECT_EQ(magenta(load_png(plain)), 0u);
  EXPECT_GT(magenta(load_png(marked)), 40u);
  const RunResult not_a_set = run_app("--no-ui --width 160 --height 120 --edit-set --screenshot " + temp_png("not_a_set").string());
  EXPECT_EQ(not_a_set.exit_code, 0) << not_a_set.output;
  EXPECT_NE(not_a_set.output.find("--edit-set: the model is not a set"), std::string::npos) << not_a_set.output;
}

// describe-set writes the guesses once (a second time it asks for --force), the app opens the
// file it wrote, and a folder that is not a set is refused with exit 1.
TEST(AppModelSet, DescribeSetWritesTheGuessesAndTheAppOpensThem) {
  const fs::path source = kReferenceAnatomyDir / "bodyparts3d";
  if (!fs::exists(source)) GTEST_SKIP() << "no reference anatomy at " << source;
  const fs::path folder = fs::temp_directory_path() / "soleus_test_describe_set";
  fs::remove_all(folder);
  fs::create_directories(folder);
  for (const auto& entry : fs::directory_iterator(source)) fs::copy_file(entry.path(), folder / entry.path().filename());
  const RunResult first = run_app("describe-set " + folder.string());
  ASSERT_EQ(first.exit_code, 0) << first.output;
  std::ifstream written(folder / "soleus-model.json");
  std::stringstream text;
  text << written.rdbuf();
  for (const char* expected : {"\"soleus_model_set\": 1", "\"units\": \"mm\"", "\"up\": \"z\"", "\"side\": \"right\"",
                               "\"placement\": \"assembled\"", "\"file\": \"FJ1437_right_soleus.obj\"", "\"role\": \"soleus\"",
                               "\"role\": \"tibia\"", "\"role\": \"calcaneus\""})
    EXPECT_NE(text.str().find(expected), std::string::npos) << expected << "\n" << text.str();
  const RunResult again = run_app("describe-set " + folder.string());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.output.find("--force"), std::string::npos) << again.output;
  EXPECT_EQ(run_app("describe-set " + folder.string() + " --force").exit_code, 0);
  if (have_display()) {
    const fs::path out = temp_png("described_set");
    ASSERT_APP_RUNS("--no-ui --width 320 --height 240 --model " + (folder / "soleus-model.json").string() +
                    " --screenshot " + out.string());
  }
  fs::remove_all(folder);
  const fs::path empty = fs::temp_directory_path() / "soleus_test_describe_empty";
  fs::create_directories(empty);
  const RunResult refused = run_app("describe-set " + empty.string());
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.output.find("no mesh files"), std::string::npos) << refused.output;
  fs::remove_all(empty);
  EXPECT_EQ(run_app("describe-set").exit_code, 2);
}

}  // namespace soleus::testing
