// Processed-model cache (model_cache.h): one bulk read, strict validation, atomic rewrite.
#include "anatomy/model_cache.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

#include "anatomy/limits.h"
#include "core/files.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'S', 'O', 'L', 'E', 'U', 'S', 'M', 'C'};
constexpr std::uint32_t kByteOrderMark = 0x01020304u;
constexpr std::size_t kHeaderSize = 8 + 4 + 4 + 8 + 8;  // magic, version, bom, payload size, hash

// The arrays are written as raw memory, so their element types must be plain and packed.
static_assert(sizeof(Vec2) == 8 && sizeof(Vec3) == 12 && sizeof(Mat4) == 64, "glm types must be packed");
static_assert(std::is_trivially_copyable_v<Vec3> && std::is_trivially_copyable_v<Mat4>);
static_assert(std::is_trivially_copyable_v<VertexWeights> && sizeof(VertexWeights) == 24);

bool cache_disabled() {
  const char* off = std::getenv("SOLEUS_LAB_NO_CACHE");
  return off && *off && std::strcmp(off, "0") != 0;
}

// FNV-1a over the path text: stable across runs and builds (std::hash is not guaranteed to be).
std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

// Word-at-a-time hash of the payload: catches truncation and bit rot at several GB/s.
std::uint64_t payload_hash(const char* data, std::size_t size) {
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ size;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 31;
  }
  for (; i < size; ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

fs::path absolute_source(const fs::path& source) {
  std::error_code ec;
  fs::path abs = fs::absolute(source, ec);
  return ec ? source.lexically_normal() : abs.lexically_normal();
}

// What the cache is keyed by: the source's bytes (a hash of them) and size, so a file replaced
// by another of the same size and time (cp -p, rsync -t) is never served stale geometry.
struct SourceStamp {
  std::uint64_t size = 0;
  std::uint64_t content_hash = 0;
};

// A model set (a folder, or its .json description) is keyed by every regular file in the folder:
// names, sizes and bytes, so adding, renaming or editing a part or the description is a miss.
std::optional<SourceStamp> folder_stamp(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::error_code type_error;
    if (it->is_regular_file(type_error)) files.push_back(it->path());
    if (files.size() > 2 * limits::kMaxSetFiles) return std::nullopt;
  }
  if (error) return std::nullopt;
  std::sort(files.begin(), files.end());
  SourceStamp stamp;
  std::string keyed;  // per file: name, size, hash of its bytes
  for (const fs::path& file : files) {
    std::string bytes;
    if (!core::read_file(file, limits::kMaxModelFileBytes, bytes).empty()) return std::nullopt;
    stamp.size += bytes.size();
    const std::uint64_t hash = payload_hash(bytes.data(), bytes.size());
    keyed += file.filename().string() + '\0' + std::to_string(bytes.size()) + '\0' + std::to_string(hash) + '\0';
  }
  stamp.content_hash = payload_hash(keyed.data(), keyed.size());
  return stamp;
}

std::optional<SourceStamp> stamp_of(const fs::path& source) {
  std::error_code error;
  if (fs::is_directory(source, error)) return folder_stamp(source);
  if (source.extension() == ".json") return folder_stamp(source.parent_path().empty() ? fs::path(".") : source.parent_path());
  std::string bytes;
  if (!core::read_file(source, limits::kMaxModelFileBytes, bytes).empty()) return std::nullopt;
  return SourceStamp{bytes.size(), payload_hash(bytes.data(), bytes.size())};
}

// --- writing ---------------------------------------------------------------------------------

class Writer {
 public:
  template <typename T>
  void put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes(&value, sizeof(T));
  }
  void string(const std::string& s) {
    put(static_cast<std::uint32_t>(s.size()));
    bytes(s.data(), s.size());
  }
  template <typename T>
  void array(const std::vector<T>& v) {
    put(static_cast<std::uint64_t>(v.size()));
    bytes(v.data(), v.size() * sizeof(T));
  }
  void bytes(const void* data, std::size_t size) {
    if (size) out_.append(static_cast<const char*>(data), size);
  }
  std::string& buffer() { return out_; }

 private:
  std::string out_;
};

// --- reading ---------------------------------------------------------------------------------

// A bounds-checked cursor over the bulk-read file: every read fails softly past the end.
class Reader {
 public:
  Reader(const char* begin, const char* end) : p_(begin), end_(end) {}

  template <typename T>
  bool get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    return bytes(&value, sizeof(T));
  }
  bool string(std::string& s) {
    std::uint32_t n = 0;
    if (!get(n) || n > remaining()) return false;
    s.assign(p_, n);
    p_ += n;
    return true;
  }
  template <typename T>
  bool array(std::vector<T>& v) {
    std::uint64_t n = 0;
    if (!get(n) || n > remaining() / sizeof(T)) return false;  // also guards huge allocations
    v.resize(static_cast<std::size_t>(n));
    return bytes(v.data(), static_cast<std::size_t>(n) * sizeof(T));
  }
  bool bytes(void* out, std::size_t n) {
    if (n > remaining()) return false;
    if (n) std::memcpy(out, p_, n);
    p_ += n;
    return true;
  }
  std::size_t remaining() const { return static_cast<std::size_t>(end_ - p_); }

 private:
  const char* p_;
  const char* end_;
};

constexpr std::uint32_t kLastRole = static_cast<std::uint32_t>(StructureRole::Skin);
constexpr std::uint32_t kLastGroup = static_cast<std::uint32_t>(StructureGroup::Other);
constexpr std::uint8_t kLastJointKind = static_cast<std::uint8_t>(JointKind::Other);

// A model set's description: a flag, then its choices, parts (file, role or none, offset) and
// joint nudges (name, offset, axis or none).
constexpr std::uint8_t kUndecided = 2;     // an optional choice left open
constexpr std::uint32_t kNoRole = 0xffffffffu;

void write_set(Writer& out, const std::optional<SetDescription>& set) {
  out.put(static_cast<std::uint8_t>(set.has_value()));
  if (!set) return;
  const auto choice = [](const auto& value) {
    return value ? static_cast<std::uint8_t>(*value) : kUndecided;
  };
  out.put(choice(set->millimetres));
  out.put(choice(set->z_up));
  out.put(choice(set->side));
  out.put(set->placement ? static_cast<std::uint8_t>(*set->placement) : std::uint8_t{0xff});
  out.put(static_cast<std::uint32_t>(set->parts.size()));
  for (const SetPart& part : set->parts) {
    out.string(part.file.generic_string());
    out.put(part.role ? static_cast<std::uint32_t>(*part.role) : kNoRole);
    out.put(part.offset_m);
  }
  out.put(static_cast<std::uint32_t>(set->joints.size()));
  for (const auto& [joint, nudge] : set->joints) {
    out.string(joint);
    out.put(nudge.offset_m);
    out.put(static_cast<std::uint8_t>(nudge.axis.has_value()));
    out.put(nudge.axis.value_or(Vec3(0.0f)));
  }
}

bool read_set(Reader& in, std::optional<SetDescription>& set) {
  std::uint8_t present = 0;
  if (!in.get(present) || present > 1) return false;
  if (!present) return true;
  SetDescription read;
  std::uint8_t millimetres = 0, z_up = 0, side = 0, placement = 0;
  std::uint32_t count = 0;
  if (!in.get(millimetres) || !in.get(z_up) || !in.get(side) || !in.get(placement) || !in.get(count)) return false;
  if (millimetres > kUndecided || z_up > kUndecided || side > kUndecided || count > in.remaining()) return false;
  if (placement != 0xff && placement > static_cast<std::uint8_t>(SetPlacement::Rajagopal)) return false;
  if (millimetres != kUndecided) read.millimetres = millimetres == 1;
  if (z_up != kUndecided) read.z_up = z_up == 1;
  if (side != kUndecided) read.side = static_cast<LegSide>(side);
  if (placement != 0xff) read.placement = static_cast<SetPlacement>(placement);
  read.parts.resize(count);
  for (SetPart& part : read.parts) {
    std::string file;
    std::uint32_t role = 0;
    if (!in.string(file) || !in.get(role) || !in.get(part.offset_m)) return false;
    if (role != kNoRole && role > kLastRole) return false;
    part.file = file;
    if (role != kNoRole) part.role = static_cast<StructureRole>(role);
  }
  std::uint32_t joints = 0;
  if (!in.get(joints) || joints > in.remaining()) return false;
  for (std::uint32_t j = 0; j < joints; ++j) {
    std::string joint;
    JointNudge nudge;
    std::uint8_t has_axis = 0;
    Vec3 axis(0.0f);
    if (!in.string(joint) || !in.get(nudge.offset_m) || !in.get(has_axis) || !in.get(axis) || has_axis > 1) return false;
    if (has_axis) nudge.axis = axis;
    read.joints[joint] = nudge;
  }
  set = std::move(read);
  return true;
}

bool read_payload(Reader& in, const fs::path& source, const SourceStamp& stamp, const RoleTable& roles,
                  AnatomyModel& model) {
  SourceStamp stored;
  std::string stored_path;
  if (!in.get(stored.size) || !in.get(stored.content_hash) || !in.string(stored_path)) return false;
  if (stored.size != stamp.size || stored.content_hash != stamp.content_hash) return false;
  if (stored_path != absolute_source(source).string()) return false;  // hash collision or moved cache

  std::uint32_t count = 0;
  if (!in.get(count) || count > in.remaining()) return false;
  model.notes.resize(count);
  for (std::string& note : model.notes)
    if (!in.string(note)) return false;
  if (!in.get(model.bounds.min) || !in.get(model.bounds.max)) return false;

  if (!in.get(count) || count > in.remaining()) return false;
  model.rig.joints.resize(count);
  for (std::size_t j = 0; j < model.rig.joints.size(); ++j) {
    Joint& joint = model.rig.joints[j];
    std::uint8_t kind = 0;
    std::int32_t parent = 0;
    if (!in.string(joint.name) || !in.get(kind) || !in.get(parent) || !in.get(joint.rest_local) ||
        !in.get(joint.inverse_bind))
      return false;
    if (kind > kLastJointKind || parent < -1 || parent >= static_cast<std::int32_t>(j)) return false;
    joint.kind = static_cast<JointKind>(kind);
    joint.parent = parent;
  }
  const std::size_t joint_count = model.rig.joints.size();
  if (!read_set(in, model.set)) return false;
  const std::int32_t part_count = model.set ? static_cast<std::int32_t>(model.set->parts.size()) : 0;

  const std::string file_stem = source.stem().string();
  const StructureRole stem_role = roles.resolve(file_stem);
  if (!in.get(count) || count > in.remaining()) return false;
  model.structures.resize(count);
  for (Structure& s : model.structures) {
    std::uint32_t role = 0, group = 0, name_role = 0, stored_stem_role = 0;
    if (!in.string(s.name) || !in.get(role) || !in.get(group) || !in.get(name_role) ||
        !in.get(stored_stem_role))
      return false;
    if (role > kLastRole || group > kLastGroup || name_role > kLastRole || stored_stem_role > kLastRole)
      return false;
    // The roles were resolved with some RoleTable; a table that reads these names differently
    // (custom aliases) must not be served a stale answer.
    if (static_cast<StructureRole>(name_role) != roles.resolve(s.name) ||
        static_cast<StructureRole>(stored_stem_role) != stem_role)
      return false;
    s.role = static_cast<StructureRole>(role);
    s.group = static_cast<StructureGroup>(group);
    core::TriangleMesh& mesh = s.mesh;
    std::int32_t part = -1;
    if (!in.array(mesh.positions) || !in.array(mesh.normals) || !in.array(mesh.uvs) ||
        !in.array(mesh.indices) || !in.array(s.skin) || !in.get(part) || part < -1 || part >= part_count)
      return false;
    s.part = part;
    const std::size_t vertices = mesh.positions.size();
    if (mesh.normals.size() != vertices || mesh.uvs.size() > vertices || mesh.indices.size() % 3 != 0)
      return false;
    if (!s.skin.empty() && s.skin.size() != vertices) return false;
    for (const std::uint32_t index : mesh.indices)
      if (index >= vertices) return false;
    for (const VertexWeights& w : s.skin)
      for (const std::uint16_t j : w.joints)
        if (j >= joint_count) return false;
  }
  return in.remaining() == 0;
}

}  // namespace

fs::path model_cache_directory() {
  if (cache_disabled()) return {};
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg) / "soleus-lab";
  const char* home = std::getenv("HOME");
  if (home && *home) return fs::path(home) / ".cache" / "soleus-lab";
  return {};
}

fs::path model_cache_file(const fs::path& source) {
  const fs::path dir = model_cache_directory();
  if (dir.empty()) return {};
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.model",
                static_cast<unsigned long long>(fnv1a(absolute_source(source).string())));
  return dir / name;
}

std::optional<AnatomyModel> read_model_cache(const fs::path& cache_file, const fs::path& source,
                                             const RoleTable& roles) {
  try {
    // Non-blocking and regular files only (a FIFO here hung start-up), size-bounded.
    core::InputFile file(cache_file, limits::kMaxCacheFileBytes);
    if (!file.ok() || file.size() < kHeaderSize) return std::nullopt;
    // The header is checked against the file's real size before any payload byte is read, so
    // a huge foreign file costs one 32-byte read, not its size in memory.
    char header_bytes[kHeaderSize];
    if (!file.read(header_bytes, kHeaderSize)) return std::nullopt;
    Reader header(header_bytes, header_bytes + kHeaderSize);
    char magic[8];
    std::uint32_t version = 0, bom = 0;
    std::uint64_t payload_size = 0, hash = 0;
    header.bytes(magic, sizeof magic);
    header.get(version);
    header.get(bom);
    header.get(payload_size);
    header.get(hash);
    if (std::memcmp(magic, kMagic, sizeof magic) != 0 || version != kModelCacheVersion ||
        bom != kByteOrderMark || payload_size != file.size() - kHeaderSize)
      return std::nullopt;
    const std::optional<SourceStamp> stamp = stamp_of(source);
    if (!stamp) return std::nullopt;
    std::vector<char> payload(static_cast<std::size_t>(payload_size));
    if (!file.read(payload.data(), payload.size())) return std::nullopt;
    if (payload_hash(payload.data(), payload.size()) != hash) return std::nullopt;

    Reader in(payload.data(), payload.data() + payload.size());
    AnatomyModel model;
    if (!read_payload(in, source, *stamp, roles, model)) return std::nullopt;
    model.source = source;
    return model;
  } catch (...) {  // e.g. bad_alloc from a hostile size that slipped through: still just a miss
    return std::nullopt;
  }
}

void seal_model_cache(std::string& bytes) {
  if (bytes.size() < kHeaderSize) return;
  const std::uint64_t payload_size = bytes.size() - kHeaderSize;
  const std::uint64_t hash = payload_hash(bytes.data() + kHeaderSize, static_cast<std::size_t>(payload_size));
  std::memcpy(bytes.data() + 16, &payload_size, 8);
  std::memcpy(bytes.data() + 24, &hash, 8);
}

void tidy_model_cache(const fs::path& directory, std::uint64_t max_total_bytes, const fs::path& keep) {
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  std::vector<std::pair<fs::file_time_type, fs::path>> caches;
  std::uint64_t total = 0;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& file = it->path();
    if (!it->is_regular_file(ec)) continue;
    const fs::file_time_type written = it->last_write_time(ec);
    if (ec) continue;
    const std::string name = file.filename().string();
    if (name.find(core::kTemporaryMarker) != std::string::npos) {
      // A writer killed between creating and renaming its temporary; a live one is younger.
      if (now - written > limits::kStaleTemporaryAge) fs::remove(file, ec);
    } else if (file.extension() == ".model") {
      total += it->file_size(ec);
      caches.emplace_back(written, file);
    }
  }
  std::sort(caches.begin(), caches.end());  // oldest first (a hit refreshes a cache's time)
  for (const auto& [written, file] : caches) {
    if (total <= max_total_bytes) break;
    if (file == keep) continue;
    const std::uint64_t size = fs::file_size(file, ec);
    if (fs::remove(file, ec)) total -= size;
  }
}

bool write_model_cache(const fs::path& cache_file, const fs::path& source, const AnatomyModel& model,
                       const RoleTable& roles) {
  const std::optional<SourceStamp> stamp = stamp_of(source);
  if (!stamp || cache_file.empty()) return false;
  try {
    Writer out;
    std::size_t bytes = 1024;
    for (const Structure& s : model.structures)
      bytes += s.mesh.positions.size() * (sizeof(Vec3) * 2 + sizeof(Vec2) + sizeof(VertexWeights)) +
               s.mesh.indices.size() * 4 + s.name.size() + 64;
    out.buffer().reserve(bytes + kHeaderSize);
    // Header first with a placeholder size and hash, patched once the payload is known.
    out.bytes(kMagic, sizeof kMagic);
    out.put(kModelCacheVersion);
    out.put(kByteOrderMark);
    out.put(std::uint64_t{0});
    out.put(std::uint64_t{0});

    out.put(stamp->size);
    out.put(stamp->content_hash);
    out.string(absolute_source(source).string());
    out.put(static_cast<std::uint32_t>(model.notes.size()));
    for (const std::string& note : model.notes) out.string(note);
    out.put(model.bounds.min);
    out.put(model.bounds.max);
    out.put(static_cast<std::uint32_t>(model.rig.joints.size()));
    for (const Joint& joint : model.rig.joints) {
      out.string(joint.name);
      out.put(static_cast<std::uint8_t>(joint.kind));
      out.put(static_cast<std::int32_t>(joint.parent));
      out.put(joint.rest_local);
      out.put(joint.inverse_bind);
    }
    write_set(out, model.set);
    const StructureRole stem_role = roles.resolve(source.stem().string());
    out.put(static_cast<std::uint32_t>(model.structures.size()));
    for (const Structure& s : model.structures) {
      out.string(s.name);
      out.put(static_cast<std::uint32_t>(s.role));
      out.put(static_cast<std::uint32_t>(s.group));
      out.put(static_cast<std::uint32_t>(roles.resolve(s.name)));
      out.put(static_cast<std::uint32_t>(stem_role));
      out.array(s.mesh.positions);
      out.array(s.mesh.normals);
      out.array(s.mesh.uvs);
      out.array(s.mesh.indices);
      out.array(s.skin);
      out.put(static_cast<std::int32_t>(s.part));
    }

    std::string& buffer = out.buffer();
    seal_model_cache(buffer);
    std::error_code ec;
    fs::create_directories(cache_file.parent_path(), ec);
    if (!core::write_output_file(cache_file, buffer).empty()) return false;
    tidy_model_cache(cache_file.parent_path(), limits::kMaxCacheTotalBytes, cache_file);
    return true;
  } catch (...) {
    return false;
  }
}

AnatomyModel load_anatomy_model_cached(const fs::path& path, const RoleTable& roles, ModelCacheOutcome* outcome,
                                       const LoadProgress& progress) {
  const fs::path cache_file = model_cache_file(path);
  if (cache_file.empty()) {
    if (outcome) *outcome = ModelCacheOutcome::Disabled;
    return load_anatomy_model(path, roles, progress);
  }
  if (std::optional<AnatomyModel> cached = read_model_cache(cache_file, path, roles)) {
    std::error_code ec;  // used now: the last to be evicted when the cache outgrows its bound
    fs::last_write_time(cache_file, fs::file_time_type::clock::now(), ec);
    if (outcome) *outcome = ModelCacheOutcome::Hit;
    return std::move(*cached);
  }
  // Stamp before and after loading: a file that changes during the load is not cached, so the
  // cache never pairs one version's key with another version's geometry.
  const std::optional<SourceStamp> before = stamp_of(path);
  AnatomyModel model = load_anatomy_model(path, roles, progress);  // throws ModelLoadError as usual
  const std::optional<SourceStamp> after = stamp_of(path);
  if (before && after && before->size == after->size && before->content_hash == after->content_hash)
    write_model_cache(cache_file, path, model, roles);
  if (outcome) *outcome = ModelCacheOutcome::Miss;
  return model;
}

}  // namespace soleus::anatomy
