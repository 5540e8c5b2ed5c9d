#include "render/renderer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>

#include <glad/gl.h>

#include "anatomy/pose.h"
#include "scene/teaching.h"

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

// How each scene::Material is shaded (surface.frag's uniforms). Colour comes from the item.
struct MaterialLook {
  Vec3 albedo_tint{1.0f};    // multiplies the item's colour
  float wrap = 0.1f;         // diffuse wrap
  float specular = 0.15f;    // key-light specular strength
  float shininess = 24.0f;   // Blinn-Phong exponent
  Vec3 subsurface_tint{0.0f};  // times the albedo: warm light on the shadowed side
  float sheen = 0.0f;        // grazing-angle sheen
  // Striation (muscle, tendon), along TEXCOORD_0.v.
  bool fibres = false;
  float fibre_count = 0.0f;     // stripes per turn of u
  float fibre_contrast = 0.0f;  // darkening in the grooves
  float fibre_depth = 0.0f;     // bump height (m)
  float bundles = 0.0f;         // fascicle bundles and septa
  float aponeurosis = 0.0f;     // pale glossy ends
};

MaterialLook look_of(scene::Material material) {
  MaterialLook look;
  switch (material) {
    case scene::Material::Bone:  // matte ivory, warm in the shadows
      look.wrap = 0.35f;
      look.specular = 0.05f;
      look.shininess = 12.0f;
      look.subsurface_tint = Vec3(0.9f, 0.45f, 0.25f) * 0.12f;
      break;
    case scene::Material::Muscle:  // fibres, fascicle bundles, aponeurosis at the ends
      look.wrap = 0.25f;
      look.specular = 0.12f;
      look.shininess = 28.0f;
      look.subsurface_tint = Vec3(0.8f, 0.2f, 0.15f) * 0.15f;
      look.fibres = true;
      look.fibre_count = 96.0f;
      look.fibre_contrast = 0.2f;
      look.fibre_depth = 0.00025f;
      look.bundles = 1.0f;
      look.aponeurosis = 1.0f;
      break;
    case scene::Material::Tendon:  // silvery: darker cool base, gloss and sheen carry the look
      look.albedo_tint = Vec3(0.70f, 0.73f, 0.78f);
      look.wrap = 0.15f;
      look.specular = 0.5f;
      look.shininess = 20.0f;
      look.sheen = 1.4f;
      look.fibres = true;
      look.fibre_count = 48.0f;
      look.fibre_contrast = 0.15f;
      look.fibre_depth = 0.0002f;
      break;
    case scene::Material::Fascia:  // pale satin sheet
      look.wrap = 0.3f;
      look.specular = 0.3f;
      look.shininess = 30.0f;
      break;
    case scene::Material::Skin:
      look.wrap = 0.4f;
      look.specular = 0.2f;
      look.shininess = 20.0f;
      look.subsurface_tint = Vec3(0.9f, 0.35f, 0.25f) * 0.15f;
      break;
    case scene::Material::Plain:
      break;
  }
  return look;
}

// Opacity face-on and at the silhouette.
Vec2 alpha_of(scene::Material material, float opacity) {
  if (opacity >= kOpaqueThreshold) return Vec2(1.0f);
  switch (material) {
    // Thin face-on, dense towards the outline: the leg's shape stays while the muscles
    // underneath remain readable.
    case scene::Material::Skin: return Vec2(0.55f * opacity, 2.2f * opacity + 0.1f);
    case scene::Material::Fascia: return Vec2(0.85f * opacity, opacity);
    default: return Vec2(opacity);
  }
}

// Closed surfaces whose back faces are never seen.
bool closed_surface(scene::Material material) {
  return material == scene::Material::Bone || material == scene::Material::Muscle ||
         material == scene::Material::Tendon || material == scene::Material::Skin;
}

bool drawable(const scene::DrawItem& item) {
  return item.mesh != nullptr && !item.mesh->indices.empty() && item.opacity >= kInvisibleThreshold;
}

// The box of an item's geometry as drawn, before its transform: the scene's (posed) box, else
// the uploaded mesh's.
const core::Aabb& local_bounds(const scene::DrawItem& item, const GpuMesh& mesh) {
  return item.bounds.empty() ? mesh.bounds : item.bounds;
}

// World-space box around an item's geometry.
core::Aabb world_bounds(const scene::DrawItem& item, const GpuMesh& mesh) {
  const core::Aabb& local_box = local_bounds(item, mesh);
  core::Aabb box;
  for (int corner = 0; corner < 8; ++corner) {
    const Vec3 local((corner & 1) ? local_box.max.x : local_box.min.x,
                     (corner & 2) ? local_box.max.y : local_box.min.y,
                     (corner & 4) ? local_box.max.z : local_box.min.z);
    box.expand(Vec3(item.transform * Vec4(local, 1.0f)));
  }
  return box;
}

struct ScreenRect {
  int x = 0;  // pixels, origin bottom-left
  int y = 0;
  int width = 0;
  int height = 0;
};

// Pixel rectangle covering a world box (with a margin for filters), the whole viewport if the
// box reaches behind the camera.
ScreenRect screen_rect(const core::Aabb& box, const Mat4& view_projection, int width, int height) {
  const ScreenRect whole{0, 0, width, height};
  if (box.empty()) return whole;
  Vec2 low(1e9f);
  Vec2 high(-1e9f);
  for (int corner = 0; corner < 8; ++corner) {
    const Vec4 clip = view_projection * Vec4((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                                             (corner & 4) ? box.max.z : box.min.z, 1.0f);
    if (clip.w <= 1e-6f) return whole;
    const Vec2 ndc = Vec2(clip) / clip.w;
    low = glm::min(low, ndc);
    high = glm::max(high, ndc);
  }
  constexpr int kMargin = 4;
  const int x0 = std::clamp(static_cast<int>((low.x * 0.5f + 0.5f) * static_cast<float>(width)) - kMargin, 0, width);
  const int y0 = std::clamp(static_cast<int>((low.y * 0.5f + 0.5f) * static_cast<float>(height)) - kMargin, 0, height);
  const int x1 = std::clamp(static_cast<int>((high.x * 0.5f + 0.5f) * static_cast<float>(width)) + kMargin, 0, width);
  const int y1 = std::clamp(static_cast<int>((high.y * 0.5f + 0.5f) * static_cast<float>(height)) + kMargin, 0, height);
  return ScreenRect{x0, y0, x1 - x0, y1 - y0};
}

ScreenRect intersect(const ScreenRect& a, const ScreenRect& b) {
  const int x0 = std::max(a.x, b.x);
  const int y0 = std::max(a.y, b.y);
  const int x1 = std::min(a.x + a.width, b.x + b.width);
  const int y1 = std::min(a.y + a.height, b.y + b.height);
  return ScreenRect{x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
}

// The settings' view rectangle in GL's bottom-left pixel convention, clamped to the target.
ScreenRect view_rect(const RenderSettings& settings, int width, int height) {
  const ScreenRect whole{0, 0, width, height};
  if (settings.view_width <= 0 || settings.view_height <= 0) return whole;
  return intersect(whole, ScreenRect{settings.view_left, height - settings.view_top - settings.view_height,
                                     settings.view_width, settings.view_height});
}

Mat3 normal_matrix(const Mat4& model) { return glm::transpose(glm::inverse(Mat3(model))); }

// Orthographic top-down projection of the box [min_x, min_x+size] x [ground_y, ground_y+height]
// x [min_z, min_z+size]: x and z to clip x/y, height to clip depth, so geometry above `height`
// is clipped before it costs any rasterisation (the map blends with MAX, depth is not tested).
Mat4 top_down_projection(float min_x, float min_z, float size, float ground_y, float height) {
  Mat4 m(0.0f);
  m[0][0] = 2.0f / size;    // world x -> clip x
  m[2][1] = 2.0f / size;    // world z -> clip y
  m[1][2] = 2.0f / height;  // world y -> clip z
  m[3][0] = -2.0f * min_x / size - 1.0f;
  m[3][1] = -2.0f * min_z / size - 1.0f;
  m[3][2] = -2.0f * ground_y / height - 1.0f;
  m[3][3] = 1.0f;
  return m;
}

// A square of side 2 in the local XY plane facing +Z: each cut face's cap is this, placed on the
// section plane by its model matrix.
core::TriangleMesh make_cap_quad() {
  core::TriangleMesh quad;
  quad.positions = {Vec3(-1.0f, -1.0f, 0.0f), Vec3(1.0f, -1.0f, 0.0f), Vec3(1.0f, 1.0f, 0.0f), Vec3(-1.0f, 1.0f, 0.0f)};
  quad.normals.assign(4, Vec3(0.0f, 0.0f, 1.0f));
  quad.uvs = {Vec2(0.0f, 0.0f), Vec2(1.0f, 0.0f), Vec2(1.0f, 1.0f), Vec2(0.0f, 1.0f)};
  quad.indices = {0, 1, 2, 0, 2, 3};
  return quad;
}

// The cap of an item cut by the plane (n, w): a square on the plane covering the item's world
// box, facing the cut-away side (the view that looks at the cut); none when the plane misses it.
std::optional<Mat4> cap_transform(const core::Aabb& box, const Vec4& plane) {
  if (box.empty()) return std::nullopt;
  const Vec3 n(plane);
  float low = 1e30f;
  float high = -1e30f;
  for (int corner = 0; corner < 8; ++corner) {
    const float d = glm::dot(n, Vec3((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                                     (corner & 4) ? box.max.z : box.min.z)) + plane.w;
    low = std::min(low, d);
    high = std::max(high, d);
  }
  if (low >= 0.0f || high <= 0.0f) return std::nullopt;
  const Vec3 centre = box.centre() - n * (glm::dot(n, box.centre()) + plane.w);
  const float half = 0.5f * glm::length(box.size()) + 0.01f;
  const Vec3 facing = -n;
  const Vec3 side = glm::normalize(glm::cross(facing, std::fabs(facing.y) < 0.9f ? Vec3(0, 1, 0) : Vec3(1, 0, 0)));
  const Vec3 up = glm::cross(facing, side);
  Mat4 m(1.0f);
  m[0] = Vec4(side * half, 0.0f);
  m[1] = Vec4(up * half, 0.0f);
  m[2] = Vec4(facing, 0.0f);
  m[3] = Vec4(centre, 1.0f);
  return m;
}

}  // namespace

struct Renderer::FrameState {
  Mat4 view_projection;
  Vec4 clip_plane{0.0f, 0.0f, 0.0f, 1.0f};  // the cross-section's (keeps everything without one)
  Vec3 eye;
  Mat3 view_to_world;
  float exposure = 1.0f;
};

Renderer::Renderer(const std::filesystem::path& shader_dir)
    : shader_dir_(shader_dir),
      background_(shader_dir, "background.vert", "background.frag"),
      fxaa_(shader_dir, "fullscreen.vert", "fxaa.frag"),
      depth_only_(shader_dir, "surface.vert", "depth_only.frag"),
      contact_shadow_program_(shader_dir, "surface.vert", "contact_shadow.frag"),
      skin_program_(shader_dir, "skin.vert", "depth_only.frag", {}, {"tf_position", "tf_normal"}),
      cap_quad_(make_cap_quad()),
      empty_vertex_array_(make_vertex_array()) {
  // Compile every variant now so a broken shader fails at start-up, not mid-session.
  const FrameState none{};
  surface_program(false, none);
  surface_program(true, none);
  ground_program(true, true);
}

void Renderer::warm_up(const std::vector<RenderSettings>& variants) {
  const core::TriangleMesh shape = scene::make_box(Vec3(-0.05f), Vec3(0.05f));
  scene::DrawList list;
  list.bounds = shape.bounds();
  list.ground_y = list.bounds.min.y;
  auto add = [&](scene::Material material, float opacity) {
    scene::DrawItem item;
    item.mesh = &shape;
    item.material = material;
    item.colour = Vec3(0.5f);
    item.opacity = opacity;
    list.items.push_back(item);
  };
  for (scene::Material material : {scene::Material::Bone, scene::Material::Muscle, scene::Material::Tendon,
                                   scene::Material::Fascia, scene::Material::Skin, scene::Material::Plain}) {
    add(material, 1.0f);
    add(material, 0.5f);
  }
  // And skinned, so that the skinning shader is compiled too.
  anatomy::VertexWeights on_first_joint;
  on_first_joint.weights = {1.0f, 0.0f, 0.0f, 0.0f};
  const std::vector<anatomy::VertexWeights> weights(shape.positions.size(), on_first_joint);
  const std::vector<Mat4> joints{Mat4(1.0f)};
  add(scene::Material::Muscle, 1.0f);
  list.items.back().skin_weights = &weights;
  list.items.back().joint_matrices = &joints;
  scene::OrbitCamera camera;
  camera.target = list.bounds.centre();
  camera.distance = 0.5f;
  camera.pitch = 0.3f;  // above the ground, so it is drawn
  for (const RenderSettings& variant : variants) {
    RenderTarget small(16, 16, variant.msaa_samples);
    RenderSettings whole_target = variant;
    whole_target.view_width = 0;  // the view rectangle is in the real target's pixels
    whole_target.view_height = 0;
    render(list, camera, small, whole_target);
  }
  meshes_.forget(&shape);
  contact_.valid = false;
}

void Renderer::reload_shaders() {
  Renderer fresh(shader_dir_);  // throws before anything is replaced
  surface_variants_ = std::move(fresh.surface_variants_);
  ground_variants_ = std::move(fresh.ground_variants_);
  background_ = std::move(fresh.background_);
  fxaa_ = std::move(fresh.fxaa_);
  depth_only_ = std::move(fresh.depth_only_);
  contact_shadow_program_ = std::move(fresh.contact_shadow_program_);
  skin_program_ = std::move(fresh.skin_program_);
}

ShaderProgram& Renderer::surface_program(bool fibres, const FrameState& frame) {
  const int key = fibres ? 1 : 0;
  auto found = surface_variants_.find(key);
  if (found == surface_variants_.end()) {
    const char* defines = fibres ? "#define FIBRES\n" : "";
    found = surface_variants_.emplace(key, Variant{ShaderProgram(shader_dir_, "surface.vert", "surface.frag", defines), 0})
                .first;
  }
  Variant& variant = found->second;
  variant.program.use();
  if (variant.prepared_frame != frame_) {
    ShaderProgram& p = variant.program;
    p.set("u_view_projection", frame.view_projection);
    p.set("u_clip_plane", frame.clip_plane);
    p.set("u_camera_position", frame.eye);
    p.set("u_key_direction", glm::normalize(frame.view_to_world * kKeyDirectionView));
    p.set("u_fill_direction", glm::normalize(frame.view_to_world * kFillDirectionView));
    p.set("u_rim_direction", glm::normalize(frame.view_to_world * kRimDirectionView));
    p.set("u_key_colour", kKeyColour);
    p.set("u_fill_colour", kFillColour);
    p.set("u_rim_colour", kRimColour);
    p.set("u_sky_ambient", kSkyAmbient);
    p.set("u_ground_ambient", kGroundAmbient);
    p.set("u_exposure", frame.exposure);
    variant.prepared_frame = frame_;
  }
  return variant.program;
}

ShaderProgram& Renderer::ground_program(bool grid, bool contact_shadow) {
  const int key = (grid ? 2 : 0) + (contact_shadow ? 1 : 0);
  auto found = ground_variants_.find(key);
  if (found == ground_variants_.end()) {
    std::string defines;
    if (grid) defines += "#define GRID\n";
    if (contact_shadow) defines += "#define CONTACT_SHADOW\n";
    found = ground_variants_.emplace(key, Variant{ShaderProgram(shader_dir_, "ground.vert", "ground.frag", defines), 0})
                .first;
  }
  found->second.program.use();
  return found->second.program;
}

const GpuMesh& Renderer::gpu_mesh(const scene::DrawItem& item) {
  if (!item.skinned()) return meshes_.get(*item.mesh);
  const GpuMesh& mesh = meshes_.get(*item.mesh, item.skin_weights);
  if (mesh.single_joint || (!mesh.palette.empty() && skin_on_gpu_)) return mesh;
  // Skinned on the CPU (asked to, or weighted to more joints than the GPU blends), again when
  // the pose changes.
  CpuSkinned& posed = cpu_skinned_[item.mesh];
  posed.used_frame = frame_;
  if (posed.joint_matrices != *item.joint_matrices || posed.mesh.positions.size() != item.mesh->positions.size()) {
    anatomy::skin_mesh(*item.mesh, *item.skin_weights, *item.joint_matrices, posed.mesh);
    posed.joint_matrices = *item.joint_matrices;
  }
  return meshes_.get(posed.mesh);
}

void Renderer::pose_skinned_meshes(const scene::DrawList& draw_list) {
  if (!skin_on_gpu_) return;
  glEnable(GL_RASTERIZER_DISCARD);
  bool bound = false;
  for (const scene::DrawItem& item : draw_list.items) {
    if (!drawable(item) || !item.skinned()) continue;
    GpuMesh& mesh = meshes_.get(*item.mesh, item.skin_weights);
    if (mesh.palette.empty() || mesh.single_joint) continue;  // skinned on the CPU (gpu_mesh), or moved whole (draw_item)
    std::array<Mat4, kSkinPaletteSize> palette;
    palette.fill(Mat4(0.0f));
    for (std::size_t k = 0; k < mesh.palette.size(); ++k) palette[k] = (*item.joint_matrices)[mesh.palette[k]];
    if (mesh.posed_palette.size() == palette.size() && std::equal(palette.begin(), palette.end(), mesh.posed_palette.begin()))
      continue;  // this pose is already there
    meshes_.prepare_gpu_skinning(mesh);
    if (!bound) {
      skin_program_.use();
      bound = true;
    }
    skin_program_.set("u_palette_size", static_cast<int>(mesh.palette.size()));
    skin_program_.set("u_palette", palette.data(), static_cast<int>(palette.size()));
    glBindVertexArray(mesh.vertex_array.id());
    glBindBufferBase(GL_TRANSFORM_FEEDBACK_BUFFER, 0, mesh.posed.id());
    glBeginTransformFeedback(GL_POINTS);
    glDrawArrays(GL_POINTS, 0, static_cast<GLsizei>(mesh.vertex_count));
    glEndTransformFeedback();
    mesh.posed_palette.assign(palette.begin(), palette.end());
    ++stats_.skinned_meshes;
  }
  glBindBufferBase(GL_TRANSFORM_FEEDBACK_BUFFER, 0, 0);
  glDisable(GL_RASTERIZER_DISCARD);
}

void Renderer::draw_item(const scene::DrawItem& item, const GpuMesh& mesh, ShaderProgram& program) {
  // A mesh wholly on one joint moves with it: the joint's matrix joins the model matrix.
  const bool moved_whole = item.skinned() && mesh.single_joint;
  const Mat4 model = moved_whole ? item.transform * (*item.joint_matrices)[mesh.palette[0]] : item.transform;
  program.set("u_model", model);
  program.set("u_normal_matrix", normal_matrix(model));
  // Another skinned item draws the vertices pose_skinned_meshes wrote (or those skinned on the CPU).
  const bool posed_on_gpu = item.skinned() && !mesh.palette.empty() && !mesh.single_joint;
  glBindVertexArray(posed_on_gpu ? mesh.posed_vertex_array.id() : mesh.vertex_array.id());
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(mesh.index_count), GL_UNSIGNED_INT, nullptr);
  ++stats_.draw_calls;
}

void Renderer::draw_background(const scene::DrawList& draw_list) {
  glDisable(GL_DEPTH_TEST);
  background_.use();
  background_.set("u_top_colour", draw_list.background_top);
  background_.set("u_bottom_colour", draw_list.background_bottom);
  glBindVertexArray(empty_vertex_array_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

void Renderer::update_contact_shadow(const scene::DrawList& draw_list, const RenderSettings& settings) {
  const core::Aabb& bounds = draw_list.bounds;
  const int resolution = std::clamp(settings.contact_shadow_resolution, 16, 2048);
  // Height above the ground at which a surface stops darkening it (m): the foot and ankle
  // cast the contact shadow, the calf does not. Only opaque items cast: a translucent skin
  // would double the cost for the same footprint as the muscles and bones inside it.
  const float falloff = std::clamp(0.3f * bounds.size().y, 0.04f, 0.25f);
  const float casting_height = draw_list.ground_y + falloff;
  auto casts = [&](const scene::DrawItem& item) {
    return drawable(item) && item.opacity >= kOpaqueThreshold &&
           world_bounds(item, gpu_mesh(item)).min.y < casting_height;
  };

  // Everything the map depends on; a static model orbited by the camera renders it once.
  ContactShadowInputs inputs;
  inputs.ground_y = draw_list.ground_y;
  inputs.bounds_min = bounds.min;
  inputs.bounds_max = bounds.max;
  inputs.resolution = resolution;
  inputs.cull_back_faces = settings.cull_back_faces;
  for (const scene::DrawItem& item : draw_list.items) {
    if (!casts(item)) continue;
    inputs.casters.push_back({item.mesh, item.mesh->revision, item.transform,
                              item.skinned() ? *item.joint_matrices : std::vector<Mat4>{}});
  }
  if (contact_.valid && inputs == contact_.inputs) return;
  // A moving model refreshes the shadow at a reduced rate: its lag is invisible, its cost is not.
  const auto interval = static_cast<std::uint64_t>(std::max(settings.contact_shadow_interval, 1));
  if (contact_.valid && frame_ - contact_.drawn_frame < interval) return;
  contact_.inputs = std::move(inputs);
  contact_.drawn_frame = frame_;

  const Vec3 size = bounds.size();
  // The map covers the footprint plus a margin for the blur.
  const float margin = 0.08f + 0.15f * std::max(size.x, size.z);
  contact_.size = std::max(size.x, size.z) + 2.0f * margin;
  contact_.min_x = bounds.centre().x - 0.5f * contact_.size;
  contact_.min_z = bounds.centre().z - 0.5f * contact_.size;

  if (!contact_.texture || contact_.resolution != resolution) {
    contact_.texture = make_texture();
    glBindTexture(GL_TEXTURE_2D, contact_.texture.id());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, resolution, resolution, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_BORDER);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_BORDER);
    const float no_occlusion[4] = {0.0f, 0.0f, 0.0f, 0.0f};
    glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, no_occlusion);
    glGenerateMipmap(GL_TEXTURE_2D);
    contact_.framebuffer = make_framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, contact_.framebuffer.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, contact_.texture.id(), 0);
    contact_.resolution = resolution;
  }

  glBindFramebuffer(GL_FRAMEBUFFER, contact_.framebuffer.id());
  glViewport(0, 0, resolution, resolution);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendEquation(GL_MAX);
  glBlendFunc(GL_ONE, GL_ONE);

  ShaderProgram& program = contact_shadow_program_;
  program.use();
  program.set("u_view_projection",
              top_down_projection(contact_.min_x, contact_.min_z, contact_.size, draw_list.ground_y, falloff));
  program.set("u_ground_y", draw_list.ground_y);
  program.set("u_falloff", falloff);
  for (const scene::DrawItem& item : draw_list.items) {
    if (!casts(item)) continue;
    // Seen from above, the lowest surface of a closed mesh faces down, and in this projection
    // down-facing triangles are the counter-clockwise ones: culling the rest halves the work.
    if (settings.cull_back_faces && closed_surface(item.material)) {
      glEnable(GL_CULL_FACE);
    } else {
      glDisable(GL_CULL_FACE);
    }
    const GpuMesh& mesh = gpu_mesh(item);
    stats_.shadow_triangles += mesh.index_count / 3;
    draw_item(item, mesh, program);
  }
  glDisable(GL_CULL_FACE);
  glBlendEquation(GL_FUNC_ADD);
  glDisable(GL_BLEND);

  glBindTexture(GL_TEXTURE_2D, contact_.texture.id());
  glGenerateMipmap(GL_TEXTURE_2D);  // the mip chain is the blur
  glBindTexture(GL_TEXTURE_2D, 0);
  contact_.valid = true;
}

void Renderer::draw_ground(const scene::DrawList& draw_list, const FrameState& frame, const RenderSettings& settings) {
  const Vec3 size = draw_list.bounds.size();
  const Vec3 centre(draw_list.bounds.centre().x, draw_list.ground_y, draw_list.bounds.centre().z);
  const float radius = 1.1f * std::max({size.x, size.y, size.z, 0.2f});
  // A floor a little lighter than the lower background, so it reads as a surface that fades
  // into the studio backdrop.
  const Vec3 ground_colour = glm::mix(draw_list.background_bottom, Vec3(1.0f), 0.18f);
  const bool shadow = settings.contact_shadow && contact_.valid;
  ShaderProgram& ground = ground_program(settings.ground_grid, shadow);
  ground.set("u_view_projection", frame.view_projection);
  ground.set("u_ground_centre", centre);
  ground.set("u_ground_radius", radius);
  ground.set("u_ground_colour", ground_colour);
  if (shadow) {
    ground.set("u_contact_shadow", 0);
    ground.set("u_shadow_strength", kShadowStrength);
    ground.set("u_contact_rect", Vec4(contact_.min_x, contact_.min_z, 1.0f / contact_.size, 1.0f / contact_.size));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, contact_.texture.id());
  }
  glEnable(GL_BLEND);
  // Pushed back so a sole resting exactly on the ground does not z-fight with it.
  glEnable(GL_POLYGON_OFFSET_FILL);
  glPolygonOffset(1.0f, 4.0f);
  glBindVertexArray(empty_vertex_array_.id());
  glDrawArrays(GL_TRIANGLE_FAN, 0, 10);
  glDisable(GL_POLYGON_OFFSET_FILL);
  glDisable(GL_BLEND);
  glBindTexture(GL_TEXTURE_2D, 0);
}

void Renderer::render(const scene::DrawList& draw_list, const scene::OrbitCamera& camera, RenderTarget& target,
                      const RenderSettings& settings) {
  stats_ = RenderStats{};
  target.set_samples(settings.msaa_samples);
  if (target.empty()) return;
  ++frame_;

  const float aspect = static_cast<float>(target.width()) / static_cast<float>(target.height());
  const Mat4 view = camera.view();
  FrameState frame;
  frame.view_projection = camera.projection(aspect) * view;
  frame.eye = camera.eye();
  frame.view_to_world = glm::transpose(Mat3(view));
  frame.exposure = settings.exposure;
  if (draw_list.section_plane) frame.clip_plane = *draw_list.section_plane;

  skin_on_gpu_ = settings.skin_on_gpu;
  pose_skinned_meshes(draw_list);  // before any pass draws them
  const bool ground = settings.ground && draw_list.show_ground && !draw_list.bounds.empty() &&
                      frame.eye.y > draw_list.ground_y;
  if (ground && settings.contact_shadow) update_contact_shadow(draw_list, settings);

  // With FXAA the scene goes to an intermediate picture, filtered into the target at the end.
  const bool fxaa = settings.fxaa && target.samples() <= 1;
  if (fxaa) {
    fxaa_input_.set_samples(1);
    fxaa_input_.resize(target.width(), target.height());
  } else {
    fxaa_input_.resize(0, 0);
  }
  // Or, at a render scale below one, to a smaller picture scaled up at the end.
  const float scale = std::clamp(settings.render_scale, 0.5f, 1.0f);
  const bool scaled = !fxaa && target.samples() <= 1 && scale < 0.999f;
  if (scaled) {
    scaled_.set_samples(1);
    scaled_.resize(std::max(1, static_cast<int>(static_cast<float>(target.width()) * scale)),
                   std::max(1, static_cast<int>(static_cast<float>(target.height()) * scale)));
  } else {
    scaled_.resize(0, 0);
  }
  RenderTarget& scene_target = fxaa ? fxaa_input_ : scaled ? scaled_ : target;
  scene_target.bind();
  glDisable(GL_SCISSOR_TEST);  // an overlay drawn earlier may have left it on
  glDisable(GL_CULL_FACE);
  glDisable(GL_BLEND);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glDepthMask(GL_TRUE);
  glClearDepth(1.0);
  glClearStencil(0);
  RenderSettings view_settings = settings;  // the view rectangle in the scene target's pixels
  if (scaled) {
    const float sx = static_cast<float>(scene_target.width()) / static_cast<float>(target.width());
    const float sy = static_cast<float>(scene_target.height()) / static_cast<float>(target.height());
    view_settings.view_left = static_cast<int>(static_cast<float>(settings.view_left) * sx);
    view_settings.view_top = static_cast<int>(static_cast<float>(settings.view_top) * sy);
    view_settings.view_width = static_cast<int>(std::ceil(static_cast<float>(settings.view_width) * sx));
    view_settings.view_height = static_cast<int>(std::ceil(static_cast<float>(settings.view_height) * sy));
  }
  const ScreenRect shown = view_rect(view_settings, scene_target.width(), scene_target.height());
  const bool clipped = shown.width < scene_target.width() || shown.height < scene_target.height();
  // Whole-target clears (fast on software GL); with a view rectangle, the surround colour first
  // and everything else only inside the rectangle.
  glClearColor(settings.surround_srgb[0], settings.surround_srgb[1], settings.surround_srgb[2], 1.0f);
  glClear((clipped ? GL_COLOR_BUFFER_BIT : 0) | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
  if (clipped) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(shown.x, shown.y, shown.width, shown.height);
  }
  draw_background(draw_list);

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  if (ground) draw_ground(draw_list, frame, settings);

  auto surface_for = [&](const scene::DrawItem& item) -> ShaderProgram& {
    const MaterialLook look = look_of(item.material);
    const bool fibres = look.fibres && settings.striation && item.striation;
    ShaderProgram& program = surface_program(fibres, frame);
    const Vec3 albedo = item.colour * look.albedo_tint;
    const Vec2 alpha = alpha_of(item.material, std::clamp(item.opacity, 0.0f, 1.0f));
    program.set("u_albedo", albedo);
    program.set("u_alpha_face", alpha.x);
    program.set("u_alpha_rim", alpha.y);
    program.set("u_highlight", std::clamp(item.highlight, 0.0f, 1.0f));
    program.set("u_wrap", look.wrap);
    program.set("u_specular", look.specular);
    program.set("u_shininess", look.shininess);
    program.set("u_subsurface", albedo * look.subsurface_tint);
    program.set("u_sheen", look.sheen);
    if (fibres) {
      program.set("u_fibre_count", look.fibre_count);
      program.set("u_fibre_contrast", look.fibre_contrast);
      program.set("u_fibre_depth", look.fibre_depth);
      program.set("u_bundles", look.bundles);
      program.set("u_aponeurosis", look.aponeurosis);
    }
    return program;
  };

  auto set_culling = [&](const scene::DrawItem& item) {
    if (settings.cull_back_faces && closed_surface(item.material)) {
      glEnable(GL_CULL_FACE);
    } else {
      glDisable(GL_CULL_FACE);
    }
  };

  struct Entry {
    const scene::DrawItem* item;
    const GpuMesh* mesh;
    float distance;  // eye to the item's world-space bounds centre (m)
  };
  std::vector<Entry> opaque;
  std::vector<Entry> transparent;
  for (const scene::DrawItem& item : draw_list.items) {
    if (!drawable(item)) continue;
    const GpuMesh& mesh = gpu_mesh(item);
    stats_.triangles += mesh.index_count / 3;
    const Vec3 centre(item.transform * Vec4(local_bounds(item, mesh).centre(), 1.0f));
    const Entry entry{&item, &mesh, glm::length(centre - frame.eye)};
    (item.opacity >= kOpaqueThreshold ? opaque : transparent).push_back(entry);
  }
  // Opaque pass near to far, so early depth testing skips shading hidden fragments.
  std::stable_sort(opaque.begin(), opaque.end(), [](const Entry& a, const Entry& b) { return a.distance < b.distance; });
  // A cross-section clips every mesh pass from here on (the ground and background stay whole).
  const bool section = draw_list.section_plane.has_value();
  if (section) glEnable(GL_CLIP_DISTANCE0);
  glDepthMask(GL_TRUE);
  for (const Entry& e : opaque) {
    set_culling(*e.item);
    draw_item(*e.item, *e.mesh, surface_for(*e.item));
  }
  if (section) {
    // Cut faces, the stencil way: for each closed, opaque structure the plane crosses, its kept
    // surfaces count along each pixel's ray (no depth test, no colour), back faces up and front
    // faces down, which leaves the number of its parts around the point where the ray meets the
    // plane (a count, not a parity: the soleus's overlapping parts would leave holes); a square
    // on the plane is then drawn where it is not zero, in the structure's colour (its load
    // colouring included), and clears the stencil for the next one.
    //
    // All caps lie on the one plane, and the fitted shapes overlap a little (a muscle's mesh
    // into a bone's, two muscles' into each other): each cap is pulled a step nearer than the
    // one before, so the later one wins cleanly where they overlap instead of z-fighting, and
    // bones come last, so a bone's section is never striped by a muscle's.
    const GpuMesh& quad = meshes_.get(cap_quad_);
    std::vector<const Entry*> capped;
    for (const Entry& e : opaque)
      if (closed_surface(e.item->material) && e.item->material != scene::Material::Skin) capped.push_back(&e);
    std::stable_partition(capped.begin(), capped.end(),
                          [](const Entry* e) { return e->item->material != scene::Material::Bone; });
    glEnable(GL_STENCIL_TEST);
    glStencilMask(0xFF);
    float cap_step = 0.0f;
    for (const Entry* entry : capped) {
      const Entry& e = *entry;
      const scene::DrawItem& item = *e.item;
      const std::optional<Mat4> cap = cap_transform(world_bounds(item, *e.mesh), frame.clip_plane);
      if (!cap) continue;
      glDisable(GL_CULL_FACE);
      glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
      glDepthMask(GL_FALSE);
      glDisable(GL_DEPTH_TEST);
      glStencilFunc(GL_ALWAYS, 0, 0xFF);
      glStencilOpSeparate(GL_BACK, GL_KEEP, GL_KEEP, GL_INCR_WRAP);
      glStencilOpSeparate(GL_FRONT, GL_KEEP, GL_KEEP, GL_DECR_WRAP);
      depth_only_.use();
      depth_only_.set("u_view_projection", frame.view_projection);
      depth_only_.set("u_clip_plane", frame.clip_plane);
      draw_item(item, *e.mesh, depth_only_);

      glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
      glDepthMask(GL_TRUE);
      glEnable(GL_DEPTH_TEST);
      glStencilFunc(GL_NOTEQUAL, 0, 0xFF);
      glStencilOp(GL_KEEP, GL_ZERO, GL_ZERO);
      glDisable(GL_CLIP_DISTANCE0);  // the square lies on the plane itself
      cap_step += 1.0f;
      glEnable(GL_POLYGON_OFFSET_FILL);
      glPolygonOffset(-0.25f * cap_step, -4.0f * cap_step);
      scene::DrawItem face;
      face.transform = *cap;
      face.material = scene::Material::Plain;
      face.colour = item.colour;
      face.highlight = item.highlight;
      face.striation = false;
      draw_item(face, quad, surface_for(face));
      glDisable(GL_POLYGON_OFFSET_FILL);
      glEnable(GL_CLIP_DISTANCE0);
    }
    glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    glDisable(GL_STENCIL_TEST);
  }

  // Transparent pass, far to near. Each item first lays down its own nearest depth, so a
  // concave skin blends one layer only instead of its back and front walls.
  std::stable_sort(transparent.begin(), transparent.end(),
                   [](const Entry& a, const Entry& b) { return a.distance > b.distance; });
  stats_.transparent_items = static_cast<int>(transparent.size());
  if (!transparent.empty()) glEnable(GL_BLEND);
  for (const Entry& e : transparent) {
    set_culling(*e.item);
    if (settings.transparency_prepass) {
      depth_only_.use();
      depth_only_.set("u_view_projection", frame.view_projection);
      depth_only_.set("u_clip_plane", frame.clip_plane);
      glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
      glDepthMask(GL_TRUE);
      glDepthFunc(GL_LESS);
      draw_item(*e.item, *e.mesh, depth_only_);
      glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    }
    glDepthMask(GL_FALSE);
    glDepthFunc(settings.transparency_prepass ? GL_LEQUAL : GL_LESS);
    draw_item(*e.item, *e.mesh, surface_for(*e.item));
  }

  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_CLIP_DISTANCE0);
  if (scaled) {  // surround everywhere, then the view scaled up into its place
    target.bind();
    glClear(GL_COLOR_BUFFER_BIT);  // clear colour is still the surround
    const ScreenRect full = view_rect(settings, target.width(), target.height());
    target.copy_from(scaled_, PixelRect{shown.x, shown.y, shown.width, shown.height},
                     PixelRect{full.x, full.y, full.width, full.height});
    target.bind();
  }
  if (fxaa) {
    // Copy the picture, then filter only the model's screen rectangle: the edges are there, and
    // software GL pays the full filter for every pixel it touches.
    target.copy_from(fxaa_input_);
    target.bind();
    const ScreenRect rect =
        intersect(screen_rect(draw_list.bounds, frame.view_projection, target.width(), target.height()), shown);
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.x, rect.y, rect.width, rect.height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    fxaa_.use();
    fxaa_.set("u_scene", 0);
    fxaa_.set("u_texel", Vec2(1.0f / static_cast<float>(target.width()), 1.0f / static_cast<float>(target.height())));
    fxaa_input_.bind_texture(0);
    glBindVertexArray(empty_vertex_array_.id());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glDisable(GL_SCISSOR_TEST);
    glBindTexture(GL_TEXTURE_2D, 0);
  }

  // Leave a plain state for the overlay (ImGui sets what it needs but not everything).
  glDepthMask(GL_TRUE);
  glDepthFunc(GL_LESS);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
  glUseProgram(0);
  for (auto it = cpu_skinned_.begin(); it != cpu_skinned_.end();) {
    if (it->second.used_frame == frame_) {
      ++it;
    } else {
      meshes_.forget(&it->second.mesh);  // another mesh may come to live at its address
      it = cpu_skinned_.erase(it);
    }
  }
  meshes_.end_frame();
}

}  // namespace soleus::render
