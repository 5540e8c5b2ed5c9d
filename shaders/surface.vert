#version 330 core
// Every mesh pass (surface, depth-only, contact shadow) shares this vertex stage.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
uniform mat4 u_model;            // model -> world
uniform mat3 u_normal_matrix;    // inverse transpose of the model's 3x3
uniform mat4 u_view_projection;  // world -> clip
uniform vec4 u_clip_plane;       // cross-section (n, w): kept where dot(n, p) + w >= 0; read only
                                 // while the renderer enables GL_CLIP_DISTANCE0
out vec3 v_world_position;
out vec3 v_world_normal;
out vec2 v_uv;

void main() {
  vec4 world = u_model * vec4(a_position, 1.0);
  v_world_position = world.xyz;
  v_world_normal = u_normal_matrix * a_normal;
  v_uv = a_uv;
  gl_ClipDistance[0] = dot(u_clip_plane.xyz, world.xyz) + u_clip_plane.w;
  gl_Position = u_view_projection * world;
}
