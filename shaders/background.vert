#version 330 core
// The studio backdrop: one triangle covering the viewport (3 vertices, no vertex buffer) whose
// colour runs linearly from the bottom to the top of the viewport. Colours are encoded here,
// per vertex, so the fragment stage only interpolates (software GL shades every pixel).
uniform vec3 u_top_colour;     // linear RGB
uniform vec3 u_bottom_colour;  // linear RGB
out vec3 v_colour;             // sRGB-encoded

vec3 encode_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

void main() {
  // Corners (-1,-1), (3,-1), (-1,3): the viewport is the lower-left quarter.
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2)) * 2.0 - 1.0;
  float height = corner.y * 0.5 + 0.5;  // 0 at the bottom edge, 1 at the top edge, 2 beyond
  vec3 bottom = encode_srgb(u_bottom_colour);
  vec3 top = encode_srgb(u_top_colour);
  v_colour = bottom + (top - bottom) * height;
  gl_Position = vec4(corner, 0.0, 1.0);
}
