#pragma once
// The models the document tests run on: the three-part OBJ (no rig: a static model) and the
// default lite leg (rigged: it runs), each loaded once per test binary.
#include <filesystem>
#include <memory>

#include "document/document.h"

namespace soleus::document::testing {

inline std::filesystem::path three_parts_path() {
  return std::filesystem::path(SOLEUS_TEST_DATA_DIR) / "three_parts.obj";
}

inline std::shared_ptr<const anatomy::AnatomyModel> three_parts_model() {
  static const auto model = std::make_shared<const anatomy::AnatomyModel>(
      anatomy::load_anatomy_model(three_parts_path(), anatomy::RoleTable::with_defaults()));
  return model;
}

/// A fresh document on the three-part model.
inline Document fixture_document() { return make_document(three_parts_model()); }

/// The default lite leg.
inline std::shared_ptr<const anatomy::AnatomyModel> leg() {
  static const auto model = std::make_shared<const anatomy::AnatomyModel>(anatomy::load_anatomy_model(
      std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg_lite.glb", anatomy::RoleTable::with_defaults()));
  return model;
}

}  // namespace soleus::document::testing
