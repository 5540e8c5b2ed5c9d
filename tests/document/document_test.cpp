#include "document/document.h"

#include <gtest/gtest.h>

namespace soleus::document {
namespace {

const std::filesystem::path kFixture = std::filesystem::path(SOLEUS_TEST_DATA_DIR) / "three_parts.obj";

Document fixture_document() {
  auto model = std::make_shared<const anatomy::AnatomyModel>(
      anatomy::load_anatomy_model(kFixture, anatomy::RoleTable::with_defaults()));
  return make_document(model);
}

}  // namespace

TEST(Document, LayerCommandsChangeTheLayersAndClampValues) {
  Document doc = fixture_document();
  apply_command(doc, SetGroupOpacity{anatomy::StructureGroup::Skin, 3.0f});
  EXPECT_EQ(doc.layers.group_opacity[scene::group_index(anatomy::StructureGroup::Skin)], 1.0f);
  apply_command(doc, SetStructureVisible{0, false});
  EXPECT_FALSE(doc.layers.structures[0].visible);
  apply_command(doc, SetStructureVisible{99, false});  // ignored, not fatal
  apply_command(doc, Isolate{1});
  EXPECT_EQ(doc.layers.isolated, 1);
  apply_command(doc, ShowAll{});
  EXPECT_TRUE(doc.layers.structures[0].visible);
  EXPECT_EQ(doc.layers.isolated, -1);
}

TEST(Document, SelectionIsValidatedAndQueueAppliesInOrder) {
  Document doc = fixture_document();
  CommandQueue queue;
  queue.push(Select{2});
  queue.push(Select{7});
  queue.apply_all(doc);
  EXPECT_EQ(doc.selected, -1);
  queue.push(Select{1});
  queue.apply_all(doc);
  EXPECT_EQ(doc.selected, 1);
  EXPECT_TRUE(queue.empty());
}

TEST(Document, FailedLoadKeepsTheCurrentModelAndReportsWhy) {
  Document doc = fixture_document();
  const auto before = doc.model;
  apply_command(doc, LoadModel{"/nonexistent/leg.glb"});
  EXPECT_EQ(doc.model, before);
  EXPECT_NE(doc.last_error.find("/nonexistent/leg.glb"), std::string::npos);
  apply_command(doc, DismissError{});
  EXPECT_TRUE(doc.last_error.empty());
  apply_command(doc, LoadModel{kFixture});
  EXPECT_NE(doc.model, before);
  EXPECT_EQ(doc.layers.structures.size(), doc.model->structures.size());
}

TEST(Document, ViewCommandsMoveTheCamera) {
  Document doc = fixture_document();
  apply_command(doc, SetView{scene::ViewPreset::Posterior});
  EXPECT_LT(doc.camera.eye().z, 0.0f);
  apply_command(doc, SetView{scene::ViewPreset::Anterior});
  EXPECT_GT(doc.camera.eye().z, 0.0f);
}

}  // namespace soleus::document
