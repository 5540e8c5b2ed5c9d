// Tests of the default lower-leg generator (issue 3): anatomy, mesh soundness, rig and the
// committed file.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "core/units.h"
#include "generator/glb_writer.h"
#include "generator/leg_model.h"
#include "generator/leg_spec.h"
#include "mesh_checks.h"

namespace soleus::generator {
namespace {

const std::string kLandmarks = std::string(SOLEUS_ASSETS_DIR) + "/anatomy/landmarks.json";
const std::string kModel = std::string(SOLEUS_ASSETS_DIR) + "/models/lower_leg.glb";
// The level of detail for software GL (docs/anatomy-model.md, "Levels of detail").
const std::string kLiteModel = std::string(SOLEUS_ASSETS_DIR) + "/models/lower_leg_lite.glb";
constexpr float kLiteDetail = 0.5f;

const std::vector<std::string> kBones = {
    "femur", "patella", "tibia", "fibula", "talus", "calcaneus", "navicular", "cuboid", "cuneiform_medial",
    "cuneiform_intermediate", "cuneiform_lateral", "metatarsal_1", "metatarsal_2", "metatarsal_3", "metatarsal_4",
    "metatarsal_5", "phalanges_1", "phalanges_2", "phalanges_3", "phalanges_4", "phalanges_5"};
const std::vector<std::string> kSoftTissue = {
    "soleus", "gastrocnemius_medial", "gastrocnemius_lateral", "tibialis_anterior", "tibialis_posterior",
    "fibularis_longus", "fibularis_brevis", "achilles_tendon", "plantar_fascia", "skin",
    // Extra structures beyond the role table's minimum.
    "extensor_digitorum_longus", "extensor_hallucis_longus", "flexor_digitorum_longus",
    "flexor_hallucis_longus"};
const std::vector<std::string> kJoints = {"thigh", "knee", "ankle", "subtalar", "mtp"};

const LegSpec& spec() {
  static const LegSpec s = load_leg_spec(kLandmarks);
  return s;
}

const LegModel& model() {
  static const LegModel m = build_leg_model(spec());
  return m;
}

const LegModel& lite_model() {
  static const LegModel m = build_leg_model(with_detail(spec(), kLiteDetail));
  return m;
}

std::size_t total_triangles(const LegModel& m) {
  std::size_t triangles = 0;
  for (const StructureMesh& s : m.structures) triangles += s.mesh.triangle_count();
  return triangles;
}

const StructureMesh& structure(const std::string& name) {
  for (const StructureMesh& s : model().structures)
    if (s.name == name) return s;
  throw std::runtime_error("no structure " + name);
}

std::vector<std::uint8_t> read_bytes(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// x extent (min, max) of a mesh's vertices within a horizontal slab around height y.
std::pair<float, float> x_extent_near(const core::TriangleMesh& mesh, float y, float half_height) {
  std::pair<float, float> range{1e9f, -1e9f};
  for (const Vec3& p : mesh.positions) {
    if (std::abs(p.y - y) > half_height) continue;
    range.first = std::min(range.first, p.x);
    range.second = std::max(range.second, p.x);
  }
  return range;
}

TEST(LegGenerator, CommittedModelIsExactlyWhatTheGeneratorWrites) {
  const std::vector<std::uint8_t> committed = read_bytes(kModel);
  ASSERT_FALSE(committed.empty()) << kModel;
  const std::vector<std::uint8_t> regenerated = encode_glb(model());
  EXPECT_EQ(regenerated.size(), committed.size());
  EXPECT_TRUE(regenerated == committed) << "run the generate-leg-model target and commit the result";
}

TEST(LegGenerator, EncodingIsDeterministic) {
  EXPECT_TRUE(encode_glb(build_leg_model(spec())) == encode_glb(model()));
}

TEST(LegGenerator, EveryStructureOfTheRoleTableIsPresentAndNonEmpty) {
  std::vector<std::string> names = kBones;
  names.insert(names.end(), kSoftTissue.begin(), kSoftTissue.end());
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    EXPECT_GT(structure(name).mesh.triangle_count(), 100u);
  }
}

TEST(LegGenerator, WholeModelHasABudgetOfFiftyToOneHundredFiftyThousandTriangles) {
  const std::size_t triangles = total_triangles(model());
  EXPECT_GE(triangles, 50000u);
  EXPECT_LE(triangles, 150000u);
}

TEST(LegGenerator, StandsOnTheGroundInMetresWithYUp) {
  core::Aabb box;
  for (const StructureMesh& s : model().structures) box.expand(s.mesh.bounds());
  EXPECT_NEAR(box.min.y, 0.0f, 0.005f);
  EXPECT_GT(box.max.y, 0.6f);   // up to the distal thigh
  EXPECT_LT(box.max.y, 0.8f);
  // Toes point +Z: the phalanges are far anterior of the heel.
  EXPECT_GT(structure("phalanges_1").mesh.bounds().min.z, structure("calcaneus").mesh.bounds().max.z);
  // Right leg: the fibula is lateral (-X) of the tibia.
  EXPECT_LT(structure("fibula").mesh.bounds().centre().x, structure("tibia").mesh.bounds().centre().x);
}

TEST(LegGenerator, LateralMalleolusReachesLowerThanMedial) {
  const float lateral_tip = structure("fibula").mesh.bounds().min.y;
  const float medial_tip = structure("tibia").mesh.bounds().min.y;
  EXPECT_LT(lateral_tip, medial_tip - 0.005f);
}

TEST(LegGenerator, PosteriorRayInTheUpperCalfMeetsGastrocnemiusBeforeSoleus) {
  const core::TriangleMesh& soleus = structure("soleus").mesh;
  for (const char* head : {"gastrocnemius_medial", "gastrocnemius_lateral"}) {
    SCOPED_TRACE(head);
    const core::TriangleMesh& gastrocnemius = structure(head).mesh;
    const float x = gastrocnemius.bounds().centre().x;
    const Vec3 origin(x, 0.36f, -1.0f);  // behind the upper calf, looking anterior
    const auto gastrocnemius_hit = testing::first_hit(gastrocnemius, origin, Vec3(0, 0, 1));
    const auto soleus_hit = testing::first_hit(soleus, origin, Vec3(0, 0, 1));
    ASSERT_TRUE(gastrocnemius_hit.has_value());
    ASSERT_TRUE(soleus_hit.has_value());
    EXPECT_LT(*gastrocnemius_hit, *soleus_hit);
  }
}

TEST(LegGenerator, SoleusReachesLowerThanGastrocnemiusAndBulgesBesideItInTheLowerCalf) {
  const core::TriangleMesh& soleus = structure("soleus").mesh;
  const core::TriangleMesh& medial = structure("gastrocnemius_medial").mesh;
  const core::TriangleMesh& lateral = structure("gastrocnemius_lateral").mesh;
  EXPECT_LT(soleus.bounds().min.y, medial.bounds().min.y - 0.08f);
  EXPECT_LT(soleus.bounds().min.y, lateral.bounds().min.y - 0.08f);
  // In the lower calf the soleus shows beyond both gastrocnemius heads, medially and laterally.
  const float y = 0.31f;
  const auto s = x_extent_near(soleus, y, 0.005f);
  const auto m = x_extent_near(medial, y, 0.005f);
  const auto l = x_extent_near(lateral, y, 0.005f);
  EXPECT_LT(s.first, std::min(m.first, l.first) - 0.01f);
  EXPECT_GT(s.second, std::max(m.second, l.second) + 0.005f);
}

TEST(LegGenerator, TheSoleusTextureCoordinatesAreTheWholeMusclesNotEachParts) {
  // The soleus is four overlapping parts; a rolling spot at (u, v) must be one place on it. The
  // mid-belly spot (posterior, u 0.75, v 0.45): every vertex near it in texture space lies behind
  // the muscle's centre, within a band of its height a tenth of the muscle long.
  const core::TriangleMesh& soleus = structure("soleus").mesh;
  const core::Aabb box = soleus.bounds();
  float low = 1e9f, high = -1e9f;
  int near = 0;
  for (std::size_t i = 0; i < soleus.positions.size(); ++i) {
    const Vec2 uv = soleus.uvs[i];
    if (std::hypot(uv.x - 0.75f, uv.y - 0.45f) > 0.05f) continue;
    ++near;
    EXPECT_LT(soleus.positions[i].z, box.centre().z);
    low = std::min(low, soleus.positions[i].y);
    high = std::max(high, soleus.positions[i].y);
  }
  EXPECT_GT(near, 10);
  EXPECT_LT(high - low, 0.1f * box.size().y + 0.005f);
  // v runs from the top (origin) to the bottom.
  for (std::size_t i = 0; i < soleus.positions.size(); ++i)
    EXPECT_NEAR(soleus.uvs[i].y, (box.max.y - soleus.positions[i].y) / box.size().y, 1e-4f);
  // u does not jump at the seam: a seam left as it is would make a ring of triangles in every part
  // span most of a turn (about 3 % of them); only the few around the centre line may span a quarter.
  std::size_t wide = 0;
  for (std::size_t t = 0; t < soleus.indices.size(); t += 3) {
    const float a = soleus.uvs[soleus.indices[t]].x, b = soleus.uvs[soleus.indices[t + 1]].x,
                c = soleus.uvs[soleus.indices[t + 2]].x;
    if (std::max({a, b, c}) - std::min({a, b, c}) > 0.25f) ++wide;
  }
  std::cout << wide << " of " << soleus.indices.size() / 3 << " triangles span over a quarter turn\n";
  EXPECT_LT(wide, soleus.indices.size() / 3 / 200);
}

TEST(LegGenerator, MedialGastrocnemiusHeadIsLargerAndReachesLower) {
  const core::TriangleMesh& medial = structure("gastrocnemius_medial").mesh;
  const core::TriangleMesh& lateral = structure("gastrocnemius_lateral").mesh;
  EXPECT_GT(testing::signed_volume(medial), testing::signed_volume(lateral));
  EXPECT_LT(medial.bounds().min.y, lateral.bounds().min.y - 0.02f);
  EXPECT_GT(medial.bounds().centre().x, lateral.bounds().centre().x);
}

TEST(LegGenerator, AchillesTendonEndsOnTheCalcanealTuberosity) {
  const core::TriangleMesh& tendon = structure("achilles_tendon").mesh;
  const core::TriangleMesh& calcaneus = structure("calcaneus").mesh;
  const float bottom = tendon.bounds().min.y;
  Vec3 end(0.0f);
  int count = 0;
  for (const Vec3& p : tendon.positions)
    if (p.y < bottom + 0.003f) end += p, ++count;
  end /= static_cast<float>(count);
  float nearest = 1e9f;
  for (const Vec3& q : calcaneus.positions) nearest = std::min(nearest, glm::length(q - end));
  EXPECT_LT(nearest, 0.006f);
  // It inserts on the posterior surface: behind the calcaneus's centre.
  EXPECT_LT(end.z, calcaneus.bounds().centre().z - 0.02f);
  // About 15 cm from the soleus junction down (here measured over the tendon's whole height).
  EXPECT_GT(tendon.bounds().size().y, 0.13f);
}

void expect_closed_manifold_with_positive_volume_and_outward_normals(const LegModel& leg) {
  for (const StructureMesh& s : leg.structures) {
    SCOPED_TRACE(s.name);
    EXPECT_EQ(testing::manifold_defect(s.mesh), "");
    EXPECT_GT(testing::signed_volume(s.mesh), 0.0);
    const core::TriangleMesh& m = s.mesh;
    std::size_t disagreeing = 0;
    for (std::size_t t = 0; t < m.indices.size(); t += 3) {
      const Vec3& a = m.positions[m.indices[t]];
      const Vec3 face = glm::cross(m.positions[m.indices[t + 1]] - a, m.positions[m.indices[t + 2]] - a);
      const Vec3 vertex_normals = m.normals[m.indices[t]] + m.normals[m.indices[t + 1]] + m.normals[m.indices[t + 2]];
      if (glm::dot(face, vertex_normals) <= 0.0f) ++disagreeing;
    }
    EXPECT_EQ(disagreeing, 0u);
  }
}

TEST(LegGenerator, EveryMeshIsClosedManifoldWithPositiveVolumeAndOutwardNormals) {
  expect_closed_manifold_with_positive_volume_and_outward_normals(model());
}

void expect_skin_encloses_every_other_structure(const LegModel& leg) {
  const auto skin = std::find_if(leg.structures.begin(), leg.structures.end(),
                                 [](const StructureMesh& s) { return s.name == "skin"; });
  ASSERT_NE(skin, leg.structures.end());
  const std::vector<core::TriangleMesh> skin_parts = testing::connected_components(skin->mesh);
  ASSERT_EQ(skin_parts.size(), 2u);  // leg with heel, foot
  for (const StructureMesh& s : leg.structures) {
    if (s.name == "skin") continue;
    SCOPED_TRACE(s.name);
    std::size_t outside = 0, checked = 0;
    for (std::size_t i = 0; i < s.mesh.positions.size(); i += 11, ++checked) {
      const Vec3& p = s.mesh.positions[i];
      bool inside = false;
      for (const core::TriangleMesh& part : skin_parts) inside = inside || testing::contains(part, p);
      if (!inside) ++outside;
    }
    EXPECT_EQ(outside, 0u) << "of " << checked << " sampled vertices";
  }
}

TEST(LegGenerator, SkinEnclosesEveryOtherStructure) { expect_skin_encloses_every_other_structure(model()); }

TEST(LegGenerator, MusclesCarryFibreDirectionInTexcoords) {
  for (const char* name : {"soleus", "gastrocnemius_medial", "tibialis_anterior"}) {
    SCOPED_TRACE(name);
    const core::TriangleMesh& m = structure(name).mesh;
    ASSERT_EQ(m.uvs.size(), m.positions.size());
    // v runs from origin (0, proximal) to insertion (1, distal).
    float y_at_v0 = 0.0f, y_at_v1 = 0.0f;
    for (std::size_t i = 0; i < m.uvs.size(); ++i) {
      if (m.uvs[i].y == 0.0f) y_at_v0 = m.positions[i].y;
      if (m.uvs[i].y == 1.0f) y_at_v1 = m.positions[i].y;
    }
    EXPECT_GT(y_at_v0, y_at_v1 + 0.1f);
  }
}

void expect_weights_sum_to_one(const StructureMesh& s) {
  ASSERT_EQ(s.weights.size(), s.mesh.positions.size());
  for (const VertexWeights& w : s.weights) {
    ASSERT_NEAR(w.weights.x + w.weights.y + w.weights.z + w.weights.w, 1.0f, 1e-5f);
    for (int k = 0; k < 4; ++k) ASSERT_GE(w.weights[k], 0.0f);
  }
}

TEST(LegGenerator, SkinWeightsSumToOneAndBonesAreRigid) {
  const Rig& rig = model().rig;
  const std::map<std::string, std::string> bone_joint = {
      {"femur", "thigh"}, {"patella", "thigh"}, {"tibia", "knee"}, {"fibula", "knee"}, {"talus", "ankle"},
      {"calcaneus", "subtalar"}, {"navicular", "subtalar"}, {"metatarsal_1", "subtalar"}, {"phalanges_1", "mtp"}};
  for (const StructureMesh& s : model().structures) {
    SCOPED_TRACE(s.name);
    expect_weights_sum_to_one(s);
    const auto rigid = bone_joint.find(s.name);
    if (rigid == bone_joint.end()) continue;
    for (const VertexWeights& w : s.weights) {
      ASSERT_EQ(w.weights.x, 1.0f);
      ASSERT_EQ(rig.joints[w.joints[0]].name, rigid->second);
    }
  }
  // Soft tissue crossing the ankle blends: the skin has vertices shared between knee and ankle.
  bool blended = false;
  const int knee = rig.index_of("knee"), ankle = rig.index_of("ankle");
  for (const VertexWeights& w : structure("skin").weights)
    blended = blended || (w.weights.x > 0.2f && w.weights.y > 0.2f &&
                          std::set<int>{w.joints[0], w.joints[1]} == std::set<int>{knee, ankle});
  EXPECT_TRUE(blended);
}

TEST(LegGenerator, JointAxesFollowTheSignConventions) {
  const Rig& rig = model().rig;
  auto axis = [&](const char* name) { return glm::normalize(Vec3(rig.joints[rig.index_of(name)].global[0])); };
  auto centre = [&](const char* name) { return Vec3(rig.joints[rig.index_of(name)].global[3]); };
  // Positive rotation about local +X: knee flexion moves the foot posterior ...
  EXPECT_LT(glm::cross(axis("knee"), Vec3(0, -1, 0)).z, -0.9f);
  // ... ankle and MTP dorsiflexion lift points in front of them, subtalar inversion turns the sole medial.
  EXPECT_GT(glm::cross(axis("ankle"), Vec3(0, 0, 1)).y, 0.8f);
  EXPECT_GT(glm::cross(axis("mtp"), Vec3(0, 0, 1)).y, 0.8f);
  EXPECT_GT(glm::cross(axis("subtalar"), Vec3(0, -1, 0)).x, 0.5f);
  // The talocrural axis runs through the malleoli: obliquely down and back laterally.
  EXPECT_LT(axis("ankle").y, -0.1f);
  EXPECT_LT(axis("ankle").z, -0.2f);
  // The ankle sits above the origin, the knee above the ankle.
  EXPECT_NEAR(centre("ankle").x, 0.0f, 1e-4f);
  EXPECT_NEAR(centre("ankle").z, 0.0f, 1e-4f);
  EXPECT_GT(centre("knee").y, 0.45f);
  // Bind pose: inverse binds undo the joint transforms.
  for (const RigJoint& j : rig.joints) {
    const Mat4 identity = j.global * j.inverse_bind;
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) EXPECT_NEAR(identity[c][r], c == r ? 1.0f : 0.0f, 1e-5f);
  }
}

// Linear blend skinning of one structure with the ankle dorsiflexed by `angle` (rad).
std::vector<Vec3> pose_ankle(const StructureMesh& s, float angle) {
  const Rig& rig = model().rig;
  std::vector<Mat4> global(rig.joints.size());
  for (std::size_t i = 0; i < rig.joints.size(); ++i) {
    const RigJoint& j = rig.joints[i];
    Quat rotation = j.local_rotation;
    if (j.name == "ankle") rotation = rotation * glm::angleAxis(angle, Vec3(1, 0, 0));
    const Mat4 local = glm::translate(Mat4(1.0f), j.local_translation) * glm::mat4_cast(rotation);
    global[i] = j.parent < 0 ? local : global[static_cast<std::size_t>(j.parent)] * local;
  }
  std::vector<Vec3> out;
  for (std::size_t v = 0; v < s.mesh.positions.size(); ++v) {
    Mat4 blend(0.0f);
    for (int k = 0; k < 4; ++k) {
      const std::uint8_t joint = s.weights[v].joints[k];
      blend += s.weights[v].weights[k] * (global[joint] * rig.joints[joint].inverse_bind);
    }
    out.emplace_back(blend * Vec4(s.mesh.positions[v], 1.0f));
  }
  return out;
}

TEST(LegGenerator, PosingTheAnkleTwentyDegreesKeepsBonesRigid) {
  const float angle = static_cast<float>(core::deg_to_rad(20.0));
  for (const std::string& bone : kBones) {
    SCOPED_TRACE(bone);
    const StructureMesh& s = structure(bone);
    const std::vector<Vec3> posed = pose_ankle(s, angle);
    const std::size_t n = posed.size();
    float worst = 0.0f;
    for (std::size_t i = 0; i < n; i += 7) {
      const std::size_t j = (i * 31 + 17) % n;
      const float before = glm::length(s.mesh.positions[i] - s.mesh.positions[j]);
      const float after = glm::length(posed[i] - posed[j]);
      worst = std::max(worst, std::abs(before - after));
    }
    EXPECT_LT(worst, 1e-5f);
  }
  // The foot moved (toes up), the shank did not.
  const std::vector<Vec3> toes = pose_ankle(structure("phalanges_2"), angle);
  EXPECT_GT(toes[0].y - structure("phalanges_2").mesh.positions[0].y, 0.03f);
  const std::vector<Vec3> tibia = pose_ankle(structure("tibia"), angle);
  EXPECT_LT(glm::length(tibia[0] - structure("tibia").mesh.positions[0]), 1e-6f);
}

TEST(LegGenerator, AssimpReadsTheCommittedFileWithNodesMeshesAndBones) {
  Assimp::Importer importer;
  const aiScene* scene = importer.ReadFile(kModel, aiProcess_ValidateDataStructure);
  ASSERT_NE(scene, nullptr) << importer.GetErrorString();
  std::vector<std::string> names = kBones;
  names.insert(names.end(), kSoftTissue.begin(), kSoftTissue.end());
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const aiNode* node = scene->mRootNode->FindNode(name.c_str());
    ASSERT_NE(node, nullptr);
    ASSERT_EQ(node->mNumMeshes, 1u);
    const aiMesh* mesh = scene->mMeshes[node->mMeshes[0]];
    EXPECT_EQ(std::string(mesh->mName.C_Str()), name);
    EXPECT_TRUE(mesh->HasNormals());
    EXPECT_TRUE(mesh->HasTextureCoords(0));
    ASSERT_TRUE(mesh->HasBones());
    std::vector<float> total(mesh->mNumVertices, 0.0f);
    for (unsigned b = 0; b < mesh->mNumBones; ++b) {
      const aiBone* bone = mesh->mBones[b];
      EXPECT_NE(std::find(kJoints.begin(), kJoints.end(), bone->mName.C_Str()), kJoints.end()) << bone->mName.C_Str();
      for (unsigned k = 0; k < bone->mNumWeights; ++k) total[bone->mWeights[k].mVertexId] += bone->mWeights[k].mWeight;
    }
    for (float t : total) ASSERT_NEAR(t, 1.0f, 1e-4f);
  }
  // At rest every bone's node transform undoes its offset (inverse bind) matrix.
  const aiMesh* soleus = scene->mMeshes[scene->mRootNode->FindNode("soleus")->mMeshes[0]];
  for (unsigned b = 0; b < soleus->mNumBones; ++b) {
    const aiBone* bone = soleus->mBones[b];
    aiMatrix4x4 global;
    for (const aiNode* node = scene->mRootNode->FindNode(bone->mName); node != nullptr; node = node->mParent)
      global = node->mTransformation * global;
    const aiMatrix4x4 product = global * bone->mOffsetMatrix;
    for (unsigned r = 0; r < 4; ++r)
      for (unsigned c = 0; c < 4; ++c) EXPECT_NEAR(product[r][c], r == c ? 1.0f : 0.0f, 1e-4f) << bone->mName.C_Str();
  }
  for (const std::string& joint : kJoints) EXPECT_NE(scene->mRootNode->FindNode(joint.c_str()), nullptr) << joint;
}

TEST(LiteModel, CommittedLiteModelIsExactlyWhatTheGeneratorWrites) {
  const std::vector<std::uint8_t> committed = read_bytes(kLiteModel);
  ASSERT_FALSE(committed.empty()) << kLiteModel;
  const std::vector<std::uint8_t> regenerated = encode_glb(lite_model());
  EXPECT_EQ(regenerated.size(), committed.size());
  EXPECT_TRUE(regenerated == committed) << "run the generate-leg-model target and commit the result";
}

TEST(LiteModel, HasThirtyToFiftyThousandTriangles) {
  const std::size_t triangles = total_triangles(lite_model());
  EXPECT_GE(triangles, 30000u);
  EXPECT_LE(triangles, 50000u);
}

TEST(LiteModel, HasTheFullModelsStructuresMaterialsAndJointsInTheSamePlaces) {
  ASSERT_EQ(lite_model().structures.size(), model().structures.size());
  for (std::size_t i = 0; i < model().structures.size(); ++i) {
    EXPECT_EQ(lite_model().structures[i].name, model().structures[i].name);
    EXPECT_EQ(lite_model().structures[i].material, model().structures[i].material);
  }
  const Rig& lite = lite_model().rig;
  const Rig& full = model().rig;
  ASSERT_EQ(lite.joints.size(), full.joints.size());
  for (std::size_t i = 0; i < full.joints.size(); ++i) {
    SCOPED_TRACE(full.joints[i].name);
    EXPECT_EQ(lite.joints[i].name, full.joints[i].name);
    EXPECT_EQ(lite.joints[i].parent, full.joints[i].parent);
    EXPECT_TRUE(lite.joints[i].global == full.joints[i].global);  // position and axis
  }
}

TEST(LiteModel, EveryMeshIsClosedManifoldWithPositiveVolumeAndOutwardNormals) {
  expect_closed_manifold_with_positive_volume_and_outward_normals(lite_model());
}

TEST(LiteModel, SkinWeightsSumToOne) {
  for (const StructureMesh& s : lite_model().structures) {
    SCOPED_TRACE(s.name);
    expect_weights_sum_to_one(s);
  }
}

TEST(LiteModel, SkinEnclosesEveryOtherStructure) { expect_skin_encloses_every_other_structure(lite_model()); }

TEST(LiteModel, EveryStructureHasFewerTrianglesThanAtFullDetail) {
  for (std::size_t i = 0; i < model().structures.size(); ++i) {
    SCOPED_TRACE(model().structures[i].name);
    EXPECT_LT(lite_model().structures[i].mesh.triangle_count(), model().structures[i].mesh.triangle_count());
  }
}

TEST(LegSpec, DetailOneKeepsTheTablesResolutionAndOutOfRangeDetailIsRejected) {
  const LegSpec full = with_detail(spec(), 1.0f);
  for (std::size_t i = 0; i < spec().structures.size(); ++i) {
    EXPECT_EQ(full.structures[i].around, spec().structures[i].around);
    EXPECT_EQ(full.structures[i].rings_per_span, spec().structures[i].rings_per_span);
    EXPECT_EQ(full.structures[i].cap_rings, spec().structures[i].cap_rings);
  }
  EXPECT_THROW(with_detail(spec(), 0.0f), std::invalid_argument);
  EXPECT_THROW(with_detail(spec(), 1.5f), std::invalid_argument);
}

TEST(LegSpec, LowDetailKeepsEveryLoftAboveItsMinimumResolution) {
  for (const StructureSpec& st : with_detail(spec(), 0.05f).structures) {
    SCOPED_TRACE(st.name);
    EXPECT_EQ(st.around, 8);
    EXPECT_EQ(st.rings_per_span, 2);
    EXPECT_EQ(st.cap_rings, 2);
  }
}

TEST(LegSpec, UnknownLandmarkIsReportedWithThePath) {
  const std::string path = ::testing::TempDir() + "/bad_landmarks.json";
  {
    std::ofstream file(path);
    file << R"({"landmarks": {}, "joints": [{"name": "thigh", "centre": "nowhere", "axis_from": [0,0,0],
               "axis_to": [1,0,0], "blend_normal": [0,-1,0], "blend_half_width_mm": 10}],
               "materials": {}, "structures": []})";
  }
  try {
    load_leg_spec(path);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("nowhere"), std::string::npos);
  }
}

}  // namespace
}  // namespace soleus::generator
