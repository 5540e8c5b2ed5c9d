#include "scene/shoe.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <glm/gtc/constants.hpp>

namespace soleus::scene {
namespace {

// The shape of a typical running shoe around the foot. Every value is an assumption [A], read off
// catalogue shoes and fitting advice, not measured for this model.
constexpr float kFitMarginM = 0.005f;       // [A] the midsole reaches 5 mm beyond the foot's outline all round
constexpr float kToeRoomM = 0.010f;         // [A] a thumb's width (about 1 cm) past the longest toe: fitting advice
constexpr float kWaist = 0.10f;             // [A] the outline narrows by 10 % under the arch
constexpr float kToePower = 2.4f;           // [A] superellipse power of the toe's outline: rounded, not pointed
constexpr float kBendBlendM = 0.02f;        // [A] the forefoot's flex spreads over 2 cm ahead of the ball
constexpr float kToeSpringM = 0.015f;       // [A] toe spring: the sole's tip 15 mm up (trainers: about 1-2 cm)
constexpr float kToeSpringTopShare = 0.6f;  // [A] its top rises 60 % as much: the sole thins toward the tip ...
constexpr float kThinnestShare = 0.5f;      // ... keeping at least half its thickness
constexpr float kOutsoleM = 0.003f;         // [A] a 3 mm rubber outsole ...
constexpr float kOutsoleMostShare = 0.3f;   // ... at most 30 % of a thin sole
constexpr float kBevelM = 0.0015f;          // [A] the foam's edges rounded off by 1.5 mm
constexpr float kPlateM = 0.002f;           // [A] drawn 2 mm thick (real plates: about 1 mm) so that it shows ...
constexpr float kPlateProudM = 0.0008f;     // ... its edge 0.8 mm proud of the foam: a dark line along the side
constexpr float kPlateHeelHeight = 0.55f;   // [A] at 55 % of the foam's height under the heel, dipping ...
constexpr float kPlateBallHeight = 0.3f;    // ... to 30 % under the ball (a spoon-shaped plate)
// [A] an illustration, not a measurement: the softest foam (cushioning 1) gives a quarter of the
// sole's thickness at 2.5 body weights, the force of a running stance, in proportion to the force
// and the cushioning, up to 1.2 times that force.
constexpr float kSquashAtSoftest = 0.25f;
constexpr double kSquashLoadBw = 2.5;
constexpr double kMostSquashLoad = 1.2;
constexpr float kCounterBackM = 0.055f;     // [A] the heel counter 55 mm high at the back ...
constexpr float kCounterFrontM = 0.035f;    // ... 35 mm at its front ends, below the malleoli ...
constexpr float kCounterReach = 0.32f;      // ... reaching 32 % of the foot's length forward ...
constexpr float kCounterCup = 0.12f;        // ... its top 12 % in from its base: it cups the heel
constexpr float kCollarRadiusM = 0.005f;    // [A] a padded collar 1 cm thick
constexpr float kToeCapSideStart = 0.72f;   // [A] the toe cap's edge meets the sole at 72 % of the foot's length ...
constexpr float kToeCapTopStart = 0.86f;    // ... and crosses the top at 86 % ...
constexpr float kToeCapHeightM = 0.028f;    // ... the cap 28 mm high at its back ...
constexpr float kToeCapTipShare = 0.4f;     // ... and 40 % of that at the tip
constexpr float kTrimRadiusM = 0.0015f;     // [A] its edge a 3 mm welt
constexpr float kBodyStepM = 0.01f;         // stations every 1 cm between heel and ball
constexpr int kRoundStations = 8;           // stations round the heel and round the toe
constexpr int kTubeSides = 8;
constexpr int kArchPoints = 9;              // points across the toe cap

float smoothstep(float edge0, float edge1, float x) {
  const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// The sole's outline and profile along the foot, u measured forward from the heel point (m).
struct SoleShape {
  float foot_length = 0.0f; // the foot inside, heel point to toe tips
  float back = 0.0f;        // the heel's back edge (negative: behind the heel point)
  float heel_end = 0.0f;    // where the heel's round ends
  float ball = 0.0f;        // under the metatarsal heads
  float tip = 0.0f;         // the toe's tip
  float heel_half = 0.0f;   // half-widths and middles (medial, m)
  float fore_half = 0.0f;
  float heel_middle = 0.0f;
  float fore_middle = 0.0f;
  float heel_thickness = 0.0f;  // as built
  float ball_thickness = 0.0f;
  float kept = 1.0f;            // share of the sole's thickness left under the load now

  float half_width(float u) const {
    if (u <= heel_end) {  // a half circle
      const float d = (heel_end - u) / heel_half;
      return heel_half * std::sqrt(std::max(0.0f, 1.0f - d * d));
    }
    if (u <= ball) {
      const float s = smoothstep(heel_end, ball, u);
      return (heel_half + (fore_half - heel_half) * s) * (1.0f - kWaist * std::sin(glm::pi<float>() * s));
    }
    const float x = std::min(1.0f, (u - ball) / (tip - ball));
    return fore_half * std::pow(std::max(0.0f, 1.0f - std::pow(x, kToePower)), 1.0f / kToePower);
  }
  float middle(float u) const { return heel_middle + (fore_middle - heel_middle) * smoothstep(heel_end, ball, u); }
  float spring(float u) const {
    if (u <= ball) return 0.0f;
    const float x = (u - ball) / (tip - ball);
    return kToeSpringM * x * x;
  }
  float thickness(float u) const {  // as built
    return heel_thickness + (ball_thickness - heel_thickness) * std::clamp(u / ball, 0.0f, 1.0f);
  }
};

// Heights through the sole at a station, along the sole's up (m, 0 at the line heel-ball).
struct SoleHeights {
  float bottom;
  float outsole_top;
  float top;
};

SoleHeights heights_at(const SoleShape& shape, float u) {
  const float built = shape.thickness(u);
  const float now = built * shape.kept;  // the foam gives (the rubber under it does not, but it is thin)
  const float bottom = -now + shape.spring(u);
  const float top = std::max(shape.spring(u) * kToeSpringTopShare, bottom + kThinnestShare * now);
  return {bottom, bottom + std::min(kOutsoleM, kOutsoleMostShare * built), top};
}

// The foot's frame: forward along heel to ball, medial across, up out of the sole.
struct SoleFrame {
  Vec3 origin;
  Vec3 along;
  Vec3 side;
  Vec3 up;
  // Ahead of the ball the shoe bends with the toes (`bend`, + toes up) about the line where its
  // bottom meets the ground under the ball (u = ball, height = pivot), growing over kBendBlendM so
  // the crease is smooth.
  float ball = 0.0f;
  float pivot = 0.0f;
  float bend = 0.0f;
  Vec3 at(float u, float lateral, float height) const {
    if (bend != 0.0f && u > ball) {
      const float turn = bend * smoothstep(ball, ball + kBendBlendM, u);
      const float ahead = u - ball, above = height - pivot;
      u = ball + ahead * std::cos(turn) - above * std::sin(turn);
      height = pivot + ahead * std::sin(turn) + above * std::cos(turn);
    }
    return origin + along * u + side * lateral + up * height;
  }
};

// Sweeps a cross-section along a path: sections[i] holds section i's points. Each edge between
// neighbouring points (and, when `closed`, from the last back to the first) becomes a strip whose
// normals are smooth along the sweep and sharp across edges, so flat faces stay flat.
void add_sweep(core::TriangleMesh& m, const std::vector<std::vector<Vec3>>& sections, bool closed) {
  const std::size_t n = sections.size();
  const std::size_t k = sections.front().size();
  const std::size_t edges = closed ? k : k - 1;
  for (std::size_t e = 0; e < edges; ++e) {
    const std::size_t f = (e + 1) % k;
    auto mid = [&](std::size_t i) { return 0.5f * (sections[i][e] + sections[i][f]); };
    auto raw_normal = [&](std::size_t i) {
      const Vec3 sweep = mid(std::min(i + 1, n - 1)) - mid(i == 0 ? 0 : i - 1);
      return glm::cross(sections[i][f] - sections[i][e], sweep);
    };
    const auto base = static_cast<std::uint32_t>(m.positions.size());
    for (std::size_t i = 0; i < n; ++i) {
      Vec3 normal = raw_normal(i);
      if (glm::length(normal) < 1e-12f) normal = raw_normal(i == 0 ? 1 : i - 1);  // a section shrunk to a point
      normal = glm::length(normal) < 1e-12f ? Vec3(0.0f, 1.0f, 0.0f) : glm::normalize(normal);
      for (const Vec3& p : {sections[i][e], sections[i][f]}) {
        m.positions.push_back(p);
        m.normals.push_back(normal);
      }
    }
    for (std::uint32_t i = 0; i + 1 < n; ++i) {
      const std::uint32_t a = base + 2 * i, b = a + 1, c = a + 3, d = a + 2;
      m.indices.insert(m.indices.end(), {a, b, c, a, c, d});
    }
  }
}

// A round tube through `path` (a padded edge).
void add_tube(core::TriangleMesh& m, const std::vector<Vec3>& path, const Vec3& up, float radius) {
  std::vector<std::vector<Vec3>> rings;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const Vec3 tangent = glm::normalize(path[std::min(i + 1, path.size() - 1)] - path[i == 0 ? 0 : i - 1]);
    Vec3 across = glm::cross(tangent, up);
    across = glm::length(across) < 1e-6f ? glm::cross(tangent, Vec3(1.0f, 0.0f, 0.0f)) : across;
    const Vec3 u = glm::normalize(across);
    const Vec3 v = glm::cross(u, tangent);
    std::vector<Vec3> ring;
    for (int j = 0; j < kTubeSides; ++j) {
      const float a = glm::two_pi<float>() * static_cast<float>(j) / kTubeSides;
      ring.push_back(path[i] + (u * std::cos(a) + v * std::sin(a)) * radius);
    }
    rings.push_back(std::move(ring));
  }
  add_sweep(m, rings, true);
}

// Stations along the sole: round the heel, every centimetre to the ball (the heel point and the
// ball among them, where the stack and the stack less the drop are measured), round the toe.
std::vector<float> stations(const SoleShape& shape) {
  std::vector<float> us;
  auto quarter = [](int k) { return glm::half_pi<float>() * static_cast<float>(k) / kRoundStations; };
  for (int k = 0; k < kRoundStations; ++k) us.push_back(shape.heel_end - shape.heel_half * std::cos(quarter(k)));
  const int body = std::max(1, static_cast<int>(std::ceil((shape.ball - shape.heel_end) / kBodyStepM)));
  for (int k = 0; k <= body; ++k)
    us.push_back(shape.heel_end + (shape.ball - shape.heel_end) * static_cast<float>(k) / static_cast<float>(body));
  for (int k = 1; k <= kRoundStations; ++k) us.push_back(shape.ball + (shape.tip - shape.ball) * std::sin(quarter(k)));
  us.push_back(0.0f);
  std::sort(us.begin(), us.end());
  us.erase(std::unique(us.begin(), us.end(), [](float a, float b) { return b - a < 1e-5f; }), us.end());
  return us;
}

SoleShape sole_shape(const RunPose& pose) {
  SoleShape s;
  const FootOutline& foot = pose.foot;
  s.heel_half = 0.5f * foot.heel_width_m + kFitMarginM;
  s.fore_half = 0.5f * foot.forefoot_width_m + kFitMarginM;
  s.heel_middle = foot.heel_middle_m;
  s.fore_middle = foot.forefoot_middle_m;
  s.foot_length = foot.length_m;
  s.back = -kFitMarginM;
  s.heel_end = s.back + s.heel_half;
  s.ball = std::max(pose.heel_to_ball_m, s.heel_end + kBodyStepM);
  s.tip = std::max(foot.length_m + kToeRoomM, s.ball + kBodyStepM);
  s.heel_thickness = pose.shoe_heel_m;
  s.ball_thickness = pose.shoe_forefoot_m;
  s.kept = 1.0f - pose.sole_squash;
  return s;
}

SoleFrame sole_frame(const RunPose& pose) {
  SoleFrame f;
  f.origin = pose.heel;
  f.along = pose.sole_forward;
  f.side = glm::normalize(glm::cross(Vec3(0.0f, 1.0f, 0.0f), f.along));
  f.up = glm::cross(f.along, f.side);
  return f;
}

// The heel counter (a wall cupping the heel from one side round the back to the other) into
// `upper`, and the collar on its top edge into `trim`.
void add_heel_counter(const SoleShape& shape, const SoleFrame& frame, const std::vector<float>& us,
                      core::TriangleMesh& upper, core::TriangleMesh& trim) {
  const float reach = kCounterReach * shape.foot_length;
  std::vector<std::pair<float, float>> path;  // (u, side): lateral (-1) forward end, round the back, medial (+1)
  for (auto it = us.rbegin(); it != us.rend(); ++it)
    if (*it <= reach) path.emplace_back(*it, -1.0f);
  for (const float u : us)
    if (u > shape.back && u <= reach) path.emplace_back(u, 1.0f);
  constexpr int kRows = 3;
  std::vector<std::vector<Vec3>> sections;
  std::vector<Vec3> collar;
  for (const auto& [u, sign] : path) {
    const float back_share = 1.0f - smoothstep(shape.back, reach, u);
    const float height = kCounterFrontM + (kCounterBackM - kCounterFrontM) * back_share;
    const float base = heights_at(shape, u).top;
    const float lateral = sign * std::max(0.0f, shape.half_width(u) - kBevelM);
    std::vector<Vec3> section;
    for (int r = 0; r <= kRows; ++r) {
      const float f = static_cast<float>(r) / kRows;
      const float in = 1.0f - kCounterCup * f * f;  // toward the heel's centre, round the back too
      const float cu = u < shape.heel_end ? shape.heel_end + (u - shape.heel_end) * in : u;
      section.push_back(frame.at(cu, shape.middle(u) + lateral * in, base + height * f));
    }
    collar.push_back(section.back());
    sections.push_back(std::move(section));
  }
  add_sweep(upper, sections, false);
  add_tube(trim, collar, frame.up, kCollarRadiusM);
}

// The toe cap (an arch over the toes from its edge to the tip) into `upper`, its edge into `trim`.
// The edge slants, as a toe cap's overlay does: low on the sides by the ball, further forward on top.
void add_toe_cap(const SoleShape& shape, const SoleFrame& frame, core::TriangleMesh& upper, core::TriangleMesh& trim) {
  const float side_start = kToeCapSideStart * shape.foot_length;
  std::vector<std::vector<Vec3>> sections;
  for (int k = 0; k <= kRoundStations; ++k) {
    const float s = std::sin(glm::half_pi<float>() * static_cast<float>(k) / kRoundStations);  // edge 0 .. tip 1
    std::vector<Vec3> arch;
    for (int j = 0; j < kArchPoints; ++j) {
      const float a = glm::pi<float>() * static_cast<float>(j) / (kArchPoints - 1);
      const float start = (kToeCapSideStart + (kToeCapTopStart - kToeCapSideStart) * std::sin(a)) * shape.foot_length;
      const float u = start + (shape.tip - start) * s;
      const float x = (u - side_start) / (shape.tip - side_start);
      const float height = kToeCapHeightM * (1.0f - (1.0f - kToeCapTipShare) * x * x);
      const float half = std::max(0.0f, shape.half_width(u) - kBevelM);
      const float base = heights_at(shape, u).top;
      arch.push_back(frame.at(u, shape.middle(u) + half * std::cos(a), base + height * std::sin(a)));
    }
    sections.push_back(std::move(arch));
  }
  add_tube(trim, sections.front(), frame.along, kTrimRadiusM);
  add_sweep(upper, sections, false);
}

}  // namespace

float sole_squash(const biomech::Shoe& shoe, double vertical_grf_bw) {
  if (shoe.stack_m <= 0.0) return 0.0f;
  const double load = std::clamp(vertical_grf_bw / kSquashLoadBw, 0.0, kMostSquashLoad);
  return static_cast<float>(kSquashAtSoftest * shoe.cushioning * load);
}

ShoeMeshes make_shoe_meshes(const RunPose& pose, bool plated) {
  ShoeMeshes shoe;
  if (pose.shoe_heel_m <= 0.0f && pose.shoe_forefoot_m <= 0.0f) return shoe;
  const SoleShape shape = sole_shape(pose);
  SoleFrame frame = sole_frame(pose);
  frame.ball = shape.ball;
  frame.pivot = heights_at(shape, shape.ball).bottom;
  frame.bend = pose.toe_bend_rad;
  const std::vector<float> us = stations(shape);
  std::vector<std::vector<Vec3>> midsole, outsole, plate;
  for (const float u : us) {
    const SoleHeights h = heights_at(shape, u);
    const float w = shape.half_width(u);
    const float in = std::max(0.0f, w - kBevelM);
    const float c = shape.middle(u);
    const float bulge = 0.5f * (h.outsole_top + h.top);
    midsole.push_back({frame.at(u, c - in, h.outsole_top), frame.at(u, c + in, h.outsole_top),
                       frame.at(u, c + w, bulge), frame.at(u, c + in, h.top), frame.at(u, c - in, h.top),
                       frame.at(u, c - w, bulge)});
    outsole.push_back({frame.at(u, c - in, h.bottom), frame.at(u, c + in, h.bottom),
                       frame.at(u, c + in, h.outsole_top), frame.at(u, c - in, h.outsole_top)});
    if (plated) {
      const float along = std::clamp(u / shape.ball, 0.0f, 1.0f);
      const float share = kPlateHeelHeight + (kPlateBallHeight - kPlateHeelHeight) * along;
      const float centre = h.outsole_top + (h.top - h.outsole_top) * share;
      const float half = w > 0.0f ? w + kPlateProudM : 0.0f;
      const float lo = centre - 0.5f * kPlateM, hi = centre + 0.5f * kPlateM;
      plate.push_back(
          {frame.at(u, c - half, lo), frame.at(u, c + half, lo), frame.at(u, c + half, hi), frame.at(u, c - half, hi)});
    }
  }
  add_sweep(shoe.midsole, midsole, true);
  add_sweep(shoe.outsole, outsole, true);
  if (plated) add_sweep(shoe.plate, plate, true);
  add_heel_counter(shape, frame, us, shoe.upper, shoe.trim);
  add_toe_cap(shape, frame, shoe.upper, shoe.trim);
  return shoe;
}

}  // namespace soleus::scene
