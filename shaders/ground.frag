#version 330 core
// Ground plane: a soft floor that fades radially into the background, a faint centimetre grid,
// and the contact shadow (a top-down occlusion map of the model, blurred through its mipmaps).
in vec3 v_world_position;
uniform vec3 u_ground_centre;
uniform float u_ground_radius;
uniform vec3 u_ground_colour;       // linear RGB, lit
uniform vec3 u_camera_position;
uniform int u_grid;                 // 1 = draw grid lines
uniform int u_has_contact_shadow;
uniform sampler2D u_contact_shadow; // R = occlusion 0..1
uniform vec4 u_contact_rect;        // min x, min z, 1/width, 1/depth of the map (m)
uniform float u_shadow_strength;
out vec4 frag_colour;

vec3 encode_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

// Anti-aliased grid line intensity (1 on a line) for lines every `spacing` metres.
float grid_lines(vec2 p, float spacing, float width_px) {
  vec2 cell = p / spacing;
  vec2 distance_px = abs(fract(cell - 0.5) - 0.5) / max(fwidth(cell), vec2(1e-6));
  float line = 1.0 - min(min(distance_px.x, distance_px.y) / width_px, 1.0);
  // Fade where cells shrink below a few pixels (no moire at grazing angles).
  float cell_px = 1.0 / max(max(fwidth(cell).x, fwidth(cell).y), 1e-6);
  return line * smoothstep(4.0, 12.0, cell_px);
}

void main() {
  vec2 from_centre = v_world_position.xz - u_ground_centre.xz;
  float r = length(from_centre) / u_ground_radius;
  float alpha = 1.0 - smoothstep(0.35, 1.0, r);

  vec3 colour = u_ground_colour;
  if (u_grid == 1) {
    float minor = grid_lines(v_world_position.xz, 0.05, 1.0);
    float major = grid_lines(v_world_position.xz, 0.25, 1.2);
    colour *= 1.0 - 0.05 * minor - 0.07 * major;
  }
  if (u_has_contact_shadow == 1) {
    vec2 uv = (v_world_position.xz - u_contact_rect.xy) * u_contact_rect.zw;
    // Sharp near contact, wide and soft further out: two blur levels of the same map.
    float occlusion = 0.35 * textureLod(u_contact_shadow, uv, 1.0).r + 0.65 * textureLod(u_contact_shadow, uv, 4.0).r;
    colour *= 1.0 - u_shadow_strength * occlusion;
    alpha = max(alpha, min(1.0, 1.5 * occlusion));
  }
  frag_colour = vec4(encode_srgb(colour), alpha);
}
