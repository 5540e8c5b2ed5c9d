// The Compare mode's pair, built without GL: two legs side by side, B faint over A, one leg in
// the difference colours, the labels above the legs and framing that holds both.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "scene/colormap.h"
#include "scene/frame.h"
#include "common/paths.h"

namespace soleus::scene {
namespace {

using testing::kLiteLeg;

struct PairFixture {
  anatomy::AnatomyModel model = anatomy::load_anatomy_model(kLiteLeg, anatomy::RoleTable::with_defaults());
  Layers layers = Layers::for_model(model);
  biomech::SolvedStride a = biomech::solve_stride({});
  biomech::SolvedStride b = [] {
    biomech::Conditions c;
    c.strike = biomech::make_strike(biomech::StrikePreset::kForefoot);
    return biomech::solve_stride(c);
  }();
};

PairFixture& pair_fixture() {
  static PairFixture f;
  return f;
}

FrameSpec pair_spec(PairLayout layout) {
  PairFixture& f = pair_fixture();
  FrameSpec spec;
  spec.subject = Subject::Running;
  spec.model = &f.model;
  spec.layers = &f.layers;
  spec.stride = &f.a;
  spec.sample = f.a.sample_at_phase(0.2);
  spec.paired = true;
  spec.pair_layout = layout;
  spec.stride_b = &f.b;
  spec.sample_b = f.b.sample_at_phase(0.2);
  spec.colours = {{anatomy::StructureRole::Soleus, 0.4f}};
  spec.colours_b = {{anatomy::StructureRole::Soleus, 0.6f}};
  return spec;
}

std::vector<const DrawItem*> soleus_items(const Frame& frame) {
  const int soleus = pair_fixture().model.find(anatomy::StructureRole::Soleus);
  std::vector<const DrawItem*> found;
  for (const DrawItem& item : frame.draw_list.items)
    if (item.mesh && item.mesh->positions.size() == pair_fixture().model.structures[static_cast<std::size_t>(soleus)].mesh.positions.size() &&
        (item.pick_id == static_cast<std::uint32_t>(soleus + 1) || item.pick_id == kNoPick) && item.material == Material::Muscle)
      found.push_back(&item);
  return found;
}

Vec3 world_centre(const DrawItem& item) { return Vec3(item.transform * Vec4(item.mesh->bounds().centre(), 1.0f)); }

}  // namespace

TEST(Pair, SideBySideShowsTwoLegsALeftOfBInTheLateralView) {
  FrameBuffers buffers;
  const FrameSpec one = [] {
    FrameSpec s = pair_spec(PairLayout::SideBySide);
    s.paired = false;
    return s;
  }();
  const std::size_t single = build_frame(one, buffers).draw_list.items.size();
  const Frame frame = build_frame(pair_spec(PairLayout::SideBySide), buffers);
  EXPECT_EQ(frame.draw_list.items.size(), 2 * single);
  const std::vector<const DrawItem*> soleus = soleus_items(frame);
  ASSERT_EQ(soleus.size(), 2u);
  // +Z is screen right in the lateral view: A behind (left), B in front (right), 0.72 m apart.
  EXPECT_NEAR(world_centre(*soleus[1]).z - world_centre(*soleus[0]).z, 2.0f * kPairOffsetM, 0.05f);
  EXPECT_NE(soleus[0]->colour, soleus[1]->colour);  // each leg its own load
  EXPECT_EQ(soleus[1]->opacity, soleus[0]->opacity);
  ASSERT_EQ(frame.labels.size(), 2u);
  EXPECT_EQ(frame.labels[0].text, "A");
  EXPECT_EQ(frame.labels[1].text, "B");
  EXPECT_LT(frame.labels[0].point.z, frame.labels[1].point.z);
  EXPECT_GT(frame.labels[0].point.y, frame.draw_list.bounds.max.y - 0.1f);
  EXPECT_GE(frame.draw_list.bounds.max.z, world_centre(*soleus[1]).z);
  EXPECT_LE(frame.draw_list.bounds.min.z, world_centre(*soleus[0]).z);
}

TEST(Pair, FramingHoldsBothLegsOverTheStride) {
  FrameBuffers buffers;
  const FrameSpec spec = pair_spec(PairLayout::SideBySide);
  const Frame frame = build_frame(spec, buffers);
  const std::vector<Vec3> points = framing_points(spec, frame, buffers);
  core::Aabb box;
  for (const Vec3& p : points) box.expand(p);
  for (const DrawItem* item : soleus_items(frame)) {
    const Vec3 c = world_centre(*item);
    EXPECT_TRUE(c.z > box.min.z && c.z < box.max.z);
  }
}

TEST(Pair, OverlayDrawsBFaintOverAAndLeavesItUnpickable) {
  FrameBuffers buffers;
  const Frame frame = build_frame(pair_spec(PairLayout::Overlay), buffers);
  const std::vector<const DrawItem*> soleus = soleus_items(frame);
  ASSERT_EQ(soleus.size(), 2u);
  EXPECT_NEAR(world_centre(*soleus[0]).z, world_centre(*soleus[1]).z, 0.05f);  // same place
  EXPECT_FLOAT_EQ(soleus[1]->opacity, soleus[0]->opacity * kOverlayOpacityB);
  EXPECT_EQ(soleus[1]->pick_id, kNoPick);
}

TEST(Pair, DifferenceIsOneLegOnTheDivergingMap) {
  FrameBuffers buffers;
  FrameSpec spec = pair_spec(PairLayout::Difference);
  spec.diverging = true;
  spec.colours = {{anatomy::StructureRole::Soleus, 1.0f}};  // B well above A: the map's orange end
  Frame frame = build_frame(spec, buffers);
  std::vector<const DrawItem*> soleus = soleus_items(frame);
  ASSERT_EQ(soleus.size(), 1u);
  EXPECT_EQ(soleus[0]->colour, puor(1.0f));
  EXPECT_GT(soleus[0]->colour.r, soleus[0]->colour.b);  // orange: more load in B
  ASSERT_EQ(frame.labels.size(), 1u);

  spec.colours = {{anatomy::StructureRole::Soleus, -1.0f}};  // B below A: the purple end
  frame = build_frame(spec, buffers);
  soleus = soleus_items(frame);
  ASSERT_EQ(soleus.size(), 1u);
  EXPECT_EQ(soleus[0]->colour, puor(-1.0f));
  EXPECT_GT(soleus[0]->colour.b, soleus[0]->colour.g);
}

TEST(Colormap, PuOrRunsPurpleThroughWhiteToOrange) {
  const Vec3 low = puor(-1.0f), middle = puor(0.0f), high = puor(1.0f);
  EXPECT_GT(low.b, low.r * 0.9f);
  EXPECT_GT(high.r, high.b * 5.0f);
  EXPECT_GT(std::min({middle.r, middle.g, middle.b}), 0.9f);  // no change reads as no colour
  EXPECT_EQ(puor(-3.0f), low);
  EXPECT_EQ(puor(3.0f), high);
}

}  // namespace soleus::scene
