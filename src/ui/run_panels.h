#pragma once
/// The running panels: Runner, Foot strike and Shoe controls (each with tooltips that say what
/// the control does to the body), the Load panel (live numbers and the gait-cycle plot) and the
/// timeline (play, pause, step, speed, scrubber with stance band and event markers).
#include "document/document.h"

namespace soleus::ui {

/// Runner, Foot strike and Shoe sections (drawn inside the current window).
void draw_run_controls(const document::Document& doc, document::CommandQueue& commands);

/// Live numbers (at this frame's sample) and the gait-cycle plot (drawn inside the current window).
void draw_load_panel(const document::Document& doc, const scene::FrameSpec& frame, document::CommandQueue& commands);

/// The timeline strip, its own window at the given screen rectangle: the stride's scrubber, or
/// for an exercise just its clock.
void draw_timeline(const document::Document& doc, const scene::FrameSpec& frame, document::Timeline timeline,
                   document::CommandQueue& commands, float left, float top, float width, float height);

}  // namespace soleus::ui
