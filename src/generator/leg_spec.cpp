#include "generator/leg_spec.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/units.h"

namespace soleus::generator {
namespace {

using nlohmann::json;

struct Reader {
  std::string path;

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(path + ": " + what);
  }

  const json& member(const json& object, const char* key, const std::string& where) const {
    if (!object.is_object() || !object.contains(key)) fail(where + ": missing \"" + key + "\"");
    return object.at(key);
  }

  float number(const json& value, const std::string& where) const {
    if (!value.is_number()) fail(where + ": expected a number");
    return value.get<float>();
  }

  Vec3 vec3(const json& value, const std::string& where) const {
    if (!value.is_array() || value.size() != 3) fail(where + ": expected [x, y, z]");
    return {number(value[0], where), number(value[1], where), number(value[2], where)};
  }

  static float mm(float millimetres) { return static_cast<float>(core::mm_to_m(millimetres)); }
  static float rad(float degrees) { return static_cast<float>(core::deg_to_rad(degrees)); }

  Vec3 point_mm(const json& value, const std::string& where) const {
    const Vec3 p = vec3(value, where);
    return {mm(p.x), mm(p.y), mm(p.z)};
  }

  // A station position is a landmark name or [x, y, z] in mm, plus an optional offset in mm.
  Vec3 position(const json& station, const LegSpec& spec, const std::string& where) const {
    const json& at = member(station, "at", where);
    Vec3 p{0.0f};
    if (at.is_string()) {
      const auto found = spec.landmarks.find(at.get<std::string>());
      if (found == spec.landmarks.end()) fail(where + ": unknown landmark " + at.dump());
      p = found->second;
    } else {
      p = point_mm(at, where);
    }
    if (station.contains("offset_mm")) p += point_mm(station.at("offset_mm"), where + " offset_mm");
    return p;
  }

  // Shape fields not given at a station carry over from the previous station of the part.
  void read_shape(const json& s, SectionShape& shape) const {
    auto take = [&](const char* key, float& field, bool degrees) {
      if (s.contains(key)) field = degrees ? rad(number(s.at(key), key)) : number(s.at(key), key);
    };
    take("squareness", shape.squareness, false);
    take("triangle", shape.triangle, false);
    take("triangle_at_deg", shape.triangle_phase_rad, true);
    take("egg", shape.egg, false);
    take("egg_at_deg", shape.egg_phase_rad, true);
    take("dent", shape.dent, false);
    take("dent_at_deg", shape.dent_phase_rad, true);
    take("dent_width", shape.dent_width, false);
  }

  std::vector<Station> stations(const json& list, const LegSpec& spec, const std::string& where) const {
    if (!list.is_array() || list.size() < 2) fail(where + ": a part needs at least two stations");
    std::vector<Station> result;
    SectionShape shape;
    float twist = 0.0f;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = where + " station " + std::to_string(i);
      const json& s = list[i];
      Station station;
      station.centre = position(s, spec, at);
      station.half_width = 0.5f * mm(number(member(s, "width_mm", at), at));
      station.half_depth = 0.5f * mm(number(member(s, "depth_mm", at), at));
      if (station.half_width <= 0.0f || station.half_depth <= 0.0f) fail(at + ": sizes must be positive");
      if (s.contains("twist_deg")) twist = rad(number(s.at("twist_deg"), at));
      station.twist_rad = twist;
      read_shape(s, shape);
      station.shape = shape;
      result.push_back(station);
    }
    return result;
  }
};

}  // namespace

LegSpec load_leg_spec(const std::string& path) {
  const Reader r{path};
  std::ifstream file(path);
  if (!file) r.fail("cannot open");
  json doc;
  try {
    file >> doc;
  } catch (const json::exception& e) {
    r.fail(std::string("not valid JSON: ") + e.what());
  }

  LegSpec spec;
  for (const auto& [name, entry] : r.member(doc, "landmarks", "document").items()) {
    r.member(entry, "source", "landmark " + name);
    spec.landmarks[name] = r.point_mm(r.member(entry, "at_mm", "landmark " + name), "landmark " + name);
  }
  auto landmark = [&](const json& value, const std::string& where) {
    if (!value.is_string()) return r.point_mm(value, where);
    const auto found = spec.landmarks.find(value.get<std::string>());
    if (found == spec.landmarks.end()) r.fail(where + ": unknown landmark " + value.dump());
    return found->second;
  };

  for (const json& j : r.member(doc, "joints", "document")) {
    JointSpec joint;
    joint.name = r.member(j, "name", "joint").get<std::string>();
    const std::string where = "joint " + joint.name;
    if (j.contains("parent")) joint.parent = j.at("parent").get<std::string>();
    if (spec.joints.empty() != joint.parent.empty()) r.fail(where + ": only the first joint is the root");
    if (!spec.joints.empty() && spec.joints.back().name != joint.parent)
      r.fail(where + ": joints must be listed in chain order");
    joint.centre = landmark(r.member(j, "centre", where), where + " centre");
    joint.blend_centre = j.contains("blend_centre") ? landmark(j.at("blend_centre"), where + " blend_centre") : joint.centre;
    // The axis runs from one landmark to another so it follows the bones when they move.
    const Vec3 from = landmark(r.member(j, "axis_from", where), where + " axis_from");
    const Vec3 to = landmark(r.member(j, "axis_to", where), where + " axis_to");
    if (glm::length(to - from) < 1e-4f) r.fail(where + ": axis landmarks coincide");
    joint.axis = glm::normalize(to - from);
    joint.blend_normal = glm::normalize(r.vec3(r.member(j, "blend_normal", where), where));
    joint.blend_half_width = Reader::mm(r.number(r.member(j, "blend_half_width_mm", where), where));
    spec.joints.push_back(joint);
  }
  if (spec.joints.empty()) r.fail("no joints");

  for (const auto& [name, m] : r.member(doc, "materials", "document").items()) {
    const json& c = r.member(m, "base_colour", "material " + name);
    if (!c.is_array() || c.size() != 4) r.fail("material " + name + ": base_colour needs 4 numbers");
    MaterialSpec material;
    for (int i = 0; i < 4; ++i) material.base_colour[i] = r.number(c[static_cast<std::size_t>(i)], name);
    material.roughness = r.number(r.member(m, "roughness", "material " + name), name);
    spec.materials[name] = material;
  }

  for (const json& s : r.member(doc, "structures", "document")) {
    StructureSpec st;
    st.name = r.member(s, "name", "structure").get<std::string>();
    const std::string where = "structure " + st.name;
    st.material = r.member(s, "material", where).get<std::string>();
    if (!spec.materials.count(st.material)) r.fail(where + ": unknown material " + st.material);
    for (const json& jn : r.member(s, "joints", where)) {
      const std::string name = jn.get<std::string>();
      bool known = false;
      for (const JointSpec& joint : spec.joints) known = known || joint.name == name;
      if (!known) r.fail(where + ": unknown joint " + name);
      st.joints.push_back(name);
    }
    if (st.joints.empty()) r.fail(where + ": needs at least one joint");
    if (s.contains("width_reference")) st.width_reference = r.vec3(s.at("width_reference"), where);
    if (s.contains("uv")) {
      if (s.at("uv") != "whole") r.fail(where + ": uv must be \"whole\" (or left out: each part its own)");
      st.uv_whole = true;
    }
    auto integer = [&](const char* key, int& field) {
      if (s.contains(key)) field = s.at(key).get<int>();
    };
    integer("around", st.around);
    integer("rings_per_span", st.rings_per_span);
    integer("cap_rings", st.cap_rings);
    if (st.around < 8 || st.rings_per_span < 1 || st.cap_rings < 2) r.fail(where + ": resolution too low");
    // Caps given on the structure apply to every part unless the part overrides them.
    PartSpec defaults;
    if (s.contains("cap_start")) defaults.cap_start = r.number(s.at("cap_start"), where);
    if (s.contains("cap_end")) defaults.cap_end = r.number(s.at("cap_end"), where);
    auto read_part = [&](const json& entry, const std::string& at) {
      PartSpec part = defaults;
      if (entry.is_object()) {
        if (entry.contains("cap_start")) part.cap_start = r.number(entry.at("cap_start"), at);
        if (entry.contains("cap_end")) part.cap_end = r.number(entry.at("cap_end"), at);
        part.stations = r.stations(r.member(entry, "stations", at), spec, at);
        if (entry.contains("wrap")) {
          const json& w = entry.at("wrap");
          part.wraps = true;
          part.wrap.clearance = Reader::mm(r.number(r.member(w, "clearance_mm", at), at));
          part.wrap.band = Reader::mm(r.number(r.member(w, "band_mm", at), at));
          part.wrap.box_min = r.point_mm(r.member(w, "box_min_mm", at), at);
          part.wrap.box_max = r.point_mm(r.member(w, "box_max_mm", at), at);
          part.wrap.max_inflation = r.number(r.member(w, "max_inflation", at), at);
        }
      } else {
        part.stations = r.stations(entry, spec, at);
      }
      return part;
    };
    if (s.contains("parts")) {
      int index = 0;
      for (const json& part : s.at("parts")) st.parts.push_back(read_part(part, where + " part " + std::to_string(index++)));
    } else {
      st.parts.push_back(read_part(r.member(s, "stations", where), where));
    }
    spec.structures.push_back(st);
  }
  return spec;
}

LegSpec with_detail(const LegSpec& spec, float detail) {
  if (!(detail > 0.0f && detail <= 1.0f)) throw std::invalid_argument("detail must be in (0, 1], got " + std::to_string(detail));
  auto scaled = [detail](int count, int multiple, int minimum) {
    const long rounded = multiple * std::lround(static_cast<float>(count) * detail / static_cast<float>(multiple));
    return std::max(minimum, static_cast<int>(rounded));
  };
  LegSpec result = spec;
  for (StructureSpec& st : result.structures) {
    const int full_around = st.around;
    const int full_rings = st.rings_per_span;
    st.around = scaled(st.around, 4, 8);
    st.rings_per_span = scaled(st.rings_per_span, 1, 2);
    st.cap_rings = scaled(st.cap_rings, 1, 2);
    // Falloffs are per step squared: fewer, longer steps need a proportionally steeper falloff.
    const float around_ratio = static_cast<float>(full_around) / static_cast<float>(st.around);
    const float rings_ratio = static_cast<float>(full_rings) / static_cast<float>(st.rings_per_span);
    for (PartSpec& part : st.parts) {
      part.wrap.around_falloff *= around_ratio * around_ratio;
      part.wrap.along_falloff *= rings_ratio * rings_ratio;
    }
  }
  return result;
}

}  // namespace soleus::generator
