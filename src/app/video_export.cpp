#include "app/video_export.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <system_error>

#include "render/image_io.h"

extern char** environ;

namespace soleus::app {
namespace {

std::string frame_name(int frame) {
  char name[32];
  std::snprintf(name, sizeof name, "frame_%04d.png", frame + 1);
  return name;
}

// OUT.mp4 -> OUT_frames/, where the PNGs go when there is no ffmpeg.
std::filesystem::path fallback_folder(const std::filesystem::path& mp4) {
  return mp4.parent_path() / (mp4.stem().string() + "_frames");
}

void make_folder(const std::filesystem::path& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw std::runtime_error("cannot create the folder " + folder.string() + ": " + error.message());
}

}  // namespace

int video_frame_count(double stride_time_s, int strides) {
  const double seconds = stride_time_s * strides * kVideoSlowMotion;
  return std::max(1, static_cast<int>(std::lround(seconds * kVideoFps)));
}

double video_frame_phase(int frame, double stride_time_s) {
  const double stride_seconds = frame / (kVideoFps * kVideoSlowMotion * stride_time_s);
  return stride_seconds - std::floor(stride_seconds);
}

std::filesystem::path find_ffmpeg() {
  const char* path = std::getenv("PATH");
  if (!path) return {};
  std::string dirs = path;
  for (std::size_t start = 0; start <= dirs.size();) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / "ffmpeg";
    if (end > start && ::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

VideoWriter::VideoWriter(const VideoTarget& target, int width, int height) : width_(width), height_(height) {
  if (target.png_sequence) {
    output_ = target.path;
    make_folder(output_);
    return;
  }
  const std::filesystem::path ffmpeg = find_ffmpeg();
  if (ffmpeg.empty()) {
    output_ = fallback_folder(target.path);
    notice_ = "ffmpeg was not found on PATH, so " + target.path.string() + " was not made; the frames are in " +
              output_.string() + "/ (install ffmpeg for MP4)";
    make_folder(output_);
    return;
  }
  output_ = target.path;
  const std::filesystem::path folder = output_.parent_path();
  if (!folder.empty() && !std::filesystem::is_directory(folder))
    throw std::runtime_error("cannot write " + output_.string() + ": the folder " + folder.string() +
                             " does not exist");
  temporary_ = target.path;
  temporary_ += ".tmp." + std::to_string(::getpid());  // core::kTemporaryMarker: swept like the others
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("cannot start ffmpeg for " + output_.string() + ": no pipe");
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  std::vector<std::string> args = {ffmpeg.string(), "-hide_banner", "-loglevel", "error", "-y",
                                   "-f", "rawvideo", "-pix_fmt", "rgba", "-s", size,
                                   "-r", std::to_string(kVideoFps), "-i", "-",
                                   // yuv420p needs an even size: one odd row or column is cropped
                                   "-vf", "crop=trunc(iw/2)*2:trunc(ih/2)*2", "-c:v", "libx264",
                                   "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4",
                                   temporary_.string()};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  pid_t pid = -1;
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[0]);
  if (spawned != 0) {
    ::close(fds[1]);
    throw std::runtime_error("cannot start " + ffmpeg.string() + " for " + output_.string() + ": " +
                             std::strerror(spawned));
  }
  // A dead ffmpeg must turn the next write into an error, not kill the app.
  std::signal(SIGPIPE, SIG_IGN);
  pipe_fd_ = fds[1];
  ffmpeg_pid_ = pid;
}

VideoWriter::~VideoWriter() {
  if (!finished_) abort();
}

void VideoWriter::abort() {
  if (pipe_fd_ >= 0) ::close(pipe_fd_);
  pipe_fd_ = -1;
  if (ffmpeg_pid_ > 0) {
    ::kill(ffmpeg_pid_, SIGTERM);
    ::waitpid(ffmpeg_pid_, nullptr, 0);
  }
  ffmpeg_pid_ = -1;
  if (!temporary_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

void VideoWriter::add_frame(const std::vector<std::uint8_t>& rgba) {
  if (rgba.size() != static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 4)
    throw std::runtime_error("video frame of the wrong size for " + output_.string());
  if (pipe_fd_ < 0) {
    render::write_png(output_ / frame_name(frames_), width_, height_, rgba);
  } else {
    const std::uint8_t* data = rgba.data();
    std::size_t left = rgba.size();
    while (left > 0) {
      const ssize_t written = ::write(pipe_fd_, data, left);
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) {
        abort();
        throw std::runtime_error("ffmpeg stopped while writing " + output_.string() + " (see its message above)");
      }
      data += written;
      left -= static_cast<std::size_t>(written);
    }
  }
  ++frames_;
}

void VideoWriter::finish() {
  finished_ = true;
  if (pipe_fd_ < 0) {
    // A longer recording into the same folder left more frames: the sequence ends where this one does.
    std::error_code ignored;
    for (int frame = frames_; std::filesystem::remove(output_ / frame_name(frame), ignored); ++frame) {
    }
    return;
  }
  ::close(pipe_fd_);
  pipe_fd_ = -1;
  int status = 0;
  ::waitpid(ffmpeg_pid_, &status, 0);
  ffmpeg_pid_ = -1;
  std::error_code error;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::filesystem::remove(temporary_, error);
    throw std::runtime_error("ffmpeg failed to write " + output_.string() + " (see its message above)");
  }
  std::filesystem::rename(temporary_, output_, error);
  if (error) {
    std::filesystem::remove(temporary_, error);
    throw std::runtime_error("cannot write " + output_.string() + ": " + error.message());
  }
}

}  // namespace soleus::app
