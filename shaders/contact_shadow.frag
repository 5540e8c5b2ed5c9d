#version 330 core
// Top-down occlusion of the ground: 1 where the model touches it, fading to 0 at u_falloff
// above it. Blended with MAX so the lowest surface over each texel wins.
in vec3 v_world_position;
uniform float u_ground_y;   // m
uniform float u_falloff;    // m
out vec4 frag_colour;

void main() {
  float height = clamp((v_world_position.y - u_ground_y) / u_falloff, 0.0, 1.0);
  float occlusion = pow(1.0 - height, 1.5);
  frag_colour = vec4(occlusion, 0.0, 0.0, 1.0);
}
