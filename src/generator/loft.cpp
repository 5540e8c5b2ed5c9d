#include "generator/loft.h"

#include <algorithm>
#include <cmath>

#include "core/assert.h"

namespace soleus::generator {
namespace {

constexpr float kTwoPi = 6.28318530717958647692f;
constexpr float kHalfPi = 1.57079632679489661923f;
constexpr float kMinHalfAxis = 0.0002f;  // m; keeps overshooting splines from inverting a section

// Uniform Catmull-Rom between p1 and p2 at t in [0, 1].
template <typename T>
T catmull_rom(const T& p0, const T& p1, const T& p2, const T& p3, float t) {
  const float t2 = t * t;
  const float t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (3.0f * p1 - p0 - 3.0f * p2 + p3) * t3);
}

// A ring of the loft before it becomes vertices.
struct Ring {
  Vec3 centre{0.0f};
  Vec3 width_axis{1.0f, 0.0f, 0.0f};
  Vec3 depth_axis{0.0f, 0.0f, 1.0f};
  float half_width = 0.0f;
  float half_depth = 0.0f;
  SectionShape shape;
  Vec3 tangent{0.0f, 1.0f, 0.0f};
  float v = 0.0f;      // texcoord along the path
  bool pole = false;   // collapsed to its centre
  bool cap = false;    // part of an end cap
  float cap_scale = 1.0f;  // the cap's shrink factor of the end section (1 off the caps)
};

// Interpolated station between stations[i] and stations[i + 1]; the ends are extended by
// reflection so the path leaves the first and last station along the chord.
Station sample(const std::vector<Station>& s, std::size_t i, float t) {
  const std::size_t n = s.size();
  const Station& s1 = s[i];
  const Station& s2 = s[i + 1];
  auto centre_before = [&]() { return i == 0 ? 2.0f * s1.centre - s2.centre : s[i - 1].centre; };
  auto centre_after = [&]() { return i + 2 >= n ? 2.0f * s2.centre - s1.centre : s[i + 2].centre; };
  const Station& s0 = i == 0 ? s1 : s[i - 1];
  const Station& s3 = i + 2 >= n ? s2 : s[i + 2];

  Station out;
  out.centre = catmull_rom(centre_before(), s1.centre, s2.centre, centre_after(), t);
  out.half_width = std::max(kMinHalfAxis, catmull_rom(s0.half_width, s1.half_width, s2.half_width, s3.half_width, t));
  out.half_depth = std::max(kMinHalfAxis, catmull_rom(s0.half_depth, s1.half_depth, s2.half_depth, s3.half_depth, t));
  out.twist_rad = catmull_rom(s0.twist_rad, s1.twist_rad, s2.twist_rad, s3.twist_rad, t);
  const SectionShape& a = s1.shape;
  const SectionShape& b = s2.shape;
  // Shape parameters blend smoothly (smoothstep) so a change never leaves a crease.
  const float w = t * t * (3.0f - 2.0f * t);
  auto mix = [w](float x, float y) { return x + (y - x) * w; };
  out.shape.squareness = mix(a.squareness, b.squareness);
  out.shape.triangle = mix(a.triangle, b.triangle);
  out.shape.triangle_phase_rad = mix(a.triangle_phase_rad, b.triangle_phase_rad);
  out.shape.egg = mix(a.egg, b.egg);
  out.shape.egg_phase_rad = mix(a.egg_phase_rad, b.egg_phase_rad);
  out.shape.dent = mix(a.dent, b.dent);
  out.shape.dent_phase_rad = mix(a.dent_phase_rad, b.dent_phase_rad);
  out.shape.dent_width = mix(a.dent_width, b.dent_width);
  return out;
}

Vec3 perpendicular_to(const Vec3& reference, const Vec3& tangent) {
  Vec3 w = reference - glm::dot(reference, tangent) * tangent;
  if (glm::length(w) < 1e-4f) {
    // Reference parallel to the path: fall back to any perpendicular direction.
    w = glm::cross(tangent, std::abs(tangent.y) < 0.9f ? Vec3(0, 1, 0) : Vec3(1, 0, 0));
  }
  return glm::normalize(w);
}

std::vector<Ring> build_rings(const StructureSpec& st, const PartSpec& part) {
  const std::vector<Station>& stations = part.stations;
  // Body rings along the interpolated path.
  std::vector<Station> body;
  for (std::size_t i = 0; i + 1 < stations.size(); ++i)
    for (int k = 0; k < st.rings_per_span; ++k)
      body.push_back(sample(stations, i, static_cast<float>(k) / static_cast<float>(st.rings_per_span)));
  body.push_back(stations.back());

  const std::size_t n = body.size();
  std::vector<float> arc(n, 0.0f);
  for (std::size_t i = 1; i < n; ++i) arc[i] = arc[i - 1] + glm::length(body[i].centre - body[i - 1].centre);

  std::vector<Ring> rings;
  std::vector<Ring> body_rings(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Vec3 ahead = body[std::min(i + 1, n - 1)].centre;
    const Vec3 behind = body[i == 0 ? 0 : i - 1].centre;
    const Vec3 tangent = glm::normalize(ahead - behind);
    const Vec3 w0 = perpendicular_to(st.width_reference, tangent);
    const Vec3 d0 = glm::cross(tangent, w0);
    const float c = std::cos(body[i].twist_rad);
    const float s = std::sin(body[i].twist_rad);
    Ring& r = body_rings[i];
    r.centre = body[i].centre;
    r.tangent = tangent;
    r.width_axis = c * w0 + s * d0;
    r.depth_axis = glm::cross(tangent, r.width_axis);
    r.half_width = body[i].half_width;
    r.half_depth = body[i].half_depth;
    r.shape = body[i].shape;
    r.v = arc[n - 1] > 0.0f ? arc[i] / arc[n - 1] : 0.0f;
  }

  // Rounded caps: quarter-ellipse profile from the end section to a pole on the path's extension.
  auto cap = [&](const Ring& end, const Vec3& outward, float fraction, bool at_start) {
    const float length = fraction * std::min(end.half_width, end.half_depth);
    std::vector<Ring> cap_rings;
    for (int k = 1; k <= st.cap_rings; ++k) {
      const float phi = kHalfPi * static_cast<float>(k) / static_cast<float>(st.cap_rings);
      Ring r = end;
      const bool pole = k == st.cap_rings;
      const float scale = pole ? 0.0f : std::cos(phi);
      r.centre = end.centre + outward * (length * std::sin(phi));
      r.half_width = end.half_width * scale;
      r.half_depth = end.half_depth * scale;
      r.pole = pole;
      r.cap = true;
      r.cap_scale = scale;
      cap_rings.push_back(r);
    }
    if (at_start) std::reverse(cap_rings.begin(), cap_rings.end());
    return cap_rings;
  };
  const Vec3 start_out = glm::normalize(body[0].centre - body[1].centre);
  const Vec3 end_out = glm::normalize(body[n - 1].centre - body[n - 2].centre);
  for (const Ring& r : cap(body_rings.front(), start_out, part.cap_start, true)) rings.push_back(r);
  for (const Ring& r : body_rings) rings.push_back(r);
  for (const Ring& r : cap(body_rings.back(), end_out, part.cap_end, false)) rings.push_back(r);
  return rings;
}

// Upper envelope of downward parabolas (falloff per step squared) centred on every value: a
// smooth bump around each requirement that is never below it. `passes` [1 2 1] filters then
// round the bumps' feet; they lower a peak by passes / 2 falloff, less than the wrap clearance.
void smooth_envelope(std::vector<float>& values, float falloff, int passes, bool circular) {
  const int n = static_cast<int>(values.size());
  const std::vector<float> source = values;
  for (int i = 0; i < n; ++i) {
    float best = source[static_cast<std::size_t>(i)];
    for (int k = 0; k < n; ++k) {
      int d = std::abs(i - k);
      if (circular) d = std::min(d, n - d);
      best = std::max(best, source[static_cast<std::size_t>(k)] - falloff * static_cast<float>(d * d));
    }
    values[static_cast<std::size_t>(i)] = best;
  }
  for (int pass = 0; pass < passes; ++pass) {
    const std::vector<float> previous = values;
    auto at = [&](int i) {
      if (circular) return previous[static_cast<std::size_t>(((i % n) + n) % n)];
      return previous[static_cast<std::size_t>(std::clamp(i, 0, n - 1))];
    };
    for (int i = 0; i < n; ++i) values[static_cast<std::size_t>(i)] = 0.25f * at(i - 1) + 0.5f * at(i) + 0.25f * at(i + 1);
  }
}

// Per ring and angular bin: how far (m) the designed outline must move outward so that every
// surrounding vertex in the ring's slab lies `clearance` inside it.
std::vector<std::vector<float>> wrap_offsets(const std::vector<Ring>& rings, std::size_t around, const WrapSpec& wrap,
                                             const std::vector<Vec3>& surroundings) {
  std::vector<std::vector<float>> offset(rings.size(), std::vector<float>(around, 0.0f));
  std::vector<Vec3> inside_box;
  for (const Vec3& q : surroundings)
    if (glm::all(glm::greaterThanEqual(q, wrap.box_min)) && glm::all(glm::lessThanEqual(q, wrap.box_max)))
      inside_box.push_back(q);

  for (std::size_t r = 0; r < rings.size(); ++r) {
    const Ring& ring = rings[r];
    if (ring.cap) continue;
    for (const Vec3& q : inside_box) {
      const Vec3 rel = q - ring.centre;
      if (std::abs(glm::dot(rel, ring.tangent)) > 0.5f * wrap.band) continue;
      const float x = glm::dot(rel, ring.width_axis);
      const float y = glm::dot(rel, ring.depth_axis);
      float psi = std::atan2(y / ring.half_depth, x / ring.half_width);
      if (psi < 0.0f) psi += kTwoPi;
      const Vec2 o = section_outline(ring.shape, psi);
      const float outline = glm::length(Vec2(ring.half_width * o.x, ring.half_depth * o.y));
      const float distance = std::sqrt(x * x + y * y) + wrap.clearance;
      if (distance > wrap.max_inflation * outline) continue;
      const auto bin = static_cast<std::size_t>(std::lround(psi / kTwoPi * static_cast<float>(around))) % around;
      offset[r][bin] = std::max(offset[r][bin], distance - outline);
    }
    smooth_envelope(offset[r], wrap.around_falloff, 3, true);
  }
  // Smooth along the path over the body rings, then give each cap its end ring's offsets.
  std::size_t first = 0, last = rings.size() - 1;
  while (rings[first].cap) ++first;
  while (rings[last].cap) --last;
  std::vector<float> column(last - first + 1);
  for (std::size_t j = 0; j < around; ++j) {
    for (std::size_t r = first; r <= last; ++r) column[r - first] = offset[r][j];
    smooth_envelope(column, wrap.along_falloff, 6, false);
    for (std::size_t r = first; r <= last; ++r) offset[r][j] = column[r - first];
  }
  for (std::size_t r = 0; r < first; ++r) offset[r] = offset[first];
  for (std::size_t r = last + 1; r < rings.size(); ++r) offset[r] = offset[last];
  return offset;
}

}  // namespace

Vec2 section_outline(const SectionShape& shape, float theta) {
  const float c = std::cos(theta);
  const float s = std::sin(theta);
  const float e = 2.0f / shape.squareness;
  const float x = std::copysign(std::pow(std::abs(c), e), c);
  const float y = std::copysign(std::pow(std::abs(s), e), s);
  const float dent_lobe = std::pow(std::max(0.0f, std::cos(theta - shape.dent_phase_rad)), shape.dent_width);
  const float radius = 1.0f + shape.triangle * std::cos(3.0f * (theta - shape.triangle_phase_rad)) +
                       shape.egg * std::cos(theta - shape.egg_phase_rad) - shape.dent * dent_lobe;
  return Vec2(x, y) * radius;
}

core::TriangleMesh loft_part(const StructureSpec& st, const PartSpec& part, const std::vector<Vec3>& surroundings) {
  SOLEUS_ASSERT(part.stations.size() >= 2);
  const std::vector<Ring> rings = build_rings(st, part);
  const std::size_t around = static_cast<std::size_t>(st.around);
  const std::vector<std::vector<float>> offset =
      part.wraps ? wrap_offsets(rings, around, part.wrap, surroundings)
                 : std::vector<std::vector<float>>(rings.size(), std::vector<float>(around, 0.0f));
  const std::size_t stride = around + 1;  // the seam vertex repeats u = 0 as u = 1

  core::TriangleMesh mesh;
  // Topological id per vertex: seam copies and all vertices of a pole share one id, so the
  // smooth normals ignore the texture seam.
  std::vector<std::uint32_t> topo;
  std::uint32_t next_id = 0;
  for (std::size_t ri = 0; ri < rings.size(); ++ri) {
    const Ring& r = rings[ri];
    const std::uint32_t ring_id = next_id;
    std::vector<Vec3> ring_positions(around);
    for (std::size_t j = 0; j < around; ++j) {
      const float theta = kTwoPi * static_cast<float>(j) / static_cast<float>(around);
      const Vec2 o = r.pole ? Vec2(0.0f) : section_outline(r.shape, theta);
      Vec3 radial = r.width_axis * (r.half_width * o.x) + r.depth_axis * (r.half_depth * o.y);
      // A wrapped ring moves outward by its offset; caps shrink the offset with their scale.
      const float length = glm::length(radial);
      if (length > 0.0f) radial *= 1.0f + offset[ri][j] * r.cap_scale / length;
      ring_positions[j] = r.centre + radial;
    }
    for (std::size_t j = 0; j <= around; ++j) {
      mesh.positions.push_back(ring_positions[j % around]);
      mesh.uvs.emplace_back(static_cast<float>(j) / static_cast<float>(around), r.v);
      topo.push_back(r.pole ? ring_id : ring_id + static_cast<std::uint32_t>(j % around));
    }
    next_id += r.pole ? 1u : static_cast<std::uint32_t>(around);
  }

  for (std::size_t r = 0; r + 1 < rings.size(); ++r) {
    for (std::size_t j = 0; j < around; ++j) {
      const auto a = static_cast<std::uint32_t>(r * stride + j);
      const auto b = a + 1;
      const auto c = static_cast<std::uint32_t>((r + 1) * stride + j + 1);
      const auto d = c - 1;
      // Around x along points outward, so (a, b, c) is counter-clockwise from outside.
      if (!rings[r].pole) mesh.indices.insert(mesh.indices.end(), {a, b, c});
      if (!rings[r + 1].pole) mesh.indices.insert(mesh.indices.end(), {a, c, d});
    }
  }

  std::vector<Vec3> accumulated(next_id, Vec3(0.0f));
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const std::uint32_t i0 = mesh.indices[t], i1 = mesh.indices[t + 1], i2 = mesh.indices[t + 2];
    const Vec3 area_normal = glm::cross(mesh.positions[i1] - mesh.positions[i0], mesh.positions[i2] - mesh.positions[i0]);
    accumulated[topo[i0]] += area_normal;
    accumulated[topo[i1]] += area_normal;
    accumulated[topo[i2]] += area_normal;
  }
  mesh.normals.reserve(mesh.positions.size());
  for (std::uint32_t id : topo) {
    const float len = glm::length(accumulated[id]);
    mesh.normals.push_back(len > 0.0f ? accumulated[id] / len : Vec3(0.0f, 1.0f, 0.0f));
  }
  return mesh;
}

void append_mesh(core::TriangleMesh& mesh, const core::TriangleMesh& part) {
  const auto offset = static_cast<std::uint32_t>(mesh.positions.size());
  mesh.positions.insert(mesh.positions.end(), part.positions.begin(), part.positions.end());
  mesh.normals.insert(mesh.normals.end(), part.normals.begin(), part.normals.end());
  mesh.uvs.insert(mesh.uvs.end(), part.uvs.begin(), part.uvs.end());
  for (std::uint32_t i : part.indices) mesh.indices.push_back(i + offset);
}

void map_uv_around_whole(core::TriangleMesh& mesh) {
  const core::Aabb box = mesh.bounds();
  const float height = std::max(box.size().y, 1e-6f);
  // The centre line: the middle of the structure's extent in x and z, in 5 mm slices of height
  // (each slice widened by its neighbours, so the line runs smoothly).
  constexpr float kSlice = 0.005f;
  const std::size_t slices = static_cast<std::size_t>(height / kSlice) + 1;
  const auto slice_of = [&](float y) { return std::min(slices - 1, static_cast<std::size_t>((y - box.min.y) / kSlice)); };
  std::vector<core::Aabb> extent(slices);
  for (const Vec3& p : mesh.positions) {
    const std::size_t at = slice_of(p.y);
    for (std::size_t s = at > 0 ? at - 1 : 0; s <= std::min(slices - 1, at + 1); ++s) extent[s].expand(p);
  }
  constexpr float kTau = 6.28318530718f;
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const Vec3& p = mesh.positions[i];
    const Vec3 centre = extent[slice_of(p.y)].centre();
    const float angle = std::atan2(p.z - centre.z, p.x - centre.x);  // from medial (+x) towards anterior (+z)
    mesh.uvs[i] = Vec2(angle >= 0.0f ? angle / kTau : 1.0f + angle / kTau, (box.max.y - p.y) / height);
  }
  std::vector<std::uint32_t> copy_of(mesh.positions.size(), 0);  // 0: none yet (vertex 0 is never a copy)
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    float lowest = 1.0f, highest = 0.0f;
    for (std::size_t k = 0; k < 3; ++k) {
      lowest = std::min(lowest, mesh.uvs[mesh.indices[t + k]].x);
      highest = std::max(highest, mesh.uvs[mesh.indices[t + k]].x);
    }
    // Across the seam the low side moves up a turn; a triangle near the centre line, which spans
    // a wide angle without crossing the seam, stays as it is.
    float shifted_lowest = 2.0f, shifted_highest = 0.0f;
    for (std::size_t k = 0; k < 3; ++k) {
      const float u = mesh.uvs[mesh.indices[t + k]].x;
      shifted_lowest = std::min(shifted_lowest, u < 0.5f ? u + 1.0f : u);
      shifted_highest = std::max(shifted_highest, u < 0.5f ? u + 1.0f : u);
    }
    if (shifted_highest - shifted_lowest >= highest - lowest) continue;
    for (std::size_t k = 0; k < 3; ++k) {
      const std::uint32_t v = mesh.indices[t + k];
      if (mesh.uvs[v].x >= 0.5f) continue;
      if (copy_of[v] == 0) {
        copy_of[v] = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.push_back(mesh.positions[v]);
        mesh.normals.push_back(mesh.normals[v]);
        mesh.uvs.push_back(mesh.uvs[v] + Vec2(1.0f, 0.0f));
      }
      mesh.indices[t + k] = copy_of[v];
    }
  }
}

}  // namespace soleus::generator
