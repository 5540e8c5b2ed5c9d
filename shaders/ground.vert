#version 330 core
// An octagon on the ground plane around the model, drawn as a triangle fan of 10 vertices with
// no vertex buffer: vertex 0 is the centre, 1..9 walk the rim (9 closes the fan).
uniform vec3 u_ground_centre;   // world (m); y is the ground height
uniform float u_ground_radius;  // radius of the octagon's inscribed circle (m)
uniform mat4 u_view_projection;
out vec3 v_world_position;

void main() {
  const float kCircumscribe = 1.0823922;  // 1 / cos(22.5 deg)
  float angle = float(gl_VertexID - 1) * 0.78539816;
  vec2 corner = gl_VertexID == 0 ? vec2(0.0) : vec2(cos(angle), sin(angle)) * kCircumscribe;
  v_world_position = u_ground_centre + vec3(corner.x, 0.0, corner.y) * u_ground_radius;
  gl_Position = u_view_projection * vec4(v_world_position, 1.0);
}
