#pragma once
/// Which commands are undoable edits, and what the Edit menu calls each ("Undo Hide Skin").
/// Every command is listed in edit_names.cpp, so a new command cannot skip the decision.
/// A name is a content::Phrase (string table keys "edit.*", with the tables' own words as
/// arguments: group.<id>, pose.<id>), said in the language shown when the menu is drawn.
#include <optional>
#include <string>
#include <vector>

#include "content/strings.h"
#include "document/document.h"

namespace soleus::document {

struct EditName {
  content::Phrase name;     ///< e.g. "Change foot strike", "Hide Skin", "Set mode: Stretch" (in English)
  bool continuing = false;  ///< a slider still dragged: joins the step it started
};

/// The name of the edit `command` makes to `doc` as it is now, or none for a command that is
/// not an edit: the camera, selection and hover, playback and the clock, the viewport, loading
/// a model (a new history starts), errors, the audience (a preference, like the UI scale),
/// undo and redo themselves, and Learn pages (ShowPage, ClosePage): a page shows its subject
/// for a while and going back restores the runner's own settings, so it changes nothing of
/// theirs to undo.
std::optional<EditName> edit_name(const Document& doc, const Command& command);

/// Every string table key an edit's name may use (built from ids at run time), for the test that
/// finds each in every language.
std::vector<std::string> edit_name_keys();

}  // namespace soleus::document
