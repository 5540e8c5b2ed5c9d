#include "platform/window.h"

#include <cstdlib>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "core/log.h"

namespace soleus::platform {
namespace {

constexpr const char* kXvfbHint = "Run under a virtual display: xvfb-run -a soleus-lab ...";

int g_live_windows = 0;
std::string g_last_glfw_error;  // the latest GLFW error text, for exception messages

void on_glfw_error(int code, const char* description) {
  g_last_glfw_error = description ? description : "unknown error";
  core::log_warning("GLFW error " + std::to_string(code) + ": " + g_last_glfw_error);
}

void acquire_glfw() {
  if (g_live_windows > 0) return;
  glfwSetErrorCallback(on_glfw_error);
  // GLFW 3.3 on Linux talks to X11 only, so a missing DISPLAY is the usual headless failure.
  const char* display = std::getenv("DISPLAY");
  if (display == nullptr || display[0] == '\0') {
    throw PlatformError(std::string("cannot open a window: no display (DISPLAY is not set). ") + kXvfbHint);
  }
  g_last_glfw_error.clear();
  if (glfwInit() != GLFW_TRUE) {
    throw PlatformError("cannot open a window: cannot connect to display '" + std::string(display) +
                        "' (" + g_last_glfw_error + "). " + kXvfbHint);
  }
}

void release_glfw() {
  if (g_live_windows == 0) glfwTerminate();
}

// Creates a throwaway default context to name the GL version the driver does offer.
std::string probe_gl_version() {
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  GLFWwindow* probe = glfwCreateWindow(16, 16, "probe", nullptr, nullptr);
  if (probe == nullptr) return {};
  GLFWwindow* previous = glfwGetCurrentContext();
  glfwMakeContextCurrent(probe);
  using GetString = const unsigned char* (*)(unsigned int);
  constexpr unsigned int kGlVersion = 0x1F02;  // GL_VERSION
  std::string version;
  if (auto get_string = reinterpret_cast<GetString>(glfwGetProcAddress("glGetString"))) {
    if (const unsigned char* text = get_string(kGlVersion)) version = reinterpret_cast<const char*>(text);
  }
  glfwMakeContextCurrent(previous);
  glfwDestroyWindow(probe);
  return version;
}

Modifiers modifiers_from_glfw(int mods) {
  Modifiers m;
  m.shift = (mods & GLFW_MOD_SHIFT) != 0;
  m.control = (mods & GLFW_MOD_CONTROL) != 0;
  m.alt = (mods & GLFW_MOD_ALT) != 0;
  m.super = (mods & GLFW_MOD_SUPER) != 0;
  return m;
}

}  // namespace

// GLFW callbacks; installed before ImGui's, which chain to them.
struct Window::Callbacks {
  static Window& self(GLFWwindow* w) { return *static_cast<Window*>(glfwGetWindowUserPointer(w)); }

  static void cursor(GLFWwindow* w, double x, double y) {
    Window& window = self(w);
    const Vec2 position(static_cast<float>(x), static_cast<float>(y));
    if (window.has_cursor_) window.input_.mouse_delta += position - window.input_.mouse_position;
    window.input_.mouse_position = position;
    window.has_cursor_ = true;
  }
  static void button(GLFWwindow* w, int button, int action, int mods) {
    if (button < 0 || button >= kMouseButtonCount) return;
    InputState& in = self(w).input_;
    in.modifiers = modifiers_from_glfw(mods);
    const bool down = action == GLFW_PRESS;
    in.mouse_down[button] = down;
    (down ? in.mouse_pressed : in.mouse_released)[button] = true;
  }
  static void scroll(GLFWwindow* w, double dx, double dy) {
    self(w).input_.scroll_delta += Vec2(static_cast<float>(dx), static_cast<float>(dy));
  }
  static void key(GLFWwindow* w, int key, int /*scancode*/, int action, int mods) {
    InputState& in = self(w).input_;
    in.modifiers = modifiers_from_glfw(mods);
    if (action == GLFW_RELEASE || key == GLFW_KEY_UNKNOWN) return;
    in.keys_pressed.push_back(KeyPress{key, in.modifiers, action == GLFW_REPEAT});
  }
  static void framebuffer(GLFWwindow* w, int /*width*/, int /*height*/) {
    self(w).input_.framebuffer_resized = true;
  }

  static void drop(GLFWwindow* w, int count, const char** paths) {
    for (int i = 0; i < count; ++i) self(w).input_.dropped_paths.emplace_back(paths[i]);
  }
};

void* get_proc_address(const char* name) { return reinterpret_cast<void*>(glfwGetProcAddress(name)); }

Window::Window(const WindowOptions& options) {
  acquire_glfw();
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  // Multisampling, when wanted, happens in the renderer's own offscreen target.
  glfwWindowHint(GLFW_DEPTH_BITS, options.depth_stencil ? 24 : 0);
  glfwWindowHint(GLFW_STENCIL_BITS, options.depth_stencil ? 8 : 0);
  glfwWindowHint(GLFW_SAMPLES, 0);

  g_last_glfw_error.clear();
  const int width = options.width > 0 ? options.width : 1;
  const int height = options.height > 0 ? options.height : 1;
  window_ = glfwCreateWindow(width, height, options.title.c_str(), nullptr, nullptr);
  if (window_ == nullptr) {
    const int code = glfwGetError(nullptr);
    std::string message;
    if (code == GLFW_VERSION_UNAVAILABLE || code == GLFW_API_UNAVAILABLE) {
      const std::string found = probe_gl_version();
      message = "cannot create an OpenGL 3.3 core context: the driver offers " +
                (found.empty() ? std::string("an older or no OpenGL version") : "OpenGL " + found) +
                " (" + g_last_glfw_error + "). Update the graphics driver, or use Mesa's software "
                "renderer: LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a soleus-lab ...";
    } else {
      message = "cannot open a window: " + (g_last_glfw_error.empty() ? "unknown GLFW error" : g_last_glfw_error);
    }
    release_glfw();
    throw PlatformError(message);
  }
  ++g_live_windows;

  glfwSetWindowUserPointer(window_, this);
  glfwSetCursorPosCallback(window_, Callbacks::cursor);
  glfwSetMouseButtonCallback(window_, Callbacks::button);
  glfwSetScrollCallback(window_, Callbacks::scroll);
  glfwSetKeyCallback(window_, Callbacks::key);
  glfwSetFramebufferSizeCallback(window_, Callbacks::framebuffer);
  glfwSetDropCallback(window_, Callbacks::drop);

  glfwMakeContextCurrent(window_);
  set_vsync(options.vsync);
}

Window::~Window() {
  glfwDestroyWindow(window_);
  --g_live_windows;
  release_glfw();
}

Size Window::framebuffer_size() const {
  Size size;
  glfwGetFramebufferSize(window_, &size.width, &size.height);
  return size;
}

Size Window::window_size() const {
  Size size;
  glfwGetWindowSize(window_, &size.width, &size.height);
  return size;
}

Vec2 Window::content_scale() const {
  float x = 1.0f;
  float y = 1.0f;
  glfwGetWindowContentScale(window_, &x, &y);
  return Vec2(x, y);
}

bool Window::should_close() const { return glfwWindowShouldClose(window_) == GLFW_TRUE; }
void Window::request_close() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }
void Window::make_current() { glfwMakeContextCurrent(window_); }
void Window::swap_buffers() { glfwSwapBuffers(window_); }

void Window::set_vsync(bool enabled) {
  GLFWwindow* previous = glfwGetCurrentContext();
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(enabled ? 1 : 0);
  glfwMakeContextCurrent(previous);
}

void Window::set_title(const std::string& title) { glfwSetWindowTitle(window_, title.c_str()); }
bool Window::visible() const { return glfwGetWindowAttrib(window_, GLFW_VISIBLE) == GLFW_TRUE; }

void Window::begin_input_frame() {
  input_.mouse_delta = Vec2(0.0f);
  input_.scroll_delta = Vec2(0.0f);
  for (int i = 0; i < kMouseButtonCount; ++i) input_.mouse_pressed[i] = input_.mouse_released[i] = false;
  input_.keys_pressed.clear();
  input_.framebuffer_resized = false;
  input_.dropped_paths.clear();
}

void Window::poll_events() {
  begin_input_frame();
  glfwPollEvents();
}

void Window::wait_events(double timeout_s) {
  begin_input_frame();
  if (timeout_s > 0.0) {
    glfwWaitEventsTimeout(timeout_s);
  } else {
    glfwPollEvents();
  }
}

void Window::post_empty_event() { glfwPostEmptyEvent(); }

double Window::time() { return glfwGetTime(); }

}  // namespace soleus::platform
