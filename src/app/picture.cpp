#include "app/picture.h"

namespace soleus::app {

PictureRenderer::PictureRenderer(render::Renderer& renderer, const render::RenderSettings& settings,
                                 const scene::RollingMap* rolling)
    : renderer_(renderer), settings_(settings), rolling_(rolling), target_(64, 64, settings.msaa_samples) {}

std::vector<std::uint8_t> PictureRenderer::render(const document::Document& doc, const PictureRequest& request) {
  document::Document copy = doc;  // the window's document is left as it is
  const float w = static_cast<float>(request.width);
  const float h = static_cast<float>(request.height);
  document::apply_command(copy, document::SetViewport{w, h, 0.0f, 0.0f, w, h});  // no panels: all of it is free
  if (request.conditions) document::apply_command(copy, document::SetConditions{*request.conditions});
  if (request.running_leg) {
    document::apply_command(copy, document::StopCompare{});
    document::apply_command(copy, document::SetViewMode{document::ViewMode::Run});
    if (request.difference_b) {
      document::apply_command(copy, document::StartCompare{request.difference_b});
      document::apply_command(copy, document::SetCompareLayout{scene::PairLayout::Difference});
    }
  }
  if (request.phase) document::apply_command(copy, document::SetPhase{*request.phase});
  if (request.view) document::apply_command(copy, document::SetView{*request.view});
  const scene::FrameSpec spec = document::describe_frame(copy, rolling_);
  const scene::Frame built = scene::build_frame(spec, buffers_);
  if (copy.reframe) document::apply_framing(copy, scene::framing_points(spec, built, buffers_));
  document::follow_leg(copy, built, 1.0f);
  render::RenderSettings settings = settings_;
  settings.render_scale = 1.0f;
  settings.view_left = 0;
  settings.view_top = 0;
  settings.view_width = request.width;
  settings.view_height = request.height;
  target_.resize(request.width, request.height);
  renderer_.render(built.draw_list, copy.camera, target_, settings);
  return target_.read_rgba();
}

}  // namespace soleus::app
