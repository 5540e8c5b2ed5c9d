#include "anatomy/shape_measure.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>

namespace soleus::anatomy {
namespace {

using DVec3 = glm::dvec3;

struct Triangle {
  DVec3 a, b, c;
  DVec3 normal() const { return glm::cross(b - a, c - a); }  // outward, length = twice the area
};

std::vector<Triangle> triangles_of(const core::TriangleMesh& mesh) {
  std::vector<Triangle> out;
  out.reserve(mesh.triangle_count());
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3)
    out.push_back({DVec3(mesh.positions[mesh.indices[i]]), DVec3(mesh.positions[mesh.indices[i + 1]]),
                   DVec3(mesh.positions[mesh.indices[i + 2]])});
  return out;
}

// Triangles bucketed by the ground-plane (x, z) cells their bounds cover: a vertical ray meets only
// the triangles of its cell.
class ColumnGrid {
 public:
  ColumnGrid(const std::vector<Triangle>& triangles, double cell) : triangles_(triangles), cell_(cell) {
    for (std::size_t t = 0; t < triangles.size(); ++t) {
      const Triangle& tri = triangles[t];
      const auto [x0, x1] = std::minmax({tri.a.x, tri.b.x, tri.c.x});
      const auto [z0, z1] = std::minmax({tri.a.z, tri.b.z, tri.c.z});
      for (long i = index(x0); i <= index(x1); ++i)
        for (long k = index(z0); k <= index(z1); ++k) cells_[key(i, k)].push_back(t);
    }
  }

  // Where the vertical line through (x, z) crosses the surface: height, and +1 leaving a part
  // (outward normal up) or -1 entering one.
  std::vector<std::pair<double, int>> crossings(double x, double z) const {
    std::vector<std::pair<double, int>> out;
    const auto found = cells_.find(key(index(x), index(z)));
    if (found == cells_.end()) return out;
    for (const std::size_t t : found->second) {
      const Triangle& tri = triangles_[t];
      // Barycentric coordinates of (x, z) in the triangle projected on the ground plane.
      const double d = (tri.b.x - tri.a.x) * (tri.c.z - tri.a.z) - (tri.c.x - tri.a.x) * (tri.b.z - tri.a.z);
      if (d == 0.0) continue;  // edge-on: the line grazes it
      const double u = ((x - tri.a.x) * (tri.c.z - tri.a.z) - (tri.c.x - tri.a.x) * (z - tri.a.z)) / d;
      const double v = ((tri.b.x - tri.a.x) * (z - tri.a.z) - (x - tri.a.x) * (tri.b.z - tri.a.z)) / d;
      if (u < 0.0 || v < 0.0 || u + v > 1.0) continue;
      const double y = tri.a.y + u * (tri.b.y - tri.a.y) + v * (tri.c.y - tri.a.y);
      out.emplace_back(y, tri.normal().y > 0.0 ? 1 : -1);
    }
    return out;
  }

  // Parts enclosing the point: outward-wound closed parts each add one.
  int winding(const DVec3& p) const {
    int w = 0;
    for (const auto& [y, sign] : crossings(p.x, p.z))
      if (y > p.y) w += sign;
    return w;
  }

 private:
  long index(double v) const { return static_cast<long>(std::floor(v / cell_)); }
  static std::uint64_t key(long i, long k) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(i)) << 32) | static_cast<std::uint32_t>(k);
  }

  const std::vector<Triangle>& triangles_;
  double cell_;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> cells_;
};

// Nearest point on a triangle (Ericson, Real-Time Collision Detection, 5.1.5).
DVec3 closest_point(const DVec3& p, const Triangle& t) {
  const DVec3 ab = t.b - t.a, ac = t.c - t.a, ap = p - t.a;
  const double d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return t.a;
  const DVec3 bp = p - t.b;
  const double d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return t.b;
  const double vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return t.a + ab * (d1 / (d1 - d3));
  const DVec3 cp = p - t.c;
  const double d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return t.c;
  const double vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return t.a + ac * (d2 / (d2 - d6));
  const double va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return t.b + (t.c - t.b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const double denom = 1.0 / (va + vb + vc);
  return t.a + ab * (vb * denom) + ac * (vc * denom);
}

// Triangles bucketed in 3D cells; nearest-surface queries search growing shells of cells.
class NearestGrid {
 public:
  NearestGrid(std::vector<Triangle> triangles, double cell) : triangles_(std::move(triangles)), cell_(cell) {
    for (std::size_t t = 0; t < triangles_.size(); ++t) {
      const Triangle& tri = triangles_[t];
      const glm::ivec3 lo = index(glm::min(tri.a, glm::min(tri.b, tri.c)));
      const glm::ivec3 hi = index(glm::max(tri.a, glm::max(tri.b, tri.c)));
      for (int i = lo.x; i <= hi.x; ++i)
        for (int j = lo.y; j <= hi.y; ++j)
          for (int k = lo.z; k <= hi.z; ++k) cells_[key({i, j, k})].push_back(t);
    }
  }

  double distance(const DVec3& p) const {
    const glm::ivec3 centre = index(p);
    double best = 1e30;
    for (int ring = 0; ring < 4096; ++ring) {
      for (int i = -ring; i <= ring; ++i)
        for (int j = -ring; j <= ring; ++j)
          for (int k = -ring; k <= ring; ++k) {
            if (std::max({std::abs(i), std::abs(j), std::abs(k)}) != ring) continue;  // the shell only
            const auto found = cells_.find(key(centre + glm::ivec3(i, j, k)));
            if (found == cells_.end()) continue;
            for (const std::size_t t : found->second) best = std::min(best, glm::length(p - closest_point(p, triangles_[t])));
          }
      if (best <= ring * cell_) break;  // every cell further out is at least this far
    }
    return best;
  }

 private:
  glm::ivec3 index(const DVec3& p) const { return glm::ivec3(glm::floor(p / cell_)); }
  static std::uint64_t key(const glm::ivec3& c) {
    const auto bits = [](int v) { return static_cast<std::uint64_t>(static_cast<std::uint32_t>(v) & 0xfffffu); };
    return (bits(c.x) << 40) | (bits(c.y) << 20) | bits(c.z);
  }

  std::vector<Triangle> triangles_;
  double cell_;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> cells_;
};

// `count` points spread evenly by area: stratified along the cumulative area, with the position
// inside each triangle from the R2 low-discrepancy sequence (Roberts 2018).
std::vector<DVec3> sample_evenly(const std::vector<Triangle>& triangles, std::size_t count) {
  std::vector<double> cumulative;
  cumulative.reserve(triangles.size());
  double total = 0.0;
  for (const Triangle& t : triangles) cumulative.push_back(total += 0.5 * glm::length(t.normal()));
  std::vector<DVec3> points;
  if (triangles.empty() || total <= 0.0) return points;
  points.reserve(count);
  constexpr double g1 = 0.7548776662466927, g2 = 0.5698402909980532;  // 1/plastic number, and its square
  for (std::size_t i = 0; i < count; ++i) {
    const double at = (static_cast<double>(i) + 0.5) / static_cast<double>(count) * total;
    const std::size_t t = static_cast<std::size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin());
    double r1 = std::fmod(0.5 + g1 * static_cast<double>(i), 1.0), r2 = std::fmod(0.5 + g2 * static_cast<double>(i), 1.0);
    if (r1 + r2 > 1.0) r1 = 1.0 - r1, r2 = 1.0 - r2;  // fold the square onto the triangle
    const Triangle& tri = triangles[std::min(t, triangles.size() - 1)];
    points.push_back(tri.a + r1 * (tri.b - tri.a) + r2 * (tri.c - tri.a));
  }
  return points;
}

double typical_edge(const std::vector<Triangle>& triangles) {
  double sum = 0.0;
  for (const Triangle& t : triangles) sum += glm::length(t.b - t.a);
  return triangles.empty() ? 1.0 : sum / static_cast<double>(triangles.size());
}

}  // namespace

double enclosed_volume_m3(const core::TriangleMesh& mesh, double cell_m) {
  const std::vector<Triangle> triangles = triangles_of(mesh);
  const core::Aabb box = mesh.bounds();
  if (triangles.empty() || box.empty()) return 0.0;
  const ColumnGrid grid(triangles, 4.0 * cell_m);
  double volume = 0.0;
  // Column centres a little off the cell centres, so that lines rarely pass through shared edges.
  for (double x = box.min.x + 0.5137 * cell_m; x < box.max.x; x += cell_m)
    for (double z = box.min.z + 0.4871 * cell_m; z < box.max.z; z += cell_m) {
      std::vector<std::pair<double, int>> hits = grid.crossings(x, z);
      std::sort(hits.begin(), hits.end());
      int inside = 0;
      for (std::size_t h = 0; h < hits.size(); ++h) {
        if (inside > 0) volume += (hits[h].first - hits[h - 1].first) * cell_m * cell_m;
        inside -= hits[h].second;  // entering (normal down) adds a part, leaving removes one
      }
    }
  return volume;
}

core::TriangleMesh outer_surface(const core::TriangleMesh& mesh) {
  const std::vector<Triangle> triangles = triangles_of(mesh);
  const ColumnGrid grid(triangles, 2.0 * typical_edge(triangles));
  core::TriangleMesh outer;
  outer.positions = mesh.positions;
  for (std::size_t t = 0; t < triangles.size(); ++t) {
    const Triangle& tri = triangles[t];
    const DVec3 n = tri.normal();
    if (glm::length(n) == 0.0) continue;
    // Just outside its own part, so only the other parts can enclose it.
    const DVec3 probe = (tri.a + tri.b + tri.c) / 3.0 + glm::normalize(n) * 1e-4;
    if (grid.winding(probe) > 0) continue;
    outer.indices.insert(outer.indices.end(), mesh.indices.begin() + static_cast<long>(3 * t),
                         mesh.indices.begin() + static_cast<long>(3 * t + 3));
  }
  return outer;
}

SurfaceDistance surface_distance(const core::TriangleMesh& a, const core::TriangleMesh& b, std::size_t samples_each) {
  const std::vector<Triangle> surface_a = triangles_of(outer_surface(a));
  const std::vector<Triangle> surface_b = triangles_of(outer_surface(b));
  std::vector<double> distances;
  distances.reserve(2 * samples_each);
  for (const auto& [from, to] : {std::pair{&surface_a, &surface_b}, std::pair{&surface_b, &surface_a}}) {
    const NearestGrid nearest(*to, std::max(typical_edge(*to), 1e-3));
    for (const DVec3& p : sample_evenly(*from, samples_each)) distances.push_back(nearest.distance(p));
  }
  SurfaceDistance result;
  if (distances.empty()) return result;
  result.samples = distances.size();
  for (const double d : distances) result.mean_m += d / static_cast<double>(distances.size());
  std::sort(distances.begin(), distances.end());
  result.p95_m = distances[static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(distances.size()))) - 1];
  return result;
}

}  // namespace soleus::anatomy
