#pragma once
// Where the tests find the repository's files (every test executable gets these definitions
// from soleus_add_test in cmake/soleus_warnings.cmake).
#include <filesystem>
#include <string>

namespace soleus::testing {

inline const std::filesystem::path kAssetsDir = SOLEUS_ASSETS_DIR;
inline const std::filesystem::path kTestDataDir = SOLEUS_TEST_DATA_DIR;
inline const std::filesystem::path kDefaultLeg = kAssetsDir / "models" / "lower_leg.glb";
inline const std::filesystem::path kLiteLeg = kAssetsDir / "models" / "lower_leg_lite.glb";
inline const std::string kLearnJson = (kAssetsDir / "content" / "learn.json").string();
// The real anatomy beside the repository (absent: the tests that read it skip).
inline const std::filesystem::path kReferenceAnatomyDir = std::filesystem::path(SOLEUS_SHARED_DIR) / "reference-anatomy";
inline const std::string kStructuresJson = (kAssetsDir / "content" / "structures.json").string();

}  // namespace soleus::testing
