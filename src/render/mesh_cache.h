#pragma once
/// GPU copies of core::TriangleMesh, keyed by the mesh's address. A mesh whose `revision` has
/// changed since its upload is re-uploaded (buffer orphaning, so a CPU-deformed mesh can be
/// streamed every frame without stalling). A skinned mesh also gets its weights, once, and a
/// buffer for its posed vertices, which the renderer writes on the GPU: a new pose uploads no
/// vertex. Meshes not drawn for a while are evicted.
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "anatomy/anatomy_model.h"
#include "core/mesh.h"
#include "render/gl_context.h"
#include "render/gl_objects.h"

namespace soleus::render {

/// Joints one skinned mesh may use on the GPU. The skinning shader blends this many matrices
/// with a weight for each rather than fetching four by a per-vertex index, which software GL
/// pays for dearly (a gather per lane); the default leg's structures use one to five joints.
inline constexpr std::size_t kSkinPaletteSize = 8;

struct GpuMesh {
  VertexArray vertex_array;  // attributes 0 position, 1 normal, 2 texcoord (3 and 4 the palette
                             // weights when skinned); element buffer bound
  Buffer vertices;           // interleaved float position[3] normal[3] uv[2]
  Buffer indices;            // uint32 triangle list
  // Skinned meshes: what their weights say (get), then, when the GPU skins them, the weights
  // uploaded once and the posed vertices written for each new pose (prepare_gpu_skinning).
  Buffer skin;               // per vertex, float weights[kSkinPaletteSize]: one per palette joint
  const std::vector<anatomy::VertexWeights>* skin_source = nullptr;  // weights the skin buffer holds
  std::vector<std::uint16_t> palette;  // the rig joints those weights refer to; empty: more joints
                                       // than the GPU blends (the renderer skins on the CPU)
  bool gpu_skinning_ready = false;  // `skin` and `posed` hold this skin_source's data
  bool single_joint = false;        // every vertex wholly on palette[0] (a bone): drawn with
                                   // that joint's matrix, never skinned
  Buffer posed;                    // skinned float position[3] normal[3] (transform feedback)
  VertexArray posed_vertex_array;  // 0 position, 1 normal from `posed`, 2 texcoord from `vertices`
  std::vector<Mat4> posed_palette;  // the palette's matrices `posed` holds (empty: not yet skinned)
  std::size_t vertex_count = 0;
  std::size_t index_count = 0;
  std::uint64_t revision = 0;   // mesh revision this upload holds
  bool streaming = false;       // re-uploaded at least once: buffers use GL_DYNAMIC_DRAW
  core::Aabb bounds;            // model-space bounds of the uploaded positions (m)
  std::uint64_t last_used_frame = 0;
};

class MeshCache {
 public:
  /// The GPU copy of `mesh`, uploading it if new, changed (revision) or resized; with
  /// `skin_weights` (one per vertex), their palette read when new. Requires a current GL
  /// context; an empty mesh gives an entry with index_count 0.
  GpuMesh& get(const core::TriangleMesh& mesh, const std::vector<anatomy::VertexWeights>* skin_weights = nullptr);
  /// Drops the copy of a mesh about to be destroyed (a new mesh allocated at the same address
  /// with the same revision and sizes would otherwise draw the old data). Call it, or clear(),
  /// when the app replaces the model.
  void forget(const core::TriangleMesh* mesh);
  void clear();
  /// Advances the frame counter and evicts meshes unused for `kEvictAfterFrames` frames.
  void end_frame();

  /// Uploads a skinned mesh's palette weights and makes its posed buffer, once (first GPU
  /// skinning): meshes moved whole or skinned on the CPU never need them.
  void prepare_gpu_skinning(GpuMesh& gpu);

  std::size_t size() const { return meshes_.size(); }
  std::uint64_t upload_count() const { return uploads_; }  // total uploads (tests, stats)

  static constexpr std::uint64_t kEvictAfterFrames = 600;

 private:
  void upload(const core::TriangleMesh& mesh, GpuMesh& gpu);
  void read_skin(const std::vector<anatomy::VertexWeights>& skin_weights, GpuMesh& gpu);

  std::unordered_map<const core::TriangleMesh*, GpuMesh> meshes_;
  std::vector<float> scratch_;  // interleaving buffer, reused across uploads
  std::vector<float> skin_scratch_;  // palette weights, reused across uploads
  // Orphan a buffer's storage before re-filling it, so a GPU need not wait for draws still
  // reading it. Software GL draws synchronously and pays page faults for fresh storage instead.
  bool orphan_on_update_ = !is_software_renderer();
  std::uint64_t frame_ = 1;
  std::uint64_t uploads_ = 0;
};

}  // namespace soleus::render
