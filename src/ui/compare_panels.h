#pragma once
/// The Compare mode's panels: in the Run tab which slot the sliders edit, copy, swap, the pair's
/// layout and the end of the comparison; in the Load tab the table of both conditions' summary
/// numbers and the change in percent (document::compare_rows). Commands only; no science here.
#include "document/document.h"

namespace soleus::ui {

/// The plot's and the table's colours for A and B (Okabe & Ito 2008, colour-blind safe): orange
/// and sky blue.
inline constexpr unsigned kColourA = 0xFF009FE6u;  // ImU32 (ABGR): #E69F00
inline constexpr unsigned kColourB = 0xFFE9B456u;  // ImU32 (ABGR): #56B4E9

/// "Editing: A | B", "Copy A -> B", "Swap A <-> B", the layout and "Stop comparing" (inside the
/// current window; nothing without a comparison).
void draw_compare_controls(const document::Document& doc, document::CommandQueue& commands);

/// The A | B | change % table (inside the current window; nothing without a comparison).
void draw_compare_numbers(const document::Document& doc);

}  // namespace soleus::ui
