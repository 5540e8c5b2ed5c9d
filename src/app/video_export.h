#pragma once
/// A video of the running stride: which instant each frame shows, and where the frames go (a
/// PNG sequence, or an MP4 encoded by the system's ffmpeg through a pipe). The --video flag and
/// the app's Export menu use it.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace soleus::app {

inline constexpr int kVideoFps = 30;
/// The stride is played 4x slower than real time: a 0.7 s stride lasts 2.8 s, so the eye can
/// follow the colour build up in stance.
inline constexpr double kVideoSlowMotion = 4.0;

/// Where a video goes: an MP4 file, or a folder of frame_0001.png, frame_0002.png, ...
struct VideoTarget {
  std::filesystem::path path;
  bool png_sequence = false;
};

/// --video's argument: a trailing slash or an existing folder means a PNG sequence. Inline: the
/// option parser (app_options.cpp) is also built alone, without the video writer (tests/fuzz).
inline VideoTarget video_target(const std::string& argument) {
  const bool slash = !argument.empty() && argument.back() == '/';
  return {argument, slash || std::filesystem::is_directory(argument)};
}

/// Frames for `strides` strides of `stride_time_s` at kVideoFps and kVideoSlowMotion (>= 1).
int video_frame_count(double stride_time_s, int strides);
/// The stride phase (0..1, from initial contact) frame `frame` shows.
double video_frame_phase(int frame, double stride_time_s);

/// Takes the frames one by one. For an MP4 it starts ffmpeg (libx264, yuv420p, cropped to an even
/// size) writing a temporary beside the target, renamed over it by finish(): the MP4 appears
/// whole or not at all. Without ffmpeg on PATH it writes the PNG sequence into OUT_frames/
/// instead and says so in notice(). Errors throw std::runtime_error naming the file.
class VideoWriter {
 public:
  VideoWriter(const VideoTarget& target, int width, int height);
  ~VideoWriter();  // unfinished: ffmpeg stopped, the temporary removed
  VideoWriter(const VideoWriter&) = delete;
  VideoWriter& operator=(const VideoWriter&) = delete;

  /// One frame, width*height*4 RGBA bytes, rows top-down.
  void add_frame(const std::vector<std::uint8_t>& rgba);
  /// Closes the video; for an MP4 waits for ffmpeg and renames the temporary into place.
  void finish();

  int frames_written() const { return frames_; }
  /// Where the frames went: the MP4, or the PNG folder.
  const std::filesystem::path& output() const { return output_; }
  /// Non-empty when the MP4 could not be made and the PNG sequence was written instead.
  const std::string& notice() const { return notice_; }

 private:
  void abort();

  int width_;
  int height_;
  int frames_ = 0;
  bool finished_ = false;
  std::filesystem::path output_;
  std::filesystem::path temporary_;  // the MP4 while ffmpeg writes it
  std::string notice_;
  int pipe_fd_ = -1;  // ffmpeg's stdin, or -1 for a PNG sequence
  int ffmpeg_pid_ = -1;
};

/// The ffmpeg on PATH, or an empty path.
std::filesystem::path find_ffmpeg();

}  // namespace soleus::app
