#include "test_meshes.h"

#include <algorithm>
#include <cmath>

namespace soleus::render::test {
namespace {

constexpr float kPi = 3.14159265f;

// A surface of revolution around +Y: radius_at(t) for t in 0..1 from bottom to top.
template <class RadiusAt>
core::TriangleMesh revolve(Vec3 bottom, float length, RadiusAt radius_at, int slices, int stacks) {
  core::TriangleMesh mesh;
  for (int j = 0; j <= stacks; ++j) {
    const float t = static_cast<float>(j) / static_cast<float>(stacks);
    const float r = radius_at(t);
    // Slope of the profile gives the normal's vertical component.
    const float dt = 1e-3f;
    const float slope = (radius_at(std::min(t + dt, 1.0f)) - radius_at(std::max(t - dt, 0.0f))) /
                        ((std::min(t + dt, 1.0f) - std::max(t - dt, 0.0f)) * length);
    for (int i = 0; i <= slices; ++i) {
      const float u = static_cast<float>(i) / static_cast<float>(slices);
      const float angle = 2.0f * kPi * u;
      const Vec3 radial(std::sin(angle), 0.0f, std::cos(angle));
      mesh.positions.push_back(bottom + Vec3(0.0f, t * length, 0.0f) + radial * r);
      mesh.normals.push_back(glm::normalize(radial - Vec3(0.0f, slope, 0.0f)));
      mesh.uvs.emplace_back(u, t);
    }
  }
  const auto row = static_cast<std::uint32_t>(slices + 1);
  for (int j = 0; j < stacks; ++j) {
    for (int i = 0; i < slices; ++i) {
      const std::uint32_t a = static_cast<std::uint32_t>(j) * row + static_cast<std::uint32_t>(i);
      const std::uint32_t b = a + row;
      mesh.indices.insert(mesh.indices.end(), {a, a + 1, b, a + 1, b + 1, b});
    }
  }
  return mesh;
}

}  // namespace

core::TriangleMesh make_sphere(Vec3 centre, float radius, int slices, int stacks) {
  core::TriangleMesh mesh = revolve(
      centre - Vec3(0.0f, radius, 0.0f), 2.0f * radius,
      [radius](float t) { return radius * std::sqrt(std::max(0.0f, 1.0f - (2.0f * t - 1.0f) * (2.0f * t - 1.0f))); },
      slices, stacks);
  // Exact normals: the profile's slope is infinite at the poles.
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const Vec3 d = mesh.positions[i] - centre;
    mesh.normals[i] = glm::length(d) > 0.0f ? glm::normalize(d) : Vec3(0.0f, 1.0f, 0.0f);
  }
  return mesh;
}

core::TriangleMesh make_spindle(Vec3 bottom, float length, float radius, int slices, int stacks) {
  return revolve(
      bottom, length, [radius](float t) { return radius * std::pow(std::sin(kPi * t), 0.7f) + 1e-4f; }, slices,
      stacks);
}

core::TriangleMesh make_box(Vec3 min, Vec3 max) {
  core::TriangleMesh mesh;
  const Vec3 axes[3] = {Vec3(1, 0, 0), Vec3(0, 1, 0), Vec3(0, 0, 1)};
  const Vec3 centre = (min + max) * 0.5f;
  const Vec3 half = (max - min) * 0.5f;
  for (int axis = 0; axis < 3; ++axis) {
    for (float sign : {-1.0f, 1.0f}) {
      const Vec3 n = axes[axis] * sign;
      const Vec3 t1 = axes[(axis + 1) % 3] * sign;
      const Vec3 t2 = axes[(axis + 2) % 3];
      const auto base = static_cast<std::uint32_t>(mesh.positions.size());
      for (Vec2 c : {Vec2(-1, -1), Vec2(1, -1), Vec2(1, 1), Vec2(-1, 1)}) {
        mesh.positions.push_back(centre + (n + t1 * c.x + t2 * c.y) * half);
        mesh.normals.push_back(n);
        mesh.uvs.emplace_back(c * 0.5f + 0.5f);
      }
      mesh.indices.insert(mesh.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
    }
  }
  return mesh;
}

}  // namespace soleus::render::test
