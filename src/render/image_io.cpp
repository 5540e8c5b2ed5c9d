#include "render/image_io.h"

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include <png.h>
#include <unistd.h>
#include <zlib.h>

#include "render/gl_context.h"

namespace soleus::render {
namespace {

struct PngErrorSink {
  std::jmp_buf jump;
  char message[256] = "";
};

void on_png_error(png_structp png, png_const_charp message) {
  auto* sink = static_cast<PngErrorSink*>(png_get_error_ptr(png));
  std::snprintf(sink->message, sizeof sink->message, "%s", message);
  std::longjmp(sink->jump, 1);
}

void on_png_warning(png_structp, png_const_charp) {}

// Encodes with libpng; returns "" or the reason. libpng reports errors by longjmp, so no object
// with a destructor lives in this frame.
std::string encode_png(std::FILE* file, int width, int height, const std::uint8_t* rgba) {
  PngErrorSink sink;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, on_png_error, on_png_warning);
  if (png == nullptr) return "out of memory";
  png_infop info = png_create_info_struct(png);
  if (info == nullptr) {
    png_destroy_write_struct(&png, nullptr);
    return "out of memory";
  }
  if (setjmp(sink.jump) != 0) {
    png_destroy_write_struct(&png, &info);
    return sink.message;
  }
  png_init_io(png, file);
  // Screenshots are written while someone waits: zlib's fastest level with the "up" filter
  // (rows of a rendered picture mostly repeat the row above) encodes 1280x720 in a few
  // milliseconds, where stb's encoder took ~85 ms (docs/performance.md).
  png_set_compression_level(png, Z_BEST_SPEED);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info(png, info);
  const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y) png_write_row(png, rgba + static_cast<std::size_t>(y) * row_bytes);
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return "";
}

}  // namespace

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
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (file == nullptr) throw RenderError(where + std::strerror(errno));
  std::string reason = encode_png(file, width, height, rgba.data());
  if (std::fclose(file) != 0 && reason.empty()) reason = std::strerror(errno);
  if (!reason.empty()) {
    std::filesystem::remove(temporary, error);
    throw RenderError(where + reason);
  }
  std::filesystem::rename(temporary, path, error);
  if (error) {
    const std::string rename_failure = error.message();
    std::filesystem::remove(temporary, error);
    throw RenderError(where + rename_failure);
  }
}

}  // namespace soleus::render
