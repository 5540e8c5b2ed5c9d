#pragma once
/// An offscreen picture: a multisampled colour + depth/stencil framebuffer that the scene (and
/// then the app's ImGui overlay) draws into, resolved to a single-sampled texture for display
/// (blit_to_default) or read-back (read_rgba). Colour is RGBA8 holding sRGB-encoded values.
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

  /// Reallocates when the size changes; a zero or negative size frees the buffers (minimised
  /// window) and makes the target empty.
  void resize(int width, int height);
  /// Changes the MSAA sample count (reallocates only if it changes).
  void set_samples(int samples);

  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }  // effective count after clamping (1 = none)
  bool empty() const { return width_ <= 0 || height_ <= 0; }

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

  int width_ = 0;
  int height_ = 0;
  int requested_samples_ = 4;
  int samples_ = 1;
  Framebuffer draw_framebuffer_;     // what bind() binds (multisampled when samples_ > 1)
  Renderbuffer msaa_colour_;
  Renderbuffer depth_stencil_;
  Framebuffer resolve_framebuffer_;  // single-sampled; holds colour_texture_
  Texture colour_texture_;
};

}  // namespace soleus::render
