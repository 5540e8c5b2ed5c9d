#pragma once
/// Lofting: a closed, smooth surface through a sequence of cross-section stations.
#include <vector>

#include "core/mesh.h"
#include "generator/leg_spec.h"

namespace soleus::generator {

/// Unit-less section outline point for angle theta (rad, from the width axis towards the depth
/// axis): the ellipse/superellipse of half-axes (1, 1) with the shape's radial modulations.
Vec2 section_outline(const SectionShape& shape, float theta);

/// Lofts one part: Catmull-Rom interpolation of station centres and section parameters,
/// structure.rings_per_span rings per span, rounded caps closing both ends in a pole. A part
/// that wraps is inflated around `surroundings` (vertices of the structures inside it, m).
/// The result is closed and 2-manifold once coincident pole and seam vertices are welded,
/// wound counter-clockwise seen from outside, with smooth outward normals. uv: u around the
/// section (0..1), v along the path from the first station (0) to the last (1).
core::TriangleMesh loft_part(const StructureSpec& structure, const PartSpec& part,
                             const std::vector<Vec3>& surroundings = {});

/// Appends `part` to `mesh`, offsetting its indices.
void append_mesh(core::TriangleMesh& mesh, const core::TriangleMesh& part);

/// Replaces a leg structure's per-part texture coordinates with the whole structure's: u the angle
/// around its centre line at each height (0 medial, 0.25 anterior, as the lofts run), v the height
/// from its top (0) to its bottom (1). Triangles across the medial seam get copies of their
/// vertices with u + 1, so u runs on without a jump inside any triangle.
void map_uv_around_whole(core::TriangleMesh& mesh);

}  // namespace soleus::generator
