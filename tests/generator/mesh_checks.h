#pragma once
/// Geometric checks on generated meshes, shared by the generator tests.
#include <optional>
#include <string>
#include <vector>

#include "core/mesh.h"

namespace soleus::generator::testing {

/// Triangle indices re-pointed at unique positions (exact equality), as a loader welding seams
/// and poles would see them.
std::vector<std::uint32_t> welded_indices(const core::TriangleMesh& mesh);

/// Empty when every edge of the welded mesh is shared by exactly two triangles that traverse it
/// in opposite directions (closed, 2-manifold, consistently wound); otherwise a description.
std::string manifold_defect(const core::TriangleMesh& mesh);

/// Signed volume (m^3): positive for a closed mesh wound counter-clockwise seen from outside.
double signed_volume(const core::TriangleMesh& mesh);

/// Distance along a unit ray to its first hit on the mesh, if any (Moller-Trumbore).
std::optional<float> first_hit(const core::TriangleMesh& mesh, const Vec3& origin, const Vec3& direction);

/// Splits a mesh into its connected components (after welding), each a triangle-list mesh.
std::vector<core::TriangleMesh> connected_components(const core::TriangleMesh& mesh);

/// True when `point` is inside the closed mesh (parity of crossings along a fixed oblique ray).
bool contains(const core::TriangleMesh& closed_mesh, const Vec3& point);

}  // namespace soleus::generator::testing
