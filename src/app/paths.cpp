#include "app/paths.h"

#include <system_error>

namespace soleus::app {
namespace {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::current_path() : self.parent_path();
}

std::filesystem::path first_existing(const std::filesystem::path& built_in, const char* folder) {
  if (std::filesystem::exists(built_in)) return built_in;
  for (const auto& candidate : {executable_dir() / ".." / folder, executable_dir() / folder})
    if (std::filesystem::exists(candidate)) return candidate;
  return built_in;  // the error messages will name the expected place
}

}  // namespace

std::filesystem::path assets_dir() { return first_existing(SOLEUS_ASSETS_DIR, "assets"); }
std::filesystem::path shaders_dir() { return first_existing(SOLEUS_SHADERS_DIR, "shaders"); }
std::filesystem::path ui_font_path() { return "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; }
std::filesystem::path cjk_font_path() { return "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"; }

}  // namespace soleus::app
