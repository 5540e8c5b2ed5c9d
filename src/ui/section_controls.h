#pragma once
/// The Layers tab's cross-section: the plane's axis (off, axial, sagittal, coronal, free), its
/// position over the model's extent along that axis, and a free plane's angles.
#include "document/document.h"

namespace soleus::ui {

void draw_section_controls(const document::Document& doc, document::CommandQueue& commands);

}  // namespace soleus::ui
