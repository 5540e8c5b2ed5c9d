#pragma once
/// What each mesh of a loaded model is: its role (soleus, tibia, ...) and its group (bone,
/// muscle, ...). The role table maps node or mesh names to roles, including foreign naming
/// schemes (BodyParts3D names and FMA ids, OpenSim geometry files), and can be extended.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soleus::anatomy {

enum class StructureGroup { Bone, Muscle, Tendon, Fascia, Skin, Other };

enum class StructureRole {
  Unknown,
  Femur, Patella, Tibia, Fibula, Talus, Calcaneus, Navicular, Cuboid,
  CuneiformMedial, CuneiformIntermediate, CuneiformLateral,
  Metatarsal1, Metatarsal2, Metatarsal3, Metatarsal4, Metatarsal5,
  Phalanges1, Phalanges2, Phalanges3, Phalanges4, Phalanges5,
  Soleus, GastrocnemiusMedial, GastrocnemiusLateral,
  TibialisAnterior, TibialisPosterior, FibularisLongus, FibularisBrevis,
  ExtensorDigitorumLongus, ExtensorHallucisLongus, FlexorHallucisLongus, FlexorDigitorumLongus,
  AchillesTendon, PlantarFascia, Skin,
};

struct RoleInfo {
  StructureRole role;
  const char* id;            // stable snake_case id: node names, content keys, CLI names
  const char* display_name;  // for people
  StructureGroup group;
};

/// Every role except Unknown, in anatomical order.
const std::vector<RoleInfo>& all_roles();
const RoleInfo& role_info(StructureRole role);
std::optional<StructureRole> role_from_id(std::string_view id);

const char* group_id(StructureGroup group);            // "bone", "muscle", ...
const char* group_display_name(StructureGroup group);  // "Bones", "Muscles", ...
std::optional<StructureGroup> group_from_id(std::string_view id);  // accepts "bone" or "bones"

/// Maps names to roles. A name is split into lower-case alphanumeric tokens; the entry whose
/// token sequence occurs in the name and has the most tokens wins, so "FJ1437_right_soleus"
/// is the soleus and "tibialis_anterior" is not the tibia.
class RoleTable {
 public:
  /// The built-in table: our own ids, English names, BodyParts3D names and FMA ids,
  /// OpenSim geometry file names.
  static RoleTable with_defaults();

  /// Adds (or overrides) an alias; the name is tokenised like the names it will match.
  void add_alias(std::string_view name, StructureRole role);
  /// The best role for a node name, falling back to the mesh name; Unknown if neither matches.
  StructureRole resolve(std::string_view node_name, std::string_view mesh_name = {}) const;

 private:
  std::map<std::vector<std::string>, StructureRole> entries_;  // token sequence -> role
};

/// Lower-case alphanumeric tokens of a name, without the side ("Right_Soleus.obj" -> soleus, obj).
std::vector<std::string> tokenize_name(std::string_view name);

}  // namespace soleus::anatomy
