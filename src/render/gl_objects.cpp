#include "render/gl_objects.h"

#include <glad/gl.h>

#include "render/gl_context.h"

namespace soleus::render {
namespace {

template <class Object>
Object checked(GLuint id, const char* what) {
  if (id == 0) throw RenderError(std::string("cannot create a GL ") + what + " (out of resources?)");
  return Object(id);
}

}  // namespace

void BufferKind::destroy(unsigned id) { glDeleteBuffers(1, &id); }
void VertexArrayKind::destroy(unsigned id) { glDeleteVertexArrays(1, &id); }
void ShaderKind::destroy(unsigned id) { glDeleteShader(id); }
void ProgramKind::destroy(unsigned id) { glDeleteProgram(id); }
void TextureKind::destroy(unsigned id) { glDeleteTextures(1, &id); }
void FramebufferKind::destroy(unsigned id) { glDeleteFramebuffers(1, &id); }
void RenderbufferKind::destroy(unsigned id) { glDeleteRenderbuffers(1, &id); }

Buffer make_buffer() {
  GLuint id = 0;
  glGenBuffers(1, &id);
  return checked<Buffer>(id, "buffer");
}

VertexArray make_vertex_array() {
  GLuint id = 0;
  glGenVertexArrays(1, &id);
  return checked<VertexArray>(id, "vertex array");
}

Texture make_texture() {
  GLuint id = 0;
  glGenTextures(1, &id);
  return checked<Texture>(id, "texture");
}

Framebuffer make_framebuffer() {
  GLuint id = 0;
  glGenFramebuffers(1, &id);
  return checked<Framebuffer>(id, "framebuffer");
}

Renderbuffer make_renderbuffer() {
  GLuint id = 0;
  glGenRenderbuffers(1, &id);
  return checked<Renderbuffer>(id, "renderbuffer");
}

Shader make_shader(unsigned stage) { return checked<Shader>(glCreateShader(stage), "shader"); }

Program make_program() { return checked<Program>(glCreateProgram(), "program"); }

}  // namespace soleus::render
