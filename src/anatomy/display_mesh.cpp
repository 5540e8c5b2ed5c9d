#include "anatomy/display_mesh.h"

#include <algorithm>
#include <string>

#include <meshoptimizer.h>

namespace soleus::anatomy {
namespace {

constexpr std::size_t kFewestTriangles = 64;  // a structure stays recognisable
// Errors allowed, relative to the structure's size (meshoptimizer's units), tried in turn until
// the structure is within a tenth of its share.
constexpr float kErrors[] = {0.01f, 0.03f, 0.1f};

template <typename T>
void remap(std::vector<T>& values, const std::vector<unsigned>& table, std::size_t kept) {
  if (values.empty()) return;
  std::vector<T> out(kept);
  meshopt_remapVertexBuffer(out.data(), values.data(), values.size(), sizeof(T), table.data());
  values = std::move(out);
}

void simplify(Structure& structure, std::size_t target_triangles) {
  core::TriangleMesh& mesh = structure.mesh;
  if (mesh.triangle_count() <= target_triangles) return;
  std::vector<unsigned> indices(mesh.indices.size());
  std::size_t kept_indices = 0;
  for (const float error : kErrors) {
    kept_indices = meshopt_simplify(indices.data(), mesh.indices.data(), mesh.indices.size(), &mesh.positions[0].x,
                                    mesh.positions.size(), sizeof(Vec3), target_triangles * 3, error, 0, nullptr);
    if (kept_indices <= target_triangles * 3 * 11 / 10) break;
  }
  if (kept_indices == 0) return;  // nothing would be left: keep the structure as it is
  indices.resize(kept_indices);
  std::vector<unsigned> table(mesh.positions.size());
  const std::size_t kept_vertices = meshopt_optimizeVertexFetchRemap(table.data(), indices.data(), indices.size(), mesh.positions.size());
  meshopt_remapIndexBuffer(indices.data(), indices.data(), indices.size(), table.data());
  remap(mesh.positions, table, kept_vertices);
  remap(mesh.normals, table, kept_vertices);
  remap(mesh.uvs, table, kept_vertices);
  remap(structure.skin, table, kept_vertices);
  mesh.indices = std::move(indices);
  ++mesh.revision;
}

}  // namespace

bool simplify_for_display(AnatomyModel& model, std::size_t budget) {
  const std::size_t before = model.triangle_count();
  if (before <= budget) return false;
  const double share = static_cast<double>(budget) / static_cast<double>(before);
  for (Structure& structure : model.structures)
    simplify(structure, std::max(kFewestTriangles, static_cast<std::size_t>(structure.mesh.triangle_count() * share)));
  const std::size_t after = model.triangle_count();
  if (after == before) return false;
  model.notes.push_back("simplified for display: " + std::to_string(before) + " -> " + std::to_string(after) +
                        " triangles (meshoptimizer; captures use the full model)");
  return true;
}

}  // namespace soleus::anatomy
