// Model reads confined to the model's folder (confined_io.h).
#include "anatomy/confined_io.h"

#include <sys/stat.h>

#include <cstdlib>
#include <cstring>

namespace soleus::anatomy {

namespace fs = std::filesystem;

ConfinedIOSystem::ConfinedIOSystem(const fs::path& model) {
  std::error_code ec;
  const fs::path folder = fs::weakly_canonical(fs::absolute(model, ec).parent_path(), ec);
  folder_ = folder.string();
  if (folder_.empty() || folder_.back() != '/') folder_ += '/';
}

std::string ConfinedIOSystem::check(const char* file) const {
  // realpath resolves "..", symlinks and relative paths the way open() would.
  char* resolved = ::realpath(file, nullptr);
  if (resolved == nullptr) return "";  // missing: Assimp reports it as missing
  const std::string real = resolved;
  std::free(resolved);
  if (real.compare(0, folder_.size(), folder_) != 0)
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
  if (reason.empty() && std::strpbrk(mode, "wa+") != nullptr) reason = "'" + std::string(file) + "' would be written";
  if (!reason.empty()) {
    refusal_ = reason;
    return nullptr;
  }
  return DefaultIOSystem::Open(file, mode);
}

}  // namespace soleus::anatomy
