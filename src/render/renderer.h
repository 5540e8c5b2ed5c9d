#pragma once
/// Draws a scene::DrawList into a RenderTarget: background gradient, ground with a contact
/// shadow, opaque items near to far, then transparent items far to near (each with a depth
/// pre-pass so only its nearest layer blends), cut by the draw list's section plane with each
/// closed, opaque structure's cut face capped in its colour (stencil), lit by a camera-relative three-point studio
/// light, optionally followed by FXAA. Lighting is computed in linear RGB from the draw list's
/// linear colours; the target stores sRGB-encoded values (so ImGui, which works in sRGB, draws
/// over it unchanged; blending of translucent layers happens on encoded values).
///
/// Per frame (GL 3.3 context current, after load_gl):
///   target.resize(fb.width, fb.height);
///   renderer.render(draw_list, camera, target, settings);   // leaves the target bound
///   ... ImGui_ImplOpenGL3_RenderDrawData(...) into the same target ...
///   target.blit_to_default(fb.width, fb.height);  or  target.read_rgba() for a screenshot
///   window.swap_buffers();
/// When the model is replaced, call meshes().clear() (GPU copies are keyed by mesh address).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <unordered_map>
#include <vector>

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
  std::size_t shadow_triangles = 0;  // drawn into the contact shadow map this frame (0 = reused)
  int skinned_meshes = 0;            // meshes skinned on the GPU this frame (0 when no pose changed)
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

  /// Draws a small stand-in scene (every material, opaque and translucent, on the ground) once
  /// with each of `variants` into a tiny offscreen target, so that software GL compiles its
  /// shader variants now, for instance while a model loads on another thread, rather than in
  /// the first real frame (~0.1 s on llvmpipe). Leaves no trace: the next render() starts
  /// afresh (the contact shadow included).
  void warm_up(const std::vector<RenderSettings>& variants);

  /// Recompiles the shaders from the same directory; on error throws and keeps the old ones.
  void reload_shaders();

  MeshCache& meshes() { return meshes_; }
  const RenderStats& stats() const { return stats_; }

 private:
  // A compiled variant and the frame whose shared uniforms (camera, lights) it last received.
  struct Variant {
    ShaderProgram program;
    std::uint64_t prepared_frame = 0;
  };
  struct FrameState;  // per-frame camera and lights (renderer.cpp)

  ShaderProgram& surface_program(bool fibres, const FrameState& frame);
  ShaderProgram& ground_program(bool grid, bool contact_shadow);
  void draw_background(const scene::DrawList& draw_list);
  void draw_ground(const scene::DrawList& draw_list, const FrameState& frame, const RenderSettings& settings);
  /// Renders the top-down occlusion map unless nothing it depends on changed since last time.
  void update_contact_shadow(const scene::DrawList& draw_list, const RenderSettings& settings);
  /// Skins, once, every skinned mesh whose pose changed into its posed buffer (transform
  /// feedback: no vertex crosses from the CPU), so every pass draws it without skinning again.
  void pose_skinned_meshes(const scene::DrawList& draw_list);
  /// The item's GPU mesh, with its skin weights when it is skinned.
  const GpuMesh& gpu_mesh(const scene::DrawItem& item);
  void draw_item(const scene::DrawItem& item, const GpuMesh& mesh, ShaderProgram& program);

  std::filesystem::path shader_dir_;
  std::unordered_map<int, Variant> surface_variants_;  // key: 1 with fibres (striation), 0 without
  std::unordered_map<int, Variant> ground_variants_;   // key: grid * 2 + contact shadow
  ShaderProgram background_;
  ShaderProgram fxaa_;
  ShaderProgram depth_only_;
  ShaderProgram contact_shadow_program_;
  ShaderProgram skin_program_;  // skin.vert: rest vertices -> posed buffer (transform feedback)
  MeshCache meshes_;
  struct CpuSkinned {  // a mesh skinned on the CPU (skin_on_gpu off, or more joints than the palette)
    core::TriangleMesh mesh;
    std::vector<Mat4> joint_matrices;  // the pose it holds
    std::uint64_t used_frame = 0;      // dropped after a frame that did not draw it
  };
  std::unordered_map<const core::TriangleMesh*, CpuSkinned> cpu_skinned_;  // key: the rest mesh
  core::TriangleMesh cap_quad_;  // placed on the section plane for each cut face (cap_transform)
  RenderTarget fxaa_input_;  // the scene before FXAA (single-sampled, same size as the target)
  RenderTarget scaled_;      // the scene at RenderSettings::render_scale, before scaling up
  VertexArray empty_vertex_array_;  // core profile needs a VAO even for buffer-less draws
  std::uint64_t frame_ = 0;
  bool skin_on_gpu_ = true;  // this frame's RenderSettings::skin_on_gpu
  RenderStats stats_;

  struct ShadowCaster {
    const core::TriangleMesh* mesh = nullptr;
    std::uint64_t revision = 0;
    Mat4 transform{1.0f};
    std::vector<Mat4> joint_matrices;  // its pose, when skinned
    bool operator==(const ShadowCaster& o) const {
      return mesh == o.mesh && revision == o.revision && transform == o.transform && joint_matrices == o.joint_matrices;
    }
  };
  struct ContactShadowInputs {  // what the occlusion map was rendered from
    float ground_y = 0.0f;
    Vec3 bounds_min{0.0f};
    Vec3 bounds_max{0.0f};
    int resolution = 0;
    bool cull_back_faces = false;
    std::vector<ShadowCaster> casters;
    bool operator==(const ContactShadowInputs& o) const {
      return ground_y == o.ground_y && bounds_min == o.bounds_min && bounds_max == o.bounds_max &&
             resolution == o.resolution && cull_back_faces == o.cull_back_faces && casters == o.casters;
    }
  };
  struct ContactShadow {  // top-down occlusion map of the ground
    Framebuffer framebuffer;
    Texture texture;
    int resolution = 0;
    float min_x = 0.0f;  // world square it covers (m)
    float min_z = 0.0f;
    float size = 0.0f;
    ContactShadowInputs inputs;  // skip the pass while these are unchanged
    std::uint64_t drawn_frame = 0;  // Renderer frame of the last redraw
    bool valid = false;
  };
  ContactShadow contact_;
};

}  // namespace soleus::render
