// The cross-section without GL: the plane each axis makes and the side it keeps, the command
// line's form, the slider's range, the centre of a cut outline, and the labels a frame puts on
// the cut of the default leg.
#include "scene/section.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "scene/frame.h"
#include "scene/scene_builder.h"
#include "scene/teaching.h"

#include <glm/gtc/matrix_transform.hpp>
#include "common/paths.h"

namespace soleus::scene {
namespace {

Section cut(SectionAxis axis, float offset_m, float yaw_deg = 0.0f, float pitch_deg = 0.0f) {
  return Section{axis, offset_m, yaw_deg, pitch_deg};
}

bool kept(const Section& section, const Vec3& p) { return kept_distance(section_plane(section), p) >= 0.0f; }

}  // namespace

TEST(SectionPlane, EachAxisCutsAwayTheSideItsViewLooksFrom) {
  const Section axial = cut(SectionAxis::Axial, 0.30f);
  EXPECT_TRUE(kept(axial, Vec3(0.0f, 0.29f, 0.0f)));
  EXPECT_FALSE(kept(axial, Vec3(0.0f, 0.31f, 0.0f)));  // above: cut away, seen from above
  EXPECT_NEAR(kept_distance(section_plane(axial), Vec3(0.0f, 0.20f, 0.0f)), 0.10f, 1e-6f);

  const Section sagittal = cut(SectionAxis::Sagittal, -0.01f);
  EXPECT_TRUE(kept(sagittal, Vec3(0.02f, 0.3f, 0.0f)));    // medial (+X) kept
  EXPECT_FALSE(kept(sagittal, Vec3(-0.02f, 0.3f, 0.0f)));  // lateral cut away: the lateral view sees the cut

  const Section coronal = cut(SectionAxis::Coronal, 0.01f);
  EXPECT_TRUE(kept(coronal, Vec3(0.0f, 0.3f, 0.03f)));    // anterior kept
  EXPECT_FALSE(kept(coronal, Vec3(0.0f, 0.3f, -0.03f)));  // posterior cut away: the posterior view sees the cut
}

TEST(SectionPlane, FreeAtPitch90IsAxialAndOffKeepsEverything) {
  const Vec4 free = section_plane(cut(SectionAxis::Free, 0.30f, 0.0f, 90.0f));
  const Vec4 axial = section_plane(cut(SectionAxis::Axial, 0.30f));
  for (int i = 0; i < 4; ++i) EXPECT_NEAR(free[i], axial[i], 1e-6f);
  // Yaw 90 turns the free axis to +X (medial): the medial side is cut away.
  const Section towards_medial = cut(SectionAxis::Free, 0.0f, 90.0f, 0.0f);
  EXPECT_FALSE(kept(towards_medial, Vec3(0.05f, 0.3f, 0.0f)));
  EXPECT_TRUE(kept(towards_medial, Vec3(-0.05f, 0.3f, 0.0f)));
  EXPECT_TRUE(kept(Section{}, Vec3(100.0f)));
  EXPECT_FALSE(Section{}.on());
}

TEST(SectionText, ParsesTheCommandLineFormAndSaysItBack) {
  std::string error;
  const auto axial = parse_section("axial:0.30", error);
  ASSERT_TRUE(axial) << error;
  EXPECT_EQ(axial->axis, SectionAxis::Axial);
  EXPECT_FLOAT_EQ(axial->offset_m, 0.30f);
  EXPECT_EQ(to_string(*axial), "axial:0.30");
  const auto coronal = parse_section("coronal:-0.02", error);
  ASSERT_TRUE(coronal) << error;
  EXPECT_EQ(to_string(*coronal), "coronal:-0.02");
  const auto free = parse_section("free:0.25,30,-10", error);
  ASSERT_TRUE(free) << error;
  EXPECT_FLOAT_EQ(free->yaw_deg, 30.0f);
  EXPECT_FLOAT_EQ(free->pitch_deg, -10.0f);
  EXPECT_EQ(to_string(*free), "free:0.25,30,-10");
  const auto off = parse_section("off", error);
  ASSERT_TRUE(off);
  EXPECT_FALSE(off->on());
}

TEST(SectionText, RefusesBadValuesSayingWhy) {
  struct Bad {
    const char* text;
    const char* reason;
  };
  for (const Bad& bad : {Bad{"axial", "metres"}, Bad{"diagonal:0.3", "axial, sagittal, coronal or free"},
                         Bad{"axial:abc", "not a number"}, Bad{"axial:5", "from -2 to 2 m"},
                         Bad{"axial:0.3,1", "one number"}, Bad{"free:0.3", "METRES,YAW,PITCH"},
                         Bad{"free:0.3,200,0", "yaw"}, Bad{"axial:nan", "not a number"}, Bad{"", "axis"}}) {
    std::string error;
    EXPECT_FALSE(parse_section(bad.text, error)) << bad.text;
    EXPECT_NE(error.find(bad.reason), std::string::npos) << bad.text << ": " << error;
  }
}

TEST(SectionRange, IsTheModelsExtentAlongTheAxisAndClamps) {
  core::Aabb box;
  box.expand(Vec3(-0.05f, 0.0f, -0.08f));
  box.expand(Vec3(0.06f, 0.50f, 0.20f));
  const SectionRange axial = section_range(cut(SectionAxis::Axial, 0.3f), box);
  EXPECT_FLOAT_EQ(axial.min_m, 0.0f);
  EXPECT_FLOAT_EQ(axial.max_m, 0.50f);
  const SectionRange coronal = section_range(cut(SectionAxis::Coronal, 0.0f), box);
  EXPECT_FLOAT_EQ(coronal.min_m, -0.08f);
  EXPECT_FLOAT_EQ(coronal.max_m, 0.20f);
  const Section high = clamped(cut(SectionAxis::Axial, 0.9f), axial);
  EXPECT_FLOAT_EQ(high.offset_m, 0.50f);
  const Section free = clamped(cut(SectionAxis::Free, 0.1f, 400.0f, -100.0f), axial);
  EXPECT_FLOAT_EQ(free.yaw_deg, 180.0f);
  EXPECT_FLOAT_EQ(free.pitch_deg, -90.0f);
  EXPECT_FALSE(clamped(Section{}, axial).on());
}

TEST(CutCentroid, OfABoxIsItsCentreInThePlane) {
  const core::TriangleMesh box = make_box(Vec3(-0.02f, 0.0f, 0.01f), Vec3(0.04f, 0.5f, 0.05f));
  const auto centre = cut_centroid(box.positions, box.indices, Mat4(1.0f), section_plane(cut(SectionAxis::Axial, 0.30f)));
  ASSERT_TRUE(centre);
  EXPECT_NEAR(centre->x, 0.01f, 1e-5f);
  EXPECT_NEAR(centre->y, 0.30f, 1e-5f);
  EXPECT_NEAR(centre->z, 0.03f, 1e-5f);
  // Moved by its transform first; a plane that misses it cuts nothing.
  const Mat4 up = glm::translate(Mat4(1.0f), Vec3(0.0f, 0.1f, 0.0f));
  const auto moved = cut_centroid(box.positions, box.indices, up, section_plane(cut(SectionAxis::Axial, 0.55f)));
  ASSERT_TRUE(moved);
  EXPECT_NEAR(moved->y, 0.55f, 1e-5f);
  EXPECT_FALSE(cut_centroid(box.positions, box.indices, Mat4(1.0f), section_plane(cut(SectionAxis::Axial, 0.7f))));
}

namespace {
using testing::kLiteLeg;
}  // namespace

TEST(SectionFrame, LabelsTheTibiaInsideItsBoundsAndPicksOnlyWhatIsKept) {
  const anatomy::AnatomyModel model = anatomy::load_anatomy_model(kLiteLeg, anatomy::RoleTable::with_defaults());
  Layers layers = Layers::for_model(model);
  layers.section = cut(SectionAxis::Axial, 0.30f);
  FrameSpec spec;
  spec.subject = Subject::Standing;
  spec.model = &model;
  spec.layers = &layers;
  FrameBuffers buffers;
  const Frame frame = build_frame(spec, buffers);
  ASSERT_TRUE(frame.draw_list.section_plane);

  const int tibia = model.find(anatomy::StructureRole::Tibia);
  ASSERT_GE(tibia, 0);
  const auto label = std::find_if(frame.labels.begin(), frame.labels.end(),
                                  [](const FrameLabel& l) { return l.key == "structure_name.tibia"; });
  ASSERT_NE(label, frame.labels.end());
  EXPECT_TRUE(label->on_cut);
  EXPECT_NEAR(label->point.y, 0.30f, 1e-4f);
  const core::Aabb tibia_box = model.structures[static_cast<std::size_t>(tibia)].mesh.bounds();
  for (int axis : {0, 2}) {
    EXPECT_GT(label->point[axis], tibia_box.min[axis]);
    EXPECT_LT(label->point[axis], tibia_box.max[axis]);
  }
  // The soleus and the fibula are cut at mid-calf too; the see-through skin is not labelled.
  auto labelled = [&](const char* key) {
    return std::any_of(frame.labels.begin(), frame.labels.end(), [&](const FrameLabel& l) { return l.key == key; });
  };
  EXPECT_TRUE(labelled("structure_name.soleus"));
  EXPECT_TRUE(labelled("structure_name.fibula"));
  EXPECT_FALSE(labelled("structure_name.skin"));

  // A ray straight down onto the tibia's cut meets the kept tibia below the plane, not the part above.
  const auto hit = pick(frame.draw_list, Vec3(label->point.x, 2.0f, label->point.z), Vec3(0.0f, -1.0f, 0.0f));
  ASSERT_TRUE(hit);
  EXPECT_EQ(structure_for_pick(hit->pick_id), tibia);
  EXPECT_LE(hit->point.y, 0.30f + 1e-4f);

  // The camera frames what is kept, near the cut: nothing above it, nothing deeper than
  // kCutFramingDepthM under it.
  const std::vector<Vec3> framed = framing_points(spec, frame, buffers);
  ASSERT_FALSE(framed.empty());
  for (const Vec3& p : framed) {
    EXPECT_LE(p.y, 0.30f + 1e-4f);
    EXPECT_GE(p.y, 0.30f - kCutFramingDepthM - 1e-4f);
  }

  // Off: no plane, no labels.
  layers.section = Section{};
  const Frame uncut = build_frame(spec, buffers);
  EXPECT_FALSE(uncut.draw_list.section_plane);
  EXPECT_TRUE(uncut.labels.empty());
}

}  // namespace soleus::scene
