#pragma once
/// Pure geometry of the teaching views: the foam-rolling spot patches cut from a muscle's (u, v)
/// parametrisation, the roller and the step (the exercises' motion is biomech/exercises.h).
/// No GL, no document.
#include <vector>

#include "core/mesh.h"

namespace soleus::scene {

/// Height of the step the heel drop is done on (m): a low step, enough for the heel to drop below
/// its top (assumption; a stair riser is typically 15-18 cm).
inline constexpr float kStepHeightM = 0.12f;

/// Colours of the foam-rolling map (linear RGB): where to roll, the spot being explained, and
/// where not to roll.
inline const Vec3 kSpotColour{0.10f, 0.55f, 0.18f};
inline const Vec3 kSelectedSpotColour{0.55f, 0.95f, 0.20f};
inline const Vec3 kAvoidColour{0.95f, 0.22f, 0.05f};

/// Triangles of `mesh` whose three vertices lie within `radius` of (u, v) in texture space (u wraps
/// around), copied and lifted `lift_m` along their normals so the patch sits on the surface.
/// Empty when the mesh has no uvs or nothing falls inside.
core::TriangleMesh make_spot_patch(const core::TriangleMesh& mesh, double u, double v, double radius, float lift_m);

/// Triangles of `part` whose three vertices lie within `max_distance` (m) of a vertex of `surface`
/// (e.g. the bone just under the skin: the shin's inner edge, the fibula's head, the ankle bones),
/// copied and lifted `lift_m` along their normals. Both meshes in the same frame.
core::TriangleMesh make_near_surface_patch(const core::TriangleMesh& part, const core::TriangleMesh& surface,
                                           float max_distance, float lift_m);

/// The texture v of `mesh` at `v_from_top` of the way from its upper end (0) to its lower end (1).
/// The model contract puts the origin at v = 0, which for the calf muscles is the upper end;
/// a model whose v runs the other way (a flipped texture convention) is read the same way.
/// Unchanged for a mesh without uvs.
double texture_v_from_top(const core::TriangleMesh& mesh, double v_from_top);

/// Vertex of `mesh` nearest to (u, v) in texture space (u wraps), or -1 without uvs.
int nearest_uv_vertex(const core::TriangleMesh& mesh, double u, double v);

/// A closed cylinder (foam roller) centred on the origin along +X: `radius`, `length` (m),
/// `segments` around.
core::TriangleMesh make_roller(float radius, float length, int segments = 32);

/// A closed axis-aligned box from `min` to `max` (m), flat-shaded (the step of the heel drop).
core::TriangleMesh make_box(const Vec3& min, const Vec3& max);

}  // namespace soleus::scene
