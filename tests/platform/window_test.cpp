#include <cstdlib>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "platform/window.h"

namespace soleus::platform {
namespace {

bool has_display() {
  const char* display = std::getenv("DISPLAY");
  return display != nullptr && display[0] != '\0';
}

WindowOptions hidden_window() {
  WindowOptions options;
  options.width = 320;
  options.height = 240;
  options.visible = false;
  options.vsync = false;
  return options;
}

// Restores DISPLAY when the test ends, whatever happens.
class DisplayOverride {
 public:
  DisplayOverride() {
    if (const char* display = std::getenv("DISPLAY")) saved_ = display;
    unsetenv("DISPLAY");
  }
  ~DisplayOverride() {
    if (saved_) setenv("DISPLAY", saved_->c_str(), 1);
  }
  DisplayOverride(const DisplayOverride&) = delete;
  DisplayOverride& operator=(const DisplayOverride&) = delete;

 private:
  std::optional<std::string> saved_;
};

TEST(Window, WithoutDisplayThrowsAnErrorThatNamesXvfbRun) {
  DisplayOverride no_display;
  try {
    Window window(hidden_window());
    FAIL() << "a window was created without a display";
  } catch (const PlatformError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("no display"), std::string::npos) << message;
    EXPECT_NE(message.find("xvfb-run"), std::string::npos) << message;
  }
}

// Mesa can be told to offer an old GL version; the request for 3.3 core must then fail with a
// message that names the version found.
TEST(Window, WithoutGl33ThrowsAnErrorThatNamesTheVersionFound) {
  if (!has_display()) GTEST_SKIP() << "no display (run under xvfb-run)";
  setenv("MESA_GL_VERSION_OVERRIDE", "2.1", 1);
  std::optional<std::string> message;
  try {
    Window window(hidden_window());
  } catch (const PlatformError& error) {
    message = error.what();
  }
  unsetenv("MESA_GL_VERSION_OVERRIDE");
  if (!message) GTEST_SKIP() << "the driver ignores MESA_GL_VERSION_OVERRIDE (not Mesa)";
  EXPECT_NE(message->find("OpenGL 3.3 core"), std::string::npos) << *message;
  EXPECT_NE(message->find("2.1"), std::string::npos) << *message;
}

TEST(Window, HiddenWindowHasAContextAndAFramebuffer) {
  if (!has_display()) GTEST_SKIP() << "no display (run under xvfb-run)";
  Window window(hidden_window());
  EXPECT_NE(window.native(), nullptr);
  EXPECT_FALSE(window.visible());
  const Size framebuffer = window.framebuffer_size();
  EXPECT_GT(framebuffer.width, 0);
  EXPECT_GT(framebuffer.height, 0);
  EXPECT_GT(window.content_scale().x, 0.0f);
  EXPECT_NE(get_proc_address("glGetString"), nullptr);
  EXPECT_FALSE(window.should_close());
  window.request_close();
  EXPECT_TRUE(window.should_close());
}

TEST(Window, WindowCanBeRecreatedAfterTheLastOneCloses) {
  if (!has_display()) GTEST_SKIP() << "no display (run under xvfb-run)";
  { Window first(hidden_window()); }
  Window second(hidden_window());
  EXPECT_NE(second.native(), nullptr);
}

TEST(Window, PollingClearsPerFrameInputAndTimeAdvances) {
  if (!has_display()) GTEST_SKIP() << "no display (run under xvfb-run)";
  Window window(hidden_window());
  const double start = Window::time();
  window.poll_events();
  window.wait_events(0.01);
  const InputState& input = window.input();
  EXPECT_TRUE(input.keys_pressed.empty());
  EXPECT_EQ(input.scroll_delta, Vec2(0.0f));
  EXPECT_FALSE(input.was_pressed(MouseButton::Left));
  EXPECT_GE(Window::time(), start);
}

}  // namespace
}  // namespace soleus::platform
