#pragma once
/// A CPU triangle mesh, the common currency between anatomy (loads and poses it), scene
/// (picks against it) and render (uploads it). Positions in metres in the model frame
/// (+Y up, +Z anterior; docs/architecture.md).
#include <cstdint>
#include <vector>

#include "core/math.h"

namespace soleus::core {

struct Aabb {
  Vec3 min{1e30f};   // lower corner (m)
  Vec3 max{-1e30f};  // upper corner (m)

  bool empty() const { return min.x > max.x; }
  void expand(const Vec3& p) { min = glm::min(min, p); max = glm::max(max, p); }
  void expand(const Aabb& b) { if (!b.empty()) { expand(b.min); expand(b.max); } }
  Vec3 centre() const { return (min + max) * 0.5f; }
  Vec3 size() const { return empty() ? Vec3(0.0f) : max - min; }
};

struct TriangleMesh {
  std::vector<Vec3> positions;       // vertex positions (m)
  std::vector<Vec3> normals;         // unit vertex normals, outward (same count as positions)
  std::vector<Vec2> uvs;             // texcoords: muscles u around, v along fibres (0..1); may be empty
  std::vector<std::uint32_t> indices;  // triangle list, counter-clockwise seen from outside
  std::uint64_t revision = 0;        // bumped whenever positions/normals change (render re-uploads)

  std::size_t triangle_count() const { return indices.size() / 3; }
  Aabb bounds() const {
    Aabb box;
    for (const Vec3& p : positions) box.expand(p);
    return box;
  }
};

}  // namespace soleus::core
