#version 330 core
// A square on the ground plane around the model; no vertex buffer (4 vertices, triangle strip).
uniform vec3 u_ground_centre;   // world (m); y is the ground height
uniform float u_ground_radius;  // half the side of the square (m)
uniform mat4 u_view_projection;
out vec3 v_world_position;

void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
  v_world_position = u_ground_centre + vec3(corner.x, 0.0, corner.y) * u_ground_radius;
  gl_Position = u_view_projection * vec4(v_world_position, 1.0);
}
