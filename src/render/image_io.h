#pragma once
/// PNG output for screenshots.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace soleus::render {

/// Writes `rgba` (width*height*4 bytes, rows top-down, as RenderTarget::read_rgba returns) to
/// `path` as an 8-bit RGBA PNG through core::write_output_file: a regular file is replaced
/// atomically (a failure leaves no partial file), a symlink is written through, a FIFO or
/// character device is written to directly, anything else is refused. Throws RenderError naming
/// the path and the reason (size mismatch, missing directory, refused target, write failure).
void write_png(const std::filesystem::path& path, int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace soleus::render
