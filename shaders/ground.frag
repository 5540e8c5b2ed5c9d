#version 330 core
// Ground plane: a soft floor that fades radially into the background, a faint 10 cm grid (#define
// GRID), and the contact shadow (#define CONTACT_SHADOW: a top-down occlusion map of the
// model, blurred through its mipmaps).
in vec3 v_world_position;
uniform vec3 u_ground_centre;
uniform float u_ground_radius;
uniform vec3 u_ground_colour;       // linear RGB, lit
uniform sampler2D u_contact_shadow; // R = occlusion 0..1
uniform vec4 u_contact_rect;        // min x, min z, 1/width, 1/depth of the map (m)
uniform float u_shadow_strength;
out vec4 frag_colour;

// sRGB encode from three square roots (within about 1/255 of the exact curve).
vec3 encode_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  vec3 s1 = sqrt(c);
  vec3 s2 = sqrt(s1);
  vec3 s3 = sqrt(s2);
  return clamp(0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c, 0.0, 1.0);
}

// Anti-aliased grid line intensity (1 on a line) for lines every `spacing` metres, faded where
// cells shrink below a few pixels (no moire towards the horizon).
float grid_lines(vec2 p, float spacing) {
  vec2 cell = p / spacing;
  vec2 cell_per_px = max(fwidth(cell), vec2(1e-6));
  vec2 distance_px = abs(fract(cell - 0.5) - 0.5) / cell_per_px;
  float line = 1.0 - min(min(distance_px.x, distance_px.y), 1.0);
  return line * (1.0 - smoothstep(0.08, 0.25, max(cell_per_px.x, cell_per_px.y)));
}

void main() {
  vec2 from_centre = v_world_position.xz - u_ground_centre.xz;
  float r = length(from_centre) / u_ground_radius;
  float alpha = 1.0 - smoothstep(0.35, 1.0, r);

  vec3 colour = u_ground_colour;
#ifdef GRID
  {
    colour *= 1.0 - 0.07 * grid_lines(v_world_position.xz, 0.1);
  }
#endif
#ifdef CONTACT_SHADOW
  {
    vec2 uv = (v_world_position.xz - u_contact_rect.xy) * u_contact_rect.zw;
    // One trilinear sample between the sharp and the wide blur levels of the map.
    float occlusion = textureLod(u_contact_shadow, uv, 2.5).r;
    colour *= 1.0 - u_shadow_strength * occlusion;
    alpha = max(alpha, min(1.0, 1.5 * occlusion));
  }
#endif
  frag_colour = vec4(encode_srgb(colour), alpha);
}
