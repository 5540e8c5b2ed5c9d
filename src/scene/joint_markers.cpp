#include "scene/joint_markers.h"

#include "scene/cues.h"

namespace soleus::scene {
namespace {

// Linear RGB, apart from the force arrows (blue, the Achilles' orange) and the load's viridis.
const Vec3 kPlacedColour{0.60f, 0.05f, 0.65f};  // as the rig has it: magenta
const Vec3 kMovedColour{0.00f, 0.80f, 0.85f};   // nudged, not saved yet: cyan

}  // namespace

void build_joint_markers(const std::vector<JointMarker>& markers, const anatomy::PoseBuffers* pose,
                         std::vector<core::TriangleMesh>& meshes, std::vector<DrawItem>& out) {
  meshes.resize(markers.size());
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const JointMarker& marker = markers[i];
    const bool posed = pose && marker.joint >= 0 && static_cast<std::size_t>(marker.joint) < pose->skin_matrices.size();
    if (marker.joint < 0 || (pose && !posed)) continue;
    // A joint turns about its own centre and axis: its skin matrix carries both as they are.
    const Mat4 skin = posed ? pose->skin_matrices[static_cast<std::size_t>(marker.joint)] : Mat4(1.0f);
    const Vec3 centre(skin * Vec4(marker.centre, 1.0f));
    const Vec3 axis = glm::normalize(Vec3(skin * Vec4(marker.axis, 0.0f)));
    const std::uint64_t revision = meshes[i].revision + 1;
    meshes[i] = make_arrow(centre - axis * kJointMarkerHalfLength_m, centre + axis * kJointMarkerHalfLength_m,
                           kJointMarkerRadius_m);
    meshes[i].revision = revision;
    out.push_back(plain_item(meshes[i], marker.moved ? kMovedColour : kPlacedColour));
  }
}

}  // namespace soleus::scene
