#pragma once
/// A model lighter to draw: each structure's mesh simplified (meshoptimizer) so the whole stays
/// within a triangle budget, for a renderer that cannot draw millions of triangles a frame
/// (software OpenGL). Captures and exports keep the full model; only the window shows this.
#include <cstddef>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// Triangles a window draws at once. Software OpenGL (llvmpipe, 2 cores, 1280x720, UI on):
/// the generated 2-million-triangle leg, simplified, took a median of 57 ms a frame at 200k
/// triangles and 33 ms at 100k (scripts/gen_leg_mesh.py, --benchmark), so 100k keeps it near
/// 30 fps; a GPU draws 2 million well inside a frame (issue 18 asks at least 30 fps).
inline constexpr std::size_t kSoftwareDisplayTriangles = 100'000;
inline constexpr std::size_t kGpuDisplayTriangles = 4'000'000;

/// Simplifies `model` in place when it has more than `budget` triangles: every structure keeps
/// the same share of the budget as it had of the whole (a structure is never taken below 64
/// triangles), its outline and silhouette kept where meshoptimizer can (an error of 1 % of its
/// size, else 3 %, else 10 %, the first that comes within a tenth of its share); vertices no triangle uses are dropped, with their normals, texcoords and
/// skin weights. A note says from how many triangles to how many. Returns whether it changed.
bool simplify_for_display(AnatomyModel& model, std::size_t budget);

}  // namespace soleus::anatomy
