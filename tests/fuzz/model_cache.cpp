// Fuzz target: the processed-model cache reader (anatomy::read_model_cache). The first byte picks
// how the rest becomes a cache file:
//   0: as is (header and payload both from the fuzzer);
//   1: as is, then sealed (payload size and hash fixed up) so mutations reach the payload parser;
//   2: a valid cache of a fixed source, edited by (offset, value) pairs from the input, then
//      sealed: deep into the structures without the fuzzer having to find the source's key.
// read_model_cache must return a model or nullopt, never throw, hang or crash.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

#include "anatomy/model_cache.h"
#include "fuzz_support.h"

namespace {

namespace fs = std::filesystem;
using soleus::anatomy::RoleTable;

const RoleTable& roles() {
  static const RoleTable table = RoleTable::with_defaults();
  return table;
}

// Two named parts, so the payload has every kind of record.
const fs::path& source() {
  static const fs::path path = [] {
    const std::string obj =
        "o tibia\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\no soleus\nv 0 0 1\nv 1 0 1\nv 0 1 1\nf 4 5 6\n";
    return soleus::fuzz::write_scratch("model_cache", "source.obj", obj.data(), obj.size());
  }();
  return path;
}

const std::string& valid_cache() {
  static const std::string bytes = [] {
    const fs::path file = soleus::fuzz::scratch_dir("model_cache") / "valid.model";
    soleus::anatomy::write_model_cache(file, source(), soleus::anatomy::load_anatomy_model(source(), roles()),
                                       roles());
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
  }();
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t mode = data[0] % 3;
  std::string bytes;
  if (mode == 2) {
    bytes = valid_cache();
    for (std::size_t i = 1; i + 2 < size; i += 3) {
      const std::size_t at = (static_cast<std::size_t>(data[i]) << 8 | data[i + 1]) % bytes.size();
      bytes[at] = static_cast<char>(data[i + 2]);
    }
  } else {
    bytes.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  }
  if (mode != 0) soleus::anatomy::seal_model_cache(bytes);
  const fs::path file = soleus::fuzz::write_scratch("model_cache", "input.model", bytes.data(), bytes.size());
  soleus::anatomy::read_model_cache(file, source(), roles());
  return 0;
}
