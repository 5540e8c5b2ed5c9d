#include "render/shader_program.h"

#include <fstream>
#include <sstream>

#include <glad/gl.h>
#include <glm/gtc/type_ptr.hpp>

#include "core/log.h"
#include "render/embedded_shaders.h"
#include "render/gl_context.h"

namespace soleus::render {
namespace {

struct ShaderSource {
  std::string origin;  // file path, or "embedded:<name>"
  std::string text;
};

ShaderSource read_shader(const std::filesystem::path& dir, std::string_view file_name) {
  const std::filesystem::path path = dir / std::string(file_name);
  std::error_code error;
  if (!dir.empty() && std::filesystem::exists(path, error)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) throw RenderError("cannot read shader '" + path.string() + "'");
    return {path.string(), text.str()};
  }
  if (const auto embedded = embedded_shader(file_name)) {
    core::log(core::LogLevel::Debug, "shader '" + path.string() + "' not found; using the embedded copy");
    return {"embedded:" + std::string(file_name), std::string(*embedded)};
  }
  throw RenderError("shader '" + path.string() + "' not found (and no embedded copy of it)");
}

std::string shader_log(GLuint shader) {
  GLint length = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 1), '\0');
  glGetShaderInfoLog(shader, length, nullptr, log.data());
  return log.c_str();
}

std::string program_log(GLuint program) {
  GLint length = 0;
  glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 1), '\0');
  glGetProgramInfoLog(program, length, nullptr, log.data());
  return log.c_str();
}

// The defines go right after the #version line, which must stay first.
std::string with_defines(const std::string& text, std::string_view defines) {
  if (defines.empty()) return text;
  const std::size_t line_end = text.find('\n');
  if (line_end == std::string::npos) return text;
  return text.substr(0, line_end + 1) + std::string(defines) + "#line 2\n" + text.substr(line_end + 1);
}

Shader compile(GLenum stage, const ShaderSource& source, std::string_view defines) {
  Shader shader = make_shader(stage);
  const std::string full_text = with_defines(source.text, defines);
  const char* text = full_text.c_str();
  glShaderSource(shader.id(), 1, &text, nullptr);
  glCompileShader(shader.id());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    std::string variant;
    if (!defines.empty()) variant = " (variant: " + std::string(defines.substr(0, defines.size() - 1)) + ")";
    for (char& c : variant) {
      if (c == '\n') c = ';';
    }
    throw RenderError("cannot compile shader '" + source.origin + "'" + variant + ":\n" + shader_log(shader.id()));
  }
  return shader;
}

}  // namespace

ShaderProgram::ShaderProgram(const std::filesystem::path& shader_dir, std::string_view vertex_file,
                             std::string_view fragment_file, std::string_view defines,
                             const std::vector<const char*>& feedback_varyings) {
  const ShaderSource vertex_source = read_shader(shader_dir, vertex_file);
  const ShaderSource fragment_source = read_shader(shader_dir, fragment_file);
  const Shader vertex = compile(GL_VERTEX_SHADER, vertex_source, defines);
  const Shader fragment = compile(GL_FRAGMENT_SHADER, fragment_source, defines);
  program_ = make_program();
  glAttachShader(program_.id(), vertex.id());
  glAttachShader(program_.id(), fragment.id());
  if (!feedback_varyings.empty()) {
    glTransformFeedbackVaryings(program_.id(), static_cast<GLsizei>(feedback_varyings.size()), feedback_varyings.data(),
                                GL_INTERLEAVED_ATTRIBS);
  }
  glLinkProgram(program_.id());
  GLint ok = GL_FALSE;
  glGetProgramiv(program_.id(), GL_LINK_STATUS, &ok);
  glDetachShader(program_.id(), vertex.id());
  glDetachShader(program_.id(), fragment.id());
  if (ok != GL_TRUE) {
    throw RenderError("cannot link shaders '" + vertex_source.origin + "' and '" + fragment_source.origin +
                      "':\n" + program_log(program_.id()));
  }
}

void ShaderProgram::use() const { glUseProgram(program_.id()); }

int ShaderProgram::location(const char* name) {
  const auto found = locations_.find(name);
  if (found != locations_.end()) return found->second;
  const int location = glGetUniformLocation(program_.id(), name);
  locations_.emplace(name, location);
  return location;
}

void ShaderProgram::set(const char* name, int value) { glUniform1i(location(name), value); }
void ShaderProgram::set(const char* name, float value) { glUniform1f(location(name), value); }
void ShaderProgram::set(const char* name, const Vec2& value) { glUniform2fv(location(name), 1, glm::value_ptr(value)); }
void ShaderProgram::set(const char* name, const Vec3& value) { glUniform3fv(location(name), 1, glm::value_ptr(value)); }
void ShaderProgram::set(const char* name, const Vec4& value) { glUniform4fv(location(name), 1, glm::value_ptr(value)); }
void ShaderProgram::set(const char* name, const Mat3& value) {
  glUniformMatrix3fv(location(name), 1, GL_FALSE, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const Mat4& value) {
  glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const Mat4* values, int count) {
  glUniformMatrix4fv(location(name), count, GL_FALSE, glm::value_ptr(values[0]));
}

}  // namespace soleus::render
