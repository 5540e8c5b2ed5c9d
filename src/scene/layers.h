#pragma once
/// What is shown and how strongly: per-group and per-structure visibility and opacity, x-ray,
/// isolate, the cross-section. Plain data owned by the document; the scene builder reads it.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "scene/section.h"

namespace soleus::scene {

inline constexpr std::size_t kGroupCount = 6;  // anatomy::StructureGroup values
inline std::size_t group_index(anatomy::StructureGroup g) { return static_cast<std::size_t>(g); }

struct StructureLayer {
  bool visible = true;
  float opacity = 1.0f;  // 0..1, multiplied with the group's opacity
};

struct Layers {
  std::array<bool, kGroupCount> group_visible{true, true, true, true, true, true};
  std::array<float, kGroupCount> group_opacity{1.0f, 1.0f, 1.0f, 1.0f, 0.3f, 1.0f};  // skin translucent
  std::vector<StructureLayer> structures;  // one per AnatomyModel::structures entry
  bool xray = false;                       // bones solid, soft tissue ghosted
  int isolated = -1;                       // structure index shown alone (with faint context), -1 = off
  Section section;                         // the cross-section cutting the leg (off by default)

  /// Layers sized for a model, everything visible, skin translucent.
  static Layers for_model(const anatomy::AnatomyModel& model);
  /// Final opacity of a structure after group, structure, x-ray and isolate (0 = not drawn).
  float effective_opacity(const anatomy::AnatomyModel& model, std::size_t structure) const;
};

/// Index of the structure whose role id, display name or node name matches (case-insensitive),
/// or nullopt. Used by --hide/--isolate and the search box.
std::optional<std::size_t> find_structure(const anatomy::AnatomyModel& model, std::string_view name);

/// Applies "--hide" style names: each is a structure (role id, display or node name) or a group
/// id ("skin", "muscles", ...). Returns the names that matched nothing.
std::vector<std::string> hide_by_names(const anatomy::AnatomyModel& model,
                                       const std::vector<std::string>& names, Layers& layers);

}  // namespace soleus::scene
