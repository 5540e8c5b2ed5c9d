// Pre-import checks of declared sizes, counts and depths (model_checks.h).
#include "anatomy/model_checks.h"

#include <cstdint>
#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/limits.h"

namespace soleus::anatomy {
namespace {

using Json = nlohmann::json;
using limits::kMaxDeclaredElements;

std::string over(const std::string& what, std::uint64_t value, std::uint64_t limit) {
  return what + " is " + std::to_string(value) + ", over the limit of " + std::to_string(limit);
}

// Deepest nesting of arrays and objects, counted without parsing (so without recursion).
int json_nesting(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// A non-negative integer field, or `fallback` when absent; nullopt-like -1 when malformed.
std::int64_t field(const Json& object, const char* key, std::int64_t fallback) {
  const auto it = object.find(key);
  if (it == object.end()) return fallback;
  return it->is_number_unsigned()
             ? static_cast<std::int64_t>(std::min<std::uint64_t>(it->get<std::uint64_t>(), INT64_MAX))
             : -1;
}

const Json& array_or_empty(const Json& object, const char* key) {
  static const Json empty = Json::array();
  const auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : empty;
}

// Every node has at most one parent and the tree is at most kMaxNodeDepth deep; walked with an
// explicit stack, so this check cannot overflow the stack it protects. glTF 2 lists nodes in an
// array and children by index; glTF 1 in an object keyed by id, children by id.
std::string check_node_tree(const Json& gltf) {
  const auto found = gltf.find("nodes");
  if (found == gltf.end() || !(found->is_array() || found->is_object())) return "";
  std::vector<const Json*> nodes;
  std::map<std::string, std::size_t> index_of;
  for (auto it = found->begin(); it != found->end(); ++it) {
    if (found->is_object()) index_of.emplace(it.key(), nodes.size());
    nodes.push_back(&*it);
  }
  const std::size_t count = nodes.size();
  // Each node's children as indices; a child that names no node is refused.
  std::vector<std::vector<std::size_t>> children(count);
  std::vector<int> parents(count, 0);
  for (std::size_t n = 0; n < count; ++n) {
    if (!nodes[n]->is_object()) continue;
    for (const Json& child : array_or_empty(*nodes[n], "children")) {
      std::size_t c = count;
      if (child.is_number_unsigned() && child.get<std::uint64_t>() < count) c = child.get<std::size_t>();
      if (child.is_string() && index_of.count(child.get<std::string>()))
        c = index_of[child.get<std::string>()];
      if (c == count) return "node " + std::to_string(n) + " lists a child that does not exist";
      if (++parents[c] > 1) return "node " + std::to_string(c) + " has more than one parent";
      children[n].push_back(c);
    }
  }
  std::vector<std::pair<std::size_t, int>> stack;  // node, depth
  std::size_t reached = 0;
  for (std::size_t n = 0; n < count; ++n)
    if (parents[n] == 0) stack.emplace_back(n, 1);
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    ++reached;
    if (depth > limits::kMaxNodeDepth)
      return "the node hierarchy is deeper than the limit of " + std::to_string(limits::kMaxNodeDepth) +
             " levels";
    for (const std::size_t child : children[node]) stack.emplace_back(child, depth + 1);
  }
  // With one parent each, a node no root reaches sits on a cycle.
  if (reached != count) return "the node hierarchy has a cycle";
  return "";
}

std::uint64_t component_bytes(const Json& accessor) {
  switch (field(accessor, "componentType", 0)) {
    case 5120:
    case 5121: return 1;  // (unsigned) byte
    case 5122:
    case 5123: return 2;  // (unsigned) short
    case 5125:
    case 5126: return 4;  // unsigned int, float
    default: return 4;    // unknown: Assimp refuses it; assume the widest common size
  }
}

std::uint64_t components(const Json& accessor) {
  const auto type = accessor.find("type");
  if (type == accessor.end() || !type->is_string()) return 1;
  const std::string t = type->get<std::string>();
  if (t == "VEC2") return 2;
  if (t == "VEC3") return 3;
  if (t == "VEC4" || t == "MAT2") return 4;
  if (t == "MAT3") return 9;
  if (t == "MAT4") return 16;
  return 1;
}

// The bytes a data: URI carries (base64 decodes 4 characters into 3 bytes).
std::uint64_t data_uri_bytes(const std::string& uri) {
  const std::size_t comma = uri.find(',');
  if (comma == std::string::npos) return 0;
  const bool base64 = uri.rfind(";base64", comma) != std::string::npos;
  const std::uint64_t text = uri.size() - comma - 1;
  return base64 ? text / 4 * 3 + 3 : text;
}

// `glb_binary`: the size of the GLB's BIN chunk (-1 without one), which backs a buffer without uri.
std::string check_gltf_json(std::string_view text, std::int64_t glb_binary) {
  if (json_nesting(text) > limits::kMaxJsonNesting)
    return "its JSON nests deeper than the limit of " + std::to_string(limits::kMaxJsonNesting) + " levels";
  Json gltf = Json::parse(text.begin(), text.end(), nullptr, false);
  if (gltf.is_discarded() || !gltf.is_object()) return "";  // not JSON we understand: Assimp reports it

  if (std::string reason = check_node_tree(gltf); !reason.empty()) return reason;

  std::vector<std::int64_t> buffer_bytes;
  for (const Json& buffer : array_or_empty(gltf, "buffers")) {
    const std::string where = "buffer " + std::to_string(buffer_bytes.size());
    const std::int64_t declared = buffer.is_object() ? field(buffer, "byteLength", -1) : -1;
    if (declared < 0) return where + " has no valid byteLength";
    const auto uri = buffer.find("uri");
    std::int64_t available = -1;  // external files: Assimp compares with their size
    if (uri == buffer.end())
      available = glb_binary;
    else if (uri->is_string() && uri->get<std::string>().rfind("data:", 0) == 0)
      available = static_cast<std::int64_t>(data_uri_bytes(uri->get<std::string>()));
    if (uri == buffer.end() && glb_binary < 0) return where + " has no data (no uri and no binary chunk)";
    if (available >= 0 && declared > available)
      return where + " declares " + std::to_string(declared) + " bytes but has " + std::to_string(available);
    buffer_bytes.push_back(declared);
  }

  std::vector<std::int64_t> view_bytes, view_stride;
  for (const Json& view : array_or_empty(gltf, "bufferViews")) {
    const std::string where = "buffer view " + std::to_string(view_bytes.size());
    if (!view.is_object()) return where + " is not an object";
    const std::int64_t buffer = field(view, "buffer", -1), offset = field(view, "byteOffset", 0),
                       length = field(view, "byteLength", -1), stride = field(view, "byteStride", 0);
    if (buffer < 0 || static_cast<std::size_t>(buffer) >= buffer_bytes.size())
      return where + " names no buffer";
    if (offset < 0 || length < 0 || stride < 0 || stride > 252)  // the glTF spec's largest stride
      return where + " has an invalid offset, length or stride";
    if (length > buffer_bytes[static_cast<std::size_t>(buffer)] - offset)
      return where + " runs past the end of buffer " + std::to_string(buffer);
    view_bytes.push_back(length);
    view_stride.push_back(stride);
  }

  // An accessor without a buffer view is zeros (plus sparse values): bytes the file does not
  // have. It may be as long as the longest accessor with data (a morph target's base), or
  // kMaxUnbackedElements, not the 2^26 a count allows (a 1 KB file asked for 800 MB that way).
  std::int64_t longest_backed = static_cast<std::int64_t>(limits::kMaxUnbackedElements);
  for (const Json& accessor : array_or_empty(gltf, "accessors"))
    if (accessor.is_object() && accessor.contains("bufferView"))
      longest_backed = std::max(longest_backed, field(accessor, "count", 0));
  std::size_t index = 0;
  for (const Json& accessor : array_or_empty(gltf, "accessors")) {
    const std::string where = "accessor " + std::to_string(index++);
    if (!accessor.is_object()) return where + " is not an object";
    const std::int64_t count = field(accessor, "count", -1), offset = field(accessor, "byteOffset", 0),
                       view = field(accessor, "bufferView", -2);
    if (count < 0 || offset < 0 || view == -1) return where + " has an invalid count, offset or buffer view";
    if (static_cast<std::uint64_t>(count) > kMaxDeclaredElements)
      return over(where + "'s count", count, kMaxDeclaredElements);
    if (accessor.contains("sparse") &&
        !(accessor["sparse"].is_object() && field(accessor["sparse"], "count", -1) >= 0 &&
          field(accessor["sparse"], "count", -1) <= count))
      return where + " has an invalid sparse count";
    if (view == -2 && count > longest_backed)
      return where + " has no data but declares " + std::to_string(count) +
             " elements, more than any accessor with data";
    if (view == -2 || count == 0) continue;
    if (static_cast<std::size_t>(view) >= view_bytes.size()) return where + " names no buffer view";
    if (offset > view_bytes[static_cast<std::size_t>(view)])
      return where + " starts past the end of its buffer view";
    const std::uint64_t element = component_bytes(accessor) * components(accessor);
    const std::uint64_t stride = view_stride[static_cast<std::size_t>(view)] > 0
                                     ? static_cast<std::uint64_t>(view_stride[static_cast<std::size_t>(view)])
                                     : element;
    const std::uint64_t needed =
        static_cast<std::uint64_t>(offset) + (static_cast<std::uint64_t>(count) - 1) * stride + element;
    if (needed > static_cast<std::uint64_t>(view_bytes[static_cast<std::size_t>(view)]))
      return where + " needs " + std::to_string(needed) + " bytes but its buffer view has " +
             std::to_string(view_bytes[static_cast<std::size_t>(view)]);
  }
  return "";
}

std::uint32_t le32(std::string_view bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (int k = 3; k >= 0; --k)
    v = (v << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(k)]);
  return v;
}

std::string check_glb(std::string_view bytes) {
  if (bytes.size() < 12) return "its GLB header is truncated";
  const std::uint32_t version = le32(bytes, 4), length = le32(bytes, 8);
  if (length > bytes.size())
    return "its GLB header declares " + std::to_string(length) + " bytes but the file has " +
           std::to_string(bytes.size());
  if (version == 1) {  // glTF 1.0 binary: one JSON scene block, then the body
    if (length < 20) return "its GLB header is truncated";
    const std::uint32_t scene_length = le32(bytes, 12);
    if (scene_length > length - 20) return "its GLB scene block runs past the end of the file";
    return check_gltf_json(bytes.substr(20, scene_length),
                           static_cast<std::int64_t>(length - 20 - scene_length));
  }
  if (version != 2) return "";  // unknown version: Assimp refuses it
  std::string_view json;
  std::int64_t binary = -1;
  for (std::size_t at = 12; at + 8 <= length;) {
    const std::uint64_t chunk = le32(bytes, at);
    const std::uint32_t type = le32(bytes, at + 4);
    if (chunk > length - at - 8)
      return "its GLB chunk at byte " + std::to_string(at) + " declares " + std::to_string(chunk) +
             " bytes but the file has " + std::to_string(length - at - 8) + " left";
    if (type == 0x4E4F534Au && json.empty())
      json = bytes.substr(at + 8, chunk);  // "JSON"
    else if (type == 0x004E4942u && binary < 0)
      binary = static_cast<std::int64_t>(chunk);  // "BIN\0"
    at += 8 + chunk;
  }
  return check_gltf_json(json, binary);
}

// PLY: the header must be well formed (Assimp 5.2's reader loops for ever on some malformed
// headers: a missing end_header, unknown keywords), and every element's count, times the least
// bytes one element takes, must fit in the bytes after it.
std::string check_ply(std::string_view bytes) {
  const auto scalar_bytes = [](const std::string& type) -> std::uint64_t {
    static const std::map<std::string, std::uint64_t> kSizes = {
        {"char", 1},  {"uchar", 1},   {"int8", 1},   {"uint8", 1},  {"short", 2}, {"ushort", 2},
        {"int16", 2}, {"uint16", 2},  {"int", 4},    {"uint", 4},   {"int32", 4}, {"uint32", 4},
        {"float", 4}, {"float32", 4}, {"double", 8}, {"float64", 8}};
    const auto it = kSizes.find(type);
    return it == kSizes.end() ? 0 : it->second;
  };
  struct Element {
    std::string name;
    std::uint64_t count = 0;
    std::uint64_t least_bytes = 0;  // per element
  };
  std::vector<Element> elements;
  bool ascii = false;
  std::size_t at = 0;
  for (int number = 1;; ++number) {
    const std::size_t newline = bytes.find('\n', at);
    if (newline == std::string_view::npos) return "its PLY header has no end_header line";
    std::string line(bytes.substr(at, newline - at));
    at = newline + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream words(line);
    std::string keyword, a, b, c, extra;
    words >> keyword >> a >> b >> c;
    const bool more = static_cast<bool>(words >> extra);
    const std::string bad = "its PLY header line " + std::to_string(number) + " is not valid";
    if (number == 1) {
      if (line != "ply") return bad;
    } else if (keyword == "end_header") {
      if (!a.empty()) return bad;
      break;
    } else if (keyword == "comment" || keyword == "obj_info") {
    } else if (keyword == "format") {
      if ((a != "ascii" && a != "binary_little_endian" && a != "binary_big_endian") || c.size()) return bad;
      ascii = a == "ascii";
    } else if (keyword == "element") {
      if (a.empty() || b.empty() || c.size() || b.size() > 18 ||
          b.find_first_not_of("0123456789") != std::string::npos)
        return bad;
      Element e{a, std::stoull(b), 0};
      if (e.count > kMaxDeclaredElements)
        return over("its element '" + e.name + "' count", e.count, kMaxDeclaredElements);
      elements.push_back(e);
    } else if (keyword == "property" && !elements.empty()) {
      const bool list = a == "list";
      if (list ? (!scalar_bytes(b) || !scalar_bytes(c) || !more)
               : (!scalar_bytes(a) || b.empty() || c.size()))
        return bad;
      // ASCII: at least one digit and one separator per value; binary: the value's size (a
      // list at least its count).
      elements.back().least_bytes += ascii ? 2 : scalar_bytes(list ? b : a);
    } else {
      return bad;
    }
  }
  const std::uint64_t body = bytes.size() - at;
  std::uint64_t needed = 0;
  for (const Element& e : elements) {
    // At least one byte per element even without properties (Assimp allocates per element).
    needed += e.count * std::max<std::uint64_t>(e.least_bytes, 1);  // < 2^26 * 8 * properties
    if (needed > body + 1)
      return "its header declares " + std::to_string(e.count) + " '" + e.name + "' elements, more than its " +
             std::to_string(body) + " bytes of data can hold";
  }
  return "";
}

std::string_view trim_left(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos ? std::string_view() : text.substr(first);
}

}  // namespace

std::string check_model_bytes(std::string_view bytes, const std::string& extension) {
  if (bytes.size() >= 4 && bytes.substr(0, 4) == "glTF") return check_glb(bytes);
  // Assimp picks the PLY reader by extension whatever the content, or by the "ply" signature.
  if (extension == ".ply" || bytes.substr(0, 3) == "ply") return check_ply(bytes);
  const std::string_view json = trim_left(bytes);
  if (!json.empty() && json.front() == '{') return check_gltf_json(json, -1);
  return "";
}

}  // namespace soleus::anatomy
