#include "scene/shoe.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <utility>

#include "biomech/parameters.h"
#include "scene/cues.h"
#include "scene/materials.h"

namespace soleus::scene {
namespace {

constexpr float kStack = 0.030f;
constexpr float kForefoot = 0.020f;
constexpr float kHeelToBall = 0.19f;

// A foot standing level, its sole line 5 cm up, pointing +Z: the sole's up is +Y, across is +X.
RunPose level_foot(float heel_m, float forefoot_m, float squash = 0.0f) {
  RunPose pose;
  pose.heel = Vec3(0.0f, 0.05f, 0.0f);
  pose.ball = Vec3(0.0f, 0.05f, kHeelToBall);
  pose.shoe_heel_m = heel_m;
  pose.shoe_forefoot_m = forefoot_m;
  pose.sole_squash = squash;
  pose.foot = {0.266f, 0.062f, 0.0f, 0.096f, -0.006f};
  pose.sole_forward = Vec3(0.0f, 0.0f, 1.0f);
  pose.heel_to_ball_m = kHeelToBall;
  return pose;
}

struct Span {
  float lo = std::numeric_limits<float>::max();
  float hi = -std::numeric_limits<float>::max();
  float size() const { return hi - lo; }
};

// Heights of the meshes' vertices across the station at z.
Span heights_at(std::initializer_list<const core::TriangleMesh*> meshes, float z) {
  Span span;
  for (const core::TriangleMesh* m : meshes)
    for (const Vec3& p : m->positions)
      if (std::abs(p.z - z) < 1e-5f) {
        span.lo = std::min(span.lo, p.y);
        span.hi = std::max(span.hi, p.y);
      }
  return span;
}

// ... of the sole (midsole and outsole).
Span sole_heights_at(const ShoeMeshes& shoe, float z) { return heights_at({&shoe.midsole, &shoe.outsole}, z); }

Span extent(const core::TriangleMesh& m, int axis) {
  Span span;
  for (const Vec3& p : m.positions) {
    span.lo = std::min(span.lo, p[axis]);
    span.hi = std::max(span.hi, p[axis]);
  }
  return span;
}

std::size_t triangles(const ShoeMeshes& s) {
  return s.midsole.triangle_count() + s.outsole.triangle_count() + s.plate.triangle_count() + s.upper.triangle_count() +
         s.trim.triangle_count();
}

}  // namespace

TEST(Shoe, HeelIsTheStackThickAndTheBallTheStackLessTheDrop) {
  const ShoeMeshes shoe = make_shoe_meshes(level_foot(kStack, kForefoot), false);
  const Span heel = sole_heights_at(shoe, 0.0f);
  const Span ball = sole_heights_at(shoe, kHeelToBall);
  EXPECT_NEAR(heel.size(), kStack, 1e-4f);
  EXPECT_NEAR(ball.size(), kForefoot, 1e-4f);
  EXPECT_NEAR(heel.hi, 0.05f, 1e-4f);  // its top against the sole
  EXPECT_NEAR(ball.hi, 0.05f, 1e-4f);
}

TEST(Shoe, OutsoleIsAThinLayerUnderTheFoam) {
  const ShoeMeshes shoe = make_shoe_meshes(level_foot(kStack, kForefoot), false);
  for (const float z : {0.0f, kHeelToBall}) {
    const Span outsole = heights_at({&shoe.outsole}, z);
    const Span midsole = heights_at({&shoe.midsole}, z);
    EXPECT_NEAR(outsole.lo, sole_heights_at(shoe, z).lo, 1e-6f);  // the rubber at the bottom ...
    EXPECT_NEAR(outsole.size(), 0.003f, 1e-4f);                   // ... 3 mm of it ...
    EXPECT_NEAR(midsole.lo, outsole.hi, 1e-6f);                   // ... the foam on it
  }
}

TEST(Shoe, OutlineIsAFootsRoundedHeelWiderForefootTaperedToeThatSpringsUp) {
  const ShoeMeshes shoe = make_shoe_meshes(level_foot(kStack, kForefoot), false);
  auto width_at = [&](float z) {
    Span span;
    for (const Vec3& p : shoe.midsole.positions)
      if (std::abs(p.z - z) < 0.006f) {
        span.lo = std::min(span.lo, p.x);
        span.hi = std::max(span.hi, p.x);
      }
    return span.size();
  };
  const Span length = extent(shoe.midsole, 2);
  EXPECT_NEAR(length.lo, -0.005f, 1e-4f);           // 5 mm behind the heel
  EXPECT_NEAR(length.hi, 0.266f + 0.010f, 1e-4f);  // a thumb's width past the toes
  EXPECT_NEAR(width_at(kHeelToBall), 0.096f + 0.010f, 0.004f);  // the forefoot plus 5 mm a side
  EXPECT_LT(width_at(0.04f), width_at(kHeelToBall) - 0.02f);    // a narrower heel
  EXPECT_LT(width_at(-0.003f), width_at(0.03f) * 0.7f);           // rounded at the back
  EXPECT_LT(width_at(0.268f), width_at(kHeelToBall) * 0.7f);      // tapered at the toe
  Span tip;  // the outsole's lowest point near the tip is off the ground: toe spring
  for (const Vec3& p : shoe.outsole.positions)
    if (p.z > 0.26f) tip.lo = std::min(tip.lo, p.y);
  EXPECT_GT(tip.lo, 0.05f - kForefoot + 0.008f);
}

TEST(Shoe, PlateOnlyWhenPlatedInsideTheFoamItsEdgeShowing) {
  const RunPose pose = level_foot(kStack, kForefoot);
  EXPECT_TRUE(make_shoe_meshes(pose, false).plate.indices.empty());
  const ShoeMeshes plated = make_shoe_meshes(pose, true);
  ASSERT_FALSE(plated.plate.indices.empty());
  for (const float z : {0.0f, kHeelToBall}) {
    const Span plate = heights_at({&plated.plate}, z);
    const Span foam = heights_at({&plated.midsole}, z);
    EXPECT_GT(plate.lo, foam.lo);  // inside the foam ...
    EXPECT_LT(plate.hi, foam.hi);
    EXPECT_LT(plate.size(), 0.003f);  // ... a thin layer, not the sole
  }
  EXPECT_GT(extent(plated.plate, 0).size(), extent(plated.midsole, 0).size());  // proud of the foam's sides
  EXPECT_GT(extent(plated.plate, 2).size(), 0.25f);                           // heel to toe
}

TEST(Shoe, FoamGivesUnderLoadInProportionToCushioning) {
  biomech::Shoe soft = biomech::make_shoe(biomech::ShoePreset::kMaximal);
  biomech::Shoe firm = soft;
  firm.cushioning = 0.2;
  EXPECT_EQ(sole_squash(soft, 0.0), 0.0f);
  EXPECT_GT(sole_squash(soft, 2.5), 2.0f * sole_squash(firm, 2.5));
  EXPECT_GT(sole_squash(soft, 2.5), sole_squash(soft, 1.0));
  EXPECT_LT(sole_squash(soft, 10.0), 0.35f);  // never flat
  EXPECT_EQ(sole_squash(biomech::make_shoe(biomech::ShoePreset::kBarefoot), 2.5), 0.0f);
  const float squash = sole_squash(soft, 2.5);
  const ShoeMeshes loaded = make_shoe_meshes(level_foot(kStack, kForefoot, squash), false);
  EXPECT_NEAR(sole_heights_at(loaded, 0.0f).size(), kStack * (1.0f - squash), 1e-4f);
}

TEST(Shoe, TheForefootFlexesWithTheToesAndTheRestStaysPut) {
  // at push-off the toes bend up at the MTP joints (the heel lifted): the shoe ahead of the ball
  // bends with them, about the ground line under the ball; behind the ball nothing moves
  const ShoeMeshes flat = make_shoe_meshes(level_foot(kStack, kForefoot), false);
  RunPose pose = level_foot(kStack, kForefoot);
  pose.toe_bend_rad = 0.5f;
  const ShoeMeshes bent = make_shoe_meshes(pose, false);
  ASSERT_EQ(flat.outsole.positions.size(), bent.outsole.positions.size());
  float tip_rise = 0.0f;
  for (std::size_t i = 0; i < flat.outsole.positions.size(); ++i) {
    const Vec3 a = flat.outsole.positions[i];
    const Vec3 b = bent.outsole.positions[i];
    if (a.z <= kHeelToBall) {
      EXPECT_NEAR(glm::distance(a, b), 0.0f, 1e-6f) << a.z;
    } else {
      EXPECT_GE(b.y, a.y - 1e-6f) << a.z;   // ahead of the ball it only rises
      if (a.z > 0.26f) tip_rise = std::max(tip_rise, b.y - a.y);
    }
  }
  // the tip, about 8 cm ahead of the ball, turned half a radian (less the 2 cm blend): 3 cm up or more
  EXPECT_GT(tip_rise, 0.03f);
  // the toe cap bends with it
  ASSERT_EQ(flat.upper.positions.size(), bent.upper.positions.size());
  float cap_rise = 0.0f;
  for (std::size_t i = 0; i < flat.upper.positions.size(); ++i)
    if (flat.upper.positions[i].z > 0.24f) cap_rise = std::max(cap_rise, bent.upper.positions[i].y - flat.upper.positions[i].y);
  EXPECT_GT(cap_rise, 0.02f);
}

TEST(Shoe, NothingBarefoot) {
  const ShoeMeshes bare = make_shoe_meshes(level_foot(0.0f, 0.0f), true);
  EXPECT_EQ(triangles(bare), 0u);
}

TEST(Shoe, HasAnUpperAndStaysUnderAFewThousandTriangles) {
  const ShoeMeshes shoe = make_shoe_meshes(level_foot(kStack, kForefoot), true);
  EXPECT_FALSE(shoe.upper.indices.empty());
  EXPECT_FALSE(shoe.trim.indices.empty());
  const Span counter = extent(shoe.upper, 1);
  EXPECT_GT(counter.hi, 0.05f + 0.045f);  // the heel counter rises round the heel
  EXPECT_LT(triangles(shoe), 3000u);
  RecordProperty("triangles", static_cast<int>(triangles(shoe)));  // in --gtest_output=xml, for the record
  for (const core::TriangleMesh* m : {&shoe.midsole, &shoe.outsole, &shoe.plate, &shoe.upper, &shoe.trim}) {
    ASSERT_EQ(m->positions.size(), m->normals.size());
    for (const Vec3& n : m->normals) ASSERT_NEAR(glm::length(n), 1.0f, 1e-3f);
  }
}

// The running frame's cues draw it: the plate only in a plated shoe, the upper see-through,
// nothing barefoot.
TEST(Shoe, TheCuesDrawItsPartsThePlateOnlyWhenPlatedAndTheUpperSeeThrough) {
  for (const auto& [preset, plated] : {std::pair{biomech::ShoePreset::kRacer, true},
                                       std::pair{biomech::ShoePreset::kNeutral, false},
                                       std::pair{biomech::ShoePreset::kBarefoot, false}}) {
    biomech::Conditions conditions;
    conditions.shoe = biomech::make_shoe(preset);
    const biomech::SolvedStride stride = biomech::solve_stride(conditions);
    const bool shod = conditions.shoe.stack_m > 0.0;
    const RunPose pose = level_foot(shod ? kStack : 0.0f, shod ? kForefoot : 0.0f);
    CueMeshes meshes;
    std::vector<DrawItem> items;
    build_cues(pose, stride, stride.sample_at_phase(0.7), CueOptions{}, meshes, items);
    auto drawn = [&](const core::TriangleMesh& mesh) {
      return std::find_if(items.begin(), items.end(), [&](const DrawItem& i) { return i.mesh == &mesh; });
    };
    EXPECT_EQ(drawn(meshes.shoe.midsole) != items.end(), shod);
    EXPECT_EQ(drawn(meshes.shoe.outsole) != items.end(), shod);
    EXPECT_EQ(drawn(meshes.shoe.plate) != items.end(), plated);
    if (plated) {
      EXPECT_EQ(drawn(meshes.shoe.plate)->colour, shoe_colour(ShoePart::Plate));
    }
    if (!shod) continue;
    EXPECT_EQ(drawn(meshes.shoe.midsole)->colour, shoe_colour(ShoePart::Midsole));  // the foam stays foam
    ASSERT_NE(drawn(meshes.shoe.upper), items.end());
    EXPECT_LT(drawn(meshes.shoe.upper)->opacity, 0.5f);
  }
}

}  // namespace soleus::scene
