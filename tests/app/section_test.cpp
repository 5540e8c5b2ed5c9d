// The cross-section end to end: --section changes the picture, the cut face of a bone is capped
// in ivory (without the cap the view would look into the hollow mesh and see the background
// through it, back faces being culled), and bad values exit 2 naming the flag and the reason.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "anatomy/anatomy_model.h"
#include "run_app.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;

// Bone's ivory, lit: bright, warm (red over blue), unlike the grey-blue background and the red muscles.
bool ivory(const unsigned char* p) { return p[0] > 140 && p[1] > 120 && p[0] > p[2] + 15 && p[1] > p[2] + 5 && p[0] < p[1] + 40; }

std::size_t ivory_pixels(const Image& image) {
  std::size_t count = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) count += ivory(image.at(x, y)) ? 1 : 0;
  return count;
}

}  // namespace

TEST(AppSection, ChangesThePicture) {
  REQUIRE_DISPLAY();
  const fs::path plain = temp_png("section_none");
  const fs::path cut = temp_png("section_axial");
  const std::string common = " --no-ui --width 480 --height 480 --phase 0.2";
  ASSERT_APP_RUNS("--screenshot " + plain.string() + common);
  ASSERT_APP_RUNS("--screenshot " + cut.string() + common + " --section axial:0.30");
  const Image a = load_png(plain);
  const Image b = load_png(cut);
  ASSERT_EQ(a.width, b.width);
  EXPECT_GT(changed_pixels(a, b), static_cast<std::size_t>(0.05 * a.width * a.height));
}

TEST(AppSection, TheTibiasCutFaceIsCappedInIvory) {
  REQUIRE_DISPLAY();
  // The tibia alone, standing, seen from the side the sagittal cut removes (lateral), cut through
  // the middle of its box: its outline stays filled, by the cap where it is cut.
  const anatomy::AnatomyModel model = anatomy::load_anatomy_model(
      fs::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg_lite.glb", anatomy::RoleTable::with_defaults());
  const int tibia = model.find(anatomy::StructureRole::Tibia);
  ASSERT_GE(tibia, 0);
  const float middle = model.structures[static_cast<std::size_t>(tibia)].mesh.bounds().centre().x;
  char section[64];
  std::snprintf(section, sizeof(section), " --section sagittal:%.4f", static_cast<double>(middle));
  const std::string common = " --mode anatomy --no-ui --view lateral --isolate tibia --width 360 --height 720 --detail lite";
  const fs::path whole = temp_png("section_tibia_whole");
  const fs::path cut = temp_png("section_tibia_cut");
  ASSERT_APP_RUNS("--screenshot " + whole.string() + common);
  ASSERT_APP_RUNS("--screenshot " + cut.string() + common + section);
  const Image a = load_png(whole);
  const Image b = load_png(cut);
  const std::size_t before = ivory_pixels(a);
  const std::size_t after = ivory_pixels(b);
  ASSERT_GT(before, static_cast<std::size_t>(0.02 * a.width * a.height)) << "the tibia is not ivory in the plain view";
  EXPECT_GT(static_cast<double>(after), 0.75 * static_cast<double>(before)) << before << " -> " << after;
  EXPECT_GT(changed_pixels(a, b), 100u);  // the flat cut face is lit unlike the round shaft
}

TEST(AppSection, BadValuesExitTwoNamingTheFlagAndTheReason) {
  struct Bad {
    const char* value;
    const char* reason;
  };
  for (const Bad& bad : {Bad{"axial", "metres"}, Bad{"diagonal:0.3", "axial, sagittal, coronal or free"},
                         Bad{"axial:abc", "not a number"}, Bad{"axial:5", "from -2 to 2 m"}}) {
    const RunResult run = run_app(std::string("--no-ui --screenshot /dev/null --section ") + bad.value);
    EXPECT_EQ(run.exit_code, 2) << bad.value << "\n" << run.output;
    EXPECT_NE(run.output.find("--section"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find(bad.reason), std::string::npos) << run.output;
  }
}

TEST(AppSection, APlaneThatMissesTheModelExitsTwo) {
  REQUIRE_DISPLAY();
  const fs::path out = temp_png("section_misses");
  const RunResult run = run_app("--no-ui --screenshot " + out.string() + " --section axial:1.5");
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_NE(run.output.find("--section axial:1.50: the plane misses the model"), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace soleus::testing
