#pragma once
// The models the document tests run on: the three-part OBJ (no rig: a static model) and the
// default lite leg (rigged: it runs), each loaded once per test binary.
#include <filesystem>
#include <memory>

#include "content/strings.h"
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

/// The English string table, for the words of phrases (undo step names) as the Edit menu says them.
inline const content::Strings& english() {
  static const content::Strings strings =
      content::Strings::load_language(std::filesystem::path(SOLEUS_ASSETS_DIR) / "strings", content::Language::English);
  return strings;
}
/// A phrase (an undo step's name) in English; "(none)" for no step.
inline std::string english(const content::Phrase* phrase) { return phrase ? english().say(*phrase) : "(none)"; }

/// A fresh document on the three-part model.
inline Document fixture_document() { return make_document(three_parts_model()); }

/// The default lite leg.
inline std::shared_ptr<const anatomy::AnatomyModel> leg() {
  static const auto model = std::make_shared<const anatomy::AnatomyModel>(anatomy::load_anatomy_model(
      std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg_lite.glb", anatomy::RoleTable::with_defaults()));
  return model;
}

}  // namespace soleus::document::testing
