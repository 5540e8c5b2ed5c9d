#pragma once
/// Short aliases for the glm types used across modules (single precision for geometry).
#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

namespace soleus {
using Vec2 = glm::vec2;
using Vec3 = glm::vec3;
using Vec4 = glm::vec4;
using Mat3 = glm::mat3;
using Mat4 = glm::mat4;
using Quat = glm::quat;
}  // namespace soleus
