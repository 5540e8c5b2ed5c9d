#include "scene/cues.h"

#include <cmath>
#include <utility>

#include <glm/gtc/constants.hpp>

#include "biomech/parameters.h"
#include "scene/materials.h"

namespace soleus::scene {
namespace {

constexpr int kArrowSegments = 16;
constexpr float kTraceRadius = 0.004f;      // centre-of-pressure dots (m)
constexpr float kUpperOpacity = 0.3f;       // the upper a veil over the foot (the anatomy is the point)
constexpr float kTrimOpacity = 0.75f;       // its collar and toe cap edge read as lines

void add_quad(core::TriangleMesh& m, const Vec3& a, const Vec3& b, const Vec3& c, const Vec3& d) {
  const Vec3 n = glm::normalize(glm::cross(b - a, c - a));
  const auto base = static_cast<std::uint32_t>(m.positions.size());
  for (const Vec3& p : {a, b, c, d}) {
    m.positions.push_back(p);
    m.normals.push_back(n);
  }
  m.indices.insert(m.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

void replace(core::TriangleMesh& target, core::TriangleMesh&& fresh) {
  const std::uint64_t revision = target.revision + 1;
  target = std::move(fresh);
  target.revision = revision;
}

// Centre of pressure on the ground for a sample: along the sole line from heel to ball.
Vec3 centre_of_pressure(const RunPose& pose, const biomech::StrideModel& stride, double cop_from_heel_m) {
  const Vec3 heel(pose.heel.x, 0.0f, pose.heel.z);
  const Vec3 ball(pose.ball.x, 0.0f, pose.ball.z);
  const float heel_to_ball = static_cast<float>(stride.heel_to_ball_m);
  const float t = heel_to_ball > 0.0f ? static_cast<float>(cop_from_heel_m) / heel_to_ball : 0.0f;
  return heel + (ball - heel) * t + Vec3(0.0f, 0.002f, 0.0f);  // just above the ground
}

// The shoe's parts, the upper translucent so that the foot's bones and the Achilles show through.
void build_shoe(const RunPose& pose, const biomech::Shoe& shoe, ShoeMeshes& meshes, std::vector<DrawItem>& out) {
  ShoeMeshes fresh = make_shoe_meshes(pose, biomech::has_plate(shoe));
  struct Part {
    core::TriangleMesh& kept;
    core::TriangleMesh& made;
    ShoePart part;
  };
  const Part parts[] = {{meshes.outsole, fresh.outsole, ShoePart::Outsole},
                        {meshes.midsole, fresh.midsole, ShoePart::Midsole},
                        {meshes.plate, fresh.plate, ShoePart::Plate},
                        {meshes.upper, fresh.upper, ShoePart::Upper},
                        {meshes.trim, fresh.trim, ShoePart::Trim}};
  for (const Part& p : parts) {
    replace(p.kept, std::move(p.made));
    if (p.kept.indices.empty()) continue;
    DrawItem item = plain_item(p.kept, shoe_colour(p.part));
    if (p.part == ShoePart::Upper) item.opacity = kUpperOpacity;
    if (p.part == ShoePart::Trim) item.opacity = kTrimOpacity;
    out.push_back(item);
  }
}

}  // namespace

core::TriangleMesh make_arrow(const Vec3& from, const Vec3& to, float shaft_radius) {
  core::TriangleMesh m;
  const Vec3 axis = to - from;
  const float length = glm::length(axis);
  if (length < 1e-4f) return m;
  const Vec3 dir = axis / length;
  const Vec3 helper = std::abs(dir.y) < 0.9f ? Vec3(0, 1, 0) : Vec3(1, 0, 0);
  const Vec3 u = glm::normalize(glm::cross(dir, helper));
  const Vec3 v = glm::cross(dir, u);
  const float head_length = std::min(length * 0.35f, shaft_radius * 6.0f);
  const Vec3 neck = to - dir * head_length;
  const float head_radius = shaft_radius * 2.4f;
  for (int i = 0; i < kArrowSegments; ++i) {
    const float a0 = glm::two_pi<float>() * static_cast<float>(i) / kArrowSegments;
    const float a1 = glm::two_pi<float>() * static_cast<float>(i + 1) / kArrowSegments;
    const Vec3 r0 = u * std::cos(a0) + v * std::sin(a0);
    const Vec3 r1 = u * std::cos(a1) + v * std::sin(a1);
    add_quad(m, from + r0 * shaft_radius, from + r1 * shaft_radius, neck + r1 * shaft_radius, neck + r0 * shaft_radius);
    add_quad(m, neck + r0 * head_radius, neck + r1 * head_radius, to + r1 * 1e-4f, to + r0 * 1e-4f);
    add_quad(m, neck + r1 * head_radius, neck + r0 * head_radius, neck + r0 * shaft_radius, neck + r1 * shaft_radius);
  }
  return m;
}

void build_cues(const RunPose& pose, const biomech::SolvedStride& stride, const biomech::StrideSample& sample,
                const CueOptions& options, CueMeshes& meshes, std::vector<DrawItem>& out) {
  const double body_weight = stride.model.body_weight_n;
  if (options.shoe) build_shoe(pose, stride.model.conditions.shoe, meshes.shoe, out);
  if (options.grf_arrow && sample.stance && sample.vertical_grf_n > 1.0) {
    const Vec3 cop = centre_of_pressure(pose, stride.model, sample.cop_from_heel_m);
    const Vec3 force(0.0f, static_cast<float>(sample.vertical_grf_n / body_weight),
                     static_cast<float>(sample.horizontal_grf_n / body_weight));
    replace(meshes.grf_arrow, make_arrow(cop, cop + force * options.metres_per_bw, 0.006f));
    out.push_back(plain_item(meshes.grf_arrow, Vec3(0.02f, 0.30f, 0.85f)));
  }
  if (options.cop_trace && sample.stance) {  // the trace lies under the foot while it is down
    core::TriangleMesh trace;
    for (const biomech::StrideSample& s : stride.samples) {
      if (!s.stance) continue;
      const Vec3 c = centre_of_pressure(pose, stride.model, s.cop_from_heel_m);
      add_quad(trace, c + Vec3(-kTraceRadius, 0, -kTraceRadius), c + Vec3(-kTraceRadius, 0, kTraceRadius),
               c + Vec3(kTraceRadius, 0, kTraceRadius), c + Vec3(kTraceRadius, 0, -kTraceRadius));
    }
    replace(meshes.cop_trace, std::move(trace));
    if (!meshes.cop_trace.indices.empty()) out.push_back(plain_item(meshes.cop_trace, Vec3(0.02f, 0.30f, 0.85f)));
  }
  if (options.achilles_arrow && sample.achilles_force_n > 1.0 &&
      glm::distance(pose.achilles_top, pose.achilles_insertion) > 1e-3f) {
    const Vec3 dir = glm::normalize(pose.achilles_top - pose.achilles_insertion);
    const float length = static_cast<float>(sample.achilles_force_n / body_weight) * options.metres_per_bw_achilles;
    const Vec3 start = pose.achilles_insertion - Vec3(0.0f, 0.0f, 0.02f);  // just behind the tendon
    replace(meshes.achilles_arrow, make_arrow(start, start + dir * length, 0.004f));
    out.push_back(plain_item(meshes.achilles_arrow, Vec3(0.90f, 0.45f, 0.02f)));
  }
}

}  // namespace soleus::scene
