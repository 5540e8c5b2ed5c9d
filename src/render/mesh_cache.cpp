#include "render/mesh_cache.h"

#include <algorithm>

#include <glad/gl.h>

namespace soleus::render {
namespace {

constexpr std::size_t kFloatsPerVertex = 8;  // position 3, normal 3, uv 2

GLsizeiptr bytes(std::size_t count, std::size_t element_size) {
  return static_cast<GLsizeiptr>(count * element_size);
}

}  // namespace

GpuMesh& MeshCache::get(const core::TriangleMesh& mesh, const std::vector<anatomy::VertexWeights>* skin_weights) {
  GpuMesh& gpu = meshes_[&mesh];
  const bool fresh = !gpu.vertex_array;
  if (fresh || gpu.revision != mesh.revision || gpu.vertex_count != mesh.positions.size() ||
      gpu.index_count != mesh.indices.size()) {
    upload(mesh, gpu);
  }
  if (skin_weights && skin_weights->size() == gpu.vertex_count && gpu.skin_source != skin_weights)
    read_skin(*skin_weights, gpu);
  gpu.last_used_frame = frame_;
  return gpu;
}

void MeshCache::upload(const core::TriangleMesh& mesh, GpuMesh& gpu) {
  const std::size_t vertex_count = mesh.positions.size();
  scratch_.resize(vertex_count * kFloatsPerVertex);
  core::Aabb bounds;
  const bool has_normals = mesh.normals.size() == vertex_count;
  const bool has_uvs = mesh.uvs.size() == vertex_count;
  for (std::size_t i = 0; i < vertex_count; ++i) {
    float* v = &scratch_[i * kFloatsPerVertex];
    const Vec3& p = mesh.positions[i];
    const Vec3 n = has_normals ? mesh.normals[i] : Vec3(0.0f, 1.0f, 0.0f);
    const Vec2 uv = has_uvs ? mesh.uvs[i] : Vec2(0.0f);
    v[0] = p.x; v[1] = p.y; v[2] = p.z;
    v[3] = n.x; v[4] = n.y; v[5] = n.z;
    v[6] = uv.x; v[7] = uv.y;
    bounds.expand(p);
  }

  const bool fresh = !gpu.vertex_array;
  if (fresh) {
    gpu.vertex_array = make_vertex_array();
    gpu.vertices = make_buffer();
    gpu.indices = make_buffer();
  } else {
    gpu.streaming = true;
  }
  const GLenum usage = gpu.streaming ? GL_DYNAMIC_DRAW : GL_STATIC_DRAW;
  const GLsizeiptr vertex_bytes = bytes(scratch_.size(), sizeof(float));

  glBindVertexArray(gpu.vertex_array.id());
  glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices.id());
  if (!fresh && gpu.vertex_count == vertex_count) {
    if (orphan_on_update_) glBufferData(GL_ARRAY_BUFFER, vertex_bytes, nullptr, usage);
    glBufferSubData(GL_ARRAY_BUFFER, 0, vertex_bytes, scratch_.data());
  } else {
    glBufferData(GL_ARRAY_BUFFER, vertex_bytes, scratch_.empty() ? nullptr : scratch_.data(), usage);
  }
  if (fresh || gpu.index_count != mesh.indices.size()) {
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, bytes(mesh.indices.size(), sizeof(std::uint32_t)),
                 mesh.indices.empty() ? nullptr : mesh.indices.data(), GL_STATIC_DRAW);
  }
  if (fresh) {
    const GLsizei stride = static_cast<GLsizei>(kFloatsPerVertex * sizeof(float));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(0));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(3 * sizeof(float)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(6 * sizeof(float)));
  }
  glBindVertexArray(0);

  gpu.vertex_count = vertex_count;
  gpu.index_count = mesh.indices.size();
  gpu.revision = mesh.revision;
  gpu.bounds = bounds;
  ++uploads_;
}

void MeshCache::read_skin(const std::vector<anatomy::VertexWeights>& skin_weights, GpuMesh& gpu) {
  gpu.skin_source = &skin_weights;
  gpu.gpu_skinning_ready = false;
  gpu.posed_palette.clear();
  gpu.palette.clear();
  for (const anatomy::VertexWeights& w : skin_weights)
    for (int k = 0; k < 4; ++k)
      if (w.weights[k] > 0.0f && std::find(gpu.palette.begin(), gpu.palette.end(), w.joints[k]) == gpu.palette.end())
        gpu.palette.push_back(w.joints[k]);
  if (gpu.palette.size() > kSkinPaletteSize) gpu.palette.clear();
  gpu.single_joint = gpu.palette.size() == 1 && std::all_of(skin_weights.begin(), skin_weights.end(),
                                                             [](const anatomy::VertexWeights& w) { return w.weights[0] == 1.0f; });
}

void MeshCache::prepare_gpu_skinning(GpuMesh& gpu) {
  if (gpu.gpu_skinning_ready || gpu.palette.empty() || !gpu.skin_source) return;
  const std::vector<anatomy::VertexWeights>& skin_weights = *gpu.skin_source;
  skin_scratch_.assign(skin_weights.size() * kSkinPaletteSize, 0.0f);
  for (std::size_t v = 0; v < skin_weights.size(); ++v) {
    const anatomy::VertexWeights& w = skin_weights[v];
    for (int k = 0; k < 4; ++k) {
      if (w.weights[k] <= 0.0f) continue;
      const auto slot = static_cast<std::size_t>(std::find(gpu.palette.begin(), gpu.palette.end(), w.joints[k]) - gpu.palette.begin());
      skin_scratch_[v * kSkinPaletteSize + slot] += w.weights[k];
    }
  }
  const bool fresh = !gpu.skin;
  if (fresh) {
    gpu.skin = make_buffer();
    gpu.posed = make_buffer();
    gpu.posed_vertex_array = make_vertex_array();
  }
  glBindVertexArray(gpu.vertex_array.id());
  glBindBuffer(GL_ARRAY_BUFFER, gpu.skin.id());
  glBufferData(GL_ARRAY_BUFFER, bytes(skin_scratch_.size(), sizeof(float)), skin_scratch_.data(), GL_STATIC_DRAW);
  const auto stride = static_cast<GLsizei>(kSkinPaletteSize * sizeof(float));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(0));
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(4 * sizeof(float)));
  glBindVertexArray(0);

  // The posed vertices: written by transform feedback, read by every pass.
  constexpr std::size_t kPosedFloats = 6;  // position 3, normal 3
  glBindBuffer(GL_ARRAY_BUFFER, gpu.posed.id());
  glBufferData(GL_ARRAY_BUFFER, bytes(gpu.vertex_count * kPosedFloats, sizeof(float)), nullptr, GL_DYNAMIC_COPY);
  glBindVertexArray(gpu.posed_vertex_array.id());
  const auto posed_stride = static_cast<GLsizei>(kPosedFloats * sizeof(float));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, posed_stride, reinterpret_cast<const void*>(0));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, posed_stride, reinterpret_cast<const void*>(3 * sizeof(float)));
  glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices.id());
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, static_cast<GLsizei>(kFloatsPerVertex * sizeof(float)),
                        reinterpret_cast<const void*>(6 * sizeof(float)));
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices.id());
  glBindVertexArray(0);
  gpu.gpu_skinning_ready = true;
  ++uploads_;
}

void MeshCache::forget(const core::TriangleMesh* mesh) { meshes_.erase(mesh); }

void MeshCache::clear() { meshes_.clear(); }

void MeshCache::end_frame() {
  for (auto it = meshes_.begin(); it != meshes_.end();) {
    if (frame_ - it->second.last_used_frame > kEvictAfterFrames) {
      it = meshes_.erase(it);
    } else {
      ++it;
    }
  }
  ++frame_;
}

}  // namespace soleus::render
