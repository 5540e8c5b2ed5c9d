#include "render/renderer.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <glad/gl.h>

namespace soleus::render {
namespace {

constexpr float kOpaqueThreshold = 0.999f;  // opacity at or above this draws in the opaque pass
constexpr float kInvisibleThreshold = 0.002f;

// Studio lights, given in view space (x right, y up, z towards the viewer) so the leg is lit
// the same from every orbit angle, the way an illustrator lights a plate.
const Vec3 kKeyDirectionView = glm::normalize(Vec3(-0.55f, 0.65f, 0.55f));   // upper left, in front
const Vec3 kFillDirectionView = glm::normalize(Vec3(0.75f, 0.05f, 0.45f));   // right, low
const Vec3 kRimDirectionView = glm::normalize(Vec3(0.35f, 0.45f, -0.85f));   // behind, above
const Vec3 kKeyColour(1.10f, 1.04f, 0.96f);    // warm
const Vec3 kFillColour(0.30f, 0.33f, 0.40f);   // cool
const Vec3 kRimColour(0.50f, 0.50f, 0.53f);
const Vec3 kSkyAmbient(0.26f, 0.28f, 0.32f);
const Vec3 kGroundAmbient(0.14f, 0.12f, 0.11f);

constexpr float kShadowStrength = 0.55f;

Mat3 normal_matrix(const Mat4& model) { return glm::transpose(glm::inverse(Mat3(model))); }

// Orthographic top-down projection of the square [min_x, min_x+size] x [min_z, min_z+size] to clip
// x/y (depth unused: the occlusion map blends with MAX).
Mat4 top_down_projection(float min_x, float min_z, float size) {
  Mat4 m(0.0f);
  m[0][0] = 2.0f / size;                     // x -> clip x
  m[2][1] = 2.0f / size;                     // z -> clip y
  m[3][0] = -2.0f * min_x / size - 1.0f;
  m[3][1] = -2.0f * min_z / size - 1.0f;
  m[3][3] = 1.0f;
  return m;
}

}  // namespace

Renderer::Renderer(const std::filesystem::path& shader_dir)
    : shader_dir_(shader_dir), programs_(load_programs(shader_dir)), empty_vertex_array_(make_vertex_array()) {}

Renderer::Programs Renderer::load_programs(const std::filesystem::path& shader_dir) {
  Programs p;
  p.background = ShaderProgram(shader_dir, "fullscreen.vert", "background.frag");
  p.ground = ShaderProgram(shader_dir, "ground.vert", "ground.frag");
  p.surface = ShaderProgram(shader_dir, "surface.vert", "surface.frag");
  p.depth_only = ShaderProgram(shader_dir, "surface.vert", "depth_only.frag");
  p.contact_shadow = ShaderProgram(shader_dir, "surface.vert", "contact_shadow.frag");
  return p;
}

void Renderer::reload_shaders() { programs_ = load_programs(shader_dir_); }

void Renderer::draw_item(const scene::DrawItem& item, const GpuMesh& mesh, ShaderProgram& program) {
  program.set("u_model", item.transform);
  program.set("u_normal_matrix", normal_matrix(item.transform));
  glBindVertexArray(mesh.vertex_array.id());
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(mesh.index_count), GL_UNSIGNED_INT, nullptr);
  ++stats_.draw_calls;
}

Renderer::ContactShadow Renderer::draw_contact_shadow(const scene::DrawList& draw_list,
                                                      const RenderSettings& settings) {
  ContactShadow shadow;
  const core::Aabb& bounds = draw_list.bounds;
  if (bounds.empty()) return shadow;
  const Vec3 size = bounds.size();
  // The map covers the footprint plus a margin for the blur.
  const float margin = 0.08f + 0.15f * std::max(size.x, size.z);
  shadow.size = std::max(size.x, size.z) + 2.0f * margin;
  shadow.min_x = bounds.centre().x - 0.5f * shadow.size;
  shadow.min_z = bounds.centre().z - 0.5f * shadow.size;
  const float falloff = std::clamp(0.5f * size.y, 0.05f, 0.4f);  // m above the ground

  const int resolution = std::clamp(settings.contact_shadow_resolution, 16, 2048);
  if (!contact_texture_ || contact_resolution_ != resolution) {
    contact_texture_ = make_texture();
    glBindTexture(GL_TEXTURE_2D, contact_texture_.id());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, resolution, resolution, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_BORDER);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_BORDER);
    const float no_occlusion[4] = {0.0f, 0.0f, 0.0f, 0.0f};
    glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, no_occlusion);
    glGenerateMipmap(GL_TEXTURE_2D);
    contact_framebuffer_ = make_framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, contact_framebuffer_.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, contact_texture_.id(), 0);
    contact_resolution_ = resolution;
  }

  glBindFramebuffer(GL_FRAMEBUFFER, contact_framebuffer_.id());
  glViewport(0, 0, resolution, resolution);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendEquation(GL_MAX);
  glBlendFunc(GL_ONE, GL_ONE);

  ShaderProgram& program = programs_.contact_shadow;
  program.use();
  program.set("u_view_projection", top_down_projection(shadow.min_x, shadow.min_z, shadow.size));
  program.set("u_ground_y", draw_list.ground_y);
  program.set("u_falloff", falloff);
  for (const scene::DrawItem& item : draw_list.items) {
    if (item.mesh == nullptr || item.mesh->indices.empty() || item.opacity < kInvisibleThreshold) continue;
    program.set("u_opacity", std::min(1.0f, item.opacity * 1.5f));
    draw_item(item, meshes_.get(*item.mesh), program);
  }
  glBlendEquation(GL_FUNC_ADD);
  glDisable(GL_BLEND);

  glBindTexture(GL_TEXTURE_2D, contact_texture_.id());
  glGenerateMipmap(GL_TEXTURE_2D);  // the mip chain is the blur
  glBindTexture(GL_TEXTURE_2D, 0);
  shadow.valid = true;
  return shadow;
}

void Renderer::render(const scene::DrawList& draw_list, const scene::OrbitCamera& camera, RenderTarget& target,
                      const RenderSettings& settings) {
  stats_ = RenderStats{};
  target.set_samples(settings.msaa_samples);
  if (target.empty()) return;

  const float aspect = static_cast<float>(target.width()) / static_cast<float>(target.height());
  const Mat4 view = camera.view();
  const Mat4 view_projection = camera.projection(aspect) * view;
  const Vec3 eye = camera.eye();
  const Mat3 view_to_world = glm::transpose(Mat3(view));

  const bool draw_ground = settings.ground && draw_list.show_ground && !draw_list.bounds.empty() &&
                           eye.y > draw_list.ground_y;
  ContactShadow shadow;
  if (draw_ground && settings.contact_shadow) shadow = draw_contact_shadow(draw_list, settings);

  target.bind();
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_CULL_FACE);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glDepthMask(GL_TRUE);
  glClearDepth(1.0);
  glClearStencil(0);
  glClear(GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);

  // Background: covers every pixel, so no colour clear is needed.
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glBindVertexArray(empty_vertex_array_.id());
  programs_.background.use();
  programs_.background.set("u_top_colour", draw_list.background_top);
  programs_.background.set("u_bottom_colour", draw_list.background_bottom);
  glDrawArrays(GL_TRIANGLES, 0, 3);

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  if (draw_ground) {
    const Vec3 size = draw_list.bounds.size();
    const Vec3 centre(draw_list.bounds.centre().x, draw_list.ground_y, draw_list.bounds.centre().z);
    const float radius = 1.4f * std::max({size.x, size.y, size.z, 0.2f});
    // A floor a little lighter than the lower background, so it reads as a surface that
    // fades into the studio backdrop.
    const Vec3 ground_colour = glm::mix(draw_list.background_bottom, Vec3(1.0f), 0.18f);
    ShaderProgram& ground = programs_.ground;
    ground.use();
    ground.set("u_view_projection", view_projection);
    ground.set("u_ground_centre", centre);
    ground.set("u_ground_radius", radius);
    ground.set("u_ground_colour", ground_colour);
    ground.set("u_camera_position", eye);
    ground.set("u_grid", settings.ground_grid ? 1 : 0);
    ground.set("u_has_contact_shadow", shadow.valid ? 1 : 0);
    ground.set("u_contact_shadow", 0);
    ground.set("u_shadow_strength", kShadowStrength);
    if (shadow.valid) {
      ground.set("u_contact_rect", Vec4(shadow.min_x, shadow.min_z, 1.0f / shadow.size, 1.0f / shadow.size));
      glActiveTexture(GL_TEXTURE0);
      glBindTexture(GL_TEXTURE_2D, contact_texture_.id());
    }
    glEnable(GL_BLEND);
    // Pushed back so a sole resting exactly on the ground does not z-fight with it.
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(1.0f, 4.0f);
    glBindVertexArray(empty_vertex_array_.id());
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glDisable(GL_POLYGON_OFFSET_FILL);
    glDisable(GL_BLEND);
    glBindTexture(GL_TEXTURE_2D, 0);
  }

  ShaderProgram& surface = programs_.surface;
  surface.use();
  surface.set("u_view_projection", view_projection);
  surface.set("u_camera_position", eye);
  surface.set("u_key_direction", glm::normalize(view_to_world * kKeyDirectionView));
  surface.set("u_fill_direction", glm::normalize(view_to_world * kFillDirectionView));
  surface.set("u_rim_direction", glm::normalize(view_to_world * kRimDirectionView));
  surface.set("u_key_colour", kKeyColour);
  surface.set("u_fill_colour", kFillColour);
  surface.set("u_rim_colour", kRimColour);
  surface.set("u_sky_ambient", kSkyAmbient);
  surface.set("u_ground_ambient", kGroundAmbient);
  surface.set("u_exposure", settings.exposure);

  auto set_material = [&](const scene::DrawItem& item) {
    surface.set("u_material", static_cast<int>(item.material));
    surface.set("u_albedo", item.colour);
    surface.set("u_opacity", std::clamp(item.opacity, 0.0f, 1.0f));
    surface.set("u_highlight", std::clamp(item.highlight, 0.0f, 1.0f));
    surface.set("u_striation", settings.striation && item.striation ? 1 : 0);
  };

  // Opaque pass.
  struct Transparent {
    const scene::DrawItem* item;
    const GpuMesh* mesh;
    float distance;  // eye to the item's world-space bounds centre (m)
  };
  std::vector<Transparent> transparent;
  glDepthMask(GL_TRUE);
  for (const scene::DrawItem& item : draw_list.items) {
    if (item.mesh == nullptr || item.mesh->indices.empty() || item.opacity < kInvisibleThreshold) continue;
    const GpuMesh& mesh = meshes_.get(*item.mesh);
    stats_.triangles += mesh.index_count / 3;
    if (item.opacity < kOpaqueThreshold) {
      const Vec3 centre(item.transform * Vec4(mesh.bounds.centre(), 1.0f));
      transparent.push_back({&item, &mesh, glm::length(centre - eye)});
      continue;
    }
    set_material(item);
    draw_item(item, mesh, surface);
  }

  // Transparent pass, far to near. Each item first lays down its own nearest depth, so a
  // concave skin blends one layer only instead of its back and front walls.
  std::stable_sort(transparent.begin(), transparent.end(),
                   [](const Transparent& a, const Transparent& b) { return a.distance > b.distance; });
  stats_.transparent_items = static_cast<int>(transparent.size());
  if (!transparent.empty()) glEnable(GL_BLEND);
  for (const Transparent& t : transparent) {
    if (settings.transparency_prepass) {
      ShaderProgram& depth_only = programs_.depth_only;
      depth_only.use();
      depth_only.set("u_view_projection", view_projection);
      glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
      glDepthMask(GL_TRUE);
      glDepthFunc(GL_LESS);
      draw_item(*t.item, *t.mesh, depth_only);
      glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
      surface.use();
    }
    glDepthMask(GL_FALSE);
    glDepthFunc(settings.transparency_prepass ? GL_LEQUAL : GL_LESS);
    set_material(*t.item);
    draw_item(*t.item, *t.mesh, surface);
  }

  // Leave a plain state for the overlay (ImGui sets what it needs but not everything).
  glDepthMask(GL_TRUE);
  glDepthFunc(GL_LESS);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
  glUseProgram(0);
  meshes_.end_frame();
}

}  // namespace soleus::render
