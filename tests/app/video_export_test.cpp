// The video writer without a window: frame timing, the --video argument, the PNG sequence, and
// the MP4 through ffmpeg, finished and cancelled (issue 13).
#include "app/video_export.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace soleus::app {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("soleus_video_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::uint8_t> grey_frame(int width, int height, std::uint8_t level) {
  return std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 4, level);
}

TEST(VideoTiming, ThirtyFramesASecondInFourTimesSlowMotion) {
  EXPECT_EQ(video_frame_count(0.7141813692491926, 1), 86);  // 0.714 s x 4 x 30
  EXPECT_EQ(video_frame_count(0.7, 2), 168);
  EXPECT_EQ(video_frame_count(0.001, 1), 1);
  EXPECT_DOUBLE_EQ(video_frame_phase(0, 0.7), 0.0);
  EXPECT_NEAR(video_frame_phase(42, 0.7), 0.5, 1e-12);  // 42 frames = 1.4 s of video = 0.35 s of running
  EXPECT_NEAR(video_frame_phase(84 + 21, 0.7), 0.25, 1e-9);  // the second stride wraps
}

TEST(VideoTarget, ASlashOrAnExistingFolderIsAPngSequence) {
  EXPECT_FALSE(video_target("out.mp4").png_sequence);
  EXPECT_TRUE(video_target("frames/").png_sequence);
  EXPECT_TRUE(video_target(fresh_dir("target").string()).png_sequence);
}

TEST(VideoWriter, PngSequenceNamesFramesFromOne) {
  const fs::path dir = fresh_dir("png") / "seq";
  VideoWriter writer({dir, true}, 8, 6);
  for (std::uint8_t i = 0; i < 3; ++i) writer.add_frame(grey_frame(8, 6, static_cast<std::uint8_t>(40 * i)));
  writer.finish();
  EXPECT_TRUE(writer.notice().empty());
  EXPECT_TRUE(fs::exists(dir / "frame_0001.png"));
  EXPECT_TRUE(fs::exists(dir / "frame_0003.png"));
  EXPECT_FALSE(fs::exists(dir / "frame_0004.png"));
  EXPECT_THROW(writer.add_frame(grey_frame(4, 4, 0)), std::runtime_error);  // wrong size
  fs::remove_all(dir.parent_path());
}

TEST(VideoWriter, Mp4AppearsOnlyWhenFinishedAndCancelLeavesNothing) {
  if (find_ffmpeg().empty()) GTEST_SKIP() << "ffmpeg not installed";
  const fs::path dir = fresh_dir("mp4");
  {
    VideoWriter cancelled({dir / "cancelled.mp4", false}, 64, 48);
    cancelled.add_frame(grey_frame(64, 48, 90));
  }  // destroyed unfinished, as Cancel does
  EXPECT_TRUE(fs::is_empty(dir)) << "a temporary or a partial MP4 was left";
  VideoWriter writer({dir / "done.mp4", false}, 65, 47);  // odd sizes: cropped to even
  for (int i = 0; i < 10; ++i) {
    writer.add_frame(grey_frame(65, 47, static_cast<std::uint8_t>(20 * i)));
    EXPECT_FALSE(fs::exists(dir / "done.mp4"));
  }
  writer.finish();
  EXPECT_GT(fs::file_size(dir / "done.mp4"), 0u);
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 1);
  fs::remove_all(dir);
}

TEST(VideoWriter, WithoutFfmpegTheFramesGoBesideTheMp4) {
  const fs::path dir = fresh_dir("fallback");
  const char* path = std::getenv("PATH");
  const std::string saved = path ? path : "";
  ::setenv("PATH", dir.c_str(), 1);
  VideoWriter writer({dir / "clip.mp4", false}, 8, 6);
  ::setenv("PATH", saved.c_str(), 1);
  writer.add_frame(grey_frame(8, 6, 10));
  writer.finish();
  EXPECT_NE(writer.notice().find("ffmpeg was not found"), std::string::npos);
  EXPECT_EQ(writer.output(), dir / "clip_frames");
  EXPECT_TRUE(fs::exists(dir / "clip_frames" / "frame_0001.png"));
  EXPECT_FALSE(fs::exists(dir / "clip.mp4"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace soleus::app
