#pragma once
/// An Assimp IOSystem that lets an importer read only regular files inside the model's folder:
/// a buffer or texture reference that climbs out with "..", names an absolute path, follows a
/// symlink out of the folder, or names a FIFO or device is refused (Assimp then fails the load,
/// and refusal() says what was refused for the error message). Private to the anatomy module.
#include <assimp/DefaultIOSystem.h>

#include <filesystem>
#include <string>
#include <vector>

namespace soleus::anatomy {

class ConfinedIOSystem : public Assimp::DefaultIOSystem {
 public:
  /// `model`: the file being imported; reads are confined to its folder (for a symlinked model,
  /// also the folder of the file it points to).
  explicit ConfinedIOSystem(const std::filesystem::path& model);

  bool Exists(const char* file) const override;
  Assimp::IOStream* Open(const char* file, const char* mode = "rb") override;

  /// The last path refused and why, or "" when nothing was refused.
  const std::string& refusal() const { return refusal_; }

 private:
  std::string check(const char* file) const;  // "" or the reason

  std::vector<std::string> folders_;  // canonical, each with a trailing '/'
  mutable std::string refusal_;
};

}  // namespace soleus::anatomy
