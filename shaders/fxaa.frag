#version 330 core
// Post-process anti-aliasing for when MSAA is too slow (software GL): the classic FXAA of
// Lottes (2009), in its compact form. Finds the local edge direction from luma differences
// and averages along it; flat areas exit after five taps.
in vec2 v_uv;
uniform sampler2D u_scene;   // sRGB-encoded colour, linear filtering
uniform vec2 u_texel;        // 1 / size (pixels)
out vec4 frag_colour;

const float kEdgeThreshold = 1.0 / 16.0;
const float kReduceMin = 1.0 / 128.0;
const float kReduceMultiplier = 1.0 / 8.0;
const float kSpanMax = 8.0;

float luma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }

void main() {
  // Unfiltered fetches for the edge test: most pixels are flat and stop here. "North" is -y
  // here, as in the original formulation, so the direction below is along the edge.
  ivec2 p = ivec2(gl_FragCoord.xy);
  ivec2 last = textureSize(u_scene, 0) - 1;
  vec3 centre = texelFetch(u_scene, p, 0).rgb;
  float luma_nw = luma(texelFetch(u_scene, clamp(p + ivec2(-1, -1), ivec2(0), last), 0).rgb);
  float luma_ne = luma(texelFetch(u_scene, clamp(p + ivec2(1, -1), ivec2(0), last), 0).rgb);
  float luma_sw = luma(texelFetch(u_scene, clamp(p + ivec2(-1, 1), ivec2(0), last), 0).rgb);
  float luma_se = luma(texelFetch(u_scene, clamp(p + ivec2(1, 1), ivec2(0), last), 0).rgb);
  float luma_m = luma(centre);
  float luma_min = min(luma_m, min(min(luma_nw, luma_ne), min(luma_sw, luma_se)));
  float luma_max = max(luma_m, max(max(luma_nw, luma_ne), max(luma_sw, luma_se)));
  if (luma_max - luma_min < max(kEdgeThreshold * luma_max, 1.0 / 64.0)) {
    frag_colour = vec4(centre, 1.0);
    return;
  }

  vec2 direction = vec2(-((luma_nw + luma_ne) - (luma_sw + luma_se)), (luma_nw + luma_sw) - (luma_ne + luma_se));
  float reduce = max((luma_nw + luma_ne + luma_sw + luma_se) * 0.25 * kReduceMultiplier, kReduceMin);
  float scale = 1.0 / (min(abs(direction.x), abs(direction.y)) + reduce);
  direction = clamp(direction * scale, vec2(-kSpanMax), vec2(kSpanMax)) * u_texel;

  vec3 near_pair = 0.5 * (texture(u_scene, v_uv + direction * (1.0 / 3.0 - 0.5)).rgb +
                          texture(u_scene, v_uv + direction * (2.0 / 3.0 - 0.5)).rgb);
  vec3 wide = near_pair * 0.5 + 0.25 * (texture(u_scene, v_uv - direction * 0.5).rgb +
                                        texture(u_scene, v_uv + direction * 0.5).rgb);
  float luma_wide = luma(wide);
  frag_colour = vec4((luma_wide < luma_min || luma_wide > luma_max) ? near_pair : wide, 1.0);
}
