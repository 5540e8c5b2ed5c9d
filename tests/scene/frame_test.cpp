// Scene building from a frame description, without GL: each subject's draw list, props that
// follow isolation, and framing points that cover what is shown.
#include "scene/frame.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace soleus::scene {
namespace {

const std::filesystem::path kLeg = std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg_lite.glb";

struct Fixture {
  anatomy::AnatomyModel model = anatomy::load_anatomy_model(kLeg, anatomy::RoleTable::with_defaults());
  Layers layers = Layers::for_model(model);
  biomech::SolvedStride stride = biomech::solve_stride({});
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

FrameSpec spec_for(Subject subject) {
  Fixture& f = fixture();
  FrameSpec spec;
  spec.subject = subject;
  spec.model = &f.model;
  spec.layers = &f.layers;
  spec.stride = &f.stride;
  spec.sample = f.stride.sample_at_phase(f.stride.summary.peak_soleus_phase);
  return spec;
}

std::size_t unpickable(const DrawList& list) {  // shoe, cues, step, roller, patches
  return static_cast<std::size_t>(
      std::count_if(list.items.begin(), list.items.end(), [](const DrawItem& i) { return i.pick_id == kNoPick; }));
}

core::Aabb bounds(const std::vector<Vec3>& points) {
  core::Aabb box;
  for (const Vec3& p : points) box.expand(p);
  return box;
}

}  // namespace

TEST(FrameBuild, RunningPosesTheLegAndColoursBySpec) {
  FrameSpec spec = spec_for(Subject::Running);
  spec.colours = {{anatomy::StructureRole::Soleus, 0.5f}};
  FrameBuffers buffers;
  const Frame frame = build_frame(spec, buffers);
  EXPECT_TRUE(frame.posed);
  EXPECT_GT(unpickable(frame.draw_list), 0u);  // shoe and force cues
  const int soleus = fixture().model.find(anatomy::StructureRole::Soleus);
  const auto item = std::find_if(frame.draw_list.items.begin(), frame.draw_list.items.end(),
                                 [&](const DrawItem& i) { return i.pick_id == static_cast<std::uint32_t>(soleus + 1); });
  ASSERT_NE(item, frame.draw_list.items.end());
  EXPECT_FALSE(item->striation);  // a heat-map colour, not the muscle texture
  spec.props = false;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 0u);
}

TEST(FrameBuild, TheHeelDropStandsOnAStepUnlessIsolated) {
  FrameSpec spec = spec_for(Subject::Exercise);
  spec.exercise = biomech::exercise_frame(biomech::ExercisePose::HeelDrop, {}, 0.0);
  ASSERT_TRUE(spec.exercise.on_step);
  FrameBuffers buffers;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 1u);
  spec.props = false;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 0u);
}

TEST(FrameBuild, FoamRollingPaintsSpotsAndRollsTheChosenOne) {
  RollingMap map;
  map.spots = {{"a", anatomy::StructureRole::Soleus, 0.5, 0.5, 0.1, false}};
  map.avoid = {anatomy::StructureRole::Tibia};
  FrameSpec spec = spec_for(Subject::FoamRolling);
  spec.rolling = &map;
  spec.chosen_spot = 0;
  FrameBuffers buffers;
  const std::size_t with_roller = unpickable(build_frame(spec, buffers).draw_list);
  EXPECT_GE(with_roller, 2u);  // the spot and the roller (and the shin's edge)
  spec.props = false;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), with_roller - 1);  // no roller
}

// Spot patches belong to their muscle: isolating another structure or hiding the muscle hides them.
TEST(FrameBuild, RollingSpotsGoWithTheirMuscle) {
  Fixture& f = fixture();
  RollingMap map;
  map.spots = {{"a", anatomy::StructureRole::Soleus, 0.5, 0.5, 0.1, false}};
  FrameSpec spec = spec_for(Subject::FoamRolling);
  spec.rolling = &map;
  spec.chosen_spot = 0;
  spec.props = false;  // no roller: only the patch is unpickable
  FrameBuffers buffers;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 1u);
  Layers isolated = f.layers;
  isolated.isolated = f.model.find(anatomy::StructureRole::Tibia);
  spec.layers = &isolated;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 0u);
  Layers hidden = f.layers;
  hidden.structures[static_cast<std::size_t>(f.model.find(anatomy::StructureRole::Soleus))].visible = false;
  spec.layers = &hidden;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 0u);
}

// A repeated exercise is framed over its whole repetition (the heel drop lifts the leg as it rises).
TEST(FrameBuild, FramingCoversARepeatedExercise) {
  FrameSpec spec = spec_for(Subject::Exercise);
  spec.exercise_pose = biomech::ExercisePose::HeelDrop;
  spec.exercise = biomech::exercise_frame(spec.exercise_pose, spec.runner, 0.0);
  FrameBuffers buffers;
  const Frame frame = build_frame(spec, buffers);
  const core::Aabb envelope = bounds(framing_points(spec, frame, buffers));
  for (double t = 0.0; t < biomech::kHeelDropCycleS; t += 0.3) {
    spec.exercise = biomech::exercise_frame(spec.exercise_pose, spec.runner, t);
    const core::Aabb now = build_frame(spec, buffers).draw_list.bounds;
    EXPECT_LE(now.max.y, envelope.max.y + 1e-4f) << t;
    EXPECT_GE(now.min.z, envelope.min.z - 1e-4f) << t;
  }
}

// The running leg is framed over the whole stride, not one instant; an isolated structure alone.
TEST(FrameBuild, FramingCoversTheStrideAndFollowsIsolation) {
  Fixture& f = fixture();
  FrameSpec spec = spec_for(Subject::Running);
  FrameBuffers buffers;
  const Frame frame = build_frame(spec, buffers);
  const core::Aabb envelope = bounds(framing_points(spec, frame, buffers));
  for (double phase = 0.0; phase < 1.0; phase += 0.1) {
    spec.sample = f.stride.sample_at_phase(phase);
    spec.props = false;
    const core::Aabb now = build_frame(spec, buffers).draw_list.bounds;
    EXPECT_LE(now.max.z, envelope.max.z + 1e-4f) << phase;
    EXPECT_GE(now.min.z, envelope.min.z - 1e-4f) << phase;
    EXPECT_LE(now.max.y, envelope.max.y + 1e-4f) << phase;
  }
  Layers isolated = f.layers;
  isolated.isolated = f.model.find(anatomy::StructureRole::Soleus);
  FrameSpec alone = spec_for(Subject::Standing);
  alone.layers = &isolated;
  const Frame standing = build_frame(alone, buffers);
  const core::Aabb soleus = bounds(framing_points(alone, standing, buffers));
  const core::Aabb model = f.model.bounds;
  EXPECT_LT(soleus.size().y, 0.8f * model.size().y);  // the soleus, not the whole leg
  EXPECT_GT(soleus.size().y, 0.2f * model.size().y);
}

}  // namespace soleus::scene
