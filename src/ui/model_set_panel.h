#pragma once
/// File > Model set: the loaded set's files, what the loader guessed (each part's role, the notes)
/// and the joints its rig placed, for the user to correct: a role per part, each joint's centre
/// moved and axis turned, shown on the leg as they change and saved beside the files. It draws
/// the document's draft (doc.set_draft) and issues EditModelSet / SaveModelSet.
#include <vector>

#include "document/document.h"
#include "scene/joint_markers.h"
#include "ui/legend.h"

namespace soleus::ui {

/// File > Model set...: opens the panel on the loaded set (disabled for a single file).
void model_set_menu_item(const document::Document& doc, document::CommandQueue& commands);

/// The panel (doc.set_draft must be set), inside the current window; `markers` are the frame's
/// joint markers (scene::FrameSpec::joint_markers), whose centres and axes it shows.
void draw_model_set_panel(const document::Document& doc, const std::vector<scene::JointMarker>& markers,
                          const NameOf& name_of, document::CommandQueue& commands);

}  // namespace soleus::ui
