#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "anatomy/anatomy_model.h"
#include "load_error.h"
#include "common/paths.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;
using testing::kDefaultLeg;
using testing::kTestDataDir;
const fs::path kReference = testing::kReferenceAnatomyDir;

}  // namespace

TEST(LoadModel, FixtureStructuresGetRolesAndGroups) {
  const AnatomyModel model = load_anatomy_model(kTestDataDir / "three_parts.obj", RoleTable::with_defaults());
  ASSERT_EQ(model.structures.size(), 3u);
  EXPECT_GE(model.find(StructureRole::Tibia), 0);
  EXPECT_GE(model.find(StructureRole::Soleus), 0);
  const int skin = model.find(StructureRole::Skin);
  ASSERT_GE(skin, 0);
  EXPECT_EQ(model.structures[static_cast<std::size_t>(skin)].group, StructureGroup::Skin);
  EXPECT_EQ(model.triangle_count(), 12u);
  EXPECT_NEAR(model.bounds.min.y, 0.0f, 1e-5f);  // already in metres and on the ground
  EXPECT_NEAR(model.bounds.max.y, 0.45f, 1e-5f);
  EXPECT_FALSE(model.has_rig());
}

TEST(LoadModel, MissingFileNamesTheFileAndReason) {
  const std::string error = load_error(kTestDataDir / "does_not_exist.glb");
  EXPECT_NE(error.find("does_not_exist.glb"), std::string::npos) << error;
  EXPECT_NE(error.find("not found"), std::string::npos) << error;
}

TEST(LoadModel, CorruptFileIsReportedAsCorrupt) {
  const std::string error = load_error(kTestDataDir / "corrupt.glb");
  EXPECT_NE(error.find("corrupt.glb"), std::string::npos) << error;
  EXPECT_NE(error.find("corrupt"), std::string::npos) << error;
}

TEST(LoadModel, FileWithoutMeshesIsRejected) {
  const std::string error = load_error(kTestDataDir / "no_meshes.gltf");
  EXPECT_NE(error.find("no_meshes.gltf"), std::string::npos) << error;
  EXPECT_NE(error.find("no"), std::string::npos) << error;
}

TEST(LoadModel, EmptyFileIsRejected) {
  const fs::path empty = fs::temp_directory_path() / "soleus_empty_model.obj";
  { std::ofstream touch(empty); }
  EXPECT_NE(load_error(empty).find("empty"), std::string::npos);
  fs::remove(empty);
}

TEST(LoadModel, DefaultModelHasEveryExpectedRoleAndARig) {
  ASSERT_TRUE(fs::exists(kDefaultLeg)) << kDefaultLeg;
  const AnatomyModel model = load_anatomy_model(kDefaultLeg, RoleTable::with_defaults());
  std::set<StructureRole> present;
  for (const Structure& s : model.structures) present.insert(s.role);
  for (const RoleInfo& info : all_roles()) {
    if (info.role >= StructureRole::ExtensorDigitorumLongus && info.role <= StructureRole::FlexorDigitorumLongus)
      continue;  // optional context muscles
    EXPECT_TRUE(present.count(info.role)) << "missing " << info.id;
  }
  EXPECT_FALSE(present.count(StructureRole::Unknown));
  ASSERT_TRUE(model.has_rig());
  for (JointKind kind : {JointKind::Knee, JointKind::Ankle, JointKind::Subtalar, JointKind::Mtp})
    EXPECT_GE(model.rig.find(kind), 0);
  for (const Structure& s : model.structures) {
    ASSERT_EQ(s.skin.size(), s.mesh.positions.size()) << s.name;
    for (const VertexWeights& w : s.skin)
      ASSERT_NEAR(w.weights[0] + w.weights[1] + w.weights[2] + w.weights[3], 1.0f, 1e-4f) << s.name;
  }
  EXPECT_GT(model.triangle_count(), 50000u);
  EXPECT_LT(model.triangle_count(), 150000u);
  EXPECT_NEAR(model.bounds.min.y, 0.0f, 0.01f);  // standing on the ground
}

TEST(LoadModel, DefaultModelMuscleFibreCoordinateRunsFromOriginDownToInsertion) {
  const AnatomyModel model = load_anatomy_model(kDefaultLeg, RoleTable::with_defaults());
  const Structure& soleus = model.structures[static_cast<std::size_t>(model.find(StructureRole::Soleus))];
  ASSERT_EQ(soleus.mesh.uvs.size(), soleus.mesh.positions.size());
  // Mean height of the vertices near v = 0 (origin, below the knee) and near v = 1 (insertion).
  double top = 0.0, bottom = 0.0;
  int top_count = 0, bottom_count = 0;
  for (std::size_t v = 0; v < soleus.mesh.uvs.size(); ++v) {
    if (soleus.mesh.uvs[v].y < 0.1f) { top += soleus.mesh.positions[v].y; ++top_count; }
    if (soleus.mesh.uvs[v].y > 0.9f) { bottom += soleus.mesh.positions[v].y; ++bottom_count; }
  }
  ASSERT_GT(top_count, 0);
  ASSERT_GT(bottom_count, 0);
  EXPECT_GT(top / top_count, bottom / bottom_count + 0.1);
}

TEST(LoadModel, EveryReferenceAnatomyFileLoadsAndMaps) {
  if (!fs::exists(kReference)) GTEST_SKIP() << "no reference anatomy at " << kReference;
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kReference)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".obj" && ext != ".stl") continue;
    ++files;
    SCOPED_TRACE(entry.path().string());
    const AnatomyModel model = load_anatomy_model(entry.path(), RoleTable::with_defaults());
    ASSERT_FALSE(model.structures.empty());
    EXPECT_NE(model.structures[0].role, StructureRole::Unknown) << model.structures[0].name;
    // Converted to metres and Y-up: a lower-leg part is between 1 cm and 60 cm tall.
    EXPECT_GT(model.bounds.size().y, 0.01f);
    EXPECT_LT(model.bounds.size().y, 0.6f);
    EXPECT_NEAR(model.bounds.min.y, 0.0f, 1e-4f);
  }
  EXPECT_EQ(files, 15);
}

TEST(LoadModel, BodyParts3DSoleusIsConvertedFromMillimetresZUp) {
  const fs::path soleus = kReference / "bodyparts3d" / "FJ1437_right_soleus.obj";
  if (!fs::exists(soleus)) GTEST_SKIP() << "no reference anatomy";
  const AnatomyModel model = load_anatomy_model(soleus, RoleTable::with_defaults());
  EXPECT_EQ(model.structures[0].role, StructureRole::Soleus);
  // Header bounds: z 32.5..358.6 mm, i.e. about 0.326 m tall once Y-up and in metres.
  EXPECT_NEAR(model.bounds.size().y, 0.326f, 0.002f);
  EXPECT_FALSE(model.notes.empty());
}

}  // namespace soleus::anatomy
