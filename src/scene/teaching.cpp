#include "scene/teaching.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace soleus::scene {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Texture-space distance with u wrapping around the belly.
double uv_distance(const Vec2& uv, double u, double v) {
  double du = std::fabs(static_cast<double>(uv.x) - u);
  du = std::min(du, 1.0 - du);
  const double dv = static_cast<double>(uv.y) - v;
  return std::sqrt(du * du + dv * dv);
}

}  // namespace

namespace {

// The triangles of `mesh` whose three vertices pass `inside`, copied and lifted along their normals.
template <typename Inside>
core::TriangleMesh copy_triangles(const core::TriangleMesh& mesh, float lift_m, Inside inside) {
  core::TriangleMesh patch;
  std::vector<std::int64_t> remap(mesh.positions.size(), -1);
  const bool has_uvs = mesh.uvs.size() == mesh.positions.size();
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    if (!inside(a) || !inside(b) || !inside(c)) continue;
    for (std::uint32_t i : {a, b, c}) {
      if (remap[i] < 0) {
        remap[i] = static_cast<std::int64_t>(patch.positions.size());
        const Vec3 n = i < mesh.normals.size() ? mesh.normals[i] : Vec3(0.0f);
        patch.positions.push_back(mesh.positions[i] + n * lift_m);
        patch.normals.push_back(n);
        if (has_uvs) patch.uvs.push_back(mesh.uvs[i]);
      }
      patch.indices.push_back(static_cast<std::uint32_t>(remap[i]));
    }
  }
  return patch;
}

}  // namespace

core::TriangleMesh make_spot_patch(const core::TriangleMesh& mesh, double u, double v, double radius, float lift_m) {
  if (mesh.uvs.size() != mesh.positions.size()) return {};
  return copy_triangles(mesh, lift_m, [&](std::uint32_t i) { return uv_distance(mesh.uvs[i], u, v) <= radius; });
}

core::TriangleMesh make_near_surface_patch(const core::TriangleMesh& part, const core::TriangleMesh& surface,
                                           float max_distance, float lift_m) {
  // Surface vertices bucketed in cubes of max_distance: a near vertex is in one of the 27 around.
  auto cell_of = [&](const Vec3& p) {
    return glm::ivec3(glm::floor(p / max_distance));
  };
  auto key = [](const glm::ivec3& c) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(c.x) & 0x1fffff) << 42) |
           (static_cast<std::uint64_t>(static_cast<std::uint32_t>(c.y) & 0x1fffff) << 21) |
           static_cast<std::uint64_t>(static_cast<std::uint32_t>(c.z) & 0x1fffff);
  };
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;
  for (std::uint32_t i = 0; i < surface.positions.size(); ++i) grid[key(cell_of(surface.positions[i]))].push_back(i);
  std::vector<char> near(part.positions.size(), 0);
  for (std::size_t i = 0; i < part.positions.size(); ++i) {
    const Vec3& p = part.positions[i];
    const glm::ivec3 c = cell_of(p);
    for (int dx = -1; dx <= 1 && !near[i]; ++dx) {
      for (int dy = -1; dy <= 1 && !near[i]; ++dy) {
        for (int dz = -1; dz <= 1 && !near[i]; ++dz) {
          const auto bucket = grid.find(key(c + glm::ivec3(dx, dy, dz)));
          if (bucket == grid.end()) continue;
          for (const std::uint32_t s : bucket->second) {
            if (glm::distance(p, surface.positions[s]) <= max_distance) {
              near[i] = 1;
              break;
            }
          }
        }
      }
    }
  }
  return copy_triangles(part, lift_m, [&](std::uint32_t i) { return near[i] != 0; });
}

double texture_v_from_top(const core::TriangleMesh& mesh, double v_from_top) {
  if (mesh.uvs.size() != mesh.positions.size()) return v_from_top;
  // Mean height of the vertices at each end of the v range.
  double low_v_height = 0.0, high_v_height = 0.0;
  int low_v_count = 0, high_v_count = 0;
  for (std::size_t i = 0; i < mesh.uvs.size(); ++i) {
    if (mesh.uvs[i].y < 0.25f) {
      low_v_height += mesh.positions[i].y;
      ++low_v_count;
    } else if (mesh.uvs[i].y > 0.75f) {
      high_v_height += mesh.positions[i].y;
      ++high_v_count;
    }
  }
  if (low_v_count == 0 || high_v_count == 0) return v_from_top;
  const bool v_runs_up = low_v_height / low_v_count < high_v_height / high_v_count;
  return v_runs_up ? 1.0 - v_from_top : v_from_top;
}

int nearest_uv_vertex(const core::TriangleMesh& mesh, double u, double v) {
  if (mesh.uvs.size() != mesh.positions.size() || mesh.uvs.empty()) return -1;
  int best = -1;
  double best_distance = std::numeric_limits<double>::max();
  for (std::size_t i = 0; i < mesh.uvs.size(); ++i) {
    const double d = uv_distance(mesh.uvs[i], u, v);
    if (d < best_distance) {
      best_distance = d;
      best = static_cast<int>(i);
    }
  }
  return best;
}

core::TriangleMesh make_roller(float radius, float length, int segments) {
  core::TriangleMesh mesh;
  const float half = 0.5f * length;
  // The side and each cap have their own vertex rings (radial vs axial normals keep the rims
  // sharp); the rings coincide, so the surface is closed once equal positions are welded.
  auto ring = [&](float x, bool cap, float cap_normal) {
    const std::uint32_t first = static_cast<std::uint32_t>(mesh.positions.size());
    for (int i = 0; i < segments; ++i) {
      const float a = static_cast<float>(2.0 * kPi * i / segments);
      const Vec3 radial(0.0f, std::cos(a), std::sin(a));
      mesh.positions.push_back(Vec3(x, 0.0f, 0.0f) + radial * radius);
      mesh.normals.push_back(cap ? Vec3(cap_normal, 0.0f, 0.0f) : radial);
    }
    return first;
  };
  const std::uint32_t n = static_cast<std::uint32_t>(segments);
  const std::uint32_t side_left = ring(-half, false, 0.0f);
  const std::uint32_t side_right = ring(half, false, 0.0f);
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t j = (i + 1) % n;
    mesh.indices.insert(mesh.indices.end(), {side_left + i, side_left + j, side_right + j});
    mesh.indices.insert(mesh.indices.end(), {side_left + i, side_right + j, side_right + i});
  }
  for (const float x : {-half, half}) {
    const float facing = x < 0.0f ? -1.0f : 1.0f;
    const std::uint32_t rim = ring(x, true, facing);
    const std::uint32_t centre = static_cast<std::uint32_t>(mesh.positions.size());
    mesh.positions.push_back(Vec3(x, 0.0f, 0.0f));
    mesh.normals.push_back(Vec3(facing, 0.0f, 0.0f));
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::uint32_t j = (i + 1) % n;
      if (facing > 0.0f) mesh.indices.insert(mesh.indices.end(), {centre, rim + i, rim + j});
      else mesh.indices.insert(mesh.indices.end(), {centre, rim + j, rim + i});
    }
  }
  return mesh;
}

core::TriangleMesh make_box(const Vec3& min, const Vec3& max) {
  core::TriangleMesh mesh;
  // One quad per face with its own normal; corners picked from min/max by the face's axis.
  for (int axis = 0; axis < 3; ++axis) {
    for (const float side : {-1.0f, 1.0f}) {
      Vec3 normal(0.0f);
      normal[axis] = side;
      const int a = (axis + 1) % 3, b = (axis + 2) % 3;
      const std::uint32_t first = static_cast<std::uint32_t>(mesh.positions.size());
      for (int corner = 0; corner < 4; ++corner) {
        Vec3 p;
        p[axis] = side > 0.0f ? max[axis] : min[axis];
        p[a] = (corner == 1 || corner == 2) ? max[a] : min[a];
        p[b] = (corner >= 2) ? max[b] : min[b];
        mesh.positions.push_back(p);
        mesh.normals.push_back(normal);
      }
      // (a, b) corners run counter-clockwise seen from +axis; flip for the -axis face.
      if (side > 0.0f) mesh.indices.insert(mesh.indices.end(), {first, first + 1, first + 2, first, first + 2, first + 3});
      else mesh.indices.insert(mesh.indices.end(), {first, first + 2, first + 1, first, first + 3, first + 2});
    }
  }
  return mesh;
}

}  // namespace soleus::scene
