#pragma once
// Helpers for tests that run the real binary: run a command line, capture its output and exit
// code, and load the PNG it wrote.
#include <stb_image.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace soleus::testing {

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// The binary under test: this build's, or SOLEUS_TEST_APP_BINARY's (./test.sh runs these tests
// against the sanitizer build's app without building them a second time).
inline std::string app_binary() {
  const char* chosen = std::getenv("SOLEUS_TEST_APP_BINARY");
  return chosen && *chosen ? chosen : SOLEUS_APP_BINARY;
}

// SOLEUS_TEST_APP_ENV (set by ./test.sh --sanitize) is put before every command: assignments the
// app needs and the test runner must not have (an LD_PRELOAD).
inline RunResult run_app(const std::string& arguments, const std::string& environment = "") {
  const char* extra = std::getenv("SOLEUS_TEST_APP_ENV");
  const std::string command =
      environment + " " + (extra ? extra : "") + " " + app_binary() + " " + arguments + " 2>&1";
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe)) result.output += buffer.data();
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Runs the app and checks it exited 0; on failure the message shows the command and its output.
#define ASSERT_APP_RUNS(arguments)                                                          \
  do {                                                                                      \
    const ::soleus::testing::RunResult app_run_ = ::soleus::testing::run_app(arguments);    \
    ASSERT_EQ(app_run_.exit_code, 0) << (arguments) << "\n" << app_run_.output;             \
  } while (0)
#define EXPECT_APP_RUNS(arguments)                                                          \
  do {                                                                                      \
    const ::soleus::testing::RunResult app_run_ = ::soleus::testing::run_app(arguments);    \
    EXPECT_EQ(app_run_.exit_code, 0) << (arguments) << "\n" << app_run_.output;             \
  } while (0)

struct Image {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgb;  // width * height * 3
  const unsigned char* at(int x, int y) const { return &rgb[(static_cast<std::size_t>(y) * width + x) * 3]; }
};

inline Image load_png(const std::filesystem::path& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.string().c_str(), &image.width, &image.height, &channels, 3);
  if (!data) return image;
  image.rgb.assign(data, data + static_cast<std::size_t>(image.width) * image.height * 3);
  stbi_image_free(data);
  return image;
}

// Pixels that differ noticeably between two images of the same size.
inline std::size_t changed_pixels(const Image& a, const Image& b, std::vector<bool>* mask = nullptr) {
  std::size_t count = 0;
  if (mask) mask->assign(static_cast<std::size_t>(a.width) * a.height, false);
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const unsigned char* p = a.at(x, y);
      const unsigned char* q = b.at(x, y);
      const int diff = std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]);
      if (diff > 24) {
        ++count;
        if (mask) (*mask)[static_cast<std::size_t>(y) * a.width + x] = true;
      }
    }
  return count;
}

inline bool have_display() { return std::getenv("DISPLAY") != nullptr; }
#define REQUIRE_DISPLAY() \
  if (!::soleus::testing::have_display()) GTEST_SKIP() << "no display: run under xvfb-run (test.sh does)"

inline std::filesystem::path temp_png(const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("soleus_test_" + name + ".png");
  std::filesystem::remove(path);
  return path;
}

}  // namespace soleus::testing
