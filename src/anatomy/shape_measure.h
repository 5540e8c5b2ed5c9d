#pragma once
/// Measures a structure's shape against a reference mesh (docs/anatomy-model.md, "Measured against
/// BodyParts3D"): enclosed volume, and the distance between the two outer surfaces sampled evenly
/// and compared both ways. A structure may be several closed parts that overlap (the tibia and its
/// malleolus); both measures see their union, never the walls hidden inside it.
#include <cstddef>
#include <vector>

#include "core/mesh.h"

namespace soleus::anatomy {

/// Volume enclosed by a mesh of closed, outward-wound parts, overlaps counted once (m^3), found
/// by casting rays along +Y through a grid of `cell_m` columns and summing where the winding
/// number is positive.
double enclosed_volume_m3(const core::TriangleMesh& mesh, double cell_m = 0.0005);

/// The triangles of the union's outer surface: those not inside another part of the same mesh.
core::TriangleMesh outer_surface(const core::TriangleMesh& mesh);

struct SurfaceDistance {
  double mean_m = 0.0;  ///< mean distance from each surface's samples to the other surface (m)
  double p95_m = 0.0;   ///< 95th percentile of the same distances (m)
  std::size_t samples = 0;
};

/// Both ways: `samples_each` points spread evenly by area over each outer surface, each point's
/// distance to the nearest point of the other surface. Deterministic (a fixed sample sequence).
SurfaceDistance surface_distance(const core::TriangleMesh& a, const core::TriangleMesh& b,
                                 std::size_t samples_each = 20000);

}  // namespace soleus::anatomy
