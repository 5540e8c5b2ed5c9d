#version 330 core
// Medical-illustration surfaces under a soft three-point studio light, lit in linear RGB and
// encoded to sRGB on output. Material parameters come as uniforms (the renderer's material
// table); the only compile-time switch is FIBRES (striation of muscle and tendon), because
// software GL pays for every branch it cannot skip.
in vec3 v_world_position;
in vec3 v_world_normal;
in vec2 v_uv;  // muscles: u around the belly, v along the fibres (origin 0 -> insertion 1)

uniform vec3 u_albedo;          // linear RGB
uniform float u_alpha_face;     // opacity seen face-on
uniform float u_alpha_rim;      // opacity at the silhouette (skin: denser, keeps the outline)
uniform float u_highlight;      // 0..1 rim glow
uniform float u_wrap;           // diffuse wrap: light bleeding past the terminator
uniform float u_specular;       // specular strength
uniform float u_shininess;      // Blinn-Phong exponent
uniform vec3 u_subsurface;      // warm light added on the shadowed side (linear RGB)
uniform float u_sheen;          // grazing-angle sheen (tendon sheath)
#ifdef FIBRES
uniform float u_fibre_count;    // fine stripes per turn of u
uniform float u_fibre_contrast; // 0..1 darkening in the grooves
uniform float u_fibre_depth;    // bump height of a fibre (m)
uniform float u_bundles;        // 0..1 weight of fascicle bundles and septa (muscle)
uniform float u_aponeurosis;    // 0..1 pale glossy ends at origin and insertion (muscle)
#endif
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

#ifdef FIBRES
// Pseudo-random 0..1 per integer n (arithmetic only, no sin()).
float hash11(float n) {
  n = fract(n * 0.1031);
  n *= n + 33.33;
  return fract(n * (n + n));
}

// Stripes that run along v (constant u) for a stripe phase (u * count + waviness): 1 on a
// crest, 0 in a groove, fading to 0.5 where they get finer than a pixel so distant muscle
// does not shimmer.
float stripes(float phase) {
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
#endif

// Wrapped diffuse plus warm light scattered into the shadowed side.
vec3 diffuse_light(vec3 albedo, vec3 n, vec3 l, vec3 radiance) {
  float n_dot_l = dot(n, l);
  float diffuse = max((n_dot_l + u_wrap) / (1.0 + u_wrap), 0.0);
  return radiance * (albedo * diffuse + u_subsurface * max(-n_dot_l, 0.0));
}

void main() {
  vec3 n = normalize(v_world_normal);
  if (!gl_FrontFacing) n = -n;  // open sheets and inconsistent meshes light from both sides
  vec3 v = normalize(u_camera_position - v_world_position);
  float facing = max(dot(n, v), 0.0);
  float grazing = 1.0 - facing;
  float fresnel = grazing * grazing * grazing;  // products, not pow(): cheaper on software GL
  vec3 albedo = u_albedo;
  float specular_strength = u_specular;

#ifdef FIBRES
  {
    // Fibres and fascicle bundles (14 per turn) share one gentle waviness along the belly.
    float wave = sin(v_uv.y * 11.0 + v_uv.x * kTau * 3.0);
    float bundle_phase = v_uv.x * 14.0 + 0.15 * wave;
    float fibres = stripes(v_uv.x * u_fibre_count + 0.08 * wave);
    float bundles = stripes(bundle_phase);
    // Each fascicle bundle gets a slightly different tone; dark septa between bundles.
    float tone = hash11(mod(floor(bundle_phase + 0.5), 14.0));
    float septum = smoothstep(0.12, 0.0, bundles);
    albedo *= (1.0 - u_fibre_contrast + u_fibre_contrast * fibres) *
              mix(1.0, (0.90 + 0.18 * tone) * (1.0 - 0.30 * septum), u_bundles);
    n = perturb_normal(n, u_fibre_depth * fibres + 0.0004 * u_bundles * bundles);
    // Towards origin and insertion a muscle belly turns into pale, glossy aponeurosis.
    float aponeurosis = u_aponeurosis * (1.0 - smoothstep(0.0, 0.06, min(v_uv.y, 1.0 - v_uv.y)));
    albedo = mix(albedo, vec3(0.62, 0.56, 0.52), 0.55 * aponeurosis);
    specular_strength = mix(specular_strength, 0.45, aponeurosis);
  }
#endif

  // Three-point light over a hemispherical ambient. Only the key light has a specular lobe
  // (normalised Blinn-Phong): fill and rim stay soft.
  vec3 colour = mix(u_ground_ambient, u_sky_ambient, 0.5 + 0.5 * n.y) * albedo;
  vec3 h = normalize(u_key_direction + v);
  float normalisation = (u_shininess + 8.0) / (8.0 * 3.14159265);
  float specular = specular_strength * normalisation * pow(max(dot(n, h), 0.0), u_shininess) *
                   smoothstep(0.0, 0.15, dot(n, u_key_direction));
  colour += diffuse_light(albedo, n, u_key_direction, u_key_colour) + u_key_colour * specular +
            diffuse_light(albedo, n, u_fill_direction, u_fill_colour) +
            diffuse_light(albedo, n, u_rim_direction, u_rim_colour);
  colour += u_sheen * u_sky_ambient * fresnel;
  colour *= u_exposure;

  // Highlight: a warm glow that hugs the silhouette, with a faint fill so flat faces show it too.
  colour += u_highlight * vec3(1.0, 0.70, 0.22) * (0.12 + 1.2 * grazing * grazing);
  float alpha = clamp(mix(u_alpha_face, u_alpha_rim, fresnel), 0.0, 1.0);
  alpha = max(alpha, u_highlight * 0.8 * fresnel);

  frag_colour = vec4(encode_srgb(soft_clip(colour)), alpha);
}
