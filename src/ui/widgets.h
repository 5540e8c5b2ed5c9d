#pragma once
/// Small ImGui helpers every panel shares.
#include <string_view>

#include <imgui.h>

namespace soleus::ui {

/// The hovered item's explanation, wrapped to a readable width (about 26 letters' worth of ems);
/// nothing for empty text.
void tooltip(std::string_view text);

/// The panels' text colours, one meaning each (on ImGui's dark theme).
namespace colour {
inline const ImVec4 kHeading(0.55f, 0.75f, 1.0f, 1.0f);
inline const ImVec4 kLink(0.70f, 0.85f, 1.0f, 1.0f);
inline const ImVec4 kWarning(1.0f, 0.60f, 0.35f, 1.0f);  // also a wrong quiz answer
inline const ImVec4 kDanger(1.0f, 0.42f, 0.38f, 1.0f);
inline const ImVec4 kGood(0.50f, 0.88f, 0.55f, 1.0f);    // also a right quiz answer
inline const ImVec4 kLookFor(0.95f, 0.88f, 0.55f, 1.0f);
}  // namespace colour

}  // namespace soleus::ui
