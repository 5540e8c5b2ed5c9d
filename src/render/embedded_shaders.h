#pragma once
/// Copies of shaders/*.vert|*.frag compiled into the library (embed_shaders.cmake), the
/// fallback when the shader directory is missing.
#include <optional>
#include <string_view>

namespace soleus::render {

/// Source of a shader by file name ("surface.frag"), or nullopt when none was embedded.
std::optional<std::string_view> embedded_shader(std::string_view file_name);

}  // namespace soleus::render
