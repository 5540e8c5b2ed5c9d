#pragma once
/// Posing: joint angles -> joint matrices -> skinned meshes (linear blend skinning on the CPU,
/// so scene picking and the renderer see the same deformed surface).
#include <vector>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// Rotation of each driven joint about its local +X axis (docs/architecture.md). All rad.
struct JointAngles {
  float knee_flexion = 0.0f;        // rad, + flexion
  float ankle_dorsiflexion = 0.0f;  // rad, + dorsiflexion, - plantarflexion
  float subtalar_inversion = 0.0f;  // rad, + inversion, - eversion
  float mtp_dorsiflexion = 0.0f;    // rad, + toe extension
};

/// Output of pose_model, reused frame to frame to avoid allocations.
struct PoseBuffers {
  std::vector<Mat4> joint_globals;  // posed joint frames in the model frame
  std::vector<Mat4> skin_matrices;  // joint_globals[j] * inverse_bind[j]
  std::vector<core::TriangleMesh> meshes;  // one per structure (rigid ones copied once)
};

/// Joint frames for the given angles; `root` moves the whole rig (e.g. the running thigh).
void compute_joint_matrices(const Rig& rig, const JointAngles& angles, const Mat4& root,
                            PoseBuffers& out);

/// Poses every structure. Skinned structures are deformed; rigid ones are transformed by root.
/// Each output mesh's revision is bumped when its vertices change.
void pose_model(const AnatomyModel& model, const JointAngles& angles, const Mat4& root,
                PoseBuffers& out);

}  // namespace soleus::anatomy
