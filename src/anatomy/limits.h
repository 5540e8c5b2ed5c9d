#pragma once
/// The limits on model and cache files, in one place (docs/security.md lists them with what
/// happens past each). A file past a limit is refused with a ModelLoadError naming the file and
/// the limit, before Assimp allocates anything for it.
#include <chrono>
#include <cstddef>
#include <cstdint>

namespace soleus::anatomy::limits {

/// A model file on disk (any format). The largest BodyParts3D mesh is a few tens of MB.
inline constexpr std::uint64_t kMaxModelFileBytes = std::uint64_t{512} << 20;

/// Nesting of arrays and objects in glTF JSON (Assimp's JSON parser recurses per level).
inline constexpr int kMaxJsonNesting = 64;

/// Depth of the node hierarchy (Assimp and its post-processing recurse per level; anatomy
/// files nest a few levels, a rig about ten).
inline constexpr int kMaxNodeDepth = 256;

// A model set (a folder of mesh files, one structure each): more files than any leg has parts.
inline constexpr std::size_t kMaxSetFiles = 500;

/// Elements one declaration may announce (a glTF accessor's count, a PLY element's count),
/// whatever the file's size; counts backed by data must also fit in the bytes the file has.
inline constexpr std::uint64_t kMaxDeclaredElements = std::uint64_t{1} << 26;

/// Elements a glTF accessor without a buffer view (zeros plus sparse values: data the file does
/// not hold) may declare, unless an accessor with data in the same file is longer.
inline constexpr std::uint64_t kMaxUnbackedElements = std::uint64_t{1} << 16;

/// Coordinates beyond this magnitude (in the file's own units, before any mm -> m conversion)
/// are treated like NaN and infinity: their triangles are dropped with a warning.
inline constexpr float kMaxCoordinate = 1e7f;

/// One processed-cache file, and all of them together (the oldest are evicted past it).
inline constexpr std::uint64_t kMaxCacheFileBytes = std::uint64_t{1} << 30;
inline constexpr std::uint64_t kMaxCacheTotalBytes = std::uint64_t{1} << 30;

/// A cache temporary older than this was left by a killed write and is swept.
inline constexpr std::chrono::minutes kStaleTemporaryAge{10};

}  // namespace soleus::anatomy::limits
