#pragma once
/// A loaded anatomical model: one Structure per named part, each with its role, group and
/// rest-pose mesh, plus the rig (joints and skin weights) when the file has one.
/// Loading goes through Assimp, which stays inside this module.
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "anatomy/set_description.h"
#include "anatomy/structure_role.h"
#include "core/math.h"
#include "core/mesh.h"

namespace soleus::anatomy {

/// The joints the running model drives. Other joints in a file are kept as Other and stay at rest.
enum class JointKind { Thigh, Knee, Ankle, Subtalar, Mtp, Other };

struct Joint {
  std::string name;        // node name in the file ("knee", "ankle", ...)
  JointKind kind = JointKind::Other;
  int parent = -1;         // index into Rig::joints, -1 for a root
  Mat4 rest_local{1.0f};   // rest transform relative to the parent joint (model frame for roots)
  Mat4 inverse_bind{1.0f}; // model frame -> joint frame at rest (glTF inverseBindMatrices)
};

struct Rig {
  std::vector<Joint> joints;  // parents come before children
  bool empty() const { return joints.empty(); }
  int find(JointKind kind) const;  // index or -1
};

/// Up to four joint influences per vertex (glTF JOINTS_0 / WEIGHTS_0).
struct VertexWeights {
  std::array<std::uint16_t, 4> joints{};  // indices into Rig::joints
  std::array<float, 4> weights{};         // sum to one for skinned structures
};

struct Structure {
  std::string name;           // node name as found in the file
  StructureRole role = StructureRole::Unknown;
  StructureGroup group = StructureGroup::Other;
  core::TriangleMesh mesh;    // rest pose, model frame (m, +Y up, +Z anterior)
  std::vector<VertexWeights> skin;  // empty = rigid, not skinned; else one per vertex
  int part = -1;              // a model set's part (index into AnatomyModel::set->parts) it came from; -1 otherwise
};

struct AnatomyModel {
  std::filesystem::path source;        // file it was loaded from
  std::vector<Structure> structures;   // file order
  Rig rig;
  core::Aabb bounds;                   // rest-pose bounds (m)
  std::vector<std::string> notes;      // what the loader changed (units, up axis) for the UI
  std::optional<SetDescription> set;   // a model set: every choice its loader made (what describe-set writes)

  std::size_t triangle_count() const;
  /// Index of the first structure with this role, or -1.
  int find(StructureRole role) const;
  bool has_rig() const { return !rig.empty(); }
};

/// A model file could not be used. what() names the file and the reason, for people.
class ModelLoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// How far a load has come, 0..1 (Assimp's reading and post-processing, file by file in a set),
/// called on the loading thread. Returning false stops the load: it throws ModelLoadError
/// ending in kLoadStopped.
using LoadProgress = std::function<bool(float fraction)>;
inline constexpr const char* kLoadStopped = "loading stopped";

/// Loads any format Assimp reads (glTF/GLB, OBJ, FBX, STL, PLY, DAE, ...). Non-skinned meshes
/// are baked into the model frame. Files in millimetres or Z-up (e.g. BodyParts3D) are
/// converted to metres and Y-up and stood on the ground (notes say so).
/// Throws ModelLoadError for a missing, unreadable, corrupt or empty file.
AnatomyModel load_anatomy_model(const std::filesystem::path& path, const RoleTable& roles,
                                const LoadProgress& progress = {});

}  // namespace soleus::anatomy
