#include "render/gl_context.h"

#include <glad/gl.h>

#include "core/log.h"

namespace soleus::render {
namespace {

const char* gl_string(GLenum name) {
  const GLubyte* text = glGetString(name);
  return text ? reinterpret_cast<const char*>(text) : "?";
}

const char* gl_error_name(GLenum error) {
  switch (error) {
    case GL_INVALID_ENUM: return "GL_INVALID_ENUM";
    case GL_INVALID_VALUE: return "GL_INVALID_VALUE";
    case GL_INVALID_OPERATION: return "GL_INVALID_OPERATION";
    case GL_INVALID_FRAMEBUFFER_OPERATION: return "GL_INVALID_FRAMEBUFFER_OPERATION";
    case GL_OUT_OF_MEMORY: return "GL_OUT_OF_MEMORY";
    default: return "unknown GL error";
  }
}

}  // namespace

void load_gl(GlProcLoader loader) {
  const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(loader));
  if (version == 0) {
    throw RenderError("cannot load OpenGL functions: no current OpenGL context, or the driver is unusable");
  }
  if (GLAD_VERSION_MAJOR(version) < 3 || (GLAD_VERSION_MAJOR(version) == 3 && GLAD_VERSION_MINOR(version) < 3)) {
    throw RenderError(std::string("OpenGL 3.3 core is required, but the context offers OpenGL ") +
                      gl_string(GL_VERSION) + " (" + gl_string(GL_RENDERER) +
                      "). Update the graphics driver, or run with Mesa's software renderer under "
                      "a virtual display: xvfb-run -a soleus-lab ...");
  }
  // A fresh context can carry an error from the loader's probing; start clean.
  while (glGetError() != GL_NO_ERROR) {
  }
}

std::string gl_description() {
  return std::string(gl_string(GL_VERSION)) + " / " + gl_string(GL_RENDERER);
}

bool is_software_renderer() {
  const std::string renderer = gl_string(GL_RENDERER);
  for (const char* name : {"llvmpipe", "softpipe", "swrast"}) {
    if (renderer.find(name) != std::string::npos) return true;
  }
  return false;
}

bool window_framebuffer_has_depth() {
  GLint previous = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  GLint depth_bits = 0;
  glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, GL_DEPTH, GL_FRAMEBUFFER_ATTACHMENT_DEPTH_SIZE,
                                        &depth_bits);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(previous));
  return depth_bits > 0;
}

void use_nearest_filtering(unsigned int texture) {
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
}

int check_gl_errors(std::string_view where) {
  int count = 0;
  // Bounded: a lost context can return errors forever.
  for (GLenum error = glGetError(); error != GL_NO_ERROR && count < 32; error = glGetError()) {
    core::log_warning(std::string("OpenGL error ") + gl_error_name(error) + " at " + std::string(where));
    ++count;
  }
  return count;
}

}  // namespace soleus::render
