// Fuzz target: any bytes as a model file, through the app's loading path
// (anatomy::load_anatomy_model). The first byte picks the file extension, which picks the
// importer. Only ModelLoadError may come out; anything else (a crash, a sanitizer report, an
// uncaught exception, a huge allocation) is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "anatomy/anatomy_model.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kExtensions[] = {".glb", ".gltf", ".obj", ".ply", ".stl"};
  if (size == 0) return 0;
  const std::string name = std::string("model") + kExtensions[data[0] % 5];
  const auto path = soleus::fuzz::write_scratch("model", name, data + 1, size - 1);
  static const soleus::anatomy::RoleTable roles = soleus::anatomy::RoleTable::with_defaults();
  try {
    soleus::anatomy::load_anatomy_model(path, roles);
  } catch (const soleus::anatomy::ModelLoadError&) {
  }
  return 0;
}
