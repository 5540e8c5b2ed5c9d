#version 330 core
// Every mesh pass (surface, depth-only, contact shadow) shares this vertex stage.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
layout(location = 3) in uvec4 a_joints;   // skinned meshes: four joints per vertex
layout(location = 4) in vec4 a_weights;   // and their weights (sum one)
uniform mat4 u_model;            // model -> world
uniform mat3 u_normal_matrix;    // inverse transpose of the model's 3x3
uniform mat4 u_view_projection;  // world -> clip
// Linear blend skinning of the rest pose (anatomy::skin_position does the same on the CPU).
// The size matches scene::kMaxSkinJoints.
uniform bool u_skinned;
uniform mat4 u_joint_matrices[64];
out vec3 v_world_position;
out vec3 v_world_normal;
out vec2 v_uv;

void main() {
  vec4 position = vec4(a_position, 1.0);
  vec3 normal = a_normal;
  if (u_skinned) {
    mat4 skin = u_joint_matrices[a_joints.x] * a_weights.x + u_joint_matrices[a_joints.y] * a_weights.y +
                u_joint_matrices[a_joints.z] * a_weights.z + u_joint_matrices[a_joints.w] * a_weights.w;
    position = skin * position;
    // Rigid joint matrices: the blended upper 3x3 is close enough to a rotation for normals.
    normal = normalize(mat3(skin) * normal);
  }
  vec4 world = u_model * position;
  v_world_position = world.xyz;
  v_world_normal = u_normal_matrix * normal;
  v_uv = a_uv;
  gl_Position = u_view_projection * world;
}
