// Assimp stays inside this file: everything else in the app sees AnatomyModel.
#include <assimp/Importer.hpp>
#include <assimp/ProgressHandler.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <map>

#include "anatomy/anatomy_model.h"
#include "anatomy/confined_io.h"
#include "anatomy/import_file.h"
#include "anatomy/limits.h"
#include "anatomy/model_checks.h"
#include "anatomy/model_set.h"
#include "core/files.h"
#include "core/log.h"

namespace soleus::anatomy {
namespace {

// Assimp's progress, passed on (LoadProgress); once told to stop it says so at every step, which
// makes Assimp give up where it checks, and the loader where Assimp does not.
class HeardProgress : public Assimp::ProgressHandler {
 public:
  explicit HeardProgress(LoadProgress progress) : progress_(std::move(progress)) {}
  bool Update(float fraction) override {
    if (!stopped_ && progress_ && fraction >= 0.0f) stopped_ = !progress_(std::min(fraction, 1.0f));
    return !stopped_;
  }
  bool stopped() const { return stopped_; }

 private:
  LoadProgress progress_;
  bool stopped_ = false;
};

Mat4 to_mat4(const aiMatrix4x4& m) {
  // Assimp is row-major, glm column-major.
  return Mat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4,
              m.d4);
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& reason) {
  throw ModelLoadError("cannot load model '" + path.string() + "': " + reason);
}

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// The file must be a regular file within the size limit whose declared sizes, counts and depths
// fit (model_checks.h): checked before Assimp allocates or recurses on its word.
void check_before_import(const std::filesystem::path& path) {
  std::string bytes;
  const std::string unreadable = core::read_file(path, limits::kMaxModelFileBytes, bytes);
  if (!unreadable.empty()) fail(path, unreadable);
  if (bytes.empty()) fail(path, "file is empty");
  const std::string refused = check_model_bytes(bytes, lower_extension(path));
  if (!refused.empty()) fail(path, refused);
}

JointKind joint_kind(const std::string& name) {
  const std::vector<std::string> tokens = tokenize_name(name);
  auto has = [&](const char* t) { return std::find(tokens.begin(), tokens.end(), t) != tokens.end(); };
  if (has("thigh") || has("hip")) return JointKind::Thigh;
  if (has("knee")) return JointKind::Knee;
  if (has("subtalar")) return JointKind::Subtalar;
  if (has("ankle") || has("talocrural")) return JointKind::Ankle;
  if (has("mtp") || has("metatarsophalangeal") || has("toes")) return JointKind::Mtp;
  return JointKind::Other;
}

struct NodeInfo {
  const aiNode* node;
  Mat4 global;
};

// Depth-first, parents before children, with an explicit stack: a deep hierarchy can neither
// overflow the stack nor pass the depth limit.
std::vector<NodeInfo> collect_nodes(const aiNode& root, const std::filesystem::path& path) {
  std::vector<NodeInfo> out;
  std::vector<std::pair<NodeInfo, int>> stack{{{&root, to_mat4(root.mTransformation)}, 1}};
  while (!stack.empty()) {
    const auto [info, depth] = stack.back();
    stack.pop_back();
    if (depth > limits::kMaxNodeDepth)
      fail(path, "the node hierarchy is deeper than the limit of " + std::to_string(limits::kMaxNodeDepth) +
                     " levels");
    out.push_back(info);
    for (unsigned i = info.node->mNumChildren; i-- > 0;) {
      const aiNode* child = info.node->mChildren[i];
      stack.push_back({{child, info.global * to_mat4(child->mTransformation)}, depth + 1});
    }
  }
  return out;
}

// Joints are the nodes any bone names; each joint's parent is its nearest ancestor that is a joint.
Rig build_rig(const aiScene& scene, const std::vector<NodeInfo>& nodes) {
  std::map<std::string, Mat4> offsets;
  for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
    const aiMesh& mesh = *scene.mMeshes[m];
    for (unsigned b = 0; b < mesh.mNumBones; ++b)
      offsets.emplace(mesh.mBones[b]->mName.C_Str(), to_mat4(mesh.mBones[b]->mOffsetMatrix));
  }
  Rig rig;
  if (offsets.empty()) return rig;
  std::map<const aiNode*, int> index_of;
  std::map<const aiNode*, Mat4> global_of;
  for (const NodeInfo& info : nodes) {  // depth-first order: parents first
    const std::string name = info.node->mName.C_Str();
    global_of[info.node] = info.global;
    auto offset = offsets.find(name);
    if (offset == offsets.end()) continue;
    Joint joint;
    joint.name = name;
    joint.kind = joint_kind(name);
    joint.inverse_bind = offset->second;
    const aiNode* ancestor = info.node->mParent;
    while (ancestor && !index_of.count(ancestor)) ancestor = ancestor->mParent;
    if (ancestor) {
      joint.parent = index_of[ancestor];
      joint.rest_local = glm::inverse(global_of[ancestor]) * info.global;
    } else {
      joint.rest_local = info.global;
    }
    index_of[info.node] = static_cast<int>(rig.joints.size());
    rig.joints.push_back(std::move(joint));
  }
  return rig;
}

// A coordinate Assimp may pass on but nothing downstream can use: NaN, infinite, or so large
// (limits.h) that framing and normals overflow.
bool usable(float x) { return std::isfinite(x) && std::fabs(x) <= limits::kMaxCoordinate; }
bool usable(const aiVector3D& p) { return usable(p.x) && usable(p.y) && usable(p.z); }
bool usable(const Vec3& p) { return usable(p.x) && usable(p.y) && usable(p.z); }

// Before post-processing: drops the faces that touch an unusable vertex and parks those vertices
// at the origin, so Assimp's vertex joining and smooth normals never see a NaN (one NaN vertex
// spreads through the spatial sort and flattens the shading of the whole mesh). Drops empty
// faces and sets each mesh's primitive types from the faces it really has: Assimp's
// triangulation aborts the process (ai_assert) when a mesh claims polygons it does not have, as
// a fuzzed PLY made its importer declare. Returns the number of faces dropped for bad vertices.
std::size_t prepare_for_post_processing(aiScene& scene) {
  std::size_t dropped = 0;
  for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
    aiMesh& mesh = *scene.mMeshes[m];
    std::vector<bool> bad(mesh.mNumVertices);
    for (unsigned v = 0; v < mesh.mNumVertices; ++v) bad[v] = !usable(mesh.mVertices[v]);
    unsigned kept = 0;
    unsigned types = 0;
    for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
      const aiFace& face = mesh.mFaces[f];
      const bool unusable = std::any_of(face.mIndices, face.mIndices + face.mNumIndices,
                                        [&](unsigned i) { return i >= mesh.mNumVertices || bad[i]; });
      dropped += unusable ? 1 : 0;
      if (unusable || face.mNumIndices == 0) continue;
      types |= face.mNumIndices == 1   ? aiPrimitiveType_POINT
               : face.mNumIndices == 2 ? aiPrimitiveType_LINE
               : face.mNumIndices == 3 ? aiPrimitiveType_TRIANGLE
                                       : aiPrimitiveType_POLYGON;
      std::swap(mesh.mFaces[kept++], mesh.mFaces[f]);  // delete[] still frees every face
    }
    mesh.mNumFaces = kept;
    mesh.mPrimitiveTypes = types;
    for (unsigned v = 0; v < mesh.mNumVertices; ++v)
      if (bad[v]) mesh.mVertices[v] = aiVector3D(0.0f);
  }
  // Post-processing refuses a mesh without faces: remove those and renumber the nodes' lists
  // (the nodes walked with an explicit stack, as everywhere here).
  std::vector<unsigned> renumbered(scene.mNumMeshes, UINT_MAX);
  unsigned meshes = 0;
  for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
    if (scene.mMeshes[m]->mNumFaces == 0) {
      delete scene.mMeshes[m];
      continue;
    }
    renumbered[m] = meshes;
    scene.mMeshes[meshes++] = scene.mMeshes[m];
  }
  scene.mNumMeshes = meshes;
  for (std::vector<aiNode*> stack{scene.mRootNode}; !stack.empty();) {
    aiNode& node = *stack.back();
    stack.pop_back();
    unsigned kept = 0;
    for (unsigned i = 0; i < node.mNumMeshes; ++i)
      if (renumbered[node.mMeshes[i]] != UINT_MAX) node.mMeshes[kept++] = renumbered[node.mMeshes[i]];
    node.mNumMeshes = kept;
    stack.insert(stack.end(), node.mChildren, node.mChildren + node.mNumChildren);
  }
  return dropped;
}

// Appends the triangles of `source` whose corners, once transformed, are usable, and only the
// vertices they use (a dropped vertex must not stretch the bounds). Counts dropped triangles.
void append_mesh(const aiMesh& source, const Mat4& transform, bool skinned, const Rig& rig,
                 Structure& target, std::size_t& dropped) {
  core::TriangleMesh& mesh = target.mesh;
  const unsigned count = source.mNumVertices;
  std::vector<Vec3> placed(count);
  for (unsigned v = 0; v < count; ++v) {
    const aiVector3D& p = source.mVertices[v];
    placed[v] = Vec3(transform * Vec4(p.x, p.y, p.z, 1.0f));
  }
  std::vector<bool> used(count, false);
  std::vector<unsigned> faces;
  for (unsigned f = 0; f < source.mNumFaces; ++f) {
    const aiFace& face = source.mFaces[f];
    if (face.mNumIndices != 3) continue;
    if (!std::all_of(face.mIndices, face.mIndices + 3, [&](unsigned i) { return usable(placed[i]); })) {
      ++dropped;
      continue;
    }
    faces.push_back(f);
    for (unsigned k = 0; k < 3; ++k) used[face.mIndices[k]] = true;
  }
  std::vector<std::uint32_t> index_of(count, 0);
  const Mat3 normal_matrix = glm::transpose(glm::inverse(Mat3(transform)));
  for (unsigned v = 0; v < count; ++v) {
    if (!used[v]) continue;
    index_of[v] = static_cast<std::uint32_t>(mesh.positions.size());
    mesh.positions.push_back(placed[v]);
    const aiVector3D n = source.mNormals ? source.mNormals[v] : aiVector3D(0, 1, 0);
    const Vec3 normal = normal_matrix * Vec3(n.x, n.y, n.z);
    mesh.normals.push_back(glm::length(normal) > 0.0f ? glm::normalize(normal) : Vec3(0, 1, 0));
    if (source.mTextureCoords[0]) {
      mesh.uvs.push_back(Vec2(source.mTextureCoords[0][v].x, source.mTextureCoords[0][v].y));
    } else if (!mesh.uvs.empty()) {
      mesh.uvs.push_back(Vec2(0.0f));
    }
  }
  for (const unsigned f : faces)
    for (unsigned k = 0; k < 3; ++k) mesh.indices.push_back(index_of[source.mFaces[f].mIndices[k]]);
  if (!skinned) return;
  // Gather every influence, then keep the four largest per vertex and renormalise.
  std::vector<std::vector<std::pair<float, std::uint16_t>>> influences(source.mNumVertices);
  for (unsigned b = 0; b < source.mNumBones; ++b) {
    const aiBone& bone = *source.mBones[b];
    const auto joint = std::find_if(rig.joints.begin(), rig.joints.end(),
                                    [&](const Joint& j) { return j.name == bone.mName.C_Str(); });
    if (joint == rig.joints.end()) continue;
    const auto joint_index = static_cast<std::uint16_t>(joint - rig.joints.begin());
    for (unsigned w = 0; w < bone.mNumWeights; ++w) {
      const aiVertexWeight& vw = bone.mWeights[w];
      if (vw.mVertexId < source.mNumVertices && vw.mWeight > 0.0f)
        influences[vw.mVertexId].emplace_back(vw.mWeight, joint_index);
    }
  }
  std::vector<VertexWeights> weights(source.mNumVertices);
  for (unsigned v = 0; v < source.mNumVertices; ++v) {
    auto& list = influences[v];
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    float sum = 0.0f;
    for (std::size_t k = 0; k < std::min<std::size_t>(4, list.size()); ++k) {
      weights[v].weights[k] = list[k].first;
      weights[v].joints[k] = list[k].second;
      sum += list[k].first;
    }
    if (sum <= 0.0f) {  // unweighted vertex: pin it to the root rather than collapse it
      weights[v].weights[0] = 1.0f;
      sum = 1.0f;
    }
    for (float& x : weights[v].weights) x /= sum;
  }
  for (unsigned v = 0; v < source.mNumVertices; ++v)
    if (used[v]) target.skin.push_back(weights[v]);
}

}  // namespace

// Files from other tools come in millimetres and/or Z-up (BodyParts3D: mm, +Z up, +Y posterior).
FrameDecision normalise_frame(AnatomyModel& model, std::optional<bool> millimetres, std::optional<bool> z_up) {
  FrameDecision decided;
  core::Aabb box;
  for (const Structure& s : model.structures) box.expand(s.mesh.bounds());
  if (box.empty()) return decided;
  Mat4 fix(1.0f);
  Vec3 size = box.size();
  decided.z_up = z_up.value_or(size.z > 1.3f * size.y && size.z >= size.x);
  if (decided.z_up) {
    // (x, y, z) -> (x, z, -y): up becomes +Y and posterior +Y becomes -Z (posterior).
    fix = Mat4(Vec4(1, 0, 0, 0), Vec4(0, 0, -1, 0), Vec4(0, 1, 0, 0), Vec4(0, 0, 0, 1));
    model.notes.push_back("converted Z-up to Y-up");
    size = Vec3(size.x, size.z, size.y);
  }
  decided.millimetres = millimetres.value_or(std::max({size.x, size.y, size.z}) > 5.0f);
  if (decided.millimetres) {
    fix = glm::scale(Mat4(1.0f), Vec3(0.001f)) * fix;
    model.notes.push_back("converted millimetres to metres");
  }
  core::Aabb moved;
  for (const Vec3& corner : {box.min, box.max}) moved.expand(Vec3(fix * Vec4(corner, 1.0f)));
  const Vec3 shift(-moved.centre().x, -moved.min.y, -moved.centre().z);
  if (glm::length(shift) > 1e-4f) model.notes.push_back("moved to stand on the ground plane");
  fix = glm::translate(Mat4(1.0f), shift) * fix;
  const Mat3 normal_fix = glm::transpose(glm::inverse(Mat3(fix)));
  for (Structure& s : model.structures) {
    for (Vec3& p : s.mesh.positions) p = Vec3(fix * Vec4(p, 1.0f));
    for (Vec3& n : s.mesh.normals) n = glm::normalize(normal_fix * n);
  }
  return decided;
}

std::size_t AnatomyModel::triangle_count() const {
  std::size_t total = 0;
  for (const Structure& s : structures) total += s.mesh.triangle_count();
  return total;
}

int AnatomyModel::find(StructureRole role) const {
  for (std::size_t i = 0; i < structures.size(); ++i)
    if (structures[i].role == role) return static_cast<int>(i);
  return -1;
}

int Rig::find(JointKind kind) const {
  for (std::size_t i = 0; i < joints.size(); ++i)
    if (joints[i].kind == kind) return static_cast<int>(i);
  return -1;
}

AnatomyModel import_model_file(const std::filesystem::path& path, const RoleTable& roles, const LoadProgress& progress) {
  check_before_import(path);
  Assimp::Importer importer;
  auto* io = new ConfinedIOSystem(path);  // the importer owns and deletes it
  importer.SetIOHandler(io);
  auto* heard = new HeardProgress(progress);  // so does it this
  importer.SetProgressHandler(heard);
  // Validate on import, then drop unusable geometry, then post-process (prepare_for_post_processing).
  const aiScene* scene = importer.ReadFile(path.string(), aiProcess_ValidateDataStructure);
  if (heard->stopped()) fail(path, kLoadStopped);
  if (!scene) {
    std::string reason = importer.GetErrorString();
    if (!io->refusal().empty()) reason += (reason.empty() ? "" : ": ") + io->refusal();
    fail(path, reason.empty() ? "not a model file Assimp can read" : "corrupt or unsupported (" + reason + ")");
  }
  if ((scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || !scene->mRootNode) fail(path, "file is incomplete");
  if (scene->mNumMeshes == 0) fail(path, "file contains no meshes");
  // The importer owns the scene; it is ours to edit until post-processing.
  std::size_t dropped = prepare_for_post_processing(*const_cast<aiScene*>(scene));
  const std::string unusable = "non-finite coordinates or coordinates beyond +-" +
                               std::to_string(static_cast<long long>(limits::kMaxCoordinate));
  if (scene->mNumMeshes == 0)
    fail(path, dropped > 0 ? "every triangle has " + unusable : "file contains no faces");
  unsigned flags = aiProcess_Triangulate | aiProcess_JoinIdenticalVertices | aiProcess_GenSmoothNormals |
                   aiProcess_SortByPType | aiProcess_LimitBoneWeights;
  // Assimp turns glTF's top-left texture origin into its own bottom-left one (v -> 1 - v); flip it
  // back so the fibre coordinate reads as the file wrote it (v: origin 0 -> insertion 1).
  const std::string extension = lower_extension(path);
  if (extension == ".glb" || extension == ".gltf") flags |= aiProcess_FlipUVs;
  scene = importer.ApplyPostProcessing(flags);
  if (heard->stopped()) fail(path, kLoadStopped);
  if (!scene) fail(path, "corrupt or unsupported (" + std::string(importer.GetErrorString()) + ")");

  AnatomyModel model;
  model.source = path;
  const std::vector<NodeInfo> nodes = collect_nodes(*scene->mRootNode, path);
  model.rig = build_rig(*scene, nodes);
  const std::string file_stem = path.stem().string();

  for (const NodeInfo& info : nodes) {
    const aiNode& node = *info.node;
    if (node.mNumMeshes == 0) continue;
    Structure structure;
    structure.name = node.mName.length ? node.mName.C_Str() : "";
    std::string mesh_name;
    for (unsigned i = 0; i < node.mNumMeshes; ++i) {
      const aiMesh& mesh = *scene->mMeshes[node.mMeshes[i]];
      if (!(mesh.mPrimitiveTypes & aiPrimitiveType_TRIANGLE)) continue;
      if (mesh_name.empty()) mesh_name = mesh.mName.C_Str();
      const bool skinned = mesh.HasBones() && !model.rig.empty();
      // glTF ignores the node transform of skinned meshes: their vertices are in bind space.
      append_mesh(mesh, skinned ? Mat4(1.0f) : info.global, skinned, model.rig, structure, dropped);
    }
    if (!structure.skin.empty() && structure.skin.size() != structure.mesh.positions.size()) {
      // A node mixing skinned and unskinned meshes: pin the unskinned vertices to the root.
      VertexWeights rigid;
      rigid.weights[0] = 1.0f;
      structure.skin.resize(structure.mesh.positions.size(), rigid);
    }
    if (structure.mesh.indices.empty()) continue;
    if (structure.name.empty() || structure.name == "defaultobject") structure.name = mesh_name;
    structure.role = roles.resolve(structure.name, mesh_name);
    if (structure.role == StructureRole::Unknown) structure.role = roles.resolve(file_stem);
    if (structure.name.empty()) structure.name = file_stem;
    structure.group = role_info(structure.role).group;
    model.structures.push_back(std::move(structure));
  }
  if (model.structures.empty()) {
    if (dropped > 0) fail(path, "every triangle has " + unusable);
    fail(path, "file contains no triangle meshes");
  }
  if (dropped > 0) {
    const std::string note = "dropped " + std::to_string(dropped) + " triangles with " + unusable;
    core::log_warning("model '" + path.string() + "': " + note);
    model.notes.push_back(note);
  }

  for (const Structure& s : model.structures) model.bounds.expand(s.mesh.bounds());
  return model;
}

AnatomyModel load_anatomy_model(const std::filesystem::path& path, const RoleTable& roles, const LoadProgress& progress) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error) || lower_extension(path) == ".json") return load_model_set(path, roles, progress);
  AnatomyModel model = import_model_file(path, roles, progress);
  // Rigged files follow our frame contract (docs/architecture.md); others may not.
  if (model.rig.empty()) {
    normalise_frame(model);
    model.bounds = {};
    for (const Structure& s : model.structures) model.bounds.expand(s.mesh.bounds());
  }
  return model;
}

}  // namespace soleus::anatomy
