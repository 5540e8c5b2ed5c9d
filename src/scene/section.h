#pragma once
/// A cross-section: one plane through the leg, along an anatomical axis or free, that cuts away
/// one side so a student sees what lies where (the soleus under the gastrocnemius, the deep
/// flexors, tibia and fibula). Plain data kept with the layers (Layers::section), so one undo
/// step changes it; the draw list carries its plane for the renderer (clipping and capped cut
/// faces) and picking; the frame labels what it cuts.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/math.h"
#include "core/mesh.h"

namespace soleus::scene {

enum class SectionAxis { Off, Axial, Sagittal, Coronal, Free };

/// The plane, in the model's frame (m; +Y up, +Z anterior, +X medial for the right leg;
/// docs/architecture.md), which is the world frame of a leg standing or running on its own.
/// Which side is cut away: the side the view that looks at the cut stands on.
///   axial:    y = offset_m (height above the ground); what lies above is cut away (seen from above)
///   sagittal: x = offset_m (+ medial); the lateral side, x < offset_m, is cut away (the lateral view)
///   coronal:  z = offset_m (+ anterior); the posterior side, z < offset_m, is cut away (the posterior view)
///   free:     dot(axis, p) = offset_m, axis from yaw and pitch; the side the axis points to is cut away
/// (free at yaw 0, pitch 90 is axial).
struct Section {
  SectionAxis axis = SectionAxis::Off;
  float offset_m = 0.0f;   ///< position of the plane along the axis (m), sign as above
  float yaw_deg = 0.0f;    ///< free: the axis turned about +Y from +Z (anterior) towards +X (medial), -180..180
  float pitch_deg = 0.0f;  ///< free: the axis raised from the horizontal towards +Y (up), -90..90

  bool on() const { return axis != SectionAxis::Off; }
  bool operator==(const Section& o) const {
    return axis == o.axis && offset_m == o.offset_m && yaw_deg == o.yaw_deg && pitch_deg == o.pitch_deg;
  }
  bool operator!=(const Section& o) const { return !(*this == o); }
};

/// Every axis, in the order the Layers tab lists them.
inline constexpr SectionAxis kSectionAxes[] = {SectionAxis::Off, SectionAxis::Axial, SectionAxis::Sagittal,
                                               SectionAxis::Coronal, SectionAxis::Free};
/// "off", "axial", "sagittal", "coronal", "free" (the command line's words and string keys' ends).
const char* to_string(SectionAxis axis);
std::optional<SectionAxis> parse_section_axis(std::string_view id);

/// The one range table behind the command line, the slider and clamping.
/// |offset| at most this (m): no plane further from the model's origin can cut a lower leg
/// (assumption: the default leg stands within 0.6 m of its origin; a loaded model is checked
/// against its own bounds, section_range).
inline constexpr float kSectionMaxOffsetM = 2.0f;
inline constexpr float kSectionMaxYawDeg = 180.0f;
inline constexpr float kSectionMaxPitchDeg = 90.0f;

/// Unit direction along which offset_m is measured ((0,0,0) when off).
Vec3 section_axis_direction(const Section& section);
/// The plane as (n, w): a world point p is kept where dot(n, p) + w >= 0 (n unit, towards the kept
/// side; the renderer's gl_ClipDistance). Off: (0, 0, 0, 1), which keeps everything.
Vec4 section_plane(const Section& section);
/// What the camera frames while a section cuts a still leg (m): the centre of each structure's cut
/// outline, kCutFramingMarginM around it in the plane and kCutFramingDepthM behind it, so the cut
/// face fills the view (assumptions: about the half-width of the widest calf muscle, and about a
/// hand's breadth of the leg under the cut for context).
inline constexpr float kCutFramingMarginM = 0.03f;
inline constexpr float kCutFramingDepthM = 0.12f;

/// Signed distance of p from the plane (m), positive on the kept side.
inline float kept_distance(const Vec4& plane, const Vec3& p) { return glm::dot(Vec3(plane), p) + plane.w; }

/// Offsets (m) at which the plane meets a box (the model's bounds): the slider's range.
struct SectionRange {
  float min_m = 0.0f;
  float max_m = 0.0f;
};
SectionRange section_range(const Section& section, const core::Aabb& bounds);
/// The section with its angles and offset brought into their ranges (offset into `range`).
Section clamped(Section section, const SectionRange& range);

/// "axial:0.30", "free:0.30,45,10" (the command line's form); "off".
std::string to_string(const Section& section);
/// Parses the command line's form, AXIS:METRES (axial, sagittal, coronal) or
/// free:METRES,YAW,PITCH (degrees). On failure: nullopt and `error` says why (without the flag).
std::optional<Section> parse_section(std::string_view text, std::string& error);

/// The centre of the outline a plane cuts from a triangle mesh (the length-weighted mean of the
/// cut segments), positions moved by `transform` first; nullopt when the plane misses it.
std::optional<Vec3> cut_centroid(const std::vector<Vec3>& positions, const std::vector<std::uint32_t>& indices,
                                 const Mat4& transform, const Vec4& plane);

}  // namespace soleus::scene
