#pragma once
/// The running panels: Runner, Foot strike and Shoe controls (each with tooltips that say what
/// the control does to the body), the Load panel (live numbers and the gait-cycle plot) and the
/// timeline (play, pause, step, speed, scrubber with stance band and event markers).
#include "document/document.h"

namespace soleus::ui {

/// Runner, Foot strike and Shoe sections (drawn inside the current window).
void draw_run_controls(const document::Document& doc, document::CommandQueue& commands);

/// Live numbers and the gait-cycle plot (drawn inside the current window).
void draw_load_panel(const document::Document& doc, document::CommandQueue& commands);

/// The timeline strip: its own window at the given screen rectangle.
void draw_timeline(const document::Document& doc, document::CommandQueue& commands, float left, float top,
                   float width, float height);

/// The colour legend of the load colouring: its own small window at the given position.
void draw_load_legend(const document::Document& doc, float left, float top);

/// Force (N) -> fraction of the colouring scale, as the legend states it.
float load_fraction(const document::Document& doc, double force_n);

}  // namespace soleus::ui
