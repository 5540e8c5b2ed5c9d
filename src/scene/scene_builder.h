#pragma once
/// anatomy + pose + layers + highlight (+ load colours) -> DrawList. No GL.
#include <optional>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "anatomy/pose.h"
#include "scene/draw_list.h"
#include "scene/layers.h"

namespace soleus::scene {

/// Per-structure colour override (e.g. the soleus coloured by its load), in linear RGB.
struct ColourOverride {
  std::size_t structure = 0;
  Vec3 colour{1.0f};
  float scale = 1.0f;  // uniform thickening about the structure's centre (a non-colour load cue)
};

struct SceneInputs {
  const anatomy::AnatomyModel* model = nullptr;
  const anatomy::PoseBuffers* pose = nullptr;  // the posed model (pose_model), or null = rest pose
  const Layers* layers = nullptr;
  int hovered = -1;   // structure index or -1
  int selected = -1;  // structure index or -1
  std::vector<ColourOverride> overrides;
  std::vector<DrawItem> extras;  // shoe sole, arrows, markers: appended as they are
};

DrawList build_draw_list(const SceneInputs& inputs);

/// Structure index for a pick id (pick ids are index + 1), or -1.
inline int structure_for_pick(std::uint32_t pick_id) { return static_cast<int>(pick_id) - 1; }

struct PickHit {
  std::uint32_t pick_id = kNoPick;
  float distance = 0.0f;  // along the ray (m)
  Vec3 point{0.0f};       // world (m)
};

/// Nearest hit of the ray against the pickable items. Items fainter than half opacity are
/// looked through (so clicking the calf through translucent skin picks the muscle), and so is
/// what a cross-section cuts away (a click on a cut face picks the structure cut). Skinned
/// items are skinned on the CPU here, only those whose posed box the ray reaches.
std::optional<PickHit> pick(const DrawList& list, const Vec3& origin, const Vec3& direction);

}  // namespace soleus::scene
