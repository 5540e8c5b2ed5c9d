#include "anatomy/pose.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <glm/gtc/matrix_transform.hpp>

namespace soleus::anatomy {
namespace {

// Thigh (root) at y = 0.9, knee at y = 0.5, ankle at y = 0.1. Following the model contract,
// each joint's local +X is its axis with the positive sense the named motion: the knee's +X
// points medial (+X world), the ankle's lateral (turned half a turn about Y). A bar is skinned
// 100 % to the ankle; one vertex is blended half thigh, half knee.
AnatomyModel three_joint_model() {
  AnatomyModel model;
  const Mat4 thigh_global = glm::translate(Mat4(1.0f), Vec3(0, 0.9f, 0));
  const Mat4 knee_local = glm::translate(Mat4(1.0f), Vec3(0, -0.4f, 0));
  const Mat4 ankle_local =
      glm::rotate(glm::translate(Mat4(1.0f), Vec3(0, -0.4f, 0)), glm::pi<float>(), Vec3(0, 1, 0));
  const Joint thigh{"thigh", JointKind::Thigh, -1, thigh_global, glm::inverse(thigh_global)};
  const Joint knee{"knee", JointKind::Knee, 0, knee_local, glm::inverse(thigh_global * knee_local)};
  const Joint ankle{"ankle", JointKind::Ankle, 1, ankle_local,
                    glm::inverse(thigh_global * knee_local * ankle_local)};
  model.rig.joints = {thigh, knee, ankle};
  Structure foot;
  foot.name = "foot";
  foot.mesh.positions = {{0, 0.1f, 0}, {0, 0.1f, 0.2f}, {0, 0.3f, 0}};
  foot.mesh.normals = {{0, 1, 0}, {0, 1, 0}, {0, 1, 0}};
  foot.mesh.indices = {0, 1, 2};
  VertexWeights on_ankle;
  on_ankle.joints = {2, 0, 0, 0};
  on_ankle.weights = {1, 0, 0, 0};
  VertexWeights blended;
  blended.joints = {0, 1, 0, 0};
  blended.weights = {0.5f, 0.5f, 0, 0};
  foot.skin = {on_ankle, on_ankle, blended};
  model.structures.push_back(foot);
  return model;
}

}  // namespace

TEST(Pose, ZeroAnglesReproduceTheRestPose) {
  const AnatomyModel model = three_joint_model();
  PoseBuffers out;
  pose_model(model, JointAngles{}, Mat4(1.0f), out);
  for (std::size_t v = 0; v < 3; ++v)
    EXPECT_NEAR(glm::distance(posed_position(model.structures[0], v, out), model.structures[0].mesh.positions[v]), 0.0f, 1e-6f);
}

TEST(Pose, DorsiflexionLiftsTheToesAndKeepsRigidPartsRigid) {
  const AnatomyModel model = three_joint_model();
  PoseBuffers out;
  JointAngles angles;
  angles.ankle_dorsiflexion = glm::radians(20.0f);
  pose_model(model, angles, Mat4(1.0f), out);
  const std::vector<Vec3> p = posed_mesh(model.structures[0], out).positions;
  EXPECT_NEAR(glm::distance(p[0], Vec3(0, 0.1f, 0)), 0.0f, 1e-6f);     // on the axis: stays
  EXPECT_GT(p[1].y, 0.1f + 0.05f);                                      // toes rise (+X rotation)
  EXPECT_NEAR(glm::distance(p[0], p[1]), 0.2f, 1e-5f);                 // rigid: length kept
}

TEST(Pose, BlendedVertexMovesHalfway) {
  const AnatomyModel model = three_joint_model();
  PoseBuffers out;
  JointAngles angles;
  angles.knee_flexion = glm::radians(90.0f);
  pose_model(model, angles, Mat4(1.0f), out);
  // Vertex 2 (0, 0.3, 0) is 0.2 m below the knee. Skinned to the knee alone, 90 deg of flexion
  // swings it back to (0, 0.5, -0.2); half on the unmoved thigh puts it halfway.
  const Vec3 blended = posed_position(model.structures[0], 2, out);
  EXPECT_NEAR(blended.z, -0.1f, 1e-5f);
  EXPECT_NEAR(blended.y, 0.4f, 1e-5f);
}

TEST(Pose, DefaultModelAnkleDorsiflexionKeepsBonesRigid) {
  const std::filesystem::path path = std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg.glb";
  ASSERT_TRUE(std::filesystem::exists(path));
  const AnatomyModel model = load_anatomy_model(path, RoleTable::with_defaults());
  PoseBuffers out;
  JointAngles angles;
  angles.ankle_dorsiflexion = glm::radians(20.0f);
  pose_model(model, angles, Mat4(1.0f), out);
  for (StructureRole role : {StructureRole::Calcaneus, StructureRole::Talus, StructureRole::Tibia}) {
    const int index = model.find(role);
    ASSERT_GE(index, 0);
    const auto& rest = model.structures[static_cast<std::size_t>(index)].mesh.positions;
    const auto posed = posed_mesh(model.structures[static_cast<std::size_t>(index)], out).positions;
    for (std::size_t v = 1; v < rest.size(); v += 97) {
      EXPECT_NEAR(glm::distance(rest[0], rest[v]), glm::distance(posed[0], posed[v]), 1e-4f)
          << role_info(role).id;
    }
  }
  // The calcaneus moves with the foot; the tibia does not.
  const auto calcaneus = static_cast<std::size_t>(model.find(StructureRole::Calcaneus));
  EXPECT_GT(glm::distance(model.structures[calcaneus].mesh.positions[0], posed_position(model.structures[calcaneus], 0, out)), 1e-3f);
  const auto tibia = static_cast<std::size_t>(model.find(StructureRole::Tibia));
  EXPECT_LT(glm::distance(model.structures[tibia].mesh.positions[0], posed_position(model.structures[tibia], 0, out)), 1e-5f);
}

// The posed boxes come from skinning only the vertex runs that can reach a box's edge: they
// must equal the boxes of every vertex skinned, in poses that bend every joint and move the root.
TEST(Pose, PosedBoxesAreTheExactBoxesOfTheSkinnedVertices) {
  const std::filesystem::path path = std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg_lite.glb";
  ASSERT_TRUE(std::filesystem::exists(path));
  const AnatomyModel model = load_anatomy_model(path, RoleTable::with_defaults());
  PoseBuffers out;
  for (int step = 0; step < 4; ++step) {
    JointAngles angles;
    angles.knee_flexion = glm::radians(30.0f * static_cast<float>(step));
    angles.ankle_dorsiflexion = glm::radians(25.0f - 15.0f * static_cast<float>(step));
    angles.subtalar_inversion = glm::radians(8.0f * static_cast<float>(step % 2 ? 1 : -1));
    angles.mtp_dorsiflexion = glm::radians(10.0f * static_cast<float>(step));
    const Mat4 root = glm::rotate(glm::translate(Mat4(1.0f), Vec3(0.0f, 0.05f, 0.1f)), 0.3f * static_cast<float>(step),
                                  Vec3(1.0f, 0.0f, 0.0f));
    pose_model(model, angles, root, out);
    ASSERT_EQ(out.bounds.size(), model.structures.size());
    for (std::size_t s = 0; s < model.structures.size(); ++s) {
      const core::Aabb every_vertex = posed_mesh(model.structures[s], out).bounds();
      EXPECT_EQ(out.bounds[s].min, every_vertex.min) << model.structures[s].name << " pose " << step;
      EXPECT_EQ(out.bounds[s].max, every_vertex.max) << model.structures[s].name << " pose " << step;
    }
  }
  // A rigid structure moves with the root alone.
  AnatomyModel rigid = three_joint_model();
  rigid.structures[0].skin.clear();
  pose_model(rigid, JointAngles{}, glm::translate(Mat4(1.0f), Vec3(1.0f, 0.0f, 0.0f)), out);
  EXPECT_EQ(out.bounds[0].min, Vec3(1.0f, 0.1f, 0.0f));
  EXPECT_EQ(out.bounds[0].max, Vec3(1.0f, 0.3f, 0.2f));
}

}  // namespace soleus::anatomy
