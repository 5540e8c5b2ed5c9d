// Fuzz target, structure-aware: the input is a list of choices from which a glTF 2.0 asset is
// generated (byte noise is refused at the first brace, long before the deep code): a node tree
// (a chain, a random tree, or random edges that may share children or loop), transforms with
// odd values, meshes whose primitives use accessors of random type, count and offset over
// buffer views and buffers holding floats from a palette (NaN, infinities, 1e38, denormals) and
// indices, embedded as data: URIs, or referring to files (also outside the folder), skins with
// joints and inverse bind matrices; written as .gltf or as .glb with a BIN chunk. It is then
// loaded through the app's path (anatomy::load_anatomy_model); only ModelLoadError may come out.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/anatomy_model.h"
#include "common/base64.h"
#include "fuzz_support.h"

namespace {

using nlohmann::json;
using soleus::fuzz::Choices;
using soleus::testing::base64;

float pick_float(Choices& c) {
  static const float kPalette[] = {0.0f,
                                   1.0f,
                                   -1.0f,
                                   0.5f,
                                   0.25f,
                                   2.0f,
                                   -0.0f,
                                   1e-3f,
                                   1e3f,
                                   1e7f,
                                   1e38f,
                                   std::numeric_limits<float>::quiet_NaN(),
                                   std::numeric_limits<float>::infinity(),
                                   -std::numeric_limits<float>::infinity(),
                                   std::numeric_limits<float>::denorm_min(),
                                   std::numeric_limits<float>::max()};
  if (c.chance(4)) return kPalette[c.below(16)];
  return static_cast<float>(static_cast<int>(c.below(2001)) - 1000) / 100.0f;
}

json number_array(Choices& c, std::size_t n) {
  json a = json::array();
  for (std::size_t i = 0; i < n; ++i) {
    const float f = pick_float(c);
    a.push_back(std::isfinite(f) ? json(f) : json(1e300));  // JSON has no NaN: the largest it can say
  }
  return a;
}

json make_nodes(Choices& c, std::uint32_t count, std::uint32_t meshes) {
  json nodes = json::array();
  for (std::uint32_t i = 0; i < count; ++i) {
    json node = json::object();
    static const char* const kNames[] = {"tibia", "soleus", "knee", "ankle", "subtalar",
                                         "mtp",   "thigh",  "skin", "x"};
    if (c.chance(2)) node["name"] = kNames[c.below(9)];
    if (meshes > 0 && c.chance(2)) node["mesh"] = c.below(meshes + 1);  // sometimes one past the end
    switch (c.below(4)) {
      case 0: node["matrix"] = number_array(c, 16); break;
      case 1: node["translation"] = number_array(c, 3); break;
      case 2:
        node["rotation"] = number_array(c, 4);
        node["scale"] = number_array(c, 3);
        break;
      default: break;
    }
    nodes.push_back(node);
  }
  // 0: a chain (as deep as there are nodes), 1: a random tree, 2: random edges (shared, cycles).
  const std::uint32_t shape = c.below(3);
  for (std::uint32_t i = 1; i < count; ++i) {
    const std::uint32_t parent = shape == 0 ? i - 1 : shape == 1 ? c.below(i) : c.below(count);
    nodes[parent]["children"].push_back(i);
  }
  return nodes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Choices c(data, size);
  json gltf = {{"asset", {{"version", c.chance(16) ? "1.0" : "2.0"}}}};

  // Buffer 0: floats then indices, from the palette and the input.
  std::string bin;
  const std::uint32_t floats = c.below(256);
  for (std::uint32_t i = 0; i < floats; ++i) {
    const float f = pick_float(c);
    bin.append(reinterpret_cast<const char*>(&f), 4);
  }
  const std::uint32_t indices = c.below(128);
  for (std::uint32_t i = 0; i < indices; ++i) {
    const std::uint32_t index = c.chance(16) ? 0xffffffffu : c.below(floats / 3 + 2);
    bin.append(reinterpret_cast<const char*>(&index), 4);
  }
  const bool glb = c.chance(2);
  json buffer = {{"byteLength", c.chance(16) ? bin.size() + c.below(1u << 20) : bin.size()}};
  switch (c.below(8)) {
    case 0: buffer["uri"] = "../outside.bin"; break;
    case 1: buffer["uri"] = "missing.bin"; break;
    default:
      if (!glb) buffer["uri"] = "data:application/octet-stream;base64," + base64(bin);
      break;
  }
  gltf["buffers"] = json::array({buffer});

  const std::uint32_t views = 1 + c.below(4);
  for (std::uint32_t v = 0; v < views; ++v) {
    const std::uint32_t offset =
        c.chance(8) ? c.below(static_cast<std::uint32_t>(bin.size()) + 64) : (v == 0 ? 0 : floats * 4);
    json view = {{"buffer", c.chance(32) ? 1 : 0},
                 {"byteOffset", offset & ~3u},
                 {"byteLength", c.below(static_cast<std::uint32_t>(bin.size()) + 16)}};
    if (c.chance(4)) view["byteStride"] = 4 * c.below(64);
    gltf["bufferViews"].push_back(view);
  }

  static const int kComponents[] = {5120, 5121, 5122, 5123, 5125, 5126, 5126, 5126};
  static const char* const kTypes[] = {"SCALAR", "VEC2", "VEC3", "VEC3", "VEC4", "MAT4"};
  const std::uint32_t accessors = 1 + c.below(8);
  for (std::uint32_t a = 0; a < accessors; ++a) {
    json accessor = {{"componentType", kComponents[c.below(8)]},
                     {"type", kTypes[c.below(6)]},
                     {"count", c.chance(32) ? c.below(1u << 27) : c.below(64)}};
    if (!c.chance(16)) accessor["bufferView"] = c.below(views + 1);
    if (c.chance(4)) accessor["byteOffset"] = 4 * c.below(16);
    if (c.chance(2)) {
      accessor["min"] = number_array(c, 3);
      accessor["max"] = number_array(c, 3);
    }
    if (c.chance(16))
      accessor["sparse"] = {{"count", c.below(8)},
                            {"indices", {{"bufferView", c.below(views)}, {"componentType", 5125}}},
                            {"values", {{"bufferView", c.below(views)}}}};
    gltf["accessors"].push_back(accessor);
  }

  const std::uint32_t meshes = 1 + c.below(3);
  for (std::uint32_t m = 0; m < meshes; ++m) {
    json primitives = json::array();
    for (std::uint32_t p = 0, n = 1 + c.below(2); p < n; ++p) {
      json attributes = {{"POSITION", c.below(accessors)}};
      static const char* const kAttributes[] = {"NORMAL", "TEXCOORD_0", "JOINTS_0", "WEIGHTS_0", "COLOR_0"};
      for (const char* name : kAttributes)
        if (c.chance(3)) attributes[name] = c.below(accessors);
      json primitive = {{"attributes", attributes}};
      if (c.chance(2)) primitive["indices"] = c.below(accessors);
      if (c.chance(4)) primitive["mode"] = c.below(8);
      primitives.push_back(primitive);
    }
    gltf["meshes"].push_back({{"primitives", primitives}});
  }

  const std::uint32_t node_count = 1 + (c.chance(8) ? c.below(2000) : c.below(24));
  gltf["nodes"] = make_nodes(c, node_count, meshes);
  if (c.chance(3)) {
    json joints = json::array();
    for (std::uint32_t j = 0, n = 1 + c.below(6); j < n; ++j) joints.push_back(c.below(node_count + 1));
    json skin = {{"joints", joints}};
    if (c.chance(2)) skin["inverseBindMatrices"] = c.below(accessors);
    gltf["skins"] = json::array({skin});
    for (json& node : gltf["nodes"])
      if (node.contains("mesh") && c.chance(2)) node["skin"] = 0;
  }
  gltf["scenes"] = json::array({{{"nodes", json::array({0})}}});
  gltf["scene"] = 0;

  std::string file = gltf.dump();
  if (glb) {
    while (file.size() % 4) file += ' ';
    while (bin.size() % 4) bin += '\0';
    std::string out = "glTF";
    const auto u32 = [&out](std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); };
    u32(2);
    u32(static_cast<std::uint32_t>(12 + 8 + file.size() + 8 + bin.size()));
    u32(static_cast<std::uint32_t>(file.size()));
    u32(0x4E4F534Au);
    out += file;
    u32(static_cast<std::uint32_t>(bin.size()));
    u32(0x004E4942u);
    out += bin;
    file = out;
  }
  soleus::fuzz::write_scratch("gltf_gen", "outside.bin", bin.data(), bin.size());
  std::filesystem::create_directories(soleus::fuzz::scratch_dir("gltf_gen") / "models");
  const auto path = soleus::fuzz::write_scratch("gltf_gen", glb ? "models/gen.glb" : "models/gen.gltf",
                                                file.data(), file.size());
  static const soleus::anatomy::RoleTable roles = soleus::anatomy::RoleTable::with_defaults();
  try {
    soleus::anatomy::load_anatomy_model(path, roles);
  } catch (const soleus::anatomy::ModelLoadError&) {
  }
  return 0;
}
