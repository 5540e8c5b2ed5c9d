#pragma once
/// The exploration UI: menu bar, Layers panel (show/hide/fade per group and structure, x-ray,
/// isolate, search), the structure info panel, the hover label, the error box and the help
/// overlay. Panels read a const Document and push Commands; they own no model data.
#include <optional>
#include <string>

#include "content/structures.h"
#include "document/document.h"

namespace soleus::ui {

/// Text the panels show, loaded once from assets/content/. A missing or broken file leaves
/// the catalogue empty and the reason in `error`, and the panels fall back to names only.
struct UiContent {
  std::optional<content::StructureCatalog> structures;
  std::string error;  // "" when everything loaded
};

/// UI-only state that is not part of the document (which panels are open, search text).
struct ExploreUiState {
  bool show_layers = true;
  bool show_info = true;
  bool show_help = false;
  char search[64] = "";
  bool open_model_popup = false;
  char model_path[512] = "";
};

/// Draws every exploration panel for this frame. `mouse` is the cursor in window pixels, used to
/// place the hover label. Must be called between ImGui::NewFrame() and ImGui::Render().
void draw_explore_panels(const document::Document& doc, const UiContent& content, ExploreUiState& state,
                         document::CommandQueue& commands);

}  // namespace soleus::ui
