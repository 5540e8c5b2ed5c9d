#pragma once
/// Draws a scene::DrawList into a RenderTarget: background gradient, ground with a contact
/// shadow, opaque items, then transparent items back to front (each with a depth pre-pass so
/// only its nearest layer blends), lit by a camera-relative three-point studio light.
///
/// Per frame (GL 3.3 context current, after load_gl):
///   target.resize(fb.width, fb.height);
///   renderer.render(draw_list, camera, target, settings);   // leaves the target bound
///   ... ImGui_ImplOpenGL3_RenderDrawData(...) into the same target ...
///   target.blit_to_default(fb.width, fb.height);  or  target.read_rgba() for a screenshot
///   window.swap_buffers();
#include <cstddef>
#include <filesystem>

#include "render/mesh_cache.h"
#include "render/render_settings.h"
#include "render/render_target.h"
#include "render/shader_program.h"
#include "scene/camera.h"
#include "scene/draw_list.h"

namespace soleus::render {

struct RenderStats {
  int draw_calls = 0;          // mesh draws, pre-passes and shadow included
  std::size_t triangles = 0;   // triangles of the items drawn (each counted once)
  int transparent_items = 0;
};

class Renderer {
 public:
  /// Compiles the shaders from shader_dir (pass SOLEUS_SHADERS_DIR in development; files
  /// missing there fall back to copies embedded at build time). Throws RenderError naming the
  /// file and the compiler log. Needs a current context after load_gl().
  explicit Renderer(const std::filesystem::path& shader_dir);

  /// Draws one frame into `target` (no-op if it is empty) and leaves it bound with its
  /// viewport set, blending and depth test off. Items whose mesh is null or empty are skipped.
  /// The draw list's meshes must stay alive until the next render() or MeshCache::forget().
  void render(const scene::DrawList& draw_list, const scene::OrbitCamera& camera, RenderTarget& target,
              const RenderSettings& settings = {});

  /// Recompiles the shaders from the same directory; on error throws and keeps the old ones.
  void reload_shaders();

  MeshCache& meshes() { return meshes_; }
  const RenderStats& stats() const { return stats_; }

 private:
  struct Programs {
    ShaderProgram background;
    ShaderProgram ground;
    ShaderProgram surface;
    ShaderProgram depth_only;
    ShaderProgram contact_shadow;
  };
  static Programs load_programs(const std::filesystem::path& shader_dir);

  struct ContactShadow {  // top-down occlusion map of the ground
    float min_x = 0.0f;   // world rectangle it covers (m)
    float min_z = 0.0f;
    float size = 0.0f;
    bool valid = false;
  };
  ContactShadow draw_contact_shadow(const scene::DrawList& draw_list, const RenderSettings& settings);
  void draw_item(const scene::DrawItem& item, const GpuMesh& mesh, ShaderProgram& program);

  std::filesystem::path shader_dir_;
  Programs programs_;
  MeshCache meshes_;
  VertexArray empty_vertex_array_;  // core profile needs a VAO even for buffer-less draws
  Framebuffer contact_framebuffer_;
  Texture contact_texture_;
  int contact_resolution_ = 0;
  RenderStats stats_;
};

}  // namespace soleus::render
