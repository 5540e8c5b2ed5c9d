#pragma once
/// Opening and saving a scenario in the app (File menu, drag and drop, Open recent): the
/// document's side, testable without a window.
#include <filesystem>
#include <optional>

#include "document/document.h"
#include "document/scenario.h"

namespace soleus::document {

/// Reads a scenario and applies A's conditions, mode and view through commands. A file that
/// cannot be used changes nothing and puts its message (file, field, reason) in doc.last_error.
/// Returns the scenario read (its B is the compare view's), or nullopt.
std::optional<Scenario> open_scenario(Document& doc, const std::filesystem::path& path);

/// A file dropped on the window: a .json file opens as a scenario (as open_scenario), anything
/// else loads as a model (LoadModel). Returns whether a scenario opened.
bool open_dropped_file(Document& doc, const std::filesystem::path& path);

/// What the document shows now as a scenario: the runner's own conditions (not a Learn page's),
/// their mode and the view preset nearest the camera.
Scenario current_scenario(const Document& doc);

/// Writes current_scenario() atomically. A failure keeps any previous file, puts the message in
/// doc.last_error and returns false.
bool save_scenario(Document& doc, const std::filesystem::path& path);

}  // namespace soleus::document
