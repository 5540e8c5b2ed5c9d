#include "scene/camera.h"

#include <gtest/gtest.h>

#include <glm/gtc/constants.hpp>

namespace soleus::scene {
namespace {

core::Aabb leg_box() {
  core::Aabb box;
  box.expand(Vec3(-0.08f, 0.0f, -0.1f));
  box.expand(Vec3(0.08f, 0.55f, 0.2f));
  return box;
}

// Projects a world point to normalised device coordinates.
Vec3 to_ndc(const OrbitCamera& camera, float aspect, const Vec3& p) {
  const Vec4 clip = camera.projection(aspect) * camera.view() * Vec4(p, 1.0f);
  return Vec3(clip) / clip.w;
}

}  // namespace

TEST(Camera, PresetsLookFromTheNamedSide) {
  OrbitCamera camera;
  const core::Aabb box = leg_box();
  camera.set_view(ViewPreset::Posterior, box, 16.0f / 9.0f);
  EXPECT_LT(camera.eye().z, box.centre().z - 0.3f);  // behind the leg
  camera.set_view(ViewPreset::Anterior, box, 16.0f / 9.0f);
  EXPECT_GT(camera.eye().z, box.centre().z + 0.3f);
  camera.set_view(ViewPreset::Lateral, box, 16.0f / 9.0f);
  EXPECT_LT(camera.eye().x, -0.3f);  // lateral side of a right leg is -X
  camera.set_view(ViewPreset::Medial, box, 16.0f / 9.0f);
  EXPECT_GT(camera.eye().x, 0.3f);
}

TEST(Camera, FramingKeepsTheWholeBoxOnScreenAndFillsIt) {
  OrbitCamera camera;
  const core::Aabb box = leg_box();
  for (float aspect : {16.0f / 9.0f, 1.0f, 0.5f}) {
    camera.set_view(ViewPreset::Lateral, box, aspect);
    float max_extent = 0.0f;
    for (int corner = 0; corner < 8; ++corner) {
      const Vec3 p((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                   (corner & 4) ? box.max.z : box.min.z);
      const Vec3 ndc = to_ndc(camera, aspect, p);
      EXPECT_LE(std::abs(ndc.x), 1.0f) << aspect;
      EXPECT_LE(std::abs(ndc.y), 1.0f) << aspect;
      max_extent = std::max({max_extent, std::abs(ndc.x), std::abs(ndc.y)});
    }
    EXPECT_GT(max_extent, 0.6f) << "the model should fill a good part of the view";
  }
}

TEST(Camera, CentrePixelRayHitsTheTarget) {
  OrbitCamera camera;
  camera.set_view(ViewPreset::Posterior, leg_box(), 1280.0f / 720.0f);
  const Ray ray = camera.ray_through_pixel(Vec2(640.0f, 360.0f), Vec2(1280.0f, 720.0f));
  const Vec3 to_target = glm::normalize(camera.target - ray.origin);
  EXPECT_NEAR(glm::dot(to_target, ray.direction), 1.0f, 1e-5f);
  // A pixel to the right of centre looks to the camera's right.
  const Ray right = camera.ray_through_pixel(Vec2(1000.0f, 360.0f), Vec2(1280.0f, 720.0f));
  const Mat4 v = camera.view();
  EXPECT_GT(glm::dot(right.direction, Vec3(v[0][0], v[1][0], v[2][0])), 0.0f);
}

TEST(Camera, OrbitClampsPitchAndZoomClampsDistance) {
  OrbitCamera camera;
  camera.orbit(0.0f, 10.0f);
  EXPECT_LT(camera.pitch, glm::half_pi<float>());
  camera.zoom(1e6f);
  EXPECT_LE(camera.distance, 20.0f);
  camera.zoom(1e-9f);
  EXPECT_GE(camera.distance, 0.05f);
  const Vec3 before = camera.target;
  camera.pan(0.5f, 0.0f);
  EXPECT_GT(glm::distance(before, camera.target), 0.0f);
}

TEST(Camera, ParsesViewNames) {
  EXPECT_EQ(parse_view_preset("posterior"), ViewPreset::Posterior);
  EXPECT_EQ(parse_view_preset("medial"), ViewPreset::Medial);
  EXPECT_FALSE(parse_view_preset("top").has_value());
}

}  // namespace soleus::scene
