#version 330 core
// Linear blend skinning of a mesh's rest vertices, once per pose, into a buffer (transform
// feedback) from which every pass then draws: each vertex is skinned once a frame however many
// passes draw it. anatomy::skin_position does the same on the CPU. Every palette matrix is
// blended with its weight, without per-vertex indexing (software GL would gather per lane).
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 3) in vec4 a_weights_low;   // weights of palette joints 0-3
layout(location = 4) in vec4 a_weights_high;  // and 4-7
uniform int u_palette_size;  // joints in the palette (1..8; the size is render::kSkinPaletteSize)
uniform mat4 u_palette[8];   // the mesh's joints' skin matrices
out vec3 tf_position;
out vec3 tf_normal;

void main() {
  mat4 skin = u_palette[0] * a_weights_low.x + u_palette[1] * a_weights_low.y +
              u_palette[2] * a_weights_low.z + u_palette[3] * a_weights_low.w;
  if (u_palette_size > 4) {
    skin += u_palette[4] * a_weights_high.x + u_palette[5] * a_weights_high.y +
            u_palette[6] * a_weights_high.z + u_palette[7] * a_weights_high.w;
  }
  tf_position = (skin * vec4(a_position, 1.0)).xyz;
  // Rigid joint matrices: the blended upper 3x3 is close enough to a rotation for normals.
  tf_normal = normalize(mat3(skin) * a_normal);
}
