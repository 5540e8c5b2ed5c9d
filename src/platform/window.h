#pragma once
/// A GLFW window with an OpenGL 3.3 core context, and the input it receives. Knows nothing of
/// rendering: the app loads GL through get_proc_address() and hands the context to render.
///
/// Order in the app:
///   platform::Window window({...});            // throws PlatformError with a user-readable message
///   render::load_gl(platform::get_proc_address);  // context is current after construction
///   ImGui_ImplGlfw_InitForOpenGL(window.native(), true);  // after: ImGui chains our callbacks
///   while (!window.should_close()) { window.poll_events(); const auto& in = window.input(); ... window.swap_buffers(); }
#include <memory>
#include <stdexcept>
#include <string>

#include "core/math.h"
#include "platform/input.h"

struct GLFWwindow;

namespace soleus::platform {

/// A window or context could not be created. what() is meant for the user as is.
class PlatformError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WindowOptions {
  int width = 1280;   // window size in screen units
  int height = 720;
  std::string title = "Soleus Lab";
  bool visible = true;  // false: hidden window, for headless capture into an offscreen target
  bool vsync = true;    // swap interval 1 (off for benchmarks)
  // A depth/stencil buffer on the window's own framebuffer, so a renderer can draw straight into
  // it (software GL: saves copying a whole offscreen picture every frame).
  bool depth_stencil = false;
};

struct Size {
  int width = 0;
  int height = 0;
  bool empty() const { return width <= 0 || height <= 0; }
};

/// GL function loader for glad: pass to render::load_gl(). Valid while a context is current.
void* get_proc_address(const char* name);

/// One window and its GL context (made current on construction). Not copyable or movable
/// (GLFW callbacks point at it); hold it by value or in a unique_ptr. GLFW is initialised by
/// the first live window and terminated with the last one. Main thread only.
class Window {
 public:
  /// Throws PlatformError: no display (with the xvfb-run hint), no GL 3.3 core (naming the
  /// version found when it can be queried), or any other GLFW failure.
  explicit Window(const WindowOptions& options);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;
  Window(Window&&) = delete;
  Window& operator=(Window&&) = delete;

  GLFWwindow* native() const { return window_; }  // for the ImGui GLFW backend

  Size framebuffer_size() const;  // pixels; 0 x 0 while minimised
  Size window_size() const;       // screen units
  Vec2 content_scale() const;     // UI scale factor of the monitor (1 = 96 dpi)

  /// True once the user closed the window (or request_close() was called).
  bool should_close() const;
  void request_close();

  /// Makes this window's context current on the calling thread (done by the constructor).
  void make_current();
  /// Presents the default framebuffer (after RenderTarget::blit_to_default).
  void swap_buffers();
  /// Swap interval 1 (vsync) or 0 (as fast as possible, for benchmarks).
  void set_vsync(bool enabled);
  void set_title(const std::string& title);
  /// False for a hidden (headless capture) window.
  bool visible() const;

  /// Clears the per-frame input, then processes pending events without waiting.
  void poll_events();
  /// Clears the per-frame input, then sleeps until an event arrives or timeout_s passes
  /// (an idle app uses this so it costs no CPU).
  void wait_events(double timeout_s);
  /// Wakes a wait_events() from another thread.
  static void post_empty_event();

  /// Input gathered by the last poll_events()/wait_events().
  const InputState& input() const { return input_; }

  /// Seconds since GLFW was initialised (monotonic).
  static double time();

 private:
  struct Callbacks;
  void begin_input_frame();

  GLFWwindow* window_ = nullptr;
  InputState input_;
  bool has_cursor_ = false;  // the first cursor event sets the position without a delta
};

}  // namespace soleus::platform
