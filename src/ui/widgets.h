#pragma once
/// Small ImGui helpers every panel shares.
#include <string_view>

namespace soleus::ui {

/// The hovered item's explanation, wrapped to a readable width (about 26 letters' worth of ems);
/// nothing for empty text.
void tooltip(std::string_view text);

}  // namespace soleus::ui
