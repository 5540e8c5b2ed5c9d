#pragma once
/// Quality switches of the renderer, so software GL (Mesa llvmpipe) can trade looks for speed.
namespace soleus::render {

struct RenderSettings {
  int msaa_samples = 4;              // multisampling of the RenderTarget; 0 or 1 = off
  bool fxaa = false;                 // post-process anti-aliasing, used only without MSAA: much
                                     // cheaper than MSAA on software GL, a little softer
  bool ground = true;                // ground plane (when DrawList::show_ground)
  bool ground_grid = true;           // faint 5 cm / 25 cm grid on the ground
  bool contact_shadow = true;        // soft shadow under the model: one extra pass over all items
  int contact_shadow_resolution = 256;  // texels per side of the top-down occlusion map
  int contact_shadow_interval = 2;   // while the model moves, redraw the shadow at most every N
                                     // frames (1 = every frame); a static model draws it once
  bool striation = true;             // procedural muscle fibres and tendon streaks (also per item)
  bool transparency_prepass = true;  // depth pre-pass per transparent item: only its nearest layer blends
  bool cull_back_faces = true;       // skip back faces of bone, muscle, tendon and skin (closed meshes,
                                     // counter-clockwise outside); fascia and plain stay two-sided.
                                     // Turn off for foreign models with inconsistent winding.
  bool skin_on_gpu = true;           // skinned meshes posed on the GPU (transform feedback, once per
                                     // pose); off: skinned on the CPU and uploaded. Software GL runs
                                     // both on the CPU, and its transform feedback costs more than
                                     // our CPU skinning (docs/performance.md)
  float exposure = 1.0f;             // multiplies lit colour before the sRGB encode
  float render_scale = 1.0f;         // 3D resolution relative to the target (0.5..1), scaled up with
                                     // bilinear filtering; ignored with MSAA or FXAA. Software GL
                                     // is fill-bound at 720p, so a moving picture can use ~0.7
  // Part of the target the 3D view shows through (pixels, origin top-left; zero width = all of
  // it). Outside it the target is only cleared to `surround_srgb`, for opaque panels to cover:
  // software GL then shades only what is seen.
  int view_left = 0;
  int view_top = 0;
  int view_width = 0;
  int view_height = 0;
  float surround_srgb[3] = {0.08f, 0.08f, 0.09f};  // sRGB colour around the view
};

}  // namespace soleus::render
