#pragma once
/// A model set's description: a small JSON file beside the parts that says what the loader would
/// otherwise guess (docs/model-sets.md has the format):
///   {"soleus_model_set": 1, "units": "mm", "up": "z", "side": "right", "placement": "assembled",
///    "parts": [{"file": "FJ1437_right_soleus.obj", "role": "soleus", "offset_m": [0, 0, 0]}],
///    "joints": {"ankle": {"offset_m": [0, -0.004, 0], "axis": [-0.99, -0.08, 0.1]}}}
/// Every key but "soleus_model_set" is optional. It is read from FOLDER/soleus-model.json, or
/// given itself to --model. `soleus-lab describe-set FOLDER` writes one with the loader's guesses.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/structure_role.h"
#include "core/math.h"

namespace soleus::anatomy {

inline constexpr const char* kSetDescriptionFile = "soleus-model.json";
inline constexpr const char* kNoRoleId = "none";  // a part's "role" when it has none, whatever its names say

enum class SetPlacement { Assembled, Gait2392, Rajagopal };
enum class LegSide { Right, Left };

struct SetPart {
  std::filesystem::path file;          // relative to the description's folder (checked to stay inside it)
  std::optional<StructureRole> role;   // none: from the part's names; Unknown: no role (kNoRoleId)
  Vec3 offset_m{0.0f};                 // moved by this once assembled (m, model frame: x left, y up, z anterior)
  bool operator==(const SetPart& other) const { return file == other.file && role == other.role && offset_m == other.offset_m; }
};

/// A correction to a joint the rig places from the bones (auto_rig.h), made in File > Model set.
struct JointNudge {
  Vec3 offset_m{0.0f};         // moves the placed centre (m, model frame: x left, y up, z anterior)
  std::optional<Vec3> axis;    // replaces the placed axis (unit, model frame); none: as placed
  bool operator==(const JointNudge& other) const { return offset_m == other.offset_m && axis == other.axis; }
};

/// The joints a nudge may name: the rig's own names (auto_rig.h).
inline constexpr const char* kNudgeableJoints[] = {"thigh", "knee", "ankle", "subtalar", "mtp"};
inline constexpr float kMaxJointNudge_m = 0.05f;  // a nudge corrects a placement; it does not rebuild the leg

struct SetDescription {
  std::optional<bool> millimetres;     // "units": "mm" | "m"; none: from each part's size
  std::optional<bool> z_up;            // "up": "z" | "y"; none: from the set's shape
  std::optional<LegSide> side;         // none: left when every file's name says so
  std::optional<SetPlacement> placement;  // none: from the file names
  std::vector<SetPart> parts;          // empty: every mesh file in the folder
  std::map<std::string, JointNudge> joints;  // by joint name (kNudgeableJoints); none: as placed
  bool operator==(const SetDescription& other) const {
    return millimetres == other.millimetres && z_up == other.z_up && side == other.side && placement == other.placement &&
           parts == other.parts && joints == other.joints;
  }
  bool operator!=(const SetDescription& other) const { return !(*this == other); }
};

/// Reads and checks a description. Throws ModelLoadError naming the file and what is wrong: not
/// JSON, too large, an unknown key value or role, a part whose file is missing, absolute, or
/// outside the folder (by "..", or by a link).
SetDescription read_set_description(const std::filesystem::path& json);

/// A description as JSON text (what describe-set writes): every key, every part with its role.
std::string set_description_json(const SetDescription& description);

const char* placement_id(SetPlacement placement);

}  // namespace soleus::anatomy
