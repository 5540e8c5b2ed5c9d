#include "anatomy/structure_role.h"

#include <algorithm>
#include <cctype>

namespace soleus::anatomy {
namespace {

using R = StructureRole;
using G = StructureGroup;

const std::vector<RoleInfo> kRoles = {
    {R::Femur, "femur", "Femur (distal)", G::Bone},
    {R::Patella, "patella", "Patella", G::Bone},
    {R::Tibia, "tibia", "Tibia", G::Bone},
    {R::Fibula, "fibula", "Fibula", G::Bone},
    {R::Talus, "talus", "Talus", G::Bone},
    {R::Calcaneus, "calcaneus", "Calcaneus", G::Bone},
    {R::Navicular, "navicular", "Navicular", G::Bone},
    {R::Cuboid, "cuboid", "Cuboid", G::Bone},
    {R::CuneiformMedial, "cuneiform_medial", "Medial cuneiform", G::Bone},
    {R::CuneiformIntermediate, "cuneiform_intermediate", "Intermediate cuneiform", G::Bone},
    {R::CuneiformLateral, "cuneiform_lateral", "Lateral cuneiform", G::Bone},
    {R::Metatarsal1, "metatarsal_1", "First metatarsal", G::Bone},
    {R::Metatarsal2, "metatarsal_2", "Second metatarsal", G::Bone},
    {R::Metatarsal3, "metatarsal_3", "Third metatarsal", G::Bone},
    {R::Metatarsal4, "metatarsal_4", "Fourth metatarsal", G::Bone},
    {R::Metatarsal5, "metatarsal_5", "Fifth metatarsal", G::Bone},
    {R::Phalanges1, "phalanges_1", "Phalanges of the great toe", G::Bone},
    {R::Phalanges2, "phalanges_2", "Phalanges of the second toe", G::Bone},
    {R::Phalanges3, "phalanges_3", "Phalanges of the third toe", G::Bone},
    {R::Phalanges4, "phalanges_4", "Phalanges of the fourth toe", G::Bone},
    {R::Phalanges5, "phalanges_5", "Phalanges of the fifth toe", G::Bone},
    {R::Soleus, "soleus", "Soleus", G::Muscle},
    {R::GastrocnemiusMedial, "gastrocnemius_medial", "Gastrocnemius, medial head", G::Muscle},
    {R::GastrocnemiusLateral, "gastrocnemius_lateral", "Gastrocnemius, lateral head", G::Muscle},
    {R::TibialisAnterior, "tibialis_anterior", "Tibialis anterior", G::Muscle},
    {R::TibialisPosterior, "tibialis_posterior", "Tibialis posterior", G::Muscle},
    {R::FibularisLongus, "fibularis_longus", "Fibularis (peroneus) longus", G::Muscle},
    {R::FibularisBrevis, "fibularis_brevis", "Fibularis (peroneus) brevis", G::Muscle},
    {R::ExtensorDigitorumLongus, "extensor_digitorum_longus", "Extensor digitorum longus", G::Muscle},
    {R::ExtensorHallucisLongus, "extensor_hallucis_longus", "Extensor hallucis longus", G::Muscle},
    {R::FlexorHallucisLongus, "flexor_hallucis_longus", "Flexor hallucis longus", G::Muscle},
    {R::FlexorDigitorumLongus, "flexor_digitorum_longus", "Flexor digitorum longus", G::Muscle},
    {R::AchillesTendon, "achilles_tendon", "Achilles (calcaneal) tendon", G::Tendon},
    {R::PlantarFascia, "plantar_fascia", "Plantar fascia", G::Fascia},
    {R::Skin, "skin", "Skin", G::Skin},
};

const RoleInfo kUnknown = {R::Unknown, "unknown", "Unidentified structure", G::Other};

// Foreign names. BodyParts3D 4.0 English names and FMA ids of the right-side concepts (and
// their side-neutral parents); OpenSim gait2392 / Rajagopal geometry file stems.
const std::vector<std::pair<const char*, StructureRole>> kAliases = {
    {"FMA24477", R::Tibia}, {"FMA24476", R::Tibia}, {"FMA24480", R::Fibula}, {"FMA24479", R::Fibula},
    {"FMA24482", R::Talus}, {"FMA24497", R::Calcaneus}, {"FMA22558", R::Soleus}, {"FMA22542", R::Soleus},
    {"FMA51061", R::AchillesTendon}, {"calcaneal tendon", R::AchillesTendon},
    {"tendo calcaneus", R::AchillesTendon}, {"achilles", R::AchillesTendon},
    {"FMA22541", R::GastrocnemiusMedial},
    {"gastrocnemius", R::GastrocnemiusMedial},
    {"medial head of gastrocnemius", R::GastrocnemiusMedial},
    {"lateral head of gastrocnemius", R::GastrocnemiusLateral},
    {"gasmed", R::GastrocnemiusMedial}, {"med gas", R::GastrocnemiusMedial},
    {"gaslat", R::GastrocnemiusLateral}, {"lat gas", R::GastrocnemiusLateral},
    {"peroneus longus", R::FibularisLongus}, {"peroneus brevis", R::FibularisBrevis},
    {"tibant", R::TibialisAnterior}, {"tib ant", R::TibialisAnterior},
    {"tibpost", R::TibialisPosterior}, {"tib post", R::TibialisPosterior},
    {"perlong", R::FibularisLongus}, {"perbrev", R::FibularisBrevis},
    {"calcn", R::Calcaneus}, {"foot", R::Calcaneus}, {"bofoot", R::Phalanges1}, {"toes", R::Phalanges1},
    {"talus rv", R::Talus}, {"r talus", R::Talus}, {"r tibia", R::Tibia}, {"r fibula", R::Fibula},
    {"tibia r", R::Tibia}, {"fibula r", R::Fibula}, {"femur r", R::Femur}, {"patella r", R::Patella},
    {"kneecap", R::Patella}, {"heel bone", R::Calcaneus}, {"plantar aponeurosis", R::PlantarFascia},
    {"medial cuneiform", R::CuneiformMedial}, {"intermediate cuneiform", R::CuneiformIntermediate},
    {"lateral cuneiform", R::CuneiformLateral}, {"navicular bone", R::Navicular},
    {"first metatarsal", R::Metatarsal1}, {"fifth metatarsal", R::Metatarsal5},
    {"integument", R::Skin},
};

}  // namespace

const std::vector<RoleInfo>& all_roles() { return kRoles; }

const RoleInfo& role_info(StructureRole role) {
  for (const RoleInfo& info : kRoles) {
    if (info.role == role) return info;
  }
  return kUnknown;
}

std::optional<StructureRole> role_from_id(std::string_view id) {
  for (const RoleInfo& info : kRoles) {
    if (id == info.id) return info.role;
  }
  return std::nullopt;
}

const char* group_id(StructureGroup group) {
  switch (group) {
    case G::Bone: return "bone";
    case G::Muscle: return "muscle";
    case G::Tendon: return "tendon";
    case G::Fascia: return "fascia";
    case G::Skin: return "skin";
    case G::Other: return "other";
  }
  return "other";
}

const char* group_display_name(StructureGroup group) {
  switch (group) {
    case G::Bone: return "Bones";
    case G::Muscle: return "Muscles";
    case G::Tendon: return "Tendons";
    case G::Fascia: return "Ligaments and fascia";
    case G::Skin: return "Skin";
    case G::Other: return "Other";
  }
  return "Other";
}

std::optional<StructureGroup> group_from_id(std::string_view id) {
  for (StructureGroup g : {G::Bone, G::Muscle, G::Tendon, G::Fascia, G::Skin, G::Other}) {
    const std::string singular = group_id(g);
    if (id == singular || id == singular + "s") return g;
  }
  if (id == "ligament" || id == "ligaments" || id == "fascia") return G::Fascia;
  return std::nullopt;
}

std::vector<std::string> tokenize_name(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  // The side says nothing about the role, and atlases put it anywhere ("Lateral head of right
  // gastrocnemius"), where it would split an alias's words: leave it out.
  auto finish_token = [&] {
    if (!current.empty() && current != "right" && current != "left") tokens.push_back(current);
    current.clear();
  };
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      finish_token();
    }
  }
  finish_token();
  return tokens;
}

RoleTable RoleTable::with_defaults() {
  RoleTable table;
  for (const RoleInfo& info : kRoles) {
    table.add_alias(info.id, info.role);
    table.add_alias(info.display_name, info.role);
  }
  for (const auto& [alias, role] : kAliases) table.add_alias(alias, role);
  return table;
}

void RoleTable::add_alias(std::string_view name, StructureRole role) {
  std::vector<std::string> tokens = tokenize_name(name);
  if (!tokens.empty()) entries_[std::move(tokens)] = role;
}

StructureRole RoleTable::resolve(std::string_view node_name, std::string_view mesh_name) const {
  for (std::string_view name : {node_name, mesh_name}) {
    const std::vector<std::string> tokens = tokenize_name(name);
    std::size_t best_length = 0;
    StructureRole best = StructureRole::Unknown;
    for (const auto& [key, role] : entries_) {
      if (key.size() <= best_length || key.size() > tokens.size()) continue;
      if (std::search(tokens.begin(), tokens.end(), key.begin(), key.end()) != tokens.end()) {
        best_length = key.size();
        best = role;
      }
    }
    if (best != StructureRole::Unknown) return best;
  }
  return StructureRole::Unknown;
}

}  // namespace soleus::anatomy
