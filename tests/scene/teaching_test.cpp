#include "scene/teaching.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <tuple>

#include "anatomy/anatomy_model.h"

namespace soleus::scene {
namespace {

// Welds equal positions and checks every edge is shared by exactly two triangles, once each way.
void expect_closed(const core::TriangleMesh& mesh) {
  std::map<std::tuple<long, long, long>, std::uint32_t> welded;
  std::vector<std::uint32_t> id(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const Vec3 p = mesh.positions[i] * 1e5f;
    id[i] = welded.emplace(std::make_tuple(std::lround(p.x), std::lround(p.y), std::lround(p.z)),
                           static_cast<std::uint32_t>(welded.size()))
                .first->second;
  }
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t a = id[mesh.indices[t + k]], b = id[mesh.indices[t + (k + 1) % 3]];
      ++directed[{a, b}];
    }
  }
  for (const auto& [edge, count] : directed) {
    EXPECT_EQ(count, 1) << "edge used twice the same way";
    EXPECT_EQ(directed.count({edge.second, edge.first}), 1u) << "open edge";
  }
}

// Signed volume by the divergence theorem; positive when the triangles face outward.
double volume(const core::TriangleMesh& mesh) {
  double v = 0.0;
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const Vec3& a = mesh.positions[mesh.indices[t]];
    const Vec3& b = mesh.positions[mesh.indices[t + 1]];
    const Vec3& c = mesh.positions[mesh.indices[t + 2]];
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

TEST(TeachingMeshes, RollerIsAClosedOutwardCylinder) {
  const float radius = 0.06f, length = 0.3f;
  const core::TriangleMesh roller = make_roller(radius, length, 32);
  expect_closed(roller);
  const double ideal = 3.14159265 * radius * radius * length;
  EXPECT_NEAR(volume(roller), ideal, 0.01 * ideal);
  EXPECT_EQ(roller.normals.size(), roller.positions.size());
  const core::Aabb box = roller.bounds();
  EXPECT_NEAR(box.max.x - box.min.x, length, 1e-6);
}

TEST(TeachingMeshes, BoxIsClosedAndOutward) {
  const core::TriangleMesh box = make_box(Vec3(0.0f), Vec3(0.2f, 0.1f, 0.3f));
  expect_closed(box);
  EXPECT_NEAR(volume(box), 0.2 * 0.1 * 0.3, 1e-6);
}

TEST(TeachingMeshes, NearSurfacePatchKeepsOnlyTheFaceUnderTheSurface) {
  const core::TriangleMesh part = make_box(Vec3(0.0f), Vec3(0.1f));
  core::TriangleMesh surface;
  for (float y = 0.0f; y <= 0.1f; y += 0.01f) {
    for (float z = 0.0f; z <= 0.1f; z += 0.01f) surface.positions.push_back(Vec3(0.105f, y, z));
  }
  const core::TriangleMesh patch = make_near_surface_patch(part, surface, 0.008f, 0.0f);
  ASSERT_EQ(patch.triangle_count(), 2u);
  for (const Vec3& p : patch.positions) EXPECT_FLOAT_EQ(p.x, 0.1f);
  EXPECT_EQ(make_near_surface_patch(part, surface, 0.001f, 0.0f).triangle_count(), 0u);
}

const anatomy::AnatomyModel& default_model() {
  static const anatomy::AnatomyModel model = anatomy::load_anatomy_model(
      std::filesystem::path(SOLEUS_ASSETS_DIR) / "models" / "lower_leg.glb", anatomy::RoleTable::with_defaults());
  return model;
}

// The content's spots use u 0.75 = posterior; a patch there must sit on the back of the soleus
// (-Z is posterior), at the requested height along the fibres, lifted off the surface.
TEST(TeachingSpots, PatchLiesOnTheSoleusPosteriorSurfaceAtTheRequestedV) {
  const anatomy::AnatomyModel& model = default_model();
  const int soleus = model.find(anatomy::StructureRole::Soleus);
  ASSERT_GE(soleus, 0);
  const core::TriangleMesh& mesh = model.structures[static_cast<std::size_t>(soleus)].mesh;
  const Vec3 centre = mesh.bounds().centre();
  for (const double v : {0.3, 0.45, 0.8}) {
    SCOPED_TRACE(v);
    const core::TriangleMesh patch = make_spot_patch(mesh, 0.75, v, 0.1, 0.004f);
    ASSERT_GT(patch.triangle_count(), 4u);
    Vec3 mean_position(0.0f), mean_normal(0.0f);
    double mean_v = 0.0;
    for (std::size_t i = 0; i < patch.positions.size(); ++i) {
      mean_position += patch.positions[i];
      mean_normal += patch.normals[i];
      mean_v += patch.uvs[i].y;
      double du = std::fabs(patch.uvs[i].x - 0.75);
      du = std::min(du, 1.0 - du);
      EXPECT_LE(std::hypot(du, patch.uvs[i].y - v), 0.1 + 1e-6);
    }
    const float n = static_cast<float>(patch.positions.size());
    mean_position /= n;
    mean_v /= n;
    EXPECT_LT(mean_position.z, centre.z) << "patch not on the posterior side";
    EXPECT_LT(mean_normal.z, 0.0f) << "patch does not face backwards";
    EXPECT_NEAR(mean_v, v, 0.05);
  }
  // The content's v counts from the origin at the top of the muscle, whichever way the file's v runs.
  const int top = nearest_uv_vertex(mesh, 0.75, texture_v_from_top(mesh, 0.2));
  const int bottom = nearest_uv_vertex(mesh, 0.75, texture_v_from_top(mesh, 0.8));
  ASSERT_GE(top, 0);
  EXPECT_GT(mesh.positions[static_cast<std::size_t>(top)].y, mesh.positions[static_cast<std::size_t>(bottom)].y);
}

// A strip whose v runs down (as the model contract says) or up (a flipped texture convention).
core::TriangleMesh strip(bool v_runs_down) {
  core::TriangleMesh mesh;
  for (int i = 0; i <= 4; ++i) {
    const float v = static_cast<float>(i) / 4.0f;
    const float y = v_runs_down ? 1.0f - v : v;
    mesh.positions.push_back(Vec3(0.0f, y, 0.0f));
    mesh.uvs.push_back(Vec2(0.5f, v));
  }
  return mesh;
}

TEST(TeachingSpots, VFromTheTopFollowsTheMuscleWhicheverWayItsTextureRuns) {
  EXPECT_DOUBLE_EQ(texture_v_from_top(strip(true), 0.2), 0.2);
  EXPECT_DOUBLE_EQ(texture_v_from_top(strip(false), 0.2), 0.8);
  EXPECT_DOUBLE_EQ(texture_v_from_top(make_box(Vec3(0.0f), Vec3(1.0f)), 0.3), 0.3);
}

TEST(TeachingSpots, NoUvsNoPatch) {
  const core::TriangleMesh box = make_box(Vec3(0.0f), Vec3(1.0f));
  EXPECT_EQ(make_spot_patch(box, 0.5, 0.5, 0.2, 0.0f).triangle_count(), 0u);
  EXPECT_EQ(nearest_uv_vertex(box, 0.5, 0.5), -1);
}

}  // namespace
}  // namespace soleus::scene
