#include "scene/scene_builder.h"

#include <glm/gtc/matrix_transform.hpp>

#include "scene/materials.h"

namespace soleus::scene {
namespace {

constexpr float kPickableOpacity = 0.5f;
constexpr float kHoverHighlight = 0.3f;
constexpr float kSelectedHighlight = 0.55f;  // a glow, not a wash: the colour must stay readable

// Slab test of a ray against a box; returns the entry distance or a negative value on a miss.
float ray_box(const Vec3& origin, const Vec3& inv_dir, const core::Aabb& box) {
  const Vec3 t0 = (box.min - origin) * inv_dir;
  const Vec3 t1 = (box.max - origin) * inv_dir;
  const Vec3 near_t = glm::min(t0, t1);
  const Vec3 far_t = glm::max(t0, t1);
  const float enter = std::max(std::max(near_t.x, near_t.y), near_t.z);
  const float exit = std::min(std::min(far_t.x, far_t.y), far_t.z);
  return (exit >= std::max(enter, 0.0f)) ? std::max(enter, 0.0f) : -1.0f;
}

// Moller-Trumbore, two-sided; returns the hit distance or a negative value.
float ray_triangle(const Vec3& o, const Vec3& d, const Vec3& a, const Vec3& b, const Vec3& c) {
  const Vec3 e1 = b - a;
  const Vec3 e2 = c - a;
  const Vec3 p = glm::cross(d, e2);
  const float det = glm::dot(e1, p);
  if (std::abs(det) < 1e-12f) return -1.0f;
  const float inv = 1.0f / det;
  const Vec3 s = o - a;
  const float u = glm::dot(s, p) * inv;
  if (u < 0.0f || u > 1.0f) return -1.0f;
  const Vec3 q = glm::cross(s, e1);
  const float v = glm::dot(d, q) * inv;
  if (v < 0.0f || u + v > 1.0f) return -1.0f;
  const float t = glm::dot(e2, q) * inv;
  return t > 0.0f ? t : -1.0f;
}

}  // namespace

DrawList build_draw_list(const SceneInputs& inputs) {
  DrawList list;
  const anatomy::AnatomyModel& model = *inputs.model;
  list.items.reserve(model.structures.size() + inputs.extras.size());
  for (std::size_t i = 0; i < model.structures.size(); ++i) {
    const float opacity = inputs.layers->effective_opacity(model, i);
    if (opacity <= 0.0f) continue;
    const anatomy::Structure& structure = model.structures[i];
    const Appearance look = appearance_for(structure.role, structure.group);
    DrawItem item;
    item.mesh = &structure.mesh;
    // Posed, the structure is drawn from its rest mesh: skinned by its joints, or moved by the root.
    const bool posed = inputs.pose && i < inputs.pose->bounds.size();
    const bool skinned = posed && !structure.skin.empty();
    if (skinned) {
      item.skin_weights = &structure.skin;
      item.joint_matrices = &inputs.pose->skin_matrices;
    }
    item.bounds = skinned ? inputs.pose->bounds[i] : structure.mesh.bounds();
    const core::Aabb posed_box = posed ? inputs.pose->bounds[i] : item.bounds;  // in the model frame
    const Mat4 motion = posed && !skinned ? inputs.pose->root : Mat4(1.0f);
    item.transform = motion;
    item.material = look.material;
    item.colour = look.colour;
    item.opacity = opacity;
    item.pick_id = static_cast<std::uint32_t>(i + 1);
    if (static_cast<int>(i) == inputs.hovered) item.highlight = kHoverHighlight;
    if (static_cast<int>(i) == inputs.selected) item.highlight = kSelectedHighlight;
    for (const ColourOverride& o : inputs.overrides) {
      if (o.structure != i) continue;
      item.colour = o.colour;
      item.striation = false;
      if (o.scale != 1.0f) {
        const Vec3 centre = posed_box.centre();
        item.transform = glm::translate(Mat4(1.0f), centre) * glm::scale(Mat4(1.0f), Vec3(o.scale)) *
                         glm::translate(Mat4(1.0f), -centre) * motion;
      }
    }
    list.bounds.expand(posed_box);
    list.items.push_back(item);
  }
  if (inputs.layers->section.on()) list.section_plane = section_plane(inputs.layers->section);
  for (DrawItem extra : inputs.extras) {
    if (extra.mesh && extra.bounds.empty()) extra.bounds = extra.mesh->bounds();
    list.bounds.expand(extra.bounds);
    list.items.push_back(extra);
  }
  return list;
}

std::optional<PickHit> pick(const DrawList& list, const Vec3& origin, const Vec3& direction) {
  std::optional<PickHit> best;
  std::vector<Vec3> posed;  // a skinned item's vertices, skinned here on demand
  for (const DrawItem& item : list.items) {
    if (item.pick_id == kNoPick || item.opacity < kPickableOpacity || !item.mesh) continue;
    // Work in the item's model space so transforms cost two matrix products, not one per vertex.
    const Mat4 inverse = glm::inverse(item.transform);
    const Vec3 o = Vec3(inverse * Vec4(origin, 1.0f));
    const Vec3 d = Vec3(inverse * Vec4(direction, 0.0f));
    const Vec3 inv_dir = 1.0f / d;
    const core::TriangleMesh& mesh = *item.mesh;
    const float box_t = ray_box(o, inv_dir, item.bounds.empty() ? mesh.bounds() : item.bounds);
    if (box_t < 0.0f || (best && box_t > best->distance)) continue;
    const std::vector<Vec3>* p = &mesh.positions;
    if (item.skinned()) {
      posed.resize(mesh.positions.size());
      for (std::size_t v = 0; v < posed.size(); ++v)
        posed[v] = anatomy::skin_position(mesh.positions[v], (*item.skin_weights)[v], *item.joint_matrices);
      p = &posed;
    }
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const float hit = ray_triangle(o, d, (*p)[mesh.indices[t]], (*p)[mesh.indices[t + 1]], (*p)[mesh.indices[t + 2]]);
      if (hit <= 0.0f || (best && hit >= best->distance)) continue;
      const Vec3 point = origin + direction * hit;
      if (list.section_plane && kept_distance(*list.section_plane, point) < 0.0f) continue;  // cut away
      best = PickHit{item.pick_id, hit, point};
    }
  }
  return best;
}

}  // namespace soleus::scene
