#pragma once
/// The 3D content of the teaching views: the stretch and exercise poses coloured by muscle
/// strain, and the foam-rolling map with its animated roller.
#include <cstddef>
#include <vector>

#include "document/document.h"
#include "scene/draw_list.h"
#include "scene/run_pose.h"
#include "ui/app_ui.h"

namespace soleus::app {

/// Meshes and buffers the teaching views draw from (they must outlive the draw list).
struct TeachingAnimation {
  anatomy::PoseBuffers pose;
  const anatomy::AnatomyModel* patches_model = nullptr;  // model the spot patches were cut from
  std::vector<core::TriangleMesh> spot_patches;          // one per foam-rolling spot (may be empty)
  std::vector<core::TriangleMesh> avoid_patches;         // per avoid zone: its bone's edges under the skin (may be empty)
  core::TriangleMesh roller;                             // foam roller, built once
  core::TriangleMesh step;                               // step under the forefoot (heel drop)
};

/// This frame's draw list for doc.teach.mode (Stretch or FoamRolling).
scene::DrawList build_teaching_frame(const document::Document& doc, const ui::UiContent& content,
                                     const scene::FootLandmarks& landmarks, TeachingAnimation& animation);

}  // namespace soleus::app
