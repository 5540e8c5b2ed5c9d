#pragma once
/// File > Model set (document.h: EditModelSet, SaveModelSet): the loaded set's description
/// corrected by the user (roles, joint nudges), shown as joint markers, tried and then saved.
#include <memory>
#include <optional>
#include <vector>

#include "document/document.h"
#include "scene/joint_markers.h"

namespace soleus::document {

/// Opens, changes (a checked copy of `draft`) or, with none, closes the draft.
void edit_model_set(Document& doc, const std::optional<anatomy::SetDescription>& draft);

/// Loads the set with the draft; on success writes the draft beside the files and shows the set.
void save_model_set(Document& doc);

/// The rig's driven joints, where the draft puts them (none without a draft or a rig).
std::vector<scene::JointMarker> joint_markers(const Document& doc);

/// Shows `model` in place of the one shown: its layers and labels (labels shown as they were),
/// nothing selected, no undo history (its steps hold the old model's layers). Camera as it was.
void install_model(Document& doc, std::shared_ptr<const anatomy::AnatomyModel> model);

}  // namespace soleus::document
