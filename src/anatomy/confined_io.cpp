// Model reads confined to the model's folder (confined_io.h).
#include "anatomy/confined_io.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace soleus::anatomy {

namespace fs = std::filesystem;

ConfinedIOSystem::ConfinedIOSystem(const fs::path& model) {
  // The folder the path names and, for a symlinked model, the folder of the file it points to:
  // Assimp resolves references against the first, the model itself lives in the second.
  std::error_code ec;
  const fs::path given = fs::absolute(model, ec);
  const fs::path named = fs::weakly_canonical(given.parent_path(), ec);
  const fs::path real = fs::weakly_canonical(given, ec).parent_path();
  for (const fs::path& folder : {named, real}) {
    std::string prefix = folder.string();
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    if (std::find(folders_.begin(), folders_.end(), prefix) == folders_.end()) folders_.push_back(prefix);
  }
}

std::string ConfinedIOSystem::check(const char* file) const {
  // realpath resolves "..", symlinks and relative paths the way open() would.
  char* resolved = ::realpath(file, nullptr);
  if (resolved == nullptr) return "";  // missing: Assimp reports it as missing
  const std::string real = resolved;
  std::free(resolved);
  const auto inside = [&](const std::string& folder) { return real.compare(0, folder.size(), folder) == 0; };
  if (std::none_of(folders_.begin(), folders_.end(), inside))
    return "'" + std::string(file) + "' is outside the model's folder";
  struct stat st {};
  if (::stat(real.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
    return "'" + std::string(file) + "' is not a regular file";
  return "";
}

bool ConfinedIOSystem::Exists(const char* file) const {
  const std::string reason = check(file);
  if (!reason.empty()) {
    refusal_ = reason;
    return false;
  }
  return DefaultIOSystem::Exists(file);
}

Assimp::IOStream* ConfinedIOSystem::Open(const char* file, const char* mode) {
  std::string reason = check(file);
  if (reason.empty() && std::strpbrk(mode, "wa+") != nullptr)
    reason = "'" + std::string(file) + "' would be written";
  if (!reason.empty()) {
    refusal_ = reason;
    return nullptr;
  }
  return DefaultIOSystem::Open(file, mode);
}

}  // namespace soleus::anatomy
