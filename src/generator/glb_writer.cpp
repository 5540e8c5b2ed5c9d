#include "generator/glb_writer.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/assert.h"

namespace soleus::generator {
namespace {

using nlohmann::json;

// glTF enums (glTF 2.0 specification, section 5).
constexpr int kFloat = 5126;
constexpr int kUnsignedByte = 5121;
constexpr int kUnsignedShort = 5123;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;
constexpr int kTriangles = 4;
constexpr std::uint32_t kGlbMagic = 0x46546C67;  // "glTF"
constexpr std::uint32_t kChunkJson = 0x4E4F534A;  // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942;   // "BIN\0"

// Rounds for the JSON text so numbers print short and identically on every run.
double tidy(float value) { return std::round(static_cast<double>(value) * 1e7) / 1e7; }

class BufferBuilder {
 public:
  explicit BufferBuilder(json& doc) : doc_(doc) {}

  // Appends raw bytes as a new bufferView (4-byte aligned) and returns its index.
  int add_view(const void* data, std::size_t size, int target) {
    while (bytes_.size() % 4 != 0) bytes_.push_back(0);
    const std::size_t offset = bytes_.size();
    const auto* p = static_cast<const std::uint8_t*>(data);
    bytes_.insert(bytes_.end(), p, p + size);
    json view = {{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}};
    if (target != 0) view["target"] = target;
    doc_["bufferViews"].push_back(view);
    return static_cast<int>(doc_["bufferViews"].size()) - 1;
  }

  int add_accessor(int view, int component_type, std::size_t count, const char* type, json extra = json::object()) {
    json accessor = {{"bufferView", view}, {"componentType", component_type}, {"count", count}, {"type", type}};
    accessor.update(extra);
    doc_["accessors"].push_back(accessor);
    return static_cast<int>(doc_["accessors"].size()) - 1;
  }

  std::vector<std::uint8_t>& bytes() { return bytes_; }

 private:
  json& doc_;
  std::vector<std::uint8_t> bytes_;
};

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

}  // namespace

std::vector<std::uint8_t> encode_glb(const LegModel& model) {
  json doc;
  doc["asset"] = {{"version", "2.0"}, {"generator", "soleus-leg-generator (Soleus Lab)"}};
  doc["bufferViews"] = json::array();
  doc["accessors"] = json::array();
  BufferBuilder buffer(doc);

  // Materials in name order.
  std::map<std::string, int> material_index;
  for (const auto& [name, m] : model.materials) {
    material_index[name] = static_cast<int>(doc["materials"].size());
    json colour = json::array();
    for (int i = 0; i < 4; ++i) colour.push_back(tidy(m.base_colour[i]));
    json material = {{"name", name},
                     {"pbrMetallicRoughness",
                      {{"baseColorFactor", colour}, {"metallicFactor", 0.0}, {"roughnessFactor", tidy(m.roughness)}}}};
    if (m.base_colour.a < 1.0f) material["alphaMode"] = "BLEND";
    doc["materials"].push_back(material);
  }

  // Joint nodes first (node index = joint index), chained by their parents.
  const std::size_t joint_count = model.rig.joints.size();
  for (std::size_t i = 0; i < joint_count; ++i) {
    const RigJoint& j = model.rig.joints[i];
    json node = {{"name", j.name},
                 {"translation", {tidy(j.local_translation.x), tidy(j.local_translation.y), tidy(j.local_translation.z)}},
                 {"rotation",
                  {tidy(j.local_rotation.x), tidy(j.local_rotation.y), tidy(j.local_rotation.z), tidy(j.local_rotation.w)}}};
    doc["nodes"].push_back(node);
  }
  json scene_nodes = json::array({0});
  for (std::size_t i = 0; i < joint_count; ++i) {
    const int parent = model.rig.joints[i].parent;
    if (parent >= 0) doc["nodes"][static_cast<std::size_t>(parent)]["children"].push_back(i);
  }

  std::vector<float> inverse_binds;
  for (const RigJoint& j : model.rig.joints) {
    const float* m = &j.inverse_bind[0][0];  // column-major, as glTF wants
    inverse_binds.insert(inverse_binds.end(), m, m + 16);
  }
  const int ibm_view = buffer.add_view(inverse_binds.data(), inverse_binds.size() * sizeof(float), 0);
  const int ibm = buffer.add_accessor(ibm_view, kFloat, joint_count, "MAT4");
  json joints = json::array();
  for (std::size_t i = 0; i < joint_count; ++i) joints.push_back(i);
  doc["skins"] = json::array({{{"name", "leg_rig"}, {"inverseBindMatrices", ibm}, {"skeleton", 0}, {"joints", joints}}});

  for (const StructureMesh& s : model.structures) {
    const core::TriangleMesh& m = s.mesh;
    const std::size_t n = m.positions.size();
    SOLEUS_ASSERT(n < 65536 && m.normals.size() == n && m.uvs.size() == n && s.weights.size() == n);
    const core::Aabb box = m.bounds();

    std::vector<std::uint16_t> indices(m.indices.begin(), m.indices.end());
    std::vector<std::uint8_t> joint_ids;
    std::vector<float> weights;
    for (const VertexWeights& w : s.weights) {
      joint_ids.insert(joint_ids.end(), w.joints.begin(), w.joints.end());
      for (int k = 0; k < 4; ++k) weights.push_back(w.weights[k]);
    }
    const json bounds = {{"min", {box.min.x, box.min.y, box.min.z}}, {"max", {box.max.x, box.max.y, box.max.z}}};
    const int position = buffer.add_accessor(buffer.add_view(m.positions.data(), n * sizeof(Vec3), kArrayBuffer),
                                             kFloat, n, "VEC3", bounds);
    const int normal = buffer.add_accessor(buffer.add_view(m.normals.data(), n * sizeof(Vec3), kArrayBuffer), kFloat,
                                           n, "VEC3");
    const int uv =
        buffer.add_accessor(buffer.add_view(m.uvs.data(), n * sizeof(Vec2), kArrayBuffer), kFloat, n, "VEC2");
    const int joint =
        buffer.add_accessor(buffer.add_view(joint_ids.data(), joint_ids.size(), kArrayBuffer), kUnsignedByte, n, "VEC4");
    const int weight = buffer.add_accessor(
        buffer.add_view(weights.data(), weights.size() * sizeof(float), kArrayBuffer), kFloat, n, "VEC4");
    const int index = buffer.add_accessor(
        buffer.add_view(indices.data(), indices.size() * sizeof(std::uint16_t), kElementArrayBuffer), kUnsignedShort,
        indices.size(), "SCALAR");

    json primitive = {{"attributes",
                       {{"POSITION", position}, {"NORMAL", normal}, {"TEXCOORD_0", uv}, {"JOINTS_0", joint},
                        {"WEIGHTS_0", weight}}},
                      {"indices", index},
                      {"material", material_index.at(s.material)},
                      {"mode", kTriangles}};
    const std::size_t mesh_index = doc.contains("meshes") ? doc["meshes"].size() : 0;
    doc["meshes"].push_back({{"name", s.name}, {"primitives", json::array({primitive})}});
    scene_nodes.push_back(doc["nodes"].size());
    doc["nodes"].push_back({{"name", s.name}, {"mesh", mesh_index}, {"skin", 0}});
  }

  std::vector<std::uint8_t>& bin = buffer.bytes();
  while (bin.size() % 4 != 0) bin.push_back(0);
  doc["buffers"] = json::array({{{"byteLength", bin.size()}}});
  doc["scene"] = 0;
  doc["scenes"] = json::array({{{"name", "lower_leg"}, {"nodes", scene_nodes}}});

  std::string text = doc.dump();
  while (text.size() % 4 != 0) text.push_back(' ');

  std::vector<std::uint8_t> out;
  const std::size_t total = 12 + 8 + text.size() + 8 + bin.size();
  put_u32(out, kGlbMagic);
  put_u32(out, 2);
  put_u32(out, static_cast<std::uint32_t>(total));
  put_u32(out, static_cast<std::uint32_t>(text.size()));
  put_u32(out, kChunkJson);
  out.insert(out.end(), text.begin(), text.end());
  put_u32(out, static_cast<std::uint32_t>(bin.size()));
  put_u32(out, kChunkBin);
  out.insert(out.end(), bin.begin(), bin.end());
  return out;
}

void write_file(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw std::runtime_error(path + ": cannot open for writing");
  file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!file) throw std::runtime_error(path + ": write failed");
}

}  // namespace soleus::generator
