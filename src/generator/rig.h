#pragma once
/// The leg's rig: joint frames (local +X = joint axis) and smooth linear-blend skin weights.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/math.h"
#include "generator/leg_spec.h"

namespace soleus::generator {

struct RigJoint {
  std::string name;
  int parent = -1;               // index into Rig::joints, -1 for the root
  Vec3 local_translation{0.0f};  // from the parent joint (m, parent frame)
  Quat local_rotation{1.0f, 0.0f, 0.0f, 0.0f};
  Mat4 global{1.0f};             // rest-pose joint-to-model transform
  Mat4 inverse_bind{1.0f};       // model-to-joint transform (glTF inverseBindMatrices)
};

struct Rig {
  std::vector<RigJoint> joints;  // chain order, parents before children
  /// Index of the named joint; asserts that it exists.
  int index_of(const std::string& name) const;
};

/// Builds the rest-pose rig. Local transforms are rounded to 1e-7 before the globals and
/// inverse binds are derived from them, so a loader reproduces the bind pose exactly.
Rig build_rig(const LegSpec& spec);

/// Up to four joint influences of one vertex; weights sum to one, unused slots are zero.
struct VertexWeights {
  std::array<std::uint8_t, 4> joints{0, 0, 0, 0};
  Vec4 weights{0.0f};
};

/// Skin weights of a structure's vertices. A structure with one joint is rigid. Otherwise the
/// weight passes from each listed joint to the next across that next joint's blend band
/// (smoothstep over +-blend_half_width along its blend normal), so the weights telescope to one.
std::vector<VertexWeights> skin_weights(const LegSpec& spec, const Rig& rig, const StructureSpec& structure,
                                        const std::vector<Vec3>& positions);

}  // namespace soleus::generator
