#version 330 core
// Medical-illustration materials under a soft three-point studio light, lit in linear RGB and
// encoded to sRGB on output. The renderer compiles one variant per material: it prepends
// "#define MATERIAL <scene::Material value>" and, for fibre detail, "#define STRIATION"
// (no run-time branches: software GL pays for every branch it cannot skip).
in vec3 v_world_position;
in vec3 v_world_normal;
in vec2 v_uv;  // muscles: u around the belly, v along the fibres (origin 0 -> insertion 1)

#define BONE 0
#define MUSCLE 1
#define TENDON 2
#define FASCIA 3
#define SKIN 4
#ifndef MATERIAL
#define MATERIAL 5
#endif

uniform vec3 u_albedo;        // linear RGB
uniform float u_opacity;      // 0..1
uniform float u_highlight;    // 0..1 rim glow
uniform float u_exposure;
uniform vec3 u_camera_position;
uniform vec3 u_key_direction;   // world, unit, towards the light
uniform vec3 u_fill_direction;
uniform vec3 u_rim_direction;
uniform vec3 u_key_colour;      // linear radiance
uniform vec3 u_fill_colour;
uniform vec3 u_rim_colour;
uniform vec3 u_sky_ambient;     // hemisphere light from above
uniform vec3 u_ground_ambient;  // and from below

out vec4 frag_colour;

const float kTau = 6.28318531;

// sRGB encode from three square roots (within about 1/255 of the exact curve; pow is slow on
// software GL).
vec3 encode_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  vec3 s1 = sqrt(c);
  vec3 s2 = sqrt(s1);
  vec3 s3 = sqrt(s2);
  return clamp(0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c, 0.0, 1.0);
}

// Linear up to 0.8, then a rational shoulder towards 1 instead of a hard clip on highlights.
vec3 soft_clip(vec3 c) {
  vec3 over = max(c - 0.8, 0.0);
  return min(c, 0.8) + 0.2 * over / (over + 0.2);
}

float hash11(float n) { return fract(sin(n * 127.1) * 43758.5453); }

// Stripes that run along v (constant u): 1 on a crest, 0 in a groove, fading to 0.5 where
// they get finer than a pixel so distant muscle does not shimmer. `count` is per turn of u.
float stripes(vec2 uv, float count, float waviness, out float phase) {
  phase = uv.x * count + waviness * sin(uv.y * 11.0 + uv.x * kTau * 3.0);
  float s = 0.5 + 0.5 * cos(kTau * phase);
  return mix(s, 0.5, smoothstep(0.2, 0.5, fwidth(phase)));
}

// Bump-maps a height field given in metres using screen-space derivatives (no tangents needed).
vec3 perturb_normal(vec3 n, float height) {
  vec3 dpdx = dFdx(v_world_position);
  vec3 dpdy = dFdy(v_world_position);
  vec3 r1 = cross(dpdy, n);
  vec3 r2 = cross(n, dpdx);
  float det = dot(dpdx, r1);
  vec3 gradient = sign(det) * (dFdx(height) * r1 + dFdy(height) * r2);
  return normalize(abs(det) * n - gradient);
}

struct Surface {
  vec3 albedo;
  vec3 normal;
  float wrap;          // diffuse wrap: light bleeding past the terminator (soft, subsurface look)
  float specular;      // specular strength
  float shininess;     // Blinn-Phong exponent
  vec3 subsurface;     // warm light added in the shadowed side
};

// Wrapped diffuse plus warm light scattered into the shadowed side.
vec3 diffuse_light(Surface s, vec3 l, vec3 radiance) {
  float n_dot_l = dot(s.normal, l);
  float diffuse = max((n_dot_l + s.wrap) / (1.0 + s.wrap), 0.0);
  return radiance * (s.albedo * diffuse + s.subsurface * max(-n_dot_l, 0.0));
}

// Only the key light has a specular lobe (normalised Blinn-Phong): fill and rim stay soft, and
// software GL is spared two pow() per fragment.
vec3 shade(Surface s, vec3 v) {
  vec3 ambient = mix(u_ground_ambient, u_sky_ambient, 0.5 + 0.5 * s.normal.y) * s.albedo;
  vec3 h = normalize(u_key_direction + v);
  float normalisation = (s.shininess + 8.0) / (8.0 * 3.14159265);
  float specular = s.specular * normalisation * pow(max(dot(s.normal, h), 0.0), s.shininess) *
                   smoothstep(0.0, 0.15, dot(s.normal, u_key_direction));
  return ambient + diffuse_light(s, u_key_direction, u_key_colour) + u_key_colour * specular +
         diffuse_light(s, u_fill_direction, u_fill_colour) + diffuse_light(s, u_rim_direction, u_rim_colour);
}

void main() {
  vec3 n = normalize(v_world_normal);
  if (!gl_FrontFacing) n = -n;  // open sheets and inconsistent meshes light from both sides
  vec3 v = normalize(u_camera_position - v_world_position);
  float facing = max(dot(n, v), 0.0);
  float fresnel = pow(1.0 - facing, 3.0);

  Surface s = Surface(u_albedo, n, 0.1, 0.15, 24.0, vec3(0.0));
  float alpha = u_opacity;

#if MATERIAL == BONE
    // Matte ivory with warm light scattered into the shadowed side.
    s.wrap = 0.35;
    s.specular = 0.05;
    s.shininess = 12.0;
    s.subsurface = u_albedo * vec3(0.9, 0.45, 0.25) * 0.12;
#elif MATERIAL == MUSCLE
    s.wrap = 0.25;
    s.specular = 0.12;
    s.shininess = 28.0;
    s.subsurface = u_albedo * vec3(0.8, 0.2, 0.15) * 0.15;
#ifdef STRIATION
    {
      float fine_phase;
      float bundle_phase;
      float fibres = stripes(v_uv, 96.0, 0.08, fine_phase);
      float bundles = stripes(v_uv, 14.0, 0.15, bundle_phase);
      // Each fascicle bundle gets a slightly different tone; dark septa between bundles.
      float tone = hash11(mod(floor(bundle_phase + 0.5), 14.0));
      float septum = smoothstep(0.12, 0.0, bundles);
      s.albedo *= (0.80 + 0.20 * fibres) * (0.90 + 0.18 * tone) * (1.0 - 0.30 * septum);
      s.normal = perturb_normal(n, 0.00025 * fibres + 0.0004 * bundles);
      // Towards origin and insertion the belly turns into pale, glossy aponeurosis.
      float aponeurosis = 1.0 - smoothstep(0.0, 0.06, min(v_uv.y, 1.0 - v_uv.y));
      s.albedo = mix(s.albedo, vec3(0.62, 0.56, 0.52), 0.55 * aponeurosis);
      s.specular = mix(s.specular, 0.45, aponeurosis);
    }
#endif
#elif MATERIAL == TENDON
    // Silvery and glossy with fine longitudinal collagen streaks: a darker, cooler base so the
    // highlight and the sheen at grazing angles carry the look.
    s.albedo *= vec3(0.70, 0.73, 0.78);
    s.wrap = 0.15;
    s.specular = 0.5;
    s.shininess = 20.0;
#ifdef STRIATION
    {
      float phase;
      float streaks = stripes(v_uv, 48.0, 0.1, phase);
      s.albedo *= 0.85 + 0.15 * streaks;
      s.normal = perturb_normal(n, 0.0002 * streaks);
    }
#endif
#elif MATERIAL == FASCIA
    // A pale sheet with a satin sheen, a little more opaque at grazing angles.
    s.wrap = 0.3;
    s.specular = 0.3;
    s.shininess = 30.0;
    alpha = u_opacity * mix(0.85, 1.0, fresnel);
#elif MATERIAL == SKIN
    s.wrap = 0.4;
    s.specular = 0.2;
    s.shininess = 20.0;
    s.subsurface = u_albedo * vec3(0.9, 0.35, 0.25) * 0.15;
    // Thin where seen face-on, dense towards the silhouette: the outline of the leg stays
    // while the muscles underneath remain readable.
    if (u_opacity < 1.0) alpha = clamp(mix(0.55 * u_opacity, 2.2 * u_opacity + 0.1, fresnel), 0.0, 1.0);
#endif

  vec3 colour = shade(s, v);
#if MATERIAL == TENDON
  colour += u_sky_ambient * 1.4 * fresnel;  // satin sheen of the collagen sheath
#endif
  colour *= u_exposure;
  // Highlight: a warm glow that hugs the silhouette, with a faint fill so flat faces show it too.
  vec3 glow_colour = vec3(1.0, 0.70, 0.22);
  colour += u_highlight * glow_colour * (0.12 + 1.2 * pow(1.0 - facing, 2.0));
  alpha = max(alpha, u_highlight * 0.8 * fresnel);

  frag_colour = vec4(encode_srgb(soft_clip(colour)), alpha);
}
