#include "app/teaching_frame.h"

#include "scene/scene_builder.h"

namespace soleus::app {

scene::DrawList build_teaching_frame(const document::Document& doc, const ui::UiContent&,
                                     const scene::FootLandmarks&, TeachingAnimation&) {
  scene::SceneInputs inputs;
  inputs.model = doc.model.get();
  inputs.layers = &doc.layers;
  inputs.hovered = doc.hovered;
  inputs.selected = doc.selected;
  return scene::build_draw_list(inputs);
}

}  // namespace soleus::app
