#include "render/render_target.h"

#include <algorithm>
#include <cstring>
#include <string>

#include <glad/gl.h>

#include "render/gl_context.h"

namespace soleus::render {
namespace {

void check_complete(const char* which) {
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  if (status != GL_FRAMEBUFFER_COMPLETE) {
    throw RenderError(std::string("offscreen ") + which + " framebuffer is incomplete (status " +
                      std::to_string(status) + ")");
  }
}

}  // namespace

RenderTarget::RenderTarget(int width, int height, int samples) : requested_samples_(samples) {
  resize(width, height);
}

RenderTarget RenderTarget::window_framebuffer(int width, int height) {
  RenderTarget target;
  target.window_ = true;
  target.requested_samples_ = 1;
  target.resize(width, height);
  return target;
}

void RenderTarget::resize(int width, int height) {
  width = std::max(width, 0);
  height = std::max(height, 0);
  if (width == width_ && height == height_ && (empty() || window_ || draw_framebuffer_)) return;
  width_ = width;
  height_ = height;
  if (!window_) allocate();
}

void RenderTarget::set_samples(int samples) {
  if (window_ || samples == requested_samples_) return;
  requested_samples_ = samples;
  allocate();
}

void RenderTarget::allocate() {
  draw_framebuffer_.reset();
  msaa_colour_.reset();
  depth_stencil_.reset();
  resolve_framebuffer_.reset();
  colour_texture_.reset();
  if (empty()) return;

  GLint max_samples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  samples_ = std::clamp(requested_samples_, 1, std::max(1, static_cast<int>(max_samples)));

  GLint previous_framebuffer = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_framebuffer);

  colour_texture_ = make_texture();
  glBindTexture(GL_TEXTURE_2D, colour_texture_.id());
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);

  resolve_framebuffer_ = make_framebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, resolve_framebuffer_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_texture_.id(), 0);

  depth_stencil_ = make_renderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, depth_stencil_.id());
  if (samples_ > 1) {
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_DEPTH24_STENCIL8, width_, height_);
    msaa_colour_ = make_renderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, msaa_colour_.id());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width_, height_);
    check_complete("resolve");
    draw_framebuffer_ = make_framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, draw_framebuffer_.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msaa_colour_.id());
  } else {
    // Without MSAA the scene draws straight into the texture's framebuffer.
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, width_, height_);
    draw_framebuffer_ = std::move(resolve_framebuffer_);
    resolve_framebuffer_ = Framebuffer();
  }
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depth_stencil_.id());
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  check_complete("drawing");
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_framebuffer));
}

GLuint RenderTarget::drawing_framebuffer() const { return window_ ? 0 : draw_framebuffer_.id(); }

GLuint RenderTarget::reading_framebuffer() const {
  if (window_) return 0;
  return samples_ > 1 ? resolve_framebuffer_.id() : draw_framebuffer_.id();
}

void RenderTarget::bind() const {
  if (empty()) return;
  glBindFramebuffer(GL_FRAMEBUFFER, drawing_framebuffer());
  glViewport(0, 0, width_, height_);
}

void RenderTarget::resolve() {
  if (empty() || samples_ <= 1) return;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, draw_framebuffer_.id());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_framebuffer_.id());
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::copy_from(const RenderTarget& source) {
  copy_from(source, PixelRect{0, 0, source.width_, source.height_}, PixelRect{0, 0, width_, height_});
}

void RenderTarget::copy_from(const RenderTarget& source, const PixelRect& from, const PixelRect& to) {
  if (empty() || source.empty() || source.samples_ > 1) return;
  const bool same_size = from.width == to.width && from.height == to.height;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source.reading_framebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, drawing_framebuffer());
  glBlitFramebuffer(from.x, from.y, from.x + from.width, from.y + from.height, to.x, to.y, to.x + to.width,
                    to.y + to.height, GL_COLOR_BUFFER_BIT, same_size ? GL_NEAREST : GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::bind_texture(int unit) const {
  if (empty() || window_) return;
  glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
  glBindTexture(GL_TEXTURE_2D, colour_texture_.id());
}

void RenderTarget::blit_to_default(int framebuffer_width, int framebuffer_height) {
  if (empty() || window_ || framebuffer_width <= 0 || framebuffer_height <= 0) return;
  resolve();
  glBindFramebuffer(GL_READ_FRAMEBUFFER, reading_framebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  const bool same_size = framebuffer_width == width_ && framebuffer_height == height_;
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, framebuffer_width, framebuffer_height, GL_COLOR_BUFFER_BIT,
                    same_size ? GL_NEAREST : GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<std::uint8_t> RenderTarget::read_rgba() {
  if (empty()) return {};
  resolve();
  const std::size_t row_bytes = static_cast<std::size_t>(width_) * 4;
  std::vector<std::uint8_t> bottom_up(row_bytes * static_cast<std::size_t>(height_));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, reading_framebuffer());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  std::vector<std::uint8_t> top_down(bottom_up.size());
  for (int y = 0; y < height_; ++y) {
    std::memcpy(&top_down[static_cast<std::size_t>(y) * row_bytes],
                &bottom_up[static_cast<std::size_t>(height_ - 1 - y) * row_bytes], row_bytes);
  }
  return top_down;
}

}  // namespace soleus::render
