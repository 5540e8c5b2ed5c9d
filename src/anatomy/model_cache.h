#pragma once
/// A processed-model cache: the AnatomyModel that Assimp and our post-processing produced, stored
/// as one compact binary file so the next start reads it with a single bulk read instead of
/// parsing and post-processing the source again.
///
/// Where: $XDG_CACHE_HOME/soleus-lab, else ~/.cache/soleus-lab; one file per source, named from a
/// hash of the source's absolute path. SOLEUS_LAB_NO_CACHE=1 disables the cache entirely.
///
/// File layout (native byte order, recorded in the header; version kModelCacheVersion):
///   header   magic "SOLEUSMC", u32 version, u32 byte-order mark, u64 payload size, u64 payload hash
///   payload  u64 source size, u64 hash of the source's bytes, source path, notes, bounds, rig
///            joints, a model set's description (a flag, its choices, its parts), structures
///            (name, role, group, the roles the name and file stem resolve to, positions,
///            normals, uvs, indices, skin weights, the set's part)
/// The cache is keyed by the source's content (size and hash of its bytes) and path, never its
/// time, so a file replaced by another of the same size and time is not served stale geometry.
/// A model set (a folder, or its .json description) is keyed by every regular file in its folder
/// (names, sizes, bytes).
/// The file is opened without blocking and only if it is a regular file within
/// limits::kMaxCacheFileBytes; the header is checked against the file's real size before the
/// payload is read. Any mismatch (magic, version, byte order, size, hash, source size or content,
/// path, a role the given RoleTable resolves differently, an out-of-range index) makes the cache a
/// miss: the model is loaded through Assimp and the cache rewritten atomically
/// (core::write_output_file). A bad cache never throws, never hangs and never crashes. After each
/// write, temporaries older than limits::kStaleTemporaryAge (left by a killed write) are swept
/// and the oldest caches evicted until all of them fit in limits::kMaxCacheTotalBytes (a hit
/// refreshes a cache's time).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

/// Bumped whenever the layout or the loader's output changes, so stale caches are ignored.
inline constexpr std::uint32_t kModelCacheVersion = 5;  // 5: joint nudges; 4: model sets; 3: keyed by content; 2: glTF texcoords as written

/// What load_anatomy_model_cached did, for benchmarks and tests.
enum class ModelCacheOutcome {
  Disabled,  // SOLEUS_LAB_NO_CACHE=1 or no cache directory: loaded through Assimp only
  Hit,       // read from the cache
  Miss,      // no usable cache: loaded through Assimp, cache (re)written
};

/// Same result as load_anatomy_model(path, roles), bit for bit, but served from the processed
/// cache when it is valid for this file (same absolute path, size and content). Throws
/// ModelLoadError exactly when load_anatomy_model would. `outcome` (optional) reports hit/miss;
/// `progress` hears a miss's load (a hit is one bulk read).
AnatomyModel load_anatomy_model_cached(const std::filesystem::path& path, const RoleTable& roles,
                                       ModelCacheOutcome* outcome = nullptr, const LoadProgress& progress = {});

/// The cache directory in use, or empty when the cache is disabled or there is no home/XDG dir.
std::filesystem::path model_cache_directory();

/// The cache file that would hold `source` (empty when the cache is disabled).
std::filesystem::path model_cache_file(const std::filesystem::path& source);

/// Reads a cache file; nullopt for a missing, stale (source size/content/path changed), corrupt,
/// truncated or foreign file, or one whose roles `roles` would resolve differently. Never throws.
std::optional<AnatomyModel> read_model_cache(const std::filesystem::path& cache_file,
                                             const std::filesystem::path& source,
                                             const RoleTable& roles);

/// Writes `model` (loaded from `source`) to `cache_file` atomically (core::write_output_file),
/// then tidies the directory (tidy_model_cache). Returns false (and leaves no partial file) on
/// any failure.
bool write_model_cache(const std::filesystem::path& cache_file, const std::filesystem::path& source,
                       const AnatomyModel& model, const RoleTable& roles);

/// Fills in the header's payload size and hash of a cache file's bytes (the writer's last step;
/// the cache fuzz target uses it to reach the payload parser with mutated payloads).
void seal_model_cache(std::string& bytes);

/// Removes temporaries older than limits::kStaleTemporaryAge, then the oldest *.model files
/// (never `keep`) until the rest fit in `max_total_bytes`.
void tidy_model_cache(const std::filesystem::path& directory, std::uint64_t max_total_bytes,
                      const std::filesystem::path& keep);

}  // namespace soleus::anatomy
