#pragma once
/// Words over the 3D view at world points the frame gives (the "A" and "B" above the legs of a
/// pair, the names of the structures a cross-section cuts), drawn behind every panel so a column
/// never shows them on top of itself.
#include <vector>

#include "content/strings.h"
#include "scene/camera.h"
#include "scene/frame.h"
#include "ui/layout.h"

namespace soleus::ui {

/// Projects each label through `camera` into a width x height window (pixels) and draws it
/// centred above its point (a cut's names small, beside a dot on theirs, none over another); labels
/// behind the eye are skipped. `area`: the 3D view's rectangle, which a cut's names stay in. `words`: the language shown (the
/// frame names its labels in English).
void draw_frame_labels(const std::vector<scene::FrameLabel>& labels, const scene::OrbitCamera& camera, float width,
                       float height, const Rect& area, const content::Strings& words);

}  // namespace soleus::ui
