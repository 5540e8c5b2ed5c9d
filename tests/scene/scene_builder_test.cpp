#include "scene/scene_builder.h"

#include <gtest/gtest.h>

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

}  // namespace soleus::scene
