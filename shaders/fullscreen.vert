#version 330 core
// One triangle covering the viewport; no vertex buffer (draw 3 vertices with an empty VAO).
out vec2 v_screen_uv;  // 0..1 across the viewport, (0,0) bottom-left

void main() {
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  v_screen_uv = corner;
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
