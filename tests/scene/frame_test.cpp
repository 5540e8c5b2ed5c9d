// Scene building from a frame description, without GL: each subject's draw list, props that
// follow isolation, and framing points that cover what is shown.
#include "scene/frame.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "scene/teaching.h"
#include "common/paths.h"

namespace soleus::scene {
namespace {

using testing::kLiteLeg;

struct FrameFixture {
  anatomy::AnatomyModel model = anatomy::load_anatomy_model(kLiteLeg, anatomy::RoleTable::with_defaults());
  Layers layers = Layers::for_model(model);
  biomech::SolvedStride stride = biomech::solve_stride({});
};

FrameFixture& frame_fixture() {
  static FrameFixture f;
  return f;
}

FrameSpec spec_for(Subject subject) {
  FrameFixture& f = frame_fixture();
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

constexpr float kTouchM = 0.005f;  // "touching": within 5 mm

// The skin in the pose the buffers hold, every vertex (the CPU skinning the renderer matches).
std::vector<Vec3> posed_skin(const FrameBuffers& buffers) {
  const anatomy::Structure& skin = frame_fixture().model.structures[static_cast<std::size_t>(buffers.landmarks.sole_structure)];
  std::vector<Vec3> out(skin.mesh.positions.size());
  for (std::size_t v = 0; v < out.size(); ++v) out[v] = anatomy::posed_position(skin, v, buffers.pose);
  return out;
}

// Lowest posed point of the forefoot ahead of `front_of` (z): rest skin in the lowest 3 cm, from 2 cm
// behind the ball forward.
Vec3 lowest_forefoot(const FrameBuffers& buffers, const std::vector<Vec3>& posed, float front_of = -1e9f) {
  const auto& rest = frame_fixture().model.structures[static_cast<std::size_t>(buffers.landmarks.sole_structure)].mesh.positions;
  const Vec3 ball = rest[buffers.landmarks.mtp_vertex];
  Vec3 lowest(0.0f, 1e9f, 0.0f);
  for (std::size_t v = 0; v < rest.size(); ++v)
    if (rest[v].y < ball.y + 0.03f && rest[v].z > ball.z - 0.02f && posed[v].z >= front_of && posed[v].y < lowest.y)
      lowest = posed[v];
  return lowest;
}

}  // namespace

TEST(FrameBuild, RunningPosesTheLegAndColoursBySpec) {
  FrameSpec spec = spec_for(Subject::Running);
  spec.colours = {{anatomy::StructureRole::Soleus, 0.5f}};
  FrameBuffers buffers;
  const Frame frame = build_frame(spec, buffers);
  EXPECT_TRUE(frame.posed);
  EXPECT_GT(unpickable(frame.draw_list), 0u);  // shoe and force cues
  const int soleus = frame_fixture().model.find(anatomy::StructureRole::Soleus);
  const auto item = std::find_if(frame.draw_list.items.begin(), frame.draw_list.items.end(),
                                 [&](const DrawItem& i) { return i.pick_id == static_cast<std::uint32_t>(soleus + 1); });
  ASSERT_NE(item, frame.draw_list.items.end());
  EXPECT_FALSE(item->striation);  // a heat-map colour, not the muscle texture
  spec.props = false;
  EXPECT_EQ(unpickable(build_frame(spec, buffers).draw_list), 0u);
}

// The rig's joints, shown while a model set is corrected: an arrow through each joint's centre
// along its axis, moving with the leg (here the ankle at the soleus peak, far from its rest place),
// in the edit colour once nudged; none in a pair.
TEST(FrameBuild, JointMarkersFollowTheirJointAndSayWhenMoved) {
  const anatomy::AnatomyModel& model = frame_fixture().model;
  const int ankle = model.rig.find(anatomy::JointKind::Ankle);
  ASSERT_GE(ankle, 0);
  const Mat4 rest = glm::inverse(model.rig.joints[static_cast<std::size_t>(ankle)].inverse_bind);
  FrameSpec spec = spec_for(Subject::Running);
  spec.props = false;  // no cues: the only unpickable items are the markers
  spec.joint_markers = {{ankle, Vec3(rest[3]), Vec3(rest[0]), false}, {ankle, Vec3(rest[3]) + Vec3(0.0f, 0.01f, 0.0f), Vec3(rest[0]), true}};
  FrameBuffers buffers;
  const Frame frame = build_frame(spec, buffers);
  std::vector<const DrawItem*> markers;
  for (const DrawItem& item : frame.draw_list.items)
    if (item.pick_id == kNoPick) markers.push_back(&item);
  ASSERT_EQ(markers.size(), 2u);
  const Vec3 posed(buffers.pose.joint_globals[static_cast<std::size_t>(ankle)][3]);
  EXPECT_GT(glm::distance(posed, Vec3(rest[3])), 0.03f);  // the leg has moved on (3x the tolerance below): the marker must follow
  EXPECT_LT(glm::distance(markers[0]->mesh->bounds().centre(), posed), 0.01f);
  const core::Aabb box = markers[0]->mesh->bounds();
  EXPECT_GT(std::max({box.size().x, box.size().y, box.size().z}), 1.5f * kJointMarkerHalfLength_m);
  EXPECT_NE(markers[0]->colour, markers[1]->colour);
  spec.paired = true;
  spec.stride_b = spec.stride;
  spec.sample_b = spec.sample;
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
  FrameFixture& f = frame_fixture();
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

// Every instant of the heel drop: the forefoot on the step's top at its edge, nothing sunk into
// the step, the heel hanging off behind the edge (below the top once the ankle bends up).
TEST(FrameBuild, TheHeelDropStandsOnTheStepEdgeThroughout) {
  FrameSpec spec = spec_for(Subject::Exercise);
  spec.exercise_pose = biomech::ExercisePose::HeelDrop;
  FrameBuffers buffers;
  float deepest_heel = 1e9f;
  for (int k = 0; k < 16; ++k) {
    spec.exercise = biomech::exercise_frame(spec.exercise_pose, spec.runner, biomech::kHeelDropCycleS * k / 16.0);
    build_frame(spec, buffers);
    const core::Aabb step = buffers.step.bounds();
    const std::vector<Vec3> skin = posed_skin(buffers);
    const Vec3 forefoot = lowest_forefoot(buffers, skin, step.min.z);  // on the step
    EXPECT_NEAR(forefoot.y, step.max.y, kTouchM) << k;
    const Vec3 ball = skin[buffers.landmarks.mtp_vertex];  // the ball on the step's top at its edge
    EXPECT_NEAR(ball.y, step.max.y, kTouchM) << k;
    EXPECT_GE(ball.z, step.min.z) << k;
    EXPECT_LE(ball.z, step.min.z + 0.03f) << k;
    float sunk = step.max.y;  // lowest skin over the step's top
    for (const Vec3& p : skin)
      if (p.z > step.min.z + kTouchM && p.x > step.min.x && p.x < step.max.x) sunk = std::min(sunk, p.y);
    EXPECT_GE(sunk, step.max.y - kTouchM) << k;
    const Vec3 heel = skin[buffers.landmarks.heel_vertex];
    EXPECT_LT(heel.z, step.min.z) << k;  // off the step
    if (spec.exercise.joints.ankle_dorsiflexion_rad > 0.0) {
      EXPECT_LT(heel.y, step.max.y) << k;
    }
    deepest_heel = std::min(deepest_heel, heel.y - step.max.y);
  }
  EXPECT_LT(deepest_heel, -0.03f);  // the heel goes well below the step's top
}

// Every instant of the calf raise: the ball of the foot on the ground, nothing below it, the heel rising.
TEST(FrameBuild, TheCalfRaiseRisesOnTheBallOfTheFoot) {
  FrameSpec spec = spec_for(Subject::Exercise);
  spec.exercise_pose = biomech::ExercisePose::CalfRaise;
  FrameBuffers buffers;
  float heel_low = 1e9f, heel_high = -1e9f;
  for (int k = 0; k < 16; ++k) {
    spec.exercise = biomech::exercise_frame(spec.exercise_pose, spec.runner, biomech::kCalfRaiseCycleS * k / 16.0);
    build_frame(spec, buffers);
    const float ground = frame_fixture().model.structures[static_cast<std::size_t>(buffers.landmarks.sole_structure)]
                             .mesh.positions[buffers.landmarks.mtp_vertex].y;
    const std::vector<Vec3> skin = posed_skin(buffers);
    EXPECT_NEAR(skin[buffers.landmarks.mtp_vertex].y, ground, kTouchM) << k;
    EXPECT_NEAR(lowest_forefoot(buffers, skin).y, ground, kTouchM) << k;
    float lowest = ground;
    for (const Vec3& p : skin) lowest = std::min(lowest, p.y);
    EXPECT_GE(lowest, ground - kTouchM) << k;
    heel_low = std::min(heel_low, skin[buffers.landmarks.heel_vertex].y - ground);
    heel_high = std::max(heel_high, skin[buffers.landmarks.heel_vertex].y - ground);
  }
  EXPECT_LT(heel_low, 0.02f);   // flat at the bottom
  EXPECT_GT(heel_high, 0.05f);  // well up at the top
}

// Foam rolling: the roller on the floor under the spot, the leg lying on its back on it (the calf
// down, nearly horizontal), its skin touching the roller and not sunk into it.
TEST(FrameBuild, TheRolledLegLiesOnTheRollerOnTheFloor) {
  FrameFixture& f = frame_fixture();
  RollingMap map;
  // The mid-belly (behind) rolled along, the inner border rolled across.
  map.spots = {{"a", anatomy::StructureRole::Soleus, 0.75, 0.45, 0.15, false}, {"b", anatomy::StructureRole::Soleus, 0.9, 0.5, 0.12, true}};
  FrameSpec spec = spec_for(Subject::FoamRolling);
  spec.rolling = &map;
  FrameBuffers buffers;
  const int skin_index = f.model.find(anatomy::StructureRole::Skin);
  ASSERT_GE(skin_index, 0);
  const int soleus = f.model.find(anatomy::StructureRole::Soleus);
  for (int chosen = 0; chosen < 2; ++chosen) {
    for (const double t : {0.0, 0.7, 1.9}) {
      spec.chosen_spot = chosen;
      spec.roller_time_s = t;
      const Frame frame = build_frame(spec, buffers);
      const auto& items = frame.draw_list.items;
      const auto roller = std::find_if(items.begin(), items.end(), [&](const DrawItem& i) { return i.mesh == &buffers.roller; });
      const auto skin = std::find_if(items.begin(), items.end(), [&](const DrawItem& i) { return i.pick_id == static_cast<std::uint32_t>(skin_index + 1); });
      ASSERT_NE(roller, items.end());
      ASSERT_NE(skin, items.end());
      const core::Aabb roller_box = bounds({Vec3(roller->transform * Vec4(buffers.roller.bounds().min, 1.0f)),
                                            Vec3(roller->transform * Vec4(buffers.roller.bounds().max, 1.0f))});
      EXPECT_NEAR(roller_box.min.y, 0.0f, 1e-3f) << chosen << " " << t;  // on the floor
      const Vec3 centre(roller->transform * Vec4(0.0f, 0.0f, 0.0f, 1.0f));
      const Vec3 axis = glm::normalize(Vec3(roller->transform * Vec4(1.0f, 0.0f, 0.0f, 0.0f)));
      const float radius = centre.y;
      EXPECT_NEAR(axis.y, 0.0f, 1e-4f);  // lying flat
      float nearest = 1e9f, deepest = 1e9f;
      for (const Vec3& p : f.model.structures[static_cast<std::size_t>(skin_index)].mesh.positions) {
        const Vec3 w = Vec3(skin->transform * Vec4(p, 1.0f)) - centre;
        if (std::fabs(glm::dot(w, axis)) > 0.5f * buffers.roller.bounds().size().x) continue;
        const float gap = glm::length(w - axis * glm::dot(w, axis)) - radius;
        nearest = std::min(nearest, std::fabs(gap));
        deepest = std::min(deepest, gap);
      }
      EXPECT_LT(nearest, kTouchM) << chosen << " " << t;
      EXPECT_GT(deepest, -kTouchM) << chosen << " " << t;
      const core::TriangleMesh& muscle = f.model.structures[static_cast<std::size_t>(soleus)].mesh;
      const RollingSpot& spot = map.spots[static_cast<std::size_t>(chosen)];
      const int v = nearest_uv_vertex(muscle, spot.u, texture_v_from_top(muscle, spot.v));
      ASSERT_GE(v, 0);
      const Vec3 spot_world(skin->transform * Vec4(muscle.positions[static_cast<std::size_t>(v)], 1.0f));
      if (t == 0.0) {  // the sweep starts at the spot: the roller right under it
        Vec3 off = spot_world - centre;
        off -= axis * glm::dot(off, axis);
        EXPECT_LT(std::hypot(off.x, off.z), 0.02f) << chosen;
      }
      EXPECT_LT(spot_world.y, Vec3(skin->transform * Vec4(muscle.bounds().centre(), 1.0f)).y - 0.01f);  // the spot faces down
      const Vec3 long_axis = Vec3(skin->transform * Vec4(0.0f, 1.0f, 0.0f, 0.0f));
      EXPECT_LT(std::fabs(long_axis.y), std::sin(0.35f));  // nearly horizontal
      if (chosen == 0) {
        EXPECT_LT(Vec3(skin->transform * Vec4(0.0f, 0.0f, -1.0f, 0.0f)).y, -0.9f);  // the calf faces down
      }
    }
  }
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
  FrameFixture& f = frame_fixture();
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
