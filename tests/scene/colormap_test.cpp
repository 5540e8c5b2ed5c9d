#include "scene/colormap.h"

#include <gtest/gtest.h>

namespace soleus::scene {
namespace {

float luminance(const Vec3& c) { return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z; }

}  // namespace

TEST(Colormap, EndpointsAreViridis) {
  // Viridis starts dark blue-violet and ends bright yellow.
  const Vec3 low = viridis(0.0f);
  const Vec3 high = viridis(1.0f);
  EXPECT_GT(low.z, low.y);
  EXPECT_GT(high.x, high.z);
  EXPECT_GT(high.y, high.z);
  EXPECT_EQ(viridis(-1.0f), low);  // clamped
  EXPECT_EQ(viridis(2.0f), high);
}

TEST(Colormap, LuminanceRisesMonotonically) {
  float previous = -1.0f;
  for (int i = 0; i <= 100; ++i) {
    const float l = luminance(viridis(static_cast<float>(i) / 100.0f));
    EXPECT_GT(l, previous) << i;
    previous = l;
  }
}

TEST(Colormap, ZeroAndLowLoadAreVisiblyDifferent) {
  const Vec3 zero = viridis(load_to_colormap_position(0.0f));
  const Vec3 low = viridis(load_to_colormap_position(0.01f));
  EXPECT_GT(glm::length(low - zero), 0.03f);
  EXPECT_GT(load_to_colormap_position(0.01f), kZeroLoadGap - 1e-6f);
  EXPECT_FLOAT_EQ(load_to_colormap_position(1.0f), 1.0f);
  EXPECT_FLOAT_EQ(load_to_colormap_position(5.0f), 1.0f);  // saturates
}

TEST(Colormap, SwellingIsASecondCueThatGrowsWithLoad) {
  EXPECT_FLOAT_EQ(load_to_swelling(0.0f), 1.0f);
  EXPECT_GT(load_to_swelling(0.5f), load_to_swelling(0.1f));
  EXPECT_LE(load_to_swelling(3.0f), 1.1f);
}

}  // namespace soleus::scene
