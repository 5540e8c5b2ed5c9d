#include "mesh_checks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

namespace soleus::generator::testing {

std::vector<std::uint32_t> welded_indices(const core::TriangleMesh& mesh) {
  std::map<std::tuple<float, float, float>, std::uint32_t> unique;
  std::vector<std::uint32_t> remap(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const Vec3& p = mesh.positions[i];
    const auto found = unique.emplace(std::make_tuple(p.x, p.y, p.z), static_cast<std::uint32_t>(unique.size()));
    remap[i] = found.first->second;
  }
  std::vector<std::uint32_t> out;
  out.reserve(mesh.indices.size());
  for (std::uint32_t i : mesh.indices) out.push_back(remap[i]);
  return out;
}

std::string manifold_defect(const core::TriangleMesh& mesh) {
  const std::vector<std::uint32_t> w = welded_indices(mesh);
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
  for (std::size_t t = 0; t < w.size(); t += 3) {
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t a = w[t + static_cast<std::size_t>(k)];
      const std::uint32_t b = w[t + static_cast<std::size_t>((k + 1) % 3)];
      if (a == b) return "degenerate triangle " + std::to_string(t / 3);
      ++directed[{a, b}];
    }
  }
  for (const auto& [edge, count] : directed) {
    if (count != 1) return "edge used " + std::to_string(count) + " times in one direction";
    const auto opposite = directed.find({edge.second, edge.first});
    if (opposite == directed.end()) return "open edge";
  }
  return {};
}

double signed_volume(const core::TriangleMesh& mesh) {
  double volume = 0.0;
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]);
    const glm::dvec3 b(mesh.positions[mesh.indices[t + 1]]);
    const glm::dvec3 c(mesh.positions[mesh.indices[t + 2]]);
    volume += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return volume;
}

std::optional<float> first_hit(const core::TriangleMesh& mesh, const Vec3& origin, const Vec3& direction) {
  std::optional<float> best;
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const Vec3& a = mesh.positions[mesh.indices[t]];
    const Vec3 e1 = mesh.positions[mesh.indices[t + 1]] - a;
    const Vec3 e2 = mesh.positions[mesh.indices[t + 2]] - a;
    const Vec3 p = glm::cross(direction, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-12f) continue;
    const Vec3 s = origin - a;
    const float u = glm::dot(s, p) / det;
    if (u < 0.0f || u > 1.0f) continue;
    const Vec3 q = glm::cross(s, e1);
    const float v = glm::dot(direction, q) / det;
    if (v < 0.0f || u + v > 1.0f) continue;
    const float distance = glm::dot(e2, q) / det;
    if (distance > 0.0f && (!best || distance < *best)) best = distance;
  }
  return best;
}

std::vector<core::TriangleMesh> connected_components(const core::TriangleMesh& mesh) {
  const std::vector<std::uint32_t> w = welded_indices(mesh);
  std::uint32_t count = 0;
  for (std::uint32_t i : w) count = std::max(count, i + 1);
  std::vector<std::uint32_t> parent(count);
  for (std::uint32_t i = 0; i < count; ++i) parent[i] = i;
  auto root = [&](std::uint32_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (std::size_t t = 0; t < w.size(); t += 3) {
    parent[root(w[t + 1])] = root(w[t]);
    parent[root(w[t + 2])] = root(w[t]);
  }
  std::map<std::uint32_t, core::TriangleMesh> by_root;
  for (std::size_t t = 0; t < w.size(); t += 3) {
    core::TriangleMesh& part = by_root[root(w[t])];
    for (int k = 0; k < 3; ++k) {
      part.indices.push_back(static_cast<std::uint32_t>(part.positions.size()));
      part.positions.push_back(mesh.positions[mesh.indices[t + static_cast<std::size_t>(k)]]);
    }
  }
  std::vector<core::TriangleMesh> parts;
  for (auto& [r, part] : by_root) parts.push_back(std::move(part));
  return parts;
}

bool contains(const core::TriangleMesh& closed_mesh, const Vec3& point) {
  // Oblique so the ray does not run along the rings' planes or through their vertices.
  const Vec3 direction = glm::normalize(Vec3(0.83f, 0.31f, 0.47f));
  int crossings = 0;
  for (std::size_t t = 0; t < closed_mesh.indices.size(); t += 3) {
    const Vec3& a = closed_mesh.positions[closed_mesh.indices[t]];
    const Vec3 e1 = closed_mesh.positions[closed_mesh.indices[t + 1]] - a;
    const Vec3 e2 = closed_mesh.positions[closed_mesh.indices[t + 2]] - a;
    const Vec3 p = glm::cross(direction, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-14f) continue;
    const Vec3 s = point - a;
    const float u = glm::dot(s, p) / det;
    if (u < 0.0f || u > 1.0f) continue;
    const Vec3 q = glm::cross(s, e1);
    const float v = glm::dot(direction, q) / det;
    if (v < 0.0f || u + v > 1.0f) continue;
    if (glm::dot(e2, q) / det > 0.0f) ++crossings;
  }
  return crossings % 2 == 1;
}

}  // namespace soleus::generator::testing
