#pragma once
/// The Learn tab: causes of soleus pain, remedies, prevention, myths checked against the
/// evidence, exercise cards, foam rolling and the training-load planner, each with a "show me"
/// that configures the model and the 3D view. Text comes from assets/content/learn.json.
#include "content/learn.h"
#include "document/document.h"

namespace soleus::ui {

/// UI-only state of the Learn tab.
struct LearnUiState {
  int placeholder = 0;
};

/// Draws the Learn tab's content (inside the current window). `learn` is null when the content
/// file could not be loaded.
void draw_learn_tab(const document::Document& doc, const content::LearnContent* learn, LearnUiState& state,
                    document::CommandQueue& commands);

}  // namespace soleus::ui
