#include "scene/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace soleus::scene {
namespace {

constexpr float kMaxPitch = 1.5533f;  // 89 deg: avoids the gimbal flip at the poles
constexpr float kViewPitch = 0.12f;   // presets look slightly down, as an atlas plate does
constexpr float kFramingMargin = 1.08f; // distance over the tightest fit: a little air around what is shown

}  // namespace

std::optional<ViewPreset> parse_view_preset(std::string_view name) {
  if (name == "anterior") return ViewPreset::Anterior;
  if (name == "posterior") return ViewPreset::Posterior;
  if (name == "lateral") return ViewPreset::Lateral;
  if (name == "medial") return ViewPreset::Medial;
  return std::nullopt;
}

const char* to_string(ViewPreset preset) {
  switch (preset) {
    case ViewPreset::Anterior: return "anterior";
    case ViewPreset::Posterior: return "posterior";
    case ViewPreset::Lateral: return "lateral";
    case ViewPreset::Medial: return "medial";
  }
  return "?";
}

Vec3 OrbitCamera::eye() const {
  const Vec3 offset(std::cos(pitch) * std::sin(yaw), std::sin(pitch), std::cos(pitch) * std::cos(yaw));
  return target + distance * offset;
}

Mat4 OrbitCamera::view() const { return glm::lookAt(eye(), target, Vec3(0.0f, 1.0f, 0.0f)); }

Mat4 OrbitCamera::projection(float aspect) const {
  const float near_plane = std::max(0.01f, distance * 0.02f);
  const float far_plane = distance * 20.0f + 10.0f;
  const Mat4 shift = glm::translate(Mat4(1.0f), Vec3(lens_shift, 0.0f));
  return shift * glm::perspective(fov_y, std::max(aspect, 1e-3f), near_plane, far_plane);
}

void OrbitCamera::orbit(float delta_yaw, float delta_pitch) {
  yaw = std::remainder(yaw + delta_yaw, 2.0f * glm::pi<float>());
  pitch = std::clamp(pitch + delta_pitch, -kMaxPitch, kMaxPitch);
}

void OrbitCamera::pan(float right_fraction, float up_fraction) {
  const Mat4 v = view();
  const Vec3 right(v[0][0], v[1][0], v[2][0]);
  const Vec3 up(v[0][1], v[1][1], v[2][1]);
  const float visible_height = 2.0f * distance * std::tan(fov_y * 0.5f);
  target += (right * right_fraction + up * up_fraction) * visible_height;
}

void OrbitCamera::zoom(float factor) { distance = std::clamp(distance * factor, 0.05f, 20.0f); }

void OrbitCamera::frame(const std::vector<Vec3>& points, float aspect) {
  if (points.empty()) return;
  const Vec3 back = glm::normalize(eye() - target);  // the view direction does not depend on the target
  const Vec3 right = glm::normalize(glm::cross(Vec3(0.0f, 1.0f, 0.0f), back));
  const Vec3 up = glm::cross(back, right);
  // Centre the target on the points as the view sees them (sideways and up), at their middle depth.
  core::Aabb in_view;
  for (const Vec3& p : points) in_view.expand(Vec3(glm::dot(p, right), glm::dot(p, up), glm::dot(p, back)));
  const Vec3 middle = in_view.centre();
  target = right * middle.x + up * middle.y + back * middle.z;
  // The smallest distance at which every point is inside the view frustum.
  const float tan_v = std::tan(fov_y * 0.5f) * free_fraction.y;
  const float tan_h = std::tan(fov_y * 0.5f) * std::max(aspect, 1e-3f) * free_fraction.x;
  float needed = 0.05f;
  for (const Vec3& p : points) {
    const Vec3 c = p - target;
    const float depth_offset = glm::dot(c, back);
    needed = std::max({needed, depth_offset + std::abs(glm::dot(c, right)) / tan_h,
                       depth_offset + std::abs(glm::dot(c, up)) / tan_v});
  }
  distance = std::clamp(needed * kFramingMargin, 0.05f, 20.0f);
}

void OrbitCamera::frame(const core::Aabb& box, float aspect) {
  if (box.empty()) return;
  std::vector<Vec3> corners;
  for (int corner = 0; corner < 8; ++corner)
    corners.emplace_back((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                         (corner & 4) ? box.max.z : box.min.z);
  frame(corners, aspect);
}

ViewPreset nearest_view_preset(float yaw) {
  ViewPreset nearest = ViewPreset::Anterior;
  float best = 10.0f;
  for (const ViewPreset preset : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Lateral, ViewPreset::Medial}) {
    OrbitCamera probe;
    probe.look_from(preset);
    // angular distance on the circle, whatever turns the yaw has accumulated
    const float distance = std::abs(std::remainder(yaw - probe.yaw, 2.0f * glm::pi<float>()));
    if (distance < best) {
      best = distance;
      nearest = preset;
    }
  }
  return nearest;
}

void OrbitCamera::look_from(ViewPreset preset) {
  const float half_turn = glm::pi<float>();
  switch (preset) {
    case ViewPreset::Anterior: yaw = 0.0f; break;
    case ViewPreset::Posterior: yaw = half_turn; break;
    case ViewPreset::Lateral: yaw = -0.5f * half_turn; break;  // lateral of a right leg is -X
    case ViewPreset::Medial: yaw = 0.5f * half_turn; break;
  }
  pitch = kViewPitch;
}

void OrbitCamera::set_view(ViewPreset preset, const core::Aabb& box, float aspect) {
  look_from(preset);
  frame(box, aspect);
}

Ray OrbitCamera::ray_through_pixel(Vec2 pixel, Vec2 viewport_size) const {
  const float aspect = viewport_size.x / std::max(viewport_size.y, 1.0f);
  const Vec2 ndc(2.0f * pixel.x / std::max(viewport_size.x, 1.0f) - 1.0f,
                 1.0f - 2.0f * pixel.y / std::max(viewport_size.y, 1.0f));
  const Mat4 inverse = glm::inverse(projection(aspect) * view());
  Vec4 near_point = inverse * Vec4(ndc, -1.0f, 1.0f);
  Vec4 far_point = inverse * Vec4(ndc, 1.0f, 1.0f);
  near_point /= near_point.w;
  far_point /= far_point.w;
  return Ray{Vec3(near_point), glm::normalize(Vec3(far_point - near_point))};
}

}  // namespace soleus::scene
