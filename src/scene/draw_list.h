#pragma once
/// The flat list the renderer consumes: everything needed to draw one frame, and nothing that
/// needs GL. Built by scene from anatomy + pose + load + view options (MuJoCo's mjvScene idea).
#include <cstdint>
#include <optional>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "core/math.h"
#include "core/mesh.h"

namespace soleus::scene {

/// How a surface is shaded. The renderer picks a shading model per material so that the
/// picture reads as a medical illustration (ivory bone, striated red-brown muscle, ...).
enum class Material : std::uint8_t {
  Bone,     // matte ivory, slight subsurface warmth
  Muscle,   // red-brown with striation along TEXCOORD_0.v (fibre direction)
  Tendon,   // silvery, glossy, fine longitudinal streaks
  Fascia,   // pale, slightly translucent sheet
  Skin,     // translucent with a fresnel rim; only its nearest layer is drawn
  Plain,    // untextured lit colour (shoe sole, markers, arrows)
};

/// Picking id of "nothing".
inline constexpr std::uint32_t kNoPick = 0;

struct DrawItem {
  const core::TriangleMesh* mesh = nullptr;  // geometry (the rest pose when skinned); owned elsewhere, outlives the frame
  // Linear blend skinning, done where the item is drawn: with both set, each vertex of `mesh`
  // is moved by its weights' joint matrices before `transform` (anatomy::skin_position).
  const std::vector<anatomy::VertexWeights>* skin_weights = nullptr;  // one per vertex
  const std::vector<Mat4>* joint_matrices = nullptr;                  // skin matrices of the rig's joints
  core::Aabb bounds;                         // box of the geometry as drawn, before `transform`
                                             // (posed when skinned); empty: the renderer measures the mesh
  Mat4 transform{1.0f};                      // model -> world
  Material material = Material::Plain;
  Vec3 colour{0.8f};            // linear RGB albedo (scene applies load colormaps before this)
  float opacity = 1.0f;         // 0..1; below 1 the item is drawn in the transparent pass
  float highlight = 0.0f;       // 0..1 emphasis (hover 0.5, selected 1.0): rim glow
  bool striation = true;        // draw the material's fibre texture (off for heat-map colouring)
  std::uint32_t pick_id = kNoPick;  // structure id + 1 (0 = not pickable)

  bool skinned() const { return skin_weights != nullptr && joint_matrices != nullptr; }
};

/// An untextured item of one colour (props, markers, arrows).
inline DrawItem plain_item(const core::TriangleMesh& mesh, const Vec3& colour) {
  DrawItem item;
  item.mesh = &mesh;
  item.material = Material::Plain;
  item.colour = colour;
  item.striation = false;
  return item;
}

struct DrawList {
  std::vector<DrawItem> items;  // draw order is the renderer's business (opaque, then sorted transparent)
  core::Aabb bounds;            // world bounds of all items (m)
  bool show_ground = true;      // lit ground plane at ground_y with a soft contact shadow
  float ground_y = 0.0f;        // ground plane height (m)
  // The cross-section (scene/section.h): world points p with dot(xyz, p) + w < 0 are cut away,
  // and the cut faces of closed, opaque structures are capped in their colour. None: uncut.
  std::optional<Vec4> section_plane;
  Vec3 background_top{0.92f, 0.93f, 0.95f};     // linear RGB, vertical gradient
  Vec3 background_bottom{0.70f, 0.72f, 0.76f};  // linear RGB
};

}  // namespace soleus::scene
