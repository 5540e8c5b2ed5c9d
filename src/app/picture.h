#pragma once
/// A picture of the 3D view alone at any size, rendered offscreen from a copy of the document,
/// so the window keeps what it shows: the app's PNG and video exports and the handout's
/// pictures. A new picture (B minus A, another view) is one more PictureRequest.
#include <cstdint>
#include <optional>
#include <vector>

#include "biomech/conditions.h"
#include "document/document.h"
#include "render/render_settings.h"
#include "render/render_target.h"
#include "render/renderer.h"
#include "scene/camera.h"
#include "scene/frame.h"

namespace soleus::app {

struct PictureRequest {
  int width = 1280;
  int height = 720;
  std::optional<biomech::Conditions> conditions;  // others than the document's (B); must be valid
  std::optional<double> phase;                    // none: the document's playhead
  std::optional<scene::ViewPreset> view;          // none: the document's camera; else framed from this view
  /// The running leg whatever the document shows: alone, or coloured by `difference_b` minus the
  /// leg's conditions (the Compare mode's difference layout). False: as the document shows it.
  bool running_leg = false;
  std::optional<biomech::Conditions> difference_b;  // with running_leg; must be valid
};

class PictureRenderer {
 public:
  /// `settings` as the window's (multisampling, FXAA, surround); `rolling` may be null.
  PictureRenderer(render::Renderer& renderer, const render::RenderSettings& settings,
                  const scene::RollingMap* rolling);

  /// RGBA, rows top-down, request.width * request.height * 4 bytes.
  std::vector<std::uint8_t> render(const document::Document& doc, const PictureRequest& request);

 private:
  render::Renderer& renderer_;
  render::RenderSettings settings_;
  const scene::RollingMap* rolling_;
  render::RenderTarget target_;
  scene::FrameBuffers buffers_;
};

}  // namespace soleus::app
