#include "core/units.h"

#include <gtest/gtest.h>

namespace soleus::core {

TEST(Units, DegreesAndRadiansRoundTrip) {
  EXPECT_NEAR(deg_to_rad(180.0), kPi, 1e-15);
  EXPECT_NEAR(rad_to_deg(deg_to_rad(17.7)), 17.7, 1e-12);
}

TEST(Units, BodyWeightUsesStandardGravity) {
  EXPECT_NEAR(body_weight_n(70.0), 686.4655, 1e-9);
  EXPECT_DOUBLE_EQ(mm_to_m(10.0), 0.01);
}

}  // namespace soleus::core
