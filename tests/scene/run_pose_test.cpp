#include "scene/run_pose.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <limits>

#include "scene/cues.h"
#include "scene/shoe.h"

namespace soleus::scene {
namespace {

const std::filesystem::path kModel = std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg.glb";

struct Fixture {
  anatomy::AnatomyModel model = anatomy::load_anatomy_model(kModel, anatomy::RoleTable::with_defaults());
  FootLandmarks marks = find_foot_landmarks(model);
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

biomech::SolvedStride stride_for(biomech::StrikePreset strike, biomech::ShoePreset shoe) {
  biomech::Conditions c;
  c.strike = biomech::make_strike(strike);
  c.shoe = biomech::make_shoe(shoe);
  return biomech::solve_stride(c);
}

}  // namespace

TEST(RunPose, DefaultModelHasFootLandmarks) {
  const Fixture& f = fixture();
  ASSERT_TRUE(f.marks.valid);
  const auto& sole = f.model.structures[static_cast<std::size_t>(f.marks.sole_structure)].mesh.positions;
  EXPECT_LT(sole[f.marks.heel_vertex].z, sole[f.marks.ball_vertex].z);  // heel behind the ball
  EXPECT_GE(f.marks.achilles_structure, 0);
}

TEST(RunPose, HeelTouchesFirstForRearfootAndBallFirstForForefoot) {
  const Fixture& f = fixture();
  anatomy::PoseBuffers buffers;
  for (auto [strike, heel_first] : {std::pair{biomech::StrikePreset::kRearfoot, true},
                                    std::pair{biomech::StrikePreset::kForefoot, false}}) {
    const biomech::SolvedStride stride = stride_for(strike, biomech::ShoePreset::kBarefoot);
    const RunPose pose = pose_for_sample(f.model, f.marks, stride.model, stride.sample_at_phase(0.0), buffers);
    if (heel_first) {
      EXPECT_NEAR(pose.heel.y, 0.0f, 0.003f);
      EXPECT_GT(pose.ball.y, pose.heel.y + 0.01f);
    } else {
      EXPECT_NEAR(pose.ball.y, 0.0f, 0.003f);
      EXPECT_GT(pose.heel.y, pose.ball.y + 0.005f);
    }
  }
}

TEST(RunPose, AtPeakSoleusLoadTheFootIsDownAndTheAnkleAngleIsTheModels) {
  const Fixture& f = fixture();
  anatomy::PoseBuffers buffers;
  const biomech::SolvedStride stride = stride_for(biomech::StrikePreset::kMidfoot, biomech::ShoePreset::kBarefoot);
  const biomech::StrideSample peak = stride.sample_at_phase(stride.summary.peak_soleus_phase);
  ASSERT_TRUE(peak.stance);
  const RunPose pose = pose_for_sample(f.model, f.marks, stride.model, peak, buffers);
  EXPECT_LT(std::min(pose.heel.y, pose.ball.y), 0.003f);  // in contact
  EXPECT_FLOAT_EQ(joint_angles(peak).ankle_dorsiflexion, static_cast<float>(peak.ankle_dorsiflexion_rad));
  // The rig's ankle joint turned by exactly the model's angle relative to the knee's frame.
  const int knee = f.model.rig.find(anatomy::JointKind::Knee);
  const int ankle = f.model.rig.find(anatomy::JointKind::Ankle);
  const Mat4 relative = glm::inverse(buffers.joint_globals[static_cast<std::size_t>(knee)]) *
                        buffers.joint_globals[static_cast<std::size_t>(ankle)];
  const Mat4 rest = f.model.rig.joints[static_cast<std::size_t>(ankle)].rest_local;
  const Mat3 turn = glm::transpose(Mat3(rest)) * Mat3(relative);
  EXPECT_NEAR(std::atan2(turn[1][2], turn[1][1]), peak.ankle_dorsiflexion_rad, 1e-3);
}

TEST(RunPose, ShoeSoleFollowsStackAndDropAndVanishesBarefoot) {
  const Fixture& f = fixture();
  anatomy::PoseBuffers buffers;
  const biomech::SolvedStride shod = stride_for(biomech::StrikePreset::kRearfoot, biomech::ShoePreset::kNeutral);
  const RunPose pose = pose_for_sample(f.model, f.marks, shod.model, shod.sample_at_phase(0.1), buffers);
  EXPECT_NEAR(pose.shoe_heel_m, 0.030f, 1e-6f);
  EXPECT_NEAR(pose.shoe_forefoot_m, 0.020f, 1e-6f);
  EXPECT_FALSE(make_shoe_meshes(pose, false).midsole.indices.empty());
  const biomech::SolvedStride barefoot = stride_for(biomech::StrikePreset::kRearfoot, biomech::ShoePreset::kBarefoot);
  const RunPose bare = pose_for_sample(f.model, f.marks, barefoot.model, barefoot.sample_at_phase(0.1), buffers);
  EXPECT_TRUE(make_shoe_meshes(bare, false).midsole.indices.empty());
  EXPECT_EQ(bare.sole_squash, 0.0f);
}

TEST(RunPose, TheFootsOutlineIsMeasuredOnTheSkin) {
  const FootOutline& foot = fixture().marks.outline;
  EXPECT_NEAR(foot.length_m, 0.266f, 0.02f);         // Winter: 0.152 H for 1.75 m
  EXPECT_NEAR(foot.forefoot_width_m, 0.096f, 0.02f);  // Winter: 0.055 H
  EXPECT_GT(foot.heel_width_m, 0.4f * foot.forefoot_width_m);
  EXPECT_LT(foot.heel_width_m, foot.forefoot_width_m);
}

// In stance the shoe's foam gives, the foot sinks with it, and the shoe lies between foot and
// ground: its top against the posed sole, its bottom on the ground.
TEST(RunPose, TheShoeLiesUnderTheFootOnTheGround) {
  const Fixture& f = fixture();
  anatomy::PoseBuffers buffers;
  for (const biomech::ShoePreset preset : {biomech::ShoePreset::kNeutral, biomech::ShoePreset::kMaximal}) {
    const biomech::SolvedStride stride = stride_for(biomech::StrikePreset::kMidfoot, preset);
    const biomech::StrideSample peak = stride.sample_at_phase(stride.summary.peak_soleus_phase);
    ASSERT_TRUE(peak.stance);
    const RunPose pose = pose_for_sample(f.model, f.marks, stride.model, peak, buffers);
    EXPECT_GT(pose.sole_squash, 0.05f);
    const ShoeMeshes shoe = make_shoe_meshes(pose, false);
    float bottom = std::numeric_limits<float>::max();
    for (const Vec3& p : shoe.outsole.positions) bottom = std::min(bottom, p.y);
    EXPECT_NEAR(bottom, 0.0f, 0.002f);
    float nearest = std::numeric_limits<float>::max();  // the midsole's top under the heel point
    float top_y = 0.0f;
    for (const Vec3& p : shoe.midsole.positions) {
      const float d = glm::distance(Vec2(p.x, p.z), Vec2(pose.heel.x, pose.heel.z)) + std::abs(p.y - pose.heel.y);
      if (d < nearest) {
        nearest = d;
        top_y = p.y;
      }
    }
    EXPECT_NEAR(top_y, pose.heel.y, 0.003f);
  }
}

TEST(RunPose, PosedSkinWeightsSumToOneAndMeshesStayFinite) {
  const Fixture& f = fixture();
  for (const anatomy::Structure& s : f.model.structures)
    for (const anatomy::VertexWeights& w : s.skin)
      ASSERT_NEAR(w.weights[0] + w.weights[1] + w.weights[2] + w.weights[3], 1.0f, 1e-4f) << s.name;
  anatomy::PoseBuffers buffers;
  const biomech::SolvedStride stride = stride_for(biomech::StrikePreset::kRearfoot, biomech::ShoePreset::kNeutral);
  for (double phase : {0.0, 0.2, 0.5, 0.8}) {
    pose_for_sample(f.model, f.marks, stride.model, stride.sample_at_phase(phase), buffers);
    for (const anatomy::Structure& s : f.model.structures)
      for (const Vec3& p : anatomy::posed_mesh(s, buffers).positions)
        ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z));
  }
}

TEST(Cues, ArrowPointsFromTailToHead) {
  const core::TriangleMesh arrow = make_arrow(Vec3(0.0f), Vec3(0.0f, 0.3f, 0.0f), 0.01f);
  ASSERT_FALSE(arrow.indices.empty());
  const core::Aabb box = arrow.bounds();
  EXPECT_NEAR(box.min.y, 0.0f, 1e-5f);
  EXPECT_NEAR(box.max.y, 0.3f, 1e-5f);
  EXPECT_TRUE(make_arrow(Vec3(0.0f), Vec3(0.0f), 0.01f).indices.empty());
}

}  // namespace soleus::scene

namespace soleus::scene {

// A set of real bones (issue 16), rigged from them, runs as the default leg does: at initial
// contact the heel is at (or just above) the shoe's height, and at midstance the shank leans forward as far as the
// default leg's (its ankle angle is the same; the rest slopes of the soles differ by a few degrees).
// BodyParts3D has a calcaneus and no forefoot: its sole is short (whole_foot false).
TEST(RunPose, AReferenceSetRunsLikeTheDefaultLeg) {
  const std::filesystem::path sets = std::filesystem::path(SOLEUS_SHARED_DIR) / "reference-anatomy";
  if (!std::filesystem::exists(sets)) GTEST_SKIP() << "no reference anatomy at " << sets;
  const biomech::SolvedStride stride = stride_for(biomech::StrikePreset::kRearfoot, biomech::ShoePreset::kNeutral);
  const auto shank_lean_deg = [&](const anatomy::AnatomyModel& model, const FootLandmarks& marks, double phase,
                                  RunPose* pose_out) {
    anatomy::PoseBuffers buffers;
    const RunPose pose = pose_for_sample(model, marks, stride.model, stride.sample_at_phase(phase), buffers);
    if (pose_out) *pose_out = pose;
    const Vec3 knee(buffers.joint_globals[static_cast<std::size_t>(model.rig.find(anatomy::JointKind::Knee))][3]);
    const Vec3 ankle(buffers.joint_globals[static_cast<std::size_t>(model.rig.find(anatomy::JointKind::Ankle))][3]);
    return std::atan2(knee.z - ankle.z, knee.y - ankle.y) * 180.0f / 3.14159265f;
  };
  const Fixture& f = fixture();
  const float default_lean = shank_lean_deg(f.model, f.marks, 0.15, nullptr);
  for (const char* set : {"bodyparts3d", "opensim_gait2392", "myosim"}) {
    SCOPED_TRACE(set);
    const anatomy::AnatomyModel model = anatomy::load_anatomy_model(sets / set, anatomy::RoleTable::with_defaults());
    const FootLandmarks marks = find_foot_landmarks(model);
    ASSERT_TRUE(marks.valid);
    EXPECT_EQ(marks.whole_foot, std::string(set) != "bodyparts3d");
    RunPose contact;
    shank_lean_deg(model, marks, 0.0, &contact);
    // The heel on the shoe, or (a whole foot shorter than the stride model's, whose ball must
    // clear its height) at most 1.5 cm above it.
    EXPECT_GT(contact.heel.y, contact.shoe_heel_m - 0.003f);
    EXPECT_LT(contact.heel.y, contact.shoe_heel_m + (marks.whole_foot ? 0.015f : 0.003f));
    EXPECT_NEAR(shank_lean_deg(model, marks, 0.15, nullptr), default_lean, 5.0f);
    // The shoe is built along the sole at the model's angle, even where the sole is a calcaneus's.
    const double wanted_pitch = stride.sample_at_phase(0.0).foot_pitch_rad - stride.model.drop_angle_rad;
    EXPECT_NEAR(std::atan2(contact.sole_forward.y, contact.sole_forward.z), wanted_pitch, 0.02);
    EXPECT_GT(contact.heel_to_ball_m, 0.55f * contact.foot.length_m);  // the toes (in the shoe) beyond the ball
    EXPECT_LT(contact.heel_to_ball_m, 0.8f * contact.foot.length_m);
  }
}

}  // namespace soleus::scene
