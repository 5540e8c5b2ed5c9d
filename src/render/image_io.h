#pragma once
/// PNG output for screenshots.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace soleus::render {

/// Writes `rgba` (width*height*4 bytes, rows top-down, as RenderTarget::read_rgba returns) to
/// `path` as an 8-bit RGBA PNG. Writes a temporary file next to it and renames it into place,
/// so a failure leaves no partial file. Throws RenderError naming the path and the reason
/// (size mismatch, missing directory, write failure).
void write_png(const std::filesystem::path& path, int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace soleus::render
