#include "scene/layers.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace soleus::scene {
namespace {

constexpr float kXrayOpacity = 0.28f;     // soft tissue in x-ray: present but see-through
constexpr float kIsolateContext = 0.0f;   // other structures vanish when one is isolated

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

Layers Layers::for_model(const anatomy::AnatomyModel& model) {
  Layers layers;
  layers.structures.assign(model.structures.size(), StructureLayer{});
  return layers;
}

float Layers::effective_opacity(const anatomy::AnatomyModel& model, std::size_t structure) const {
  if (structure >= structures.size() || structure >= model.structures.size()) return 0.0f;
  if (isolated >= 0) return static_cast<std::size_t>(isolated) == structure ? 1.0f : kIsolateContext;
  const StructureLayer& layer = structures[structure];
  const std::size_t group = group_index(model.structures[structure].group);
  if (!layer.visible || !group_visible[group]) return 0.0f;
  float opacity = layer.opacity * group_opacity[group];
  if (xray && model.structures[structure].group != anatomy::StructureGroup::Bone)
    opacity = std::min(opacity, kXrayOpacity);
  return std::clamp(opacity, 0.0f, 1.0f);
}

std::optional<std::size_t> find_structure(const anatomy::AnatomyModel& model, std::string_view name) {
  const std::string wanted = lower(name);
  for (std::size_t i = 0; i < model.structures.size(); ++i) {
    const anatomy::Structure& s = model.structures[i];
    const anatomy::RoleInfo& info = anatomy::role_info(s.role);
    if ((s.role != anatomy::StructureRole::Unknown &&
         (wanted == info.id || wanted == lower(info.display_name))) ||
        wanted == lower(s.name))
      return i;
  }
  return std::nullopt;
}

std::vector<std::string> hide_by_names(const anatomy::AnatomyModel& model,
                                       const std::vector<std::string>& names, Layers& layers) {
  std::vector<std::string> unmatched;
  for (const std::string& name : names) {
    // A family name such as "gastrocnemius" hides every structure whose id starts with it.
    const std::string prefix = lower(name) + "_";
    bool matched = false;
    for (std::size_t i = 0; i < model.structures.size(); ++i) {
      const std::string id = anatomy::role_info(model.structures[i].role).id;
      if (id.compare(0, prefix.size(), prefix) == 0) {
        layers.structures[i].visible = false;
        matched = true;
      }
    }
    if (matched) continue;
    if (const auto structure = find_structure(model, name)) {
      layers.structures[*structure].visible = false;
    } else if (const auto group = anatomy::group_from_id(lower(name))) {
      layers.group_visible[group_index(*group)] = false;
    } else {
      unmatched.push_back(name);
    }
  }
  return unmatched;
}

}  // namespace soleus::scene
