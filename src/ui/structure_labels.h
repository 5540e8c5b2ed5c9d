#pragma once
/// Leader-line labels over the 3D view: each labelled structure's name in the language shown, in
/// a column at the view's edge, with a line to the point of the structure that faces the camera.
/// Drawn behind every panel, at the UI's text size whatever the zoom.
#include <map>
#include <vector>

#include "scene/camera.h"
#include "scene/labels.h"
#include "ui/app_ui.h"
#include "ui/layout.h"

namespace soleus::ui {

/// Projects the labels' anchors through `camera` into a width x height window (pixels) and draws
/// those that fall inside `view` (the 3D view's free rectangle), laid out by place_labels. `sides`:
/// each label's column last frame, updated.
void draw_structure_labels(const std::vector<scene::StructureLabel>& labels, const document::Document& doc,
                           const UiContent& content, const scene::OrbitCamera& camera, float width, float height,
                           const Rect& view, std::map<int, bool>& sides);

}  // namespace soleus::ui
