#include <gtest/gtest.h>
#include <unistd.h>
#include <sys/stat.h>

#include <cctype>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>

#include "common/special_files.h"
#include "run_app.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;
const fs::path kData = SOLEUS_TEST_DATA_DIR;
const fs::path kReference = fs::path(SOLEUS_SHARED_DIR) / "reference-anatomy";

}  // namespace

TEST(App, HelpAndVersion) {
  const RunResult help = run_app("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.output.find("--screenshot"), std::string::npos);
  const RunResult version = run_app("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.output.find("soleus-lab "), std::string::npos);
}

TEST(App, BadCommandLineExitsTwoAndSaysWhy) {
  const RunResult unknown = run_app("--frobnicate");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.output.find("--frobnicate"), std::string::npos);
  const RunResult view = run_app("--view top");
  EXPECT_EQ(view.exit_code, 2);
  EXPECT_NE(view.output.find("posterior"), std::string::npos);
  const RunResult width = run_app("--width 5");
  EXPECT_EQ(width.exit_code, 2);
  const RunResult layout = run_app("--compare-layout stacked");
  EXPECT_EQ(layout.exit_code, 2);
  EXPECT_NE(layout.output.find("side-by-side|overlay|difference"), std::string::npos);
  const RunResult pictures_alone = run_app("--screens-dir /tmp/soleus_test_unused");
  EXPECT_EQ(pictures_alone.exit_code, 2);
  EXPECT_NE(pictures_alone.output.find("add --check-screens"), std::string::npos) << pictures_alone.output;
}

TEST(App, NoDisplayGivesAClearMessage) {
  const fs::path out = temp_png("no_display");
  const RunResult run = run_app("--screenshot " + out.string(), "env -u DISPLAY -u WAYLAND_DISPLAY");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.output.find("xvfb-run"), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(out));
}

TEST(App, ScreenshotWritesAPngOfTheRequestedSize) {
  REQUIRE_DISPLAY();
  const fs::path out = temp_png("size");
  const RunResult run = run_app("--screenshot " + out.string() + " --width 640 --height 400 --view posterior");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Image image = load_png(out);
  EXPECT_EQ(image.width, 640);
  EXPECT_EQ(image.height, 400);
}

TEST(App, BadModelFilesFailTheCaptureAndWriteNothing) {
  REQUIRE_DISPLAY();
  for (const fs::path& model : {kData / "missing.glb", kData / "corrupt.glb", kData / "no_meshes.gltf"}) {
    const fs::path out = temp_png("bad_model");
    const RunResult run = run_app("--model " + model.string() + " --screenshot " + out.string());
    EXPECT_EQ(run.exit_code, 1) << model;
    EXPECT_NE(run.output.find(model.filename().string()), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(out)) << model;
  }
}

// Issue 12, findings 1 and 4 through the real binary: a capture onto a device node writes
// through it (as root it used to replace the node with a regular file), a FIFO nobody reads is
// refused at once, and a model with no finite triangle is an error, not an empty picture.
TEST(App, CapturesKeepSpecialTargetsAndNonFiniteModelsFail) {
  REQUIRE_DISPLAY();
  soleus::testing::TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "pipe.png").c_str(), 0600), 0);
  RunResult run = run_app("--no-ui --width 160 --height 120 --screenshot " + (dir / "pipe.png").string());
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("pipe.png': it is a FIFO that nobody is reading"), std::string::npos) << run.output;
  EXPECT_TRUE(fs::is_fifo(dir / "pipe.png"));

  soleus::testing::write_text(dir / "nan.obj", "o tibia\nv nan 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
  run = run_app("--model " + (dir / "nan.obj").string() + " --screenshot " + (dir / "nan.png").string());
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("nan.obj"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("non-finite"), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(dir / "nan.png"));

  if (!soleus::testing::make_null_device(dir / "null")) GTEST_SKIP() << "mknod not permitted here";
  run = run_app("--no-ui --width 160 --height 120 --screenshot " + (dir / "null").string());
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_TRUE(soleus::testing::is_char_device(dir / "null"));
}

TEST(App, TheWindowKeepsRunningOnTheDefaultModelWhenAnotherFileIsBad) {
  REQUIRE_DISPLAY();
  const RunResult run = run_app("--benchmark --frames 3 --json --model " + (kData / "corrupt.glb").string());
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("corrupt.glb"), std::string::npos) << run.output;  // said why
  EXPECT_NE(run.output.find("\"triangles\""), std::string::npos) << run.output;    // and went on
}

TEST(App, SoleusCoversAPlausibleShareOfThePosteriorViewWithSkinHidden) {
  REQUIRE_DISPLAY();
  // Standing leg, illustration colours, seen from behind without skin; three captures: with the
  // soleus, without it, and with nothing at all (the background), to measure the leg's outline.
  const std::string common = " --mode anatomy --no-ui --view posterior --width 480 --height 800 --hide skin";
  const fs::path with = temp_png("soleus_with");
  const fs::path without = temp_png("soleus_without");
  const fs::path empty = temp_png("soleus_background");
  ASSERT_APP_RUNS("--screenshot " + with.string() + common);
  ASSERT_APP_RUNS("--screenshot " + without.string() + common + ",soleus");
  ASSERT_APP_RUNS("--screenshot " + empty.string() + common + ",muscles,bones,tendons,fascia,other");
  const Image a = load_png(with);
  const Image b = load_png(without);
  const Image background = load_png(empty);
  ASSERT_EQ(a.width, 480);
  ASSERT_EQ(a.height, 800);
  std::vector<bool> soleus_mask;
  const double soleus = static_cast<double>(changed_pixels(a, b, &soleus_mask));
  const double leg = static_cast<double>(changed_pixels(a, background));
  // From behind the soleus shows beside and below the gastrocnemius: a clear part of the calf's
  // outline, but not most of it (the gastrocnemius covers its upper half).
  EXPECT_GT(soleus / leg, 0.04) << "soleus " << soleus << " of leg " << leg;
  EXPECT_LT(soleus / leg, 0.45) << "soleus " << soleus << " of leg " << leg;
  EXPECT_GT(soleus / (a.width * a.height), 0.003);
  // Where it shows, it is muscle-red: red clearly above green and blue.
  std::size_t red = 0, total = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x)
      if (soleus_mask[static_cast<std::size_t>(y) * a.width + x]) {
        const unsigned char* p = a.at(x, y);
        ++total;
        if (p[0] > p[1] + 30 && p[0] > p[2] + 30) ++red;
      }
  EXPECT_GT(static_cast<double>(red) / static_cast<double>(total), 0.6);
}

TEST(App, XrayAndLateralViewsRenderTheLeg) {
  REQUIRE_DISPLAY();
  const fs::path lateral = temp_png("lateral");
  const fs::path xray = temp_png("xray");
  ASSERT_APP_RUNS("--no-ui --view lateral --width 640 --height 480 --screenshot " + lateral.string());
  ASSERT_APP_RUNS("--no-ui --view lateral --xray --width 640 --height 480 --screenshot " + xray.string());
  const Image a = load_png(lateral);
  const Image b = load_png(xray);
  EXPECT_GT(changed_pixels(a, b), static_cast<std::size_t>(0.02 * a.width * a.height));
}

TEST(App, EveryReferenceAnatomyFileRenders) {
  REQUIRE_DISPLAY();
  if (!fs::exists(kReference)) GTEST_SKIP() << "no reference anatomy at " << kReference;
  for (const auto& entry : fs::recursive_directory_iterator(kReference)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".obj" && ext != ".stl") continue;
    const fs::path out = temp_png("reference");
    const RunResult run = run_app("--no-ui --width 320 --height 240 --model " + entry.path().string() +
                                  " --screenshot " + out.string());
    ASSERT_EQ(run.exit_code, 0) << entry.path() << "\n" << run.output;
    const Image image = load_png(out);
    // Something other than background fills a visible part of the frame centre.
    const unsigned char* corner = image.at(2, 2);
    std::size_t object = 0;
    for (int y = image.height / 4; y < 3 * image.height / 4; ++y)
      for (int x = image.width / 4; x < 3 * image.width / 4; ++x) {
        const unsigned char* p = image.at(x, y);
        if (std::abs(p[0] - corner[0]) + std::abs(p[1] - corner[1]) + std::abs(p[2] - corner[2]) > 40) ++object;
      }
    EXPECT_GT(object, static_cast<std::size_t>(image.width * image.height / 100)) << entry.path();
  }
}

}  // namespace soleus::testing

namespace soleus::testing {
namespace {

// Mean green/blue ratio over the pixels where two captures differ: it rises monotonically
// along viridis (violet -> blue -> green -> yellow) whatever the shading intensity.
double mean_green_over_blue(const Image& with, const Image& without) {
  double sum = 0.0;
  std::size_t count = 0;
  for (int y = 0; y < with.height; ++y)
    for (int x = 0; x < with.width; ++x) {
      const unsigned char* p = with.at(x, y);
      const unsigned char* q = without.at(x, y);
      if (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) <= 24) continue;
      sum += (p[1] + 1.0) / (p[2] + 1.0);
      ++count;
    }
  return count ? sum / static_cast<double>(count) : 0.0;
}

}  // namespace

TEST(AppRun, RearfootAndForefootAtTheSamePhaseLookDifferent) {
  REQUIRE_DISPLAY();
  const fs::path rear = temp_png("rearfoot");
  const fs::path fore = temp_png("forefoot");
  const std::string common = " --no-ui --view lateral --width 640 --height 480 --phase 0.02 --screenshot ";
  ASSERT_APP_RUNS("--strike rearfoot" + common + rear.string());
  ASSERT_APP_RUNS("--strike forefoot" + common + fore.string());
  const Image a = load_png(rear);
  const Image b = load_png(fore);
  EXPECT_GT(changed_pixels(a, b), static_cast<std::size_t>(0.01 * a.width * a.height));
}

// The Compare mode: side by side, a leg in each half of the view; the difference view's legend
// (the PuOr bar at the top of the right column) is drawn.
TEST(AppCompare, SideBySideShowsTwoLegsAndTheDifferenceItsLegend) {
  REQUIRE_DISPLAY();
  const fs::path pair = temp_png("compare_pair");
  ASSERT_APP_RUNS("--mode compare --no-ui --width 640 --height 480 --screenshot " + pair.string());
  const Image legs = load_png(pair);
  auto coloured = [](const Image& image, int x0, int x1, int y0, int y1, auto test) {
    std::size_t n = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) n += test(image.at(x, y)) ? 1 : 0;
    return n;
  };
  auto saturated = [](const unsigned char* p) {  // muscle, bone shading, arrows: not the grey backdrop
    return std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}) > 60;
  };
  // The outer thirds: one leg, centred, leaves them nearly empty; a pair fills both.
  auto outer_thirds = [&](const Image& image) {
    return std::min(coloured(image, 0, image.width / 3, 0, image.height, saturated),
                    coloured(image, image.width * 2 / 3, image.width, 0, image.height, saturated));
  };
  const fs::path single = temp_png("compare_single");
  ASSERT_APP_RUNS("--mode run --no-ui --width 640 --height 480 --screenshot " + single.string());
  const std::size_t third = static_cast<std::size_t>(legs.width / 3 * legs.height);
  EXPECT_GT(outer_thirds(legs), third / 100);
  EXPECT_LT(outer_thirds(load_png(single)), third / 100);

  const fs::path difference = temp_png("compare_difference");
  const fs::path running = temp_png("compare_running");
  ASSERT_APP_RUNS("--mode compare --compare-layout difference --width 1280 --height 720 --screenshot " + difference.string());
  ASSERT_APP_RUNS("--mode run --width 1280 --height 720 --screenshot " + running.string());
  auto orange = [](const unsigned char* p) { return p[0] > 200 && p[1] > 110 && p[1] < 195 && p[2] < 90; };
  // The legend's place: the top of the right column.
  auto legend_orange = [&](const Image& image) {
    return coloured(image, image.width * 7 / 10, image.width, 0, image.height * 3 / 20, orange);
  };
  EXPECT_GT(legend_orange(load_png(difference)), 100u);  // PuOr's orange end
  EXPECT_LT(legend_orange(load_png(running)), 10u);      // viridis has none
}

TEST(AppRun, SoleusColourMovesAlongTheColormapWithItsForce) {
  REQUIRE_DISPLAY();
  const std::string common = " --no-ui --view posterior --width 480 --height 640 --hide skin,gastrocnemius";
  auto soleus_colour = [&](const std::string& phase) {
    const fs::path with = temp_png("load_with_" + phase);
    const fs::path without = temp_png("load_without_" + phase);
    EXPECT_APP_RUNS("--phase " + phase + common + " --screenshot " + with.string());
    EXPECT_APP_RUNS("--phase " + phase + common + ",soleus --screenshot " + without.string());
    return mean_green_over_blue(load_png(with), load_png(without));
  };
  // Swing (no soleus force) vs around the soleus peak of a rearfoot stride at 3.5 m/s.
  const double unloaded = soleus_colour("0.6");
  const double loaded = soleus_colour("0.18");
  EXPECT_GT(unloaded, 0.0);
  EXPECT_GT(loaded, unloaded * 1.3) << "unloaded " << unloaded << ", loaded " << loaded;
}

TEST(AppRun, PanelsSitOnOneDarkFrameAroundTheView) {
  REQUIRE_DISPLAY();
  const fs::path out = temp_png("panels");
  ASSERT_APP_RUNS("--width 1280 --height 720 --screenshot " + out.string());
  const Image image = load_png(out);
  // Empty parts of the left and right columns, and the gap between a column and the view: the
  // panels draw no background, so all three show the renderer's surround, ui::kPanelBackgroundSrgb
  // (0.06 -> 15 in 8 bits).
  for (const auto& [x, y] : {std::pair{150, 705}, std::pair{1100, 650}, std::pair{312, 300}}) {
    const unsigned char* p = image.at(x, y);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(p[c], 15, 2) << "pixel " << x << "," << y;
  }
}

TEST(AppRun, LearnPageOpensTheLearnTabForACapture) {
  REQUIRE_DISPLAY();
  const fs::path run_tab = temp_png("learn_off");
  const fs::path learn_tab = temp_png("learn_on");
  ASSERT_APP_RUNS("--width 1280 --height 720 --phase 0.3 --screenshot " + run_tab.string());
  ASSERT_APP_RUNS("--width 1280 --height 720 --phase 0.3 --learn-page myth_heel_strike_calf --screenshot " +
                  learn_tab.string());
  const Image a = load_png(run_tab);
  const Image b = load_png(learn_tab);
  // The left column (x < 310) shows the page; the 3D view shows its subject (the myth's forefoot
  // landing, not the runner's own rearfoot one).
  std::size_t left = 0, middle = 0;
  for (int y = 60; y < 700; ++y) {
    for (int x = 0; x < a.width; ++x) {
      const unsigned char* p = a.at(x, y);
      const unsigned char* q = b.at(x, y);
      const bool differs = std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 24;
      if (differs && x < 310) ++left;
      if (differs && x > 330 && x < 900) ++middle;
    }
  }
  EXPECT_GT(left, 5000u);
  EXPECT_GT(middle, 2000u);

  const fs::path never = temp_png("learn_bad");
  const RunResult unknown = run_app("--learn-page no_such_page --screenshot " + never.string());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.output.find("no_such_page"), std::string::npos) << unknown.output;
  EXPECT_FALSE(fs::exists(never));
}

TEST(AppRun, SmokeRunsHundredsOfFramesWithEveryPanelAndNoWarning) {
  REQUIRE_DISPLAY();
  const RunResult run = run_app("--benchmark --frames 200 --msaa 0 --json");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("\"frames\": 200"), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("warning"), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("error"), std::string::npos) << run.output;
}

// A Learn page opened for a capture without panels shows its subject alone: the heel-drop card
// is the heel-drop pose from the side, as the mode and pose flags give it; foam rolling opens
// from the inner side (the leg lying on the roller) without being told.
TEST(AppRun, LearnPagesAndModesShowTheirSubjectFramed) {
  REQUIRE_DISPLAY();
  const std::string common = " --no-ui --width 640 --height 480 --screenshot ";
  const fs::path page = temp_png("subject_page");
  const fs::path flags = temp_png("subject_flags");
  const fs::path running = temp_png("subject_running");
  ASSERT_APP_RUNS("--learn-page strength_heel_drop_straight" + common + page.string());
  ASSERT_APP_RUNS("--mode stretch --pose heel-drop --view lateral" + common + flags.string());
  ASSERT_APP_RUNS(common + running.string());
  EXPECT_EQ(changed_pixels(load_png(page), load_png(flags)), 0u);
  EXPECT_GT(changed_pixels(load_png(page), load_png(running)), 5000u);

  const fs::path rolling = temp_png("subject_rolling");
  const fs::path inner = temp_png("subject_inner");
  ASSERT_APP_RUNS("--mode foam-rolling" + common + rolling.string());
  ASSERT_APP_RUNS("--mode foam-rolling --view medial" + common + inner.string());
  EXPECT_EQ(changed_pixels(load_png(rolling), load_png(inner)), 0u);
}

// Every screen (each mode; each Learn page alone and in each mode) at the three sizes users
// have, and at twice the UI scale, in English and in Chinese: rendered with no OpenGL error, no
// warning, no word shown as its string key or drawn as the missing-glyph box, and the 3D content
// inside the window and clear of every panel.
class AppEveryScreen : public ::testing::TestWithParam<const char*> {};

TEST_P(AppEveryScreen, RendersWithNoErrorAndNothingUnderAPanel) {
  REQUIRE_DISPLAY();
  // At the smallest size each screen is saved too (cheap there): one picture per screen checked.
  const std::string param = GetParam();
  const bool save = param.find("--width 800 ") != std::string::npos;
  std::string name = "screens";
  for (const char c : param)
    if (std::isalnum(static_cast<unsigned char>(c))) name += c;
  // this run's own (two builds testing on one machine must not share it)
  const fs::path folder = fs::temp_directory_path() / ("soleus_test_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(folder);
  const RunResult run =
      run_app("--check-screens " + param + (save ? " --screens-dir " + folder.string() : std::string()));
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find(", 0 problems"), std::string::npos) << run.output;
  std::size_t screens = 0;
  for (std::size_t at = run.output.find(": ok\n"); at != std::string::npos; at = run.output.find(": ok\n", at + 1)) ++screens;
  if (save) {
    std::map<std::string, fs::path> pictures;  // by name without its number
    for (const auto& entry : fs::directory_iterator(folder))
      pictures[entry.path().stem().string().substr(4)] = entry.path();
    EXPECT_EQ(pictures.size(), screens);
    ASSERT_TRUE(pictures.count("quiz") && pictures.count("quiz-finished")) << folder;
    // The end of the quiz shows its score, not the last question again.
    EXPECT_GT(changed_pixels(load_png(pictures["quiz"]), load_png(pictures["quiz-finished"])), 2000u);
    fs::remove_all(folder);
  }
  EXPECT_GE(screens, 180u) << run.output;  // 4 modes, and every Learn page alone and in each mode
  for (const char* screen : {"mode run: ok", "mode anatomy: ok", "mode stretch: ok", "mode foam-rolling: ok",
                             "page planner: ok", "page foam-rolling: ok", "page stretch_bent_knee_wall: ok",
                             "page myth_heel_strike_calf, mode anatomy: ok", "mode compare side-by-side: ok",
                             "mode compare overlay: ok", "mode compare difference, panels hidden: ok"})
    EXPECT_NE(run.output.find(screen), std::string::npos) << screen << "\n" << run.output;
}

INSTANTIATE_TEST_SUITE_P(Sizes, AppEveryScreen,
                         ::testing::Values("--width 800 --height 600", "--width 1280 --height 720",
                                           "--width 2560 --height 1440", "--width 1920 --height 1080 --ui-scale 2",
                                           "--lang zh --width 800 --height 600", "--lang zh --width 1280 --height 720",
                                           "--lang zh --width 2560 --height 1440"),
                         [](const auto& instance) {
                           std::string name;
                           for (const char* c = instance.param; *c; ++c)
                             if (std::isalnum(static_cast<unsigned char>(*c))) name += *c;
                           return name;
                         });

TEST(AppRun, ConditionFlagsAreCheckedLikeTheReportsAndHeightMeansThePicture) {
  const RunResult bad = run_app("--speed 40 --screenshot /tmp/never.png");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("speed"), std::string::npos);
  const RunResult phase = run_app("--phase 2");
  EXPECT_EQ(phase.exit_code, 2);
  EXPECT_EQ(run_app("--runner-height 9").exit_code, 2);
}

// --motion: the measured 4.0 m/s trial of ../shared/reference-motion (Hamner & Delp 2013) plays
// in place of the generated stride (skipped when absent).
const fs::path kOpenSim = fs::path(SOLEUS_SHARED_DIR) / "reference-motion" / "opensim-core";
std::string hamner_flags() {
  return " --motion " + (kOpenSim / "runningModel_Kinematics_q.sto").string() + " --grf " +
         (kOpenSim / "runningModel_GRF_data.mot").string() + " --grf-map " + (kOpenSim / "runningModel_GRF.xml").string() +
         " --mass 72.84";
}

TEST(AppMotion, TheMeasuredLegMovesAndItsSoleusColourFollowsTheData) {
  REQUIRE_DISPLAY();
  if (!fs::exists(kOpenSim)) GTEST_SKIP() << kOpenSim << " is absent";
  const std::string common = hamner_flags() + " --no-ui --view posterior --width 480 --height 640 --hide skin,gastrocnemius";
  auto capture = [&](const std::string& phase, const std::string& hide) {
    const fs::path out = temp_png("motion_" + phase + hide);
    EXPECT_APP_RUNS("--phase " + phase + common + hide + " --screenshot " + out.string());
    return load_png(out);
  };
  const Image contact = capture("0.02", "");
  const Image peak = capture("0.55", "");  // the soleus peak, 55 % of the right stance
  ASSERT_EQ(contact.width, peak.width);
  EXPECT_GT(changed_pixels(contact, peak), static_cast<std::size_t>(0.01 * contact.width * contact.height));
  const double at_contact = mean_green_over_blue(contact, capture("0.02", ",soleus"));
  const double at_peak = mean_green_over_blue(peak, capture("0.55", ",soleus"));
  EXPECT_GT(at_contact, 0.0);
  EXPECT_GT(at_peak, at_contact * 1.3) << "contact " << at_contact << ", peak " << at_peak;
}

TEST(AppMotion, ABadForceFileExitsTwoWithTheParsersMessageAndNoPicture) {
  const fs::path bad = fs::temp_directory_path() / "soleus_app_bad_grf.mot";
  {
    std::ofstream out(bad);
    out << "endheader\ntime\tR_ground_force_vy\n0.0\t12\n0.0\t13\n";
  }
  const fs::path out = temp_png("motion_bad_grf");
  fs::remove(out);
  // the real kinematics when ../shared has them, so that the force file is the one refused
  const fs::path kinematics = fs::exists(kOpenSim) ? kOpenSim / "runningModel_Kinematics_q.sto" : bad;
  const RunResult run = run_app("--motion " + kinematics.string() + " --grf " + bad.string() + " --mass 70 --screenshot " + out.string());
  fs::remove(bad);
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_NE(run.output.find("soleus_app_bad_grf.mot: line 4"), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace soleus::testing
