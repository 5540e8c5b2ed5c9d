#pragma once
/// Move-only owners of GL objects: the only place a GL name lives outside a GL call. The
/// destructor deletes the object, so a wrapper must die while its context is current.
/// (No GL header here: names are plain unsigned ints.)
#include <utility>

namespace soleus::render {

/// Owns one GL name; Kind provides `static void destroy(unsigned id)`.
template <class Kind>
class GlObject {
 public:
  GlObject() = default;
  explicit GlObject(unsigned id) : id_(id) {}
  ~GlObject() { reset(); }
  GlObject(GlObject&& other) noexcept : id_(std::exchange(other.id_, 0u)) {}
  GlObject& operator=(GlObject&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, 0u);
    }
    return *this;
  }
  GlObject(const GlObject&) = delete;
  GlObject& operator=(const GlObject&) = delete;

  /// The GL name, for GL calls inside render only (0 = none).
  unsigned id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  /// Deletes the object now (the context must be current).
  void reset() {
    if (id_ != 0) Kind::destroy(id_);
    id_ = 0;
  }

 private:
  unsigned id_ = 0;
};

struct BufferKind { static void destroy(unsigned id); };
struct VertexArrayKind { static void destroy(unsigned id); };
struct ShaderKind { static void destroy(unsigned id); };
struct ProgramKind { static void destroy(unsigned id); };
struct TextureKind { static void destroy(unsigned id); };
struct FramebufferKind { static void destroy(unsigned id); };
struct RenderbufferKind { static void destroy(unsigned id); };

using Buffer = GlObject<BufferKind>;
using VertexArray = GlObject<VertexArrayKind>;
using Shader = GlObject<ShaderKind>;
using Program = GlObject<ProgramKind>;
using Texture = GlObject<TextureKind>;
using Framebuffer = GlObject<FramebufferKind>;
using Renderbuffer = GlObject<RenderbufferKind>;

/// Factories: each creates one GL object in the current context, or throws RenderError.
Buffer make_buffer();
VertexArray make_vertex_array();
Texture make_texture();
Framebuffer make_framebuffer();
Renderbuffer make_renderbuffer();
/// `stage` is GL_VERTEX_SHADER or GL_FRAGMENT_SHADER.
Shader make_shader(unsigned stage);
Program make_program();

}  // namespace soleus::render
