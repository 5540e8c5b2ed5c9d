#include "scene/scene_builder.h"

#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>

namespace soleus::scene {
namespace {

core::TriangleMesh quad_at_z(float z) {
  core::TriangleMesh mesh;
  mesh.positions = {{-0.1f, 0.0f, z}, {0.1f, 0.0f, z}, {0.1f, 0.4f, z}, {-0.1f, 0.4f, z}};
  mesh.normals.assign(4, Vec3(0, 0, -1));
  mesh.indices = {0, 1, 2, 0, 2, 3};
  return mesh;
}

// Posterior is -Z: skin outermost (z = -0.08), gastrocnemius, then soleus, then the tibia.
anatomy::AnatomyModel layered_model() {
  anatomy::AnatomyModel model;
  const std::pair<const char*, anatomy::StructureRole> parts[] = {
      {"skin", anatomy::StructureRole::Skin},
      {"gastrocnemius_medial", anatomy::StructureRole::GastrocnemiusMedial},
      {"soleus", anatomy::StructureRole::Soleus},
      {"tibia", anatomy::StructureRole::Tibia}};
  float z = -0.08f;
  for (const auto& [name, role] : parts) {
    anatomy::Structure s;
    s.name = name;
    s.role = role;
    s.group = anatomy::role_info(role).group;
    s.mesh = quad_at_z(z);
    model.structures.push_back(s);
    z += 0.02f;
  }
  return model;
}

SceneInputs inputs_for(const anatomy::AnatomyModel& model, const Layers& layers) {
  SceneInputs in;
  in.model = &model;
  in.layers = &layers;
  return in;
}

int picked_structure(const DrawList& list) {
  const auto hit = pick(list, Vec3(0.0f, 0.2f, -1.0f), Vec3(0.0f, 0.0f, 1.0f));
  return hit ? structure_for_pick(hit->pick_id) : -1;
}

}  // namespace

TEST(SceneBuilder, EveryVisibleStructureBecomesOneItem) {
  const anatomy::AnatomyModel model = layered_model();
  Layers layers = Layers::for_model(model);
  SceneInputs in = inputs_for(model, layers);
  EXPECT_EQ(build_draw_list(in).items.size(), 4u);
  hide_by_names(model, {"tibia"}, layers);
  EXPECT_EQ(build_draw_list(in).items.size(), 3u);
}

TEST(SceneBuilder, MaterialsFollowGroups) {
  const anatomy::AnatomyModel model = layered_model();
  const Layers layers = Layers::for_model(model);
  const DrawList list = build_draw_list(inputs_for(model, layers));
  EXPECT_EQ(list.items[0].material, Material::Skin);
  EXPECT_LT(list.items[0].opacity, 0.5f);  // skin translucent by default
  EXPECT_EQ(list.items[2].material, Material::Muscle);
  EXPECT_EQ(list.items[3].material, Material::Bone);
  EXPECT_NE(list.items[1].colour, list.items[2].colour);  // soleus stands out from gastrocnemius
}

TEST(SceneBuilder, PickLooksThroughTranslucentSkinAndRespectsHiding) {
  const anatomy::AnatomyModel model = layered_model();
  Layers layers = Layers::for_model(model);
  SceneInputs in = inputs_for(model, layers);
  EXPECT_EQ(picked_structure(build_draw_list(in)), 1);  // gastrocnemius under the skin
  EXPECT_TRUE(hide_by_names(model, {"gastrocnemius"}, layers).empty());
  EXPECT_EQ(picked_structure(build_draw_list(in)), 2);  // soleus exposed
  layers.xray = true;
  EXPECT_EQ(picked_structure(build_draw_list(in)), 3);  // x-ray: soft tissue ghosted, bone picked
  EXPECT_FALSE(pick(build_draw_list(in), Vec3(2.0f, 0.2f, -1.0f), Vec3(0, 0, 1)).has_value());
}

TEST(SceneBuilder, IsolateShowsOnlyThatStructure) {
  const anatomy::AnatomyModel model = layered_model();
  Layers layers = Layers::for_model(model);
  layers.isolated = 2;
  const DrawList list = build_draw_list(inputs_for(model, layers));
  ASSERT_EQ(list.items.size(), 1u);
  EXPECT_EQ(structure_for_pick(list.items[0].pick_id), 2);
}

TEST(SceneBuilder, HoverAndSelectionHighlight) {
  const anatomy::AnatomyModel model = layered_model();
  const Layers layers = Layers::for_model(model);
  SceneInputs in = inputs_for(model, layers);
  in.hovered = 1;
  in.selected = 2;
  const DrawList list = build_draw_list(in);
  EXPECT_EQ(list.items[0].highlight, 0.0f);
  EXPECT_GT(list.items[1].highlight, 0.0f);
  EXPECT_GT(list.items[2].highlight, list.items[1].highlight);
}

TEST(Layers, GroupNamesAndUnknownNames) {
  const anatomy::AnatomyModel model = layered_model();
  Layers layers = Layers::for_model(model);
  const auto unmatched = hide_by_names(model, {"muscles", "spleen"}, layers);
  ASSERT_EQ(unmatched.size(), 1u);
  EXPECT_EQ(unmatched[0], "spleen");
  EXPECT_EQ(layers.effective_opacity(model, 2), 0.0f);
  EXPECT_GT(layers.effective_opacity(model, 3), 0.0f);
  EXPECT_EQ(find_structure(model, "Soleus"), 2u);
}

// Posed, a skinned structure is drawn from its rest mesh and deformed where it is drawn; its box
// is the posed one and a pick finds it where it is posed, not where it rests.
TEST(SceneBuilder, PosedStructuresAreSkinnedWhereDrawnAndPickedWhereTheyAre) {
  anatomy::AnatomyModel model = layered_model();
  model.structures.resize(3);  // skin, gastrocnemius, soleus
  model.rig.joints.resize(2);  // joint 1 carries the soleus
  for (anatomy::Structure& s : model.structures) {
    anatomy::VertexWeights w;
    w.joints = {static_cast<std::uint16_t>(s.role == anatomy::StructureRole::Soleus ? 1 : 0), 0, 0, 0};
    w.weights = {1.0f, 0.0f, 0.0f, 0.0f};
    s.skin.assign(s.mesh.positions.size(), w);
  }
  Layers layers = Layers::for_model(model);
  hide_by_names(model, {"gastrocnemius"}, layers);
  anatomy::PoseBuffers pose;
  // The soleus's joint moves it 1 m to the side; everything else stays.
  pose.skin_matrices = {Mat4(1.0f), glm::translate(Mat4(1.0f), Vec3(1.0f, 0.0f, 0.0f))};
  pose.bounds = {model.structures[0].mesh.bounds(), model.structures[1].mesh.bounds(), model.structures[2].mesh.bounds()};
  pose.bounds[2].min.x += 1.0f;
  pose.bounds[2].max.x += 1.0f;
  SceneInputs in = inputs_for(model, layers);
  in.pose = &pose;
  const DrawList list = build_draw_list(in);
  ASSERT_EQ(list.items.size(), 2u);
  const DrawItem& soleus = list.items[1];
  EXPECT_TRUE(soleus.skinned());
  EXPECT_EQ(soleus.mesh, &model.structures[2].mesh);  // the rest mesh: no vertex written per frame
  EXPECT_FLOAT_EQ(soleus.bounds.min.x, 0.9f);
  EXPECT_FLOAT_EQ(list.bounds.max.x, 1.1f);
  EXPECT_EQ(picked_structure(list), -1);  // gone from where it rests
  const auto hit = pick(list, Vec3(1.0f, 0.2f, -1.0f), Vec3(0.0f, 0.0f, 1.0f));
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(structure_for_pick(hit->pick_id), 2);
  EXPECT_NEAR(hit->point.x, 1.0f, 1e-6f);
}

}  // namespace soleus::scene
