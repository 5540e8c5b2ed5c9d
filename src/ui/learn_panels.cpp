#include "ui/learn_panels.h"

#include <imgui.h>

namespace soleus::ui {

void draw_learn_tab(const document::Document&, const content::LearnContent* learn, LearnUiState&,
                    document::CommandQueue&) {
  if (!learn) {
    ImGui::TextWrapped("The teaching content could not be loaded (see the message below).");
    return;
  }
  ImGui::TextWrapped("%s", learn->disclaimer.title.c_str());
}

}  // namespace soleus::ui
