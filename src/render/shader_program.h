#pragma once
/// A linked vertex + fragment program loaded from shaders/ (or the embedded copies), with
/// cached uniform locations.
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/math.h"
#include "render/gl_objects.h"

namespace soleus::render {

class ShaderProgram {
 public:
  ShaderProgram() = default;
  /// Reads `shader_dir/vertex_file` and `shader_dir/fragment_file`; a file missing from the
  /// directory falls back to its embedded copy. `defines` ("#define A\n#define B 2\n") is
  /// inserted after each file's #version line to select a variant. Throws RenderError naming
  /// the file and the compiler or linker log.
  /// `feedback_varyings`: vertex outputs captured, interleaved, by transform feedback.
  ShaderProgram(const std::filesystem::path& shader_dir, std::string_view vertex_file,
                std::string_view fragment_file, std::string_view defines = {},
                const std::vector<const char*>& feedback_varyings = {});

  void use() const;
  /// Setters for the program in use; a name the program does not use is ignored (the GLSL
  /// compiler removes unused uniforms).
  void set(const char* name, int value);
  void set(const char* name, float value);
  void set(const char* name, const Vec2& value);
  void set(const char* name, const Vec3& value);
  void set(const char* name, const Vec4& value);
  void set(const char* name, const Mat3& value);
  void set(const char* name, const Mat4& value);
  void set(const char* name, const Mat4* values, int count);  // a mat4 array uniform from its start

 private:
  int location(const char* name);

  Program program_;
  std::unordered_map<std::string, int> locations_;
};

}  // namespace soleus::render
