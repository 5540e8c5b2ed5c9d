#pragma once
/// Leader-line labels pinned to structures: which structures are labelled (the user's choice,
/// View > Labels and the Layers tab), and the points on the posed leg each label's line may end
/// at. No GL, no ImGui: the UI picks the point facing the camera (facing_anchor), projects it and
/// lays the labels out (ui/label_layout.h).
#include <cstdint>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "core/math.h"
#include "scene/draw_list.h"

namespace soleus::scene {

/// Whether labels are shown, and which structures carry one (the selected structure always does
/// while they are shown).
struct LabelSet {
  bool shown = false;
  std::vector<bool> structures;  // one per AnatomyModel::structures entry: labelled

  /// The calf's teaching set, labels hidden: soleus, both gastrocnemius heads, Achilles tendon,
  /// tibia, fibula, calcaneus and the deep flexors (tibialis posterior, flexor hallucis and
  /// digitorum longus) where the model has them.
  static LabelSet for_model(const anatomy::AnatomyModel& model);
  bool labelled(int structure) const;
  bool operator==(const LabelSet& other) const { return shown == other.shown && structures == other.structures; }
  bool operator!=(const LabelSet& other) const { return !(*this == other); }
};

/// Whether a role is in the default teaching set.
bool labelled_by_default(anatomy::StructureRole role);

/// Per model, found once: for each structure, a few rest vertices around the middle of its
/// length, one per direction across it, among which the anchor facing the camera is chosen. So a
/// frame skins a handful of vertices per label, never a whole mesh.
struct AnchorCandidates {
  const anatomy::AnatomyModel* model = nullptr;
  std::vector<std::vector<std::uint32_t>> vertices;  // per structure: vertex indices (may be empty)
};
/// Fills `out` for `model` (does nothing when it already holds that model's).
void find_anchor_candidates(const anatomy::AnatomyModel& model, AnchorCandidates& out);

/// One label this frame: its structure and where its line may end, in world coordinates.
struct StructureLabel {
  int structure = -1;
  Vec3 centre{0.0f};             // centre of the structure's posed box (m)
  std::vector<Vec3> candidates;  // posed surface points around its middle (m)
};

/// Labels for what `list` draws: each labelled structure (and the selected one) that is drawn, in
/// structure order, the selected first. While a structure is isolated, it alone. Hidden
/// structures are not in the draw list, so they get none.
std::vector<StructureLabel> structure_labels(const DrawList& list, const LabelSet& set, int selected, int isolated,
                                             const AnchorCandidates& candidates);

/// The candidate furthest towards the eye from the structure's centre: a point on the surface
/// the camera looks at (world, m). The centre when there is no candidate.
Vec3 facing_anchor(const StructureLabel& label, const Vec3& eye);

}  // namespace soleus::scene
