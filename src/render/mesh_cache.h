#pragma once
/// GPU copies of core::TriangleMesh, keyed by the mesh's address. A mesh whose `revision` has
/// changed since its upload is re-uploaded (buffer orphaning, so a CPU-deformed mesh can be
/// streamed every frame without stalling). A skinned mesh also gets its joints and weights, once:
/// it is posed in the vertex stage, so a new pose uploads nothing. Meshes not drawn for a while
/// are evicted.
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "core/mesh.h"
#include "render/gl_context.h"
#include "render/gl_objects.h"

namespace soleus::render {

struct GpuMesh {
  VertexArray vertex_array;  // attributes 0 position, 1 normal, 2 texcoord (3 joints, 4 weights
                             // when skinned); element buffer bound
  Buffer vertices;           // interleaved float position[3] normal[3] uv[2]
  Buffer indices;            // uint32 triangle list
  Buffer skin;               // anatomy::VertexWeights as stored: uint16 joints[4] float weights[4]
  const std::vector<anatomy::VertexWeights>* skin_source = nullptr;  // weights the skin buffer holds
  std::size_t vertex_count = 0;
  std::size_t index_count = 0;
  std::uint64_t revision = 0;   // mesh revision this upload holds
  bool streaming = false;       // re-uploaded at least once: buffers use GL_DYNAMIC_DRAW
  core::Aabb bounds;            // model-space bounds of the uploaded positions (m)
  std::uint64_t last_used_frame = 0;
};

class MeshCache {
 public:
  /// The GPU copy of `mesh`, uploading it if new, changed (revision) or resized, and with
  /// `skin_weights` (one per vertex) when given and not yet uploaded. Requires a current GL
  /// context; an empty mesh gives an entry with index_count 0.
  const GpuMesh& get(const core::TriangleMesh& mesh, const std::vector<anatomy::VertexWeights>* skin_weights = nullptr);
  /// Drops the copy of a mesh about to be destroyed (a new mesh allocated at the same address
  /// with the same revision and sizes would otherwise draw the old data). Call it, or clear(),
  /// when the app replaces the model.
  void forget(const core::TriangleMesh* mesh);
  void clear();
  /// Advances the frame counter and evicts meshes unused for `kEvictAfterFrames` frames.
  void end_frame();

  std::size_t size() const { return meshes_.size(); }
  std::uint64_t upload_count() const { return uploads_; }  // total uploads (tests, stats)

  static constexpr std::uint64_t kEvictAfterFrames = 600;

 private:
  void upload(const core::TriangleMesh& mesh, GpuMesh& gpu);
  void upload_skin(const std::vector<anatomy::VertexWeights>& skin_weights, GpuMesh& gpu);

  std::unordered_map<const core::TriangleMesh*, GpuMesh> meshes_;
  std::vector<float> scratch_;  // interleaving buffer, reused across uploads
  // Orphan a buffer's storage before re-filling it, so a GPU need not wait for draws still
  // reading it. Software GL draws synchronously and pays page faults for fresh storage instead.
  bool orphan_on_update_ = !is_software_renderer();
  std::uint64_t frame_ = 1;
  std::uint64_t uploads_ = 0;
};

}  // namespace soleus::render
