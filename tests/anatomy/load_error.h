#pragma once
// The message load_anatomy_model throws for `path`, or "" when it loads.
#include <filesystem>
#include <string>

#include "anatomy/anatomy_model.h"

namespace soleus::anatomy {

inline std::string load_error(const std::filesystem::path& path) {
  try {
    load_anatomy_model(path, RoleTable::with_defaults());
  } catch (const ModelLoadError& e) {
    return e.what();
  }
  return "";
}

}  // namespace soleus::anatomy
