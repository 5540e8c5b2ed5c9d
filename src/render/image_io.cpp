#include "render/image_io.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include <unistd.h>

#include <stb_image_write.h>

#include "render/gl_context.h"

namespace soleus::render {

void write_png(const std::filesystem::path& path, int width, int height, const std::vector<std::uint8_t>& rgba) {
  const std::string where = "cannot write PNG '" + path.string() + "': ";
  if (width <= 0 || height <= 0) throw RenderError(where + "the image is empty");
  if (rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4) {
    throw RenderError(where + "pixel buffer size does not match " + std::to_string(width) + "x" +
                      std::to_string(height) + " RGBA");
  }
  const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    throw RenderError(where + "directory '" + directory.string() + "' does not exist");
  }
  // Unique per process, so two captures running at once do not share a temporary.
  const std::filesystem::path temporary =
      path.string() + ".tmp" + std::to_string(static_cast<long>(::getpid()));
  errno = 0;
  // stb's default deflate effort (8) costs more than rendering the frame on software GL; level 2
  // writes files about 10 % larger several times faster.
  stbi_write_png_compression_level = 2;
  if (stbi_write_png(temporary.c_str(), width, height, 4, rgba.data(), width * 4) == 0) {
    const std::string reason = errno != 0 ? std::strerror(errno) : "write failed";
    std::filesystem::remove(temporary, error);
    throw RenderError(where + reason);
  }
  std::filesystem::rename(temporary, path, error);
  if (error) {
    const std::string reason = error.message();
    std::filesystem::remove(temporary, error);
    throw RenderError(where + reason);
  }
}

}  // namespace soleus::render
