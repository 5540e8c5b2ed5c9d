#pragma once
/// A picture the scene (and then the app's ImGui overlay) draws into. Usually offscreen: a
/// multisampled colour + depth/stencil framebuffer resolved to a single-sampled texture for
/// display (blit_to_default) or read-back (read_rgba). Or the window's own framebuffer
/// (window_framebuffer), which saves the copy to the screen where every pixel copied costs
/// (software GL). Colour is RGBA8 holding sRGB-encoded values.
#include <cstdint>
#include <vector>

#include "render/gl_objects.h"

namespace soleus::render {

/// A rectangle of pixels, origin bottom-left (GL's convention).
struct PixelRect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};

class RenderTarget {
 public:
  /// An empty target (0 x 0): every operation is a no-op until resize().
  RenderTarget() = default;
  /// samples <= 1 means no MSAA; more is clamped to the driver's maximum. Needs a current context.
  RenderTarget(int width, int height, int samples = 4);
  /// The current context's default framebuffer (framebuffer 0) as a target: nothing is
  /// allocated, samples() is 1, it has no texture to sample (bind_texture is a no-op) and
  /// blit_to_default has nothing to do. Drawing the scene straight into it needs a window
  /// created with a depth buffer (platform::WindowOptions::depth_stencil).
  static RenderTarget window_framebuffer(int width, int height);

  /// Reallocates when the size changes; a zero or negative size frees the buffers (minimised
  /// window) and makes the target empty.
  void resize(int width, int height);
  /// Changes the MSAA sample count (reallocates only if it changes); the window's framebuffer
  /// keeps the sampling it was created with.
  void set_samples(int samples);

  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }  // effective count after clamping (1 = none)
  bool empty() const { return width_ <= 0 || height_ <= 0; }
  bool is_window() const { return window_; }

  /// Binds the drawing framebuffer and sets the viewport to the whole target.
  void bind() const;
  /// Resolves the multisampled buffer into the texture (no-op without MSAA).
  void resolve();
  /// Copies the colour of a single-sampled `source` into this target's drawing buffer, scaled
  /// with bilinear filtering when the sizes differ. No-op if either is empty.
  void copy_from(const RenderTarget& source);
  /// The same for one rectangle of each (pixels, origin bottom-left).
  void copy_from(const RenderTarget& source, const PixelRect& from, const PixelRect& to);
  /// Binds the resolved colour texture to texture unit `unit` for sampling (call resolve()
  /// first when multisampled). No-op when empty.
  void bind_texture(int unit) const;
  /// Resolves, then copies the picture to the window's framebuffer (framebuffer 0), scaled
  /// if sizes differ, and leaves framebuffer 0 bound. No-op if either size is zero.
  void blit_to_default(int framebuffer_width, int framebuffer_height);
  /// Resolves and returns width*height*4 bytes of RGBA8, rows top-down (empty when empty()).
  std::vector<std::uint8_t> read_rgba();

 private:
  void allocate();
  unsigned drawing_framebuffer() const;  // the GL name bind() binds
  unsigned reading_framebuffer() const;  // the single-sampled picture to copy or read from

  int width_ = 0;
  int height_ = 0;
  int requested_samples_ = 4;
  int samples_ = 1;
  bool window_ = false;  // framebuffer 0: nothing of the members below is allocated
  Framebuffer draw_framebuffer_;     // what bind() binds (multisampled when samples_ > 1)
  Renderbuffer msaa_colour_;
  Renderbuffer depth_stencil_;
  Framebuffer resolve_framebuffer_;  // single-sampled; holds colour_texture_
  Texture colour_texture_;
};

}  // namespace soleus::render
