#pragma once
/// The landmark table of the default lower leg (assets/anatomy/landmarks.json) as plain data:
/// named landmarks, the rig's joints and every structure's lofted cross-section stations.
/// Model frame of docs/architecture.md: metres, +Y up, +Z anterior, +X medial (right leg).
#include <map>
#include <string>
#include <vector>

#include "core/math.h"

namespace soleus::generator {

/// Shape of one cross-section, relative to an ellipse of half-axes (half_width, half_depth).
/// Angles are measured in the section plane from the width axis towards the depth axis; for a
/// structure running down the leg that is 0 deg medial, 90 anterior, 180 lateral, 270 posterior.
struct SectionShape {
  float squareness = 2.0f;  // superellipse exponent: 2 ellipse, larger is boxier
  float triangle = 0.0f;    // 3-lobed modulation (triangular tibial shaft), fraction of radius
  float triangle_phase_rad = 0.0f;  // direction of one triangle corner
  float egg = 0.0f;         // one side fuller than the other, fraction of radius
  float egg_phase_rad = 0.0f;       // direction of the fuller side
  float dent = 0.0f;        // local concavity (kidney shape, intercondylar notch), fraction
  float dent_phase_rad = 0.0f;      // direction of the concavity
  float dent_width = 4.0f;  // sharpness of the concavity: larger is narrower
};

/// One station of a loft: where the section centre is and how the section looks there.
struct Station {
  Vec3 centre{0.0f};         // section centre (m, model frame)
  float half_width = 0.01f;  // half-axis along the section's width axis (m)
  float half_depth = 0.01f;  // half-axis along the section's depth axis (m)
  float twist_rad = 0.0f;    // rotation of the section about the path tangent (rad)
  SectionShape shape;
};

/// Shrink-wrapping of an envelope part (the skin) around the structures listed before it: each
/// ring is inflated, never shrunk, so every vertex of those structures inside the box and near the
/// ring's plane lies at least `clearance` inside it. This gives the calf its real contour.
struct WrapSpec {
  float clearance = 0.004f;  // minimum depth of the wrapped vertices below the envelope (m)
  float band = 0.012f;       // thickness of the slab around each ring's plane that it wraps (m)
  Vec3 box_min{-1e3f};       // only vertices inside this box are wrapped (m)
  Vec3 box_max{1e3f};
  /// Vertices that would need the outline scaled by more than this belong to another envelope
  /// part (the forefoot seen from the leg's lowest rings) and are left to it.
  float max_inflation = 1.4f;
  /// Bump falloff of the wrap's smoothing: about 10 mm of bulge fades over 7 angular steps and
  /// 6 rings at full detail. In metres per step squared, so a coarser loft needs larger values.
  float around_falloff = 0.0002f;  // m per angular step^2
  float along_falloff = 0.0003f;   // m per ring^2
};

/// One closed loft of a structure.
struct PartSpec {
  std::vector<Station> stations;  // origin first
  bool wraps = false;             // true: inflate around earlier structures per `wrap`
  WrapSpec wrap;
  float cap_start = 1.0f;  // start cap length as a fraction of the end section's smaller half-axis
  float cap_end = 1.0f;    // same for the end cap
};

/// A structure lofted through its stations, origin first. One mesh and one glTF node each.
struct StructureSpec {
  std::string name;      // role id, e.g. "soleus"
  std::string material;  // material id in LegSpec::materials
  /// Joints it is skinned to, in chain order; one joint means rigid.
  std::vector<std::string> joints;
  /// Width axis of every section = this vector made perpendicular to the path tangent.
  Vec3 width_reference{1.0f, 0.0f, 0.0f};
  int around = 32;          // vertices around each ring
  int rings_per_span = 6;   // rings between consecutive stations
  int cap_rings = 6;        // rings in each rounded end cap
  std::vector<PartSpec> parts;  // each part is one closed loft (a toe has three phalanges)
  /// Texture coordinates of the whole structure rather than of each part (`"uv": "whole"`): u the
  /// angle around the structure's centre line, v the height from its top, so a spot at (u, v) is
  /// one place on a muscle made of overlapping parts (the soleus), not one place on each part.
  bool uv_whole = false;
};

/// A rig joint: where it sits, its axis (local +X) and the plane across which soft tissue
/// blends from the parent joint to this one.
struct JointSpec {
  std::string name;
  std::string parent;       // empty for the root
  Vec3 centre{0.0f};        // joint centre (m)
  Vec3 blend_centre{0.0f};  // a point on the blend plane (m); the joint centre unless given
  Vec3 axis{1.0f, 0.0f, 0.0f};  // unit joint axis, sign per docs/architecture.md
  Vec3 blend_normal{0.0f, -1.0f, 0.0f};  // unit normal pointing into the distal segment
  float blend_half_width = 0.02f;        // half-width of the blend band (m)
};

/// Base colour of a material (linear RGBA) and its glTF roughness.
struct MaterialSpec {
  Vec4 base_colour{1.0f};
  float roughness = 0.6f;
};

struct LegSpec {
  std::map<std::string, Vec3> landmarks;   // named points (m)
  std::vector<JointSpec> joints;           // chain order, root first
  std::map<std::string, MaterialSpec> materials;
  std::vector<StructureSpec> structures;   // output order
};

/// Reads and validates a landmark table. Throws std::runtime_error naming the path and the
/// offending entry on malformed input or unknown landmark, joint or material names.
LegSpec load_leg_spec(const std::string& path);

/// The same leg at a lower level of detail, `detail` in (0, 1]: every structure's around,
/// rings_per_span and cap_rings scaled and rounded (around to a multiple of 4, at least 8, so the
/// medial, anterior, lateral and posterior extremes keep a vertex; at least 2 rings per span and
/// cap rings), and the wrap falloffs rescaled so the skin keeps the same contour. Detail 1 returns
/// the table's own resolution. Throws std::invalid_argument outside (0, 1].
LegSpec with_detail(const LegSpec& spec, float detail);

}  // namespace soleus::generator
