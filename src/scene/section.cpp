#include "scene/section.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace soleus::scene {
namespace {

struct AxisId {
  SectionAxis axis;
  const char* id;
};
constexpr AxisId kAxisIds[] = {{SectionAxis::Off, "off"},
                               {SectionAxis::Axial, "axial"},
                               {SectionAxis::Sagittal, "sagittal"},
                               {SectionAxis::Coronal, "coronal"},
                               {SectionAxis::Free, "free"}};

constexpr float kDegrees = 3.14159265358979f / 180.0f;

// A whole string as a finite number, or nullopt.
std::optional<float> parse_number(std::string_view text) {
  const std::string s(text);
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(value)) return std::nullopt;
  return static_cast<float>(value);
}

std::string number_text(float value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.*f", decimals, static_cast<double>(value));
  return buffer;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

}  // namespace

const char* to_string(SectionAxis axis) {
  for (const AxisId& row : kAxisIds)
    if (row.axis == axis) return row.id;
  return "off";
}

std::optional<SectionAxis> parse_section_axis(std::string_view id) {
  for (const AxisId& row : kAxisIds)
    if (id == row.id) return row.axis;
  return std::nullopt;
}

Vec3 section_axis_direction(const Section& section) {
  switch (section.axis) {
    case SectionAxis::Off: break;
    case SectionAxis::Axial: return Vec3(0.0f, 1.0f, 0.0f);
    case SectionAxis::Sagittal: return Vec3(1.0f, 0.0f, 0.0f);
    case SectionAxis::Coronal: return Vec3(0.0f, 0.0f, 1.0f);
    case SectionAxis::Free: {
      const float yaw = section.yaw_deg * kDegrees;
      const float pitch = section.pitch_deg * kDegrees;
      return Vec3(std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch));
    }
  }
  return Vec3(0.0f);
}

Vec4 section_plane(const Section& section) {
  if (!section.on()) return Vec4(0.0f, 0.0f, 0.0f, 1.0f);
  const Vec3 axis = section_axis_direction(section);
  // Axial and free cut away the side the axis points to; sagittal and coronal the other side
  // (lateral, posterior), which the lateral and posterior views look at.
  const bool keep_along_axis = section.axis == SectionAxis::Sagittal || section.axis == SectionAxis::Coronal;
  return keep_along_axis ? Vec4(axis, -section.offset_m) : Vec4(-axis, section.offset_m);
}

SectionRange section_range(const Section& section, const core::Aabb& bounds) {
  if (!section.on() || bounds.empty()) return {};
  const Vec3 axis = section_axis_direction(section);
  SectionRange range{1e30f, -1e30f};
  for (int corner = 0; corner < 8; ++corner) {
    const Vec3 c((corner & 1) ? bounds.max.x : bounds.min.x, (corner & 2) ? bounds.max.y : bounds.min.y,
                 (corner & 4) ? bounds.max.z : bounds.min.z);
    const float along = glm::dot(axis, c);
    range.min_m = std::min(range.min_m, along);
    range.max_m = std::max(range.max_m, along);
  }
  range.min_m = std::max(range.min_m, -kSectionMaxOffsetM);
  range.max_m = std::min(range.max_m, kSectionMaxOffsetM);
  return range;
}

Section clamped(Section section, const SectionRange& range) {
  if (!section.on()) return Section{};
  auto finite_or_zero = [](float v) { return std::isfinite(v) ? v : 0.0f; };
  section.yaw_deg = std::clamp(finite_or_zero(section.yaw_deg), -kSectionMaxYawDeg, kSectionMaxYawDeg);
  section.pitch_deg = std::clamp(finite_or_zero(section.pitch_deg), -kSectionMaxPitchDeg, kSectionMaxPitchDeg);
  if (section.axis != SectionAxis::Free) section.yaw_deg = section.pitch_deg = 0.0f;
  const float low = std::min(range.min_m, range.max_m);
  section.offset_m = std::clamp(finite_or_zero(section.offset_m), low, std::max(range.min_m, range.max_m));
  return section;
}

std::string to_string(const Section& section) {
  std::string text = to_string(section.axis);
  if (!section.on()) return text;
  text += ":" + number_text(section.offset_m, 2);
  if (section.axis == SectionAxis::Free)
    text += "," + number_text(section.yaw_deg, 0) + "," + number_text(section.pitch_deg, 0);
  return text;
}

std::optional<Section> parse_section(std::string_view text, std::string& error) {
  const std::string given = "'" + std::string(text) + "'";
  if (text == "off") return Section{};
  const std::size_t colon = text.find(':');
  const std::optional<SectionAxis> axis = parse_section_axis(text.substr(0, colon));
  if (!axis || *axis == SectionAxis::Off) {
    error = "the axis must be axial, sagittal, coronal or free (got " + given + ")";
    return std::nullopt;
  }
  if (colon == std::string_view::npos) {
    error = "needs the plane's position in metres after the axis, e.g. " + std::string(to_string(*axis)) +
            (*axis == SectionAxis::Free ? ":0.30,0,45" : ":0.30") + " (got " + given + ")";
    return std::nullopt;
  }
  const std::vector<std::string_view> values = split(text.substr(colon + 1), ',');
  const std::size_t wanted = *axis == SectionAxis::Free ? 3 : 1;
  if (values.size() != wanted) {
    error = *axis == SectionAxis::Free ? "free takes METRES,YAW,PITCH (degrees), e.g. free:0.30,0,45 (got " + given + ")"
                                       : "takes one number of metres after the axis, e.g. axial:0.30 (got " + given + ")";
    return std::nullopt;
  }
  std::optional<float> numbers[3];
  for (std::size_t i = 0; i < values.size(); ++i) {
    numbers[i] = parse_number(values[i]);
    if (!numbers[i]) {
      error = "'" + std::string(values[i]) + "' is not a number (got " + given + ")";
      return std::nullopt;
    }
  }
  Section section;
  section.axis = *axis;
  section.offset_m = *numbers[0];
  if (std::fabs(section.offset_m) > kSectionMaxOffsetM) {
    error = "the position must be from -" + number_text(kSectionMaxOffsetM, 0) + " to " +
            number_text(kSectionMaxOffsetM, 0) + " m (got " + given + ")";
    return std::nullopt;
  }
  if (*axis == SectionAxis::Free) {
    section.yaw_deg = *numbers[1];
    section.pitch_deg = *numbers[2];
    if (std::fabs(section.yaw_deg) > kSectionMaxYawDeg || std::fabs(section.pitch_deg) > kSectionMaxPitchDeg) {
      error = "the yaw must be from -180 to 180 degrees and the pitch from -90 to 90 (got " + given + ")";
      return std::nullopt;
    }
  }
  return section;
}

std::optional<Vec3> cut_centroid(const std::vector<Vec3>& positions, const std::vector<std::uint32_t>& indices,
                                 const Mat4& transform, const Vec4& plane) {
  Vec3 weighted(0.0f);
  float total = 0.0f;
  for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
    Vec3 p[3];
    float d[3];
    for (int k = 0; k < 3; ++k) {
      p[k] = Vec3(transform * Vec4(positions[indices[t + static_cast<std::size_t>(k)]], 1.0f));
      d[k] = kept_distance(plane, p[k]);
    }
    // The two edges whose ends lie on either side meet the plane at the segment's ends.
    Vec3 ends[2];
    int found = 0;
    for (int k = 0; k < 3 && found < 2; ++k) {
      const int j = (k + 1) % 3;
      if ((d[k] >= 0.0f) == (d[j] >= 0.0f)) continue;
      ends[found++] = p[k] + (p[j] - p[k]) * (d[k] / (d[k] - d[j]));
    }
    if (found < 2) continue;
    const float length = glm::length(ends[1] - ends[0]);
    weighted += (ends[0] + ends[1]) * 0.5f * length;
    total += length;
  }
  if (total <= 0.0f) return std::nullopt;
  return weighted / total;
}

}  // namespace soleus::scene
