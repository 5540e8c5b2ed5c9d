// Exports through the real binary (issue 13): --video as PNG frames and as MP4 (ffprobe reads
// it back), the fallback without ffmpeg, and the handout opened by a real browser, offline.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "run_app.h"

namespace soleus::testing {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("soleus_export_" + name);
  fs::remove_all(dir);
  return dir;
}

bool have_program(const std::string& name) { return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0; }

std::string shell(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return output;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  pclose(pipe);
  return output;
}

// The frames `strides` strides give at 30 fps in 4x slow motion, from `report --json`'s stride time.
int frames_for(int strides = 1) {
  const std::string json = run_app("report --json").output;
  const std::size_t key = json.find("\"stride_time_s\":");
  const double stride_time = std::stod(json.substr(key + 16));
  return static_cast<int>(std::lround(strides * stride_time * 4.0 * 30.0));
}

int count_frames(const fs::path& dir) {
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().rfind("frame_", 0) == 0) ++n;
  return n;
}

TEST(AppExport, VideoAsPngSequenceHasEveryFrameAtTheCaptureSize) {
  REQUIRE_DISPLAY();
  const fs::path dir = fresh_dir("frames");
  ASSERT_APP_RUNS("--video " + dir.string() + "/ --strides 2 --no-ui --width 320 --height 180");
  const int expected = frames_for(2);
  EXPECT_EQ(count_frames(dir), expected);
  for (const int frame : {1, expected}) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%04d.png", frame);
    const Image image = load_png(dir / name);
    EXPECT_EQ(image.width, 320) << name;
    EXPECT_EQ(image.height, 180) << name;
  }
  // The leg moves: the first frame and one in the middle differ.
  char middle[32];
  std::snprintf(middle, sizeof middle, "frame_%04d.png", expected / 4);
  EXPECT_GT(changed_pixels(load_png(dir / "frame_0001.png"), load_png(dir / middle)), 200u);
  // One stride into the same folder: the second stride's frames do not linger.
  ASSERT_APP_RUNS("--video " + dir.string() + " --no-ui --width 320 --height 180");
  EXPECT_EQ(count_frames(dir), frames_for(1));
  fs::remove_all(dir);
}

TEST(AppExport, VideoAsMp4HasTheStridesDurationAndAnEvenSize) {
  REQUIRE_DISPLAY();
  if (!have_program("ffmpeg") || !have_program("ffprobe")) GTEST_SKIP() << "ffmpeg/ffprobe not installed";
  const fs::path dir = fresh_dir("mp4");
  fs::create_directories(dir);
  const fs::path mp4 = dir / "stride.mp4";
  ASSERT_APP_RUNS("--video " + mp4.string() + " --width 321 --height 181");
  for (const auto& entry : fs::directory_iterator(dir))  // the temporary was renamed, none is left
    EXPECT_EQ(entry.path(), mp4);
  const std::string probe = shell("ffprobe -v error -select_streams v:0 -show_entries stream=width,height,codec_name"
                                  " -show_entries format=duration -of default=nw=1 " + mp4.string());
  EXPECT_NE(probe.find("width=320"), std::string::npos) << probe;
  EXPECT_NE(probe.find("height=180"), std::string::npos) << probe;
  EXPECT_NE(probe.find("codec_name=h264"), std::string::npos) << probe;
  const std::size_t at = probe.find("duration=");
  ASSERT_NE(at, std::string::npos) << probe;
  EXPECT_NEAR(std::stod(probe.substr(at + 9)), frames_for() / 30.0, 0.05) << probe;
  fs::remove_all(dir);
}

TEST(AppExport, WithoutFfmpegTheMessageSaysSoAndTheFramesAreWritten) {
  REQUIRE_DISPLAY();
  const fs::path dir = fresh_dir("no_ffmpeg");
  fs::create_directories(dir);
  const RunResult run = run_app("--video " + (dir / "clip.mp4").string() + " --no-ui --width 160 --height 90",
                                "PATH=" + dir.string());
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("ffmpeg was not found"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find((dir / "clip_frames").string()), std::string::npos) << run.output;
  EXPECT_FALSE(fs::exists(dir / "clip.mp4"));
  EXPECT_EQ(count_frames(dir / "clip_frames"), frames_for());
  fs::remove_all(dir);
}

TEST(AppExport, AnUnwritableTargetExitsOneNamingIt) {
  REQUIRE_DISPLAY();
  const RunResult video = run_app("--video /nonexistent_soleus_dir/a.mp4 --no-ui --width 160 --height 90");
  EXPECT_EQ(video.exit_code, 1);
  EXPECT_NE(video.output.find("/nonexistent_soleus_dir/a.mp4"), std::string::npos) << video.output;
  const RunResult handout = run_app("--handout /proc/nonexistent_soleus --width 160 --height 90");
  EXPECT_EQ(handout.exit_code, 1);
  EXPECT_NE(handout.output.find("/proc/nonexistent_soleus"), std::string::npos) << handout.output;
}

TEST(AppExport, VideoFlagsAreChecked) {
  EXPECT_EQ(run_app("--video out.mp4 --screenshot x.png").exit_code, 2);
  EXPECT_EQ(run_app("--video out.mp4 --strides 0").exit_code, 2);
  EXPECT_EQ(run_app("--handout dir --video out.mp4").exit_code, 2);
  EXPECT_NE(run_app("--help").output.find("4x slow motion"), std::string::npos);
}

// The coach's handout of a built-in pair in Debian's chromium, headless and offline (file://): the
// DOM has the table, the A, B and difference pictures and the plot; the difference picture is
// mostly orange on the soleus (a forefoot strike loads it more), and the page is not blank.
TEST(AppExport, HandoutOpensInARealBrowser) {
  REQUIRE_DISPLAY();
  const fs::path dir = fresh_dir("handout");
  const std::string pair = std::string(SOLEUS_ASSETS_DIR) + "/scenarios/rearfoot-vs-forefoot.json";
  ASSERT_APP_RUNS("--handout " + dir.string() + " --preset " + pair + " --width 640 --height 360");
  ASSERT_TRUE(fs::exists(dir / "index.html"));
  for (const char* picture : {"a_side.png", "b_side.png", "difference.png"})
    EXPECT_EQ(load_png(dir / picture).width, 640) << picture;
  const Image difference = load_png(dir / "difference.png");
  std::size_t orange = 0, purple = 0;
  for (int y = 0; y < difference.height; ++y)
    for (int x = 0; x < difference.width; ++x) {
      const unsigned char* p = difference.at(x, y);
      if (p[0] > 180 && p[0] > p[1] + 40 && p[1] > p[2] + 20) ++orange;
      if (p[2] > p[1] + 40 && p[0] > p[1] + 10) ++purple;
    }
  EXPECT_GT(orange, 200u) << "no orange: B (forefoot) should load the soleus more";
  EXPECT_GT(orange, 4 * purple);
  if (!have_program("chromium")) GTEST_SKIP() << "chromium not installed";
  const std::string browser = "chromium --headless --no-sandbox --disable-gpu --no-first-run ";
  const std::string url = "file://" + (dir / "index.html").string();
  const std::string dom = shell("timeout 90 " + browser + "--dump-dom " + url + " 2>/dev/null");
  EXPECT_NE(dom.find("<table id=\"numbers\">"), std::string::npos) << dom.substr(0, 400);
  EXPECT_NE(dom.find("<img src=\"a_side.png\""), std::string::npos);
  EXPECT_NE(dom.find("<img src=\"difference.png\""), std::string::npos);
  EXPECT_NE(dom.find("the full colour is 3 body weights either way"), std::string::npos);
  EXPECT_NE(dom.find("<svg"), std::string::npos);
  EXPECT_NE(dom.find("not a diagnosis"), std::string::npos);
  const fs::path shot = dir.parent_path() / "soleus_export_handout_shot.png";
  fs::remove(shot);
  shell("timeout 90 " + browser + "--screenshot=" + shot.string() + " --window-size=1200,1600 " + url + " 2>/dev/null");
  const Image image = load_png(shot);
  ASSERT_EQ(image.width, 1200);
  std::size_t drawn = 0;  // the picture, plot, text and boxes: anything but the white page
  std::size_t dark = 0;   // the leg, the curve and the text
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const unsigned char* p = image.at(x, y);
      if (p[0] + p[1] + p[2] < 750) ++drawn;
      if (p[0] + p[1] + p[2] < 450) ++dark;
    }
  const std::size_t area = static_cast<std::size_t>(image.width) * image.height;
  EXPECT_GT(drawn, area / 5) << "the page looks blank";
  EXPECT_GT(dark, area / 100) << "the page has no leg, curve or text";
  fs::remove(shot);
  fs::remove_all(dir);
}

// The same pair's handout in Chinese (--lang zh): lang="zh-Hans", the headings in Chinese, no key
// left without its text (a "handout." in the page), and chromium draws it (not blank).
TEST(AppExport, ChineseHandoutOpensInARealBrowser) {
  REQUIRE_DISPLAY();
  const fs::path dir = fresh_dir("handout_zh");
  const std::string pair = std::string(SOLEUS_ASSETS_DIR) + "/scenarios/rearfoot-vs-forefoot.json";
  ASSERT_APP_RUNS("--handout " + dir.string() + " --lang zh --preset " + pair + " --width 320 --height 180");
  ASSERT_TRUE(fs::exists(dir / "index.html"));
  if (!have_program("chromium")) GTEST_SKIP() << "chromium not installed";
  const std::string browser = "chromium --headless --no-sandbox --disable-gpu --no-first-run ";
  const std::string url = "file://" + (dir / "index.html").string();
  const std::string dom = shell("timeout 90 " + browser + "--dump-dom " + url + " 2>/dev/null");
  EXPECT_NE(dom.find("<html lang=\"zh-Hans\">"), std::string::npos) << dom.substr(0, 400);
  for (const char* heading : {"<h1>比目鱼肌负荷：两种跑法对比</h1>", "<h2>数据</h2>", "<h2>变化及原因</h2>",
                              "<h2>参考文献</h2>", "<th>指标</th>", "<th>变化</th>"})
    EXPECT_NE(dom.find(heading), std::string::npos) << heading;
  EXPECT_NE(dom.find("颜色最深处对应增减 3 倍体重"), std::string::npos);
  EXPECT_EQ(dom.find("handout."), std::string::npos) << dom.substr(dom.find("handout."), 80);
  const fs::path shot = dir.parent_path() / "soleus_export_handout_zh_shot.png";
  fs::remove(shot);
  shell("timeout 90 " + browser + "--screenshot=" + shot.string() + " --window-size=1000,2400 " + url + " 2>/dev/null");
  const Image image = load_png(shot);
  ASSERT_EQ(image.width, 1000);
  std::size_t dark = 0;  // the leg, the curve and the text
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const unsigned char* p = image.at(x, y);
      if (p[0] + p[1] + p[2] < 450) ++dark;
    }
  EXPECT_GT(dark, static_cast<std::size_t>(image.width) * image.height / 100) << "the page has no leg, curve or text";
  fs::remove(shot);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace soleus::testing
