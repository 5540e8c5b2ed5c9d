#version 330 core
// Vertical studio gradient with a faint vignette, dithered so 8-bit output does not band.
in vec2 v_screen_uv;
uniform vec3 u_top_colour;     // linear RGB
uniform vec3 u_bottom_colour;  // linear RGB
out vec4 frag_colour;

vec3 encode_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

void main() {
  vec3 colour = mix(u_bottom_colour, u_top_colour, smoothstep(0.0, 1.0, v_screen_uv.y));
  float corner_distance = length(v_screen_uv - 0.5);
  colour *= 1.0 - 0.10 * smoothstep(0.45, 0.85, corner_distance);
  vec3 encoded = encode_srgb(colour) + (hash12(gl_FragCoord.xy) - 0.5) / 255.0;
  frag_colour = vec4(encoded, 1.0);
}
