#include "scene/labels.h"

#include <algorithm>
#include <cmath>

#include "anatomy/pose.h"

namespace soleus::scene {
namespace {

constexpr int kDirections = 8;            // candidates around a structure, 45 degrees apart
constexpr float kBandShare = 0.1f;        // the middle band: +-10 % of the length about the centre
constexpr std::size_t kMinBandVertices = 16;  // fewer: the band widens (a coarse or short mesh)

using anatomy::StructureRole;

constexpr StructureRole kDefaultRoles[] = {
    StructureRole::Soleus,           StructureRole::GastrocnemiusMedial,  StructureRole::GastrocnemiusLateral,
    StructureRole::AchillesTendon,   StructureRole::Tibia,                StructureRole::Fibula,
    StructureRole::Calcaneus,        StructureRole::TibialisPosterior,    StructureRole::FlexorHallucisLongus,
    StructureRole::FlexorDigitorumLongus};

// The rest vertices within `share` of the length about the centre along the longest axis.
std::vector<std::uint32_t> middle_band(const core::TriangleMesh& mesh, int axis, const Vec3& centre, float length,
                                       float share) {
  std::vector<std::uint32_t> band;
  for (std::size_t v = 0; v < mesh.positions.size(); ++v)
    if (std::fabs(mesh.positions[v][axis] - centre[axis]) <= share * length) band.push_back(static_cast<std::uint32_t>(v));
  return band;
}

std::vector<std::uint32_t> candidates_for(const core::TriangleMesh& mesh) {
  if (mesh.positions.empty()) return {};
  const core::Aabb box = mesh.bounds();
  const Vec3 size = box.size();
  const Vec3 centre = box.centre();
  const int axis = size.x >= size.y && size.x >= size.z ? 0 : size.y >= size.z ? 1 : 2;
  std::vector<std::uint32_t> band;
  for (const float share : {kBandShare, 2.5f * kBandShare, 1.0f}) {
    band = middle_band(mesh, axis, centre, size[axis], share);
    if (band.size() >= kMinBandVertices) break;
  }
  // Across the length: the two other axes.
  const int u = (axis + 1) % 3;
  const int w = (axis + 2) % 3;
  std::vector<std::uint32_t> out;
  for (int k = 0; k < kDirections; ++k) {
    const float angle = 6.2831853f * static_cast<float>(k) / kDirections;
    Vec3 direction(0.0f);
    direction[u] = std::cos(angle);
    direction[w] = std::sin(angle);
    std::uint32_t best = band.front();
    float best_reach = -1e30f;
    for (const std::uint32_t v : band) {
      const float reach = glm::dot(mesh.positions[v] - centre, direction);
      if (reach > best_reach) {
        best_reach = reach;
        best = v;
      }
    }
    if (std::find(out.begin(), out.end(), best) == out.end()) out.push_back(best);
  }
  return out;
}

}  // namespace

LabelSet LabelSet::for_model(const anatomy::AnatomyModel& model) {
  LabelSet set;
  set.structures.reserve(model.structures.size());
  for (const anatomy::Structure& s : model.structures) set.structures.push_back(labelled_by_default(s.role));
  return set;
}

bool LabelSet::labelled(int structure) const {
  return structure >= 0 && static_cast<std::size_t>(structure) < structures.size() &&
         structures[static_cast<std::size_t>(structure)];
}

bool labelled_by_default(StructureRole role) {
  return std::find(std::begin(kDefaultRoles), std::end(kDefaultRoles), role) != std::end(kDefaultRoles);
}

void find_anchor_candidates(const anatomy::AnatomyModel& model, AnchorCandidates& out) {
  if (out.model == &model && out.vertices.size() == model.structures.size()) return;
  out.model = &model;
  out.vertices.clear();
  for (const anatomy::Structure& s : model.structures) out.vertices.push_back(candidates_for(s.mesh));
}

std::vector<StructureLabel> structure_labels(const DrawList& list, const LabelSet& set, int selected, int isolated,
                                             const AnchorCandidates& candidates) {
  std::vector<StructureLabel> labels;
  if (!set.shown) return labels;
  for (const DrawItem& item : list.items) {
    const int structure = static_cast<int>(item.pick_id) - 1;
    if (item.pick_id == kNoPick || !item.mesh || static_cast<std::size_t>(structure) >= candidates.vertices.size()) continue;
    if (isolated >= 0 ? structure != isolated : !(set.labelled(structure) || structure == selected)) continue;
    StructureLabel label;
    label.structure = structure;
    label.centre = Vec3(item.transform * Vec4(item.bounds.empty() ? item.mesh->bounds().centre() : item.bounds.centre(), 1.0f));
    for (const std::uint32_t v : candidates.vertices[static_cast<std::size_t>(structure)]) {
      if (v >= item.mesh->positions.size()) continue;
      const Vec3& rest = item.mesh->positions[v];
      const Vec3 posed = item.skinned() && v < item.skin_weights->size()
                             ? anatomy::skin_position(rest, (*item.skin_weights)[v], *item.joint_matrices)
                             : rest;
      label.candidates.emplace_back(item.transform * Vec4(posed, 1.0f));
    }
    labels.push_back(std::move(label));
  }
  // The selected structure first: it keeps its label when the view has room for few.
  std::stable_partition(labels.begin(), labels.end(), [&](const StructureLabel& l) { return l.structure == selected; });
  return labels;
}

Vec3 facing_anchor(const StructureLabel& label, const Vec3& eye) {
  if (label.candidates.empty()) return label.centre;
  const Vec3 toward = eye - label.centre;
  return *std::max_element(label.candidates.begin(), label.candidates.end(), [&](const Vec3& a, const Vec3& b) {
    return glm::dot(a - label.centre, toward) < glm::dot(b - label.centre, toward);
  });
}

}  // namespace soleus::scene
