#pragma once
/// Loading the GL 3.3 core entry points, and GL error checks. Nothing here includes GL headers,
/// so the app can include it next to GLFW or ImGui in any order.
#include <stdexcept>
#include <string>
#include <string_view>

namespace soleus::render {

/// A GL resource or shader could not be created, or the context is unusable. what() names the
/// file / object and the reason.
class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Returns the address of a GL function (platform::get_proc_address fits).
using GlProcLoader = void* (*)(const char* name);

/// Loads the GL functions for the context current on this thread. Call once after the window
/// exists and before creating anything in render. Throws RenderError if loading fails or the
/// context is below OpenGL 3.3 (the message names the version found).
void load_gl(GlProcLoader loader);

/// "4.5 (Core Profile) Mesa 22.3.6 / llvmpipe (LLVM 15.0.6, 256 bits)" (after load_gl).
std::string gl_description();

/// True on a CPU rasteriser (Mesa llvmpipe, softpipe, swrast), where MSAA roughly doubles the
/// frame time: the app may then start with RenderSettings::msaa_samples = 0 (after load_gl).
bool is_software_renderer();

/// Whether the current context's window framebuffer (framebuffer 0) has a depth buffer (after
/// load_gl). A window that asked for one may still get none; the scene then needs an offscreen
/// target.
bool window_framebuffer_has_depth();

/// Makes GL sample `texture` (a 2D texture name) with nearest filtering: for an atlas drawn
/// texel for pixel, such as ImGui's font atlas rasterised without oversampling, the picture is
/// the same and software GL fetches one texel per pixel instead of four.
void use_nearest_filtering(unsigned int texture);

/// Drains glGetError(), logging each error as a warning with `where`; returns how many there were
/// (0 = clean). Cheap enough for a smoke test every frame, not meant for inner loops.
int check_gl_errors(std::string_view where);

}  // namespace soleus::render
