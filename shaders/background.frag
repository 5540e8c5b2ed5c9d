#version 330 core
// Plain interpolation: per-pixel work here is paid on every pixel of every frame.
in vec3 v_colour;  // sRGB-encoded
out vec4 frag_colour;

void main() { frag_colour = vec4(v_colour, 1.0); }
