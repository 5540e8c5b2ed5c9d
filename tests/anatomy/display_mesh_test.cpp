// The window's lighter model (issue 16 item 4, issue 18 item 4): within its triangle budget,
// the same structures in the same place, still rigged; a model within budget is left alone.
#include "anatomy/display_mesh.h"

#include <gtest/gtest.h>

#include <cmath>

#include "common/paths.h"

namespace soleus::anatomy {

TEST(DisplayMesh, TheFullLegComesWithinItsBudgetAndStaysInPlaceAndRigged) {
  const AnatomyModel full = load_anatomy_model(testing::kDefaultLeg, RoleTable::with_defaults());
  AnatomyModel shown = full;
  const std::size_t budget = full.triangle_count() / 4;
  ASSERT_TRUE(simplify_for_display(shown, budget));
  EXPECT_LE(shown.triangle_count(), budget * 11 / 10);
  EXPECT_GT(shown.triangle_count(), budget / 2);  // not thrown away
  ASSERT_EQ(shown.structures.size(), full.structures.size());
  for (std::size_t s = 0; s < full.structures.size(); ++s) {
    const Structure& a = full.structures[s];
    const Structure& b = shown.structures[s];
    SCOPED_TRACE(a.name);
    EXPECT_GE(b.mesh.triangle_count(), std::min<std::size_t>(64, a.mesh.triangle_count()));
    EXPECT_EQ(b.mesh.normals.size(), b.mesh.positions.size());
    EXPECT_EQ(b.skin.size(), a.skin.empty() ? 0u : b.mesh.positions.size());
    for (const std::uint32_t i : b.mesh.indices) ASSERT_LT(i, b.mesh.positions.size());
    for (const VertexWeights& w : b.skin) EXPECT_NEAR(w.weights[0] + w.weights[1] + w.weights[2] + w.weights[3], 1.0f, 1e-4f);
    // In place: its box within 5 mm of the full structure's (a thin tendon loses little width).
    const core::Aabb box_a = a.mesh.bounds(), box_b = b.mesh.bounds();
    EXPECT_LT(glm::length(box_a.min - box_b.min), 0.005f);
    EXPECT_LT(glm::length(box_a.max - box_b.max), 0.005f);
  }
  EXPECT_EQ(shown.rig.joints.size(), full.rig.joints.size());
  EXPECT_NE(shown.notes.back().find("simplified for display"), std::string::npos);
  AnatomyModel small = full;
  EXPECT_FALSE(simplify_for_display(small, full.triangle_count()));
  EXPECT_EQ(small.triangle_count(), full.triangle_count());
}

}  // namespace soleus::anatomy
