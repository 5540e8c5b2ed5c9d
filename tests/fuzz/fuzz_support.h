#pragma once
// Shared by the fuzz targets: a scratch directory per target (fixed, so inputs that embed the
// path of a file made there, like a cache keyed by its source's path, stay valid across runs;
// scripts/fuzz.sh runs one job per target) and a silent log.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/log.h"

namespace soleus::fuzz {

inline std::filesystem::path scratch_dir(const std::string& target) {
  static const std::filesystem::path dir = [&] {
    core::set_log_sink([](core::LogLevel, std::string_view) {});  // warnings are expected here
    const std::filesystem::path d = std::filesystem::temp_directory_path() / ("soleus_fuzz_" + target);
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

inline std::filesystem::path write_scratch(const std::string& target, const std::string& name,
                                           const void* data, std::size_t size) {
  const std::filesystem::path path = scratch_dir(target) / name;
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

/// Reads the fuzzer's bytes as choices: a structure-aware target asks for small numbers and gets
/// zeros once the input runs out, so every input decodes to something.
class Choices {
 public:
  Choices(const std::uint8_t* data, std::size_t size) : p_(data), end_(data + size) {}
  std::uint32_t below(std::uint32_t bound) {  // 0 .. bound-1
    if (bound <= 1) return 0;
    std::uint32_t v = 0;
    for (std::uint32_t range = 1; range < bound && range != 0; range <<= 8) v = (v << 8) | byte();
    return v % bound;
  }
  bool chance(std::uint32_t one_in) { return below(one_in) == 0; }
  std::uint8_t byte() { return p_ < end_ ? *p_++ : 0; }
  bool empty() const { return p_ >= end_; }

 private:
  const std::uint8_t* p_;
  const std::uint8_t* end_;
};

}  // namespace soleus::fuzz
