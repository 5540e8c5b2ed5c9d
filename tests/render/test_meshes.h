#pragma once
/// Small procedural meshes for render tests and previews.
#include "core/mesh.h"

namespace soleus::render::test {

/// UV sphere: u around +Y (0..1), v from the bottom pole (0) to the top (1), like a muscle's
/// fibre coordinates along its length.
core::TriangleMesh make_sphere(Vec3 centre, float radius, int slices = 48, int stacks = 24);
/// Capsule-like spindle along +Y from `bottom` with `length` and `radius` (a muscle belly).
core::TriangleMesh make_spindle(Vec3 bottom, float length, float radius, int slices = 48, int stacks = 48);
/// Axis-aligned box with flat faces.
core::TriangleMesh make_box(Vec3 min, Vec3 max);

}  // namespace soleus::render::test
