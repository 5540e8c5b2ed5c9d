#pragma once
/// The rig's joints drawn on the leg while File > Model set is open: an arrow along each joint's
/// axis through its centre, so the user sees where the rig turns the leg and what a nudge moves.
#include <vector>

#include "anatomy/pose.h"
#include "core/mesh.h"
#include "scene/draw_list.h"

namespace soleus::scene {

struct JointMarker {
  int joint = -1;                 // index into the model's rig (moves with it)
  Vec3 centre{0.0f};              // rest pose, model frame (m)
  Vec3 axis{1.0f, 0.0f, 0.0f};    // unit, rest pose; the arrow points along it
  bool moved = false;             // a nudge not saved yet: drawn in the edit colour
};

/// The joints marked and corrected: those the stride turns below the root (the thigh, placed by
/// assumption where no femur is, only carries the leg; its marker would stand far above the view).
inline bool marked_joint(anatomy::JointKind kind) {
  return kind == anatomy::JointKind::Knee || kind == anatomy::JointKind::Ankle || kind == anatomy::JointKind::Subtalar ||
         kind == anatomy::JointKind::Mtp;
}

inline constexpr float kJointMarkerHalfLength_m = 0.06f;  // sticks out either side of an ankle (~7 cm wide)
inline constexpr float kJointMarkerRadius_m = 0.0035f;

/// Rebuilds one arrow per marker into `meshes`, posed by `pose`'s skin matrices (null: the rest
/// pose), and appends their draw items to `out`. Markers of joints the rig lacks are skipped.
void build_joint_markers(const std::vector<JointMarker>& markers, const anatomy::PoseBuffers* pose,
                         std::vector<core::TriangleMesh>& meshes, std::vector<DrawItem>& out);

}  // namespace soleus::scene
