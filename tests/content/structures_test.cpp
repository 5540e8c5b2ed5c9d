#include "content/structures.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "common/special_files.h"
#include "common/paths.h"

namespace soleus::content {
namespace {

using testing::kStructuresJson;

// The role ids of docs/architecture.md's model contract, plus the extra muscles the role table
// knows. Kept here so a missing entry fails even if the doc cannot be read.
const std::vector<std::string> kRequiredRoles = {
    "femur", "patella", "tibia", "fibula", "talus", "calcaneus", "navicular", "cuboid",
    "cuneiform_medial", "cuneiform_intermediate", "cuneiform_lateral",
    "metatarsal_1", "metatarsal_2", "metatarsal_3", "metatarsal_4", "metatarsal_5",
    "phalanges_1", "phalanges_2", "phalanges_3", "phalanges_4", "phalanges_5",
    "soleus", "gastrocnemius_medial", "gastrocnemius_lateral", "tibialis_anterior",
    "tibialis_posterior", "fibularis_longus", "fibularis_brevis", "achilles_tendon",
    "plantar_fascia", "skin",
    "extensor_digitorum_longus", "extensor_hallucis_longus", "flexor_hallucis_longus",
    "flexor_digitorum_longus"};

// Role ids listed in docs/architecture.md: backticked snake_case names in the "One node (and
// mesh) per structure" bullet, with "a_1 .. a_5" ranges expanded.
std::set<std::string> roles_from_architecture_doc() {
  std::ifstream in(std::string(SOLEUS_ASSETS_DIR) + "/../docs/architecture.md");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string doc = buffer.str();
  const auto begin = doc.find("One node (and mesh) per structure");
  const auto end = doc.find("Extra structures", begin);
  std::set<std::string> roles;
  if (begin == std::string::npos || end == std::string::npos) return roles;
  const std::string bullet = doc.substr(begin, end - begin);
  const std::regex range("`([a-z_]+)_1` \\.\\. `[a-z_]+_(\\d)`");
  for (auto it = std::sregex_iterator(bullet.begin(), bullet.end(), range); it != std::sregex_iterator(); ++it) {
    const int last = std::stoi((*it)[2]);
    for (int i = 1; i <= last; ++i) roles.insert((*it)[1].str() + "_" + std::to_string(i));
  }
  const std::regex id("`([a-z][a-z0-9_]*)`");
  for (auto it = std::sregex_iterator(bullet.begin(), bullet.end(), id); it != std::sregex_iterator(); ++it) {
    roles.insert((*it)[1].str());
  }
  return roles;
}

TEST(ContentStructures, ShippedFileParses) {
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  EXPECT_EQ(catalog.source, kStructuresJson);
  EXPECT_GE(catalog.structures.size(), kRequiredRoles.size());
}

TEST(ContentStructures, EveryRoleHasAnEntry) {
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  for (const std::string& role : kRequiredRoles) {
    EXPECT_NE(catalog.find(role), nullptr) << "no entry for role " << role;
  }
}

TEST(ContentStructures, EveryRoleOfTheArchitectureDocHasAnEntry) {
  const std::set<std::string> roles = roles_from_architecture_doc();
  if (roles.empty()) GTEST_SKIP() << "docs/architecture.md not readable from the test";
  EXPECT_GE(roles.size(), 31u);
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  for (const std::string& role : roles) {
    if (role == "thigh" || role == "knee" || role == "ankle" || role == "subtalar" || role == "mtp") continue;
    EXPECT_NE(catalog.find(role), nullptr) << "docs/architecture.md lists " << role;
  }
}

TEST(ContentStructures, MusclesCarryAnatomyFactsAndBonesLandmarks) {
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  for (const StructureEntry& e : catalog.structures) {
    EXPECT_FALSE(e.name.empty()) << e.id;
    EXPECT_GT(e.description.size(), 60u) << e.id << ": description too short";
    EXPECT_LT(e.description.size(), 600u) << e.id << ": description should be one short paragraph";
    if (e.group == StructureGroup::Muscle) {
      ASSERT_TRUE(e.muscle.has_value()) << e.id;
      EXPECT_FALSE(e.muscle->running_role.empty()) << e.id;
    } else {
      EXPECT_FALSE(e.muscle.has_value()) << e.id;
    }
    if (e.group == StructureGroup::Bone) {
      EXPECT_FALSE(e.landmarks.empty()) << e.id;
    }
  }
  EXPECT_EQ(catalog.find("soleus")->group, StructureGroup::Muscle);
  EXPECT_EQ(catalog.find("achilles_tendon")->group, StructureGroup::Tendon);
  EXPECT_EQ(catalog.find("plantar_fascia")->group, StructureGroup::Fascia);
  EXPECT_EQ(catalog.find("skin")->group, StructureGroup::Skin);
  EXPECT_EQ(catalog.find("tibia")->group, StructureGroup::Bone);
}

TEST(ContentStructures, SoleusVsGastrocnemiusIsReachableFromBoth) {
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  const Topic* topic = catalog.find_topic("soleus_vs_gastrocnemius");
  ASSERT_NE(topic, nullptr);
  EXPECT_GE(topic->paragraphs.size(), 3u);
  EXPECT_FALSE(topic->evidence.empty());
  for (const char* id : {"soleus", "gastrocnemius_medial", "gastrocnemius_lateral"}) {
    const auto& see = catalog.find(id)->see_also;
    EXPECT_NE(std::find(see.begin(), see.end(), "soleus_vs_gastrocnemius"), see.end()) << id;
  }
}

TEST(ContentStructures, AliasTableCoversForeignModels) {
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  const auto table = catalog.alias_table();
  auto role_of = [&](const std::string& alias) -> std::string {
    for (const auto& [name, role] : table) {
      if (name == alias) return role;
    }
    return {};
  };
  // BodyParts3D names and FMA ids present in shared/reference-anatomy/MANIFEST.md.
  EXPECT_EQ(role_of("Right soleus"), "soleus");
  EXPECT_EQ(role_of("FMA22558"), "soleus");
  EXPECT_EQ(role_of("FMA24477"), "tibia");
  EXPECT_EQ(role_of("FMA24480"), "fibula");
  EXPECT_EQ(role_of("FMA24482"), "talus");
  EXPECT_EQ(role_of("FMA24497"), "calcaneus");
  EXPECT_EQ(role_of("FMA45957"), "gastrocnemius_medial");
  EXPECT_EQ(role_of("FMA45960"), "gastrocnemius_lateral");
  EXPECT_EQ(role_of("FMA258847"), "achilles_tendon");
  // OpenSim gait2392 / MyoSuite geometry.
  EXPECT_EQ(role_of("tibia_r.vtp"), "tibia");
  EXPECT_EQ(role_of("fibula_r"), "fibula");
  EXPECT_EQ(role_of("talus_rv"), "talus");
  EXPECT_EQ(role_of("foot.vtp"), "calcaneus");
  EXPECT_EQ(role_of("bofoot"), "phalanges_1");
  EXPECT_EQ(role_of("r_tibia"), "tibia");
  // Our own ids map to themselves.
  EXPECT_EQ(role_of("cuneiform_lateral"), "cuneiform_lateral");
  // No alias names two roles.
  std::map<std::string, std::string> seen;
  for (const auto& [name, role] : table) {
    const auto [it, inserted] = seen.emplace(name, role);
    EXPECT_TRUE(inserted || it->second == role) << "alias '" << name << "' maps to " << it->second << " and " << role;
  }
}

TEST(ContentStructures, MissingFileNamesTheFile) {
  try {
    load_structure_catalog("/nonexistent/structures.json");
    FAIL() << "expected ContentError";
  } catch (const ContentError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/structures.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("missing"), std::string::npos) << e.what();
  }
}

// Issue 12: a directory given as a content file was reported as "file is empty"; a FIFO hung.
TEST(ContentStructures, ADirectoryOrFifoIsNamedForWhatItIs) {
  soleus::testing::TempDir dir;
  std::filesystem::create_directories(dir / "structures.json");
  ASSERT_EQ(::mkfifo((dir / "pipe.json").c_str(), 0600), 0);
  for (const auto& [name, expected] : {std::pair<std::string, std::string>{"structures.json", "is a directory"},
                                       {"pipe.json", "is a FIFO"}}) {
    try {
      load_structure_catalog((dir / name).string());
      FAIL() << "expected ContentError";
    } catch (const ContentError& e) {
      EXPECT_NE(std::string(e.what()).find((dir / name).string() + " cannot be read: it " + expected),
                std::string::npos) << e.what();
    }
  }
}

TEST(ContentStructures, MalformedJsonNamesTheFile) {
  try {
    parse_structure_catalog("{\"structures\": [ {\"id\": \"tibia\", }", "broken.json");
    FAIL() << "expected ContentError";
  } catch (const ContentError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("not valid JSON"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_structure_catalog("   ", "empty.json"), ContentError);
}

TEST(ContentStructures, SchemaErrorsNameTheEntryAndField) {
  const std::string muscle_without_origin = R"({"structures": [
    {"id": "tibia", "name": "Tibia", "group": "bone", "description": "d", "landmarks": ["x"]},
    {"id": "soleus", "name": "Soleus", "group": "muscle", "description": "d",
     "insertion": "i", "action": "a", "innervation": "n", "running_role": "r"}]})";
  try {
    parse_structure_catalog(muscle_without_origin, "s.json");
    FAIL() << "expected ContentError";
  } catch (const ContentError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("s.json: structures[1] (id 'soleus')"), std::string::npos) << what;
    EXPECT_NE(what.find("'origin'"), std::string::npos) << what;
  }
  EXPECT_THROW(parse_structure_catalog(R"({"structures": [{"id": "x", "name": "X", "group": "organ", "description": "d"}]})", "g.json"),
               ContentError);
  EXPECT_THROW(parse_structure_catalog(R"({"structures": [{"id": "x", "name": "X", "group": "bone", "description": "d"}]})", "l.json"),
               ContentError);  // bone without landmarks
  EXPECT_THROW(parse_structure_catalog(R"({"structures": [{"id": "x", "name": "X", "group": "skin", "description": "d"},
                                                          {"id": "x", "name": "X", "group": "skin", "description": "d"}]})", "dup.json"),
               ContentError);
  EXPECT_THROW(parse_structure_catalog(R"({"structures": [{"id": "x", "name": "X", "group": "skin", "description": "d",
                                                           "see_also": ["nope"]}]})", "t.json"),
               ContentError);
  EXPECT_THROW(parse_structure_catalog(R"({"structures": [{"id": "x", "name": "X", "group": "skin", "description": "d",
                                                           "aliases": {"fma": ["22558"]}}]})", "f.json"),
               ContentError);
}

}  // namespace
}  // namespace soleus::content
