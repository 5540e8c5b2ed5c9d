#include "render/image_io.h"

#include <csetjmp>
#include <cstdio>
#include <string>

#include <png.h>
#include <zlib.h>

#include "core/files.h"
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
  // write_output_file: atomic for regular files, through symlinks, FIFOs and devices (core/files.h).
  const std::string reason = core::write_output_file(
      path, [&](std::FILE* file) { return encode_png(file, width, height, rgba.data()); });
  if (!reason.empty()) throw RenderError(where + reason);
}

}  // namespace soleus::render
