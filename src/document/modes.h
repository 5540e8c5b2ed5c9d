#pragma once
/// The view modes in one table: what a mode shows (which panels, controls, legend and timeline),
/// what it builds and where the camera looks from when it starts. The panels, the frame
/// description, the command line and the menus all read it, so a new mode is one row here and
/// its enum value (plus, for a new subject, the scene that builds it). The exercise poses have
/// their own table in biomech/exercises.h.
#include <optional>
#include <string_view>

#include "scene/camera.h"
#include "scene/frame.h"

namespace soleus::document {

/// What the 3D view demonstrates. StaticModel is not chosen: it is what any mode becomes for a
/// loaded model without a rig (nothing can move, nothing is coloured by load).
enum class ViewMode { Run, Anatomy, Stretch, FoamRolling, Compare, StaticModel };

/// Which clock drives the timeline under the view.
enum class Timeline { None, Stride, Exercise };

/// The left column's tab a mode brings forward when it starts.
enum class LeftTab { Run, Learn, Layers };

struct ModeInfo {
  ViewMode mode;
  std::string_view id;          ///< command-line and settings id, e.g. "foam-rolling" ("" = not selectable)
  std::string_view menu_label;  ///< Mode menu entry
  scene::Subject subject;       ///< what the scene builds
  bool runner_controls;         ///< the Run tab (runner, foot strike, shoe)
  bool load_numbers;            ///< the Load tab (live numbers and the gait-cycle plot)
  Timeline timeline;            ///< the strip under the view
  LeftTab first_tab;            ///< tab brought forward when the mode starts
  std::optional<scene::ViewPreset> opening_view;  ///< where the camera goes when the mode starts (none: keep the angles)
};

/// Every mode, in menu order.
const ModeInfo* modes_begin();
const ModeInfo* modes_end();
const ModeInfo& mode_info(ViewMode mode);
const char* to_string(ViewMode mode);  // "run", "anatomy", "stretch", "foam-rolling", "compare", "static-model"
/// Parses a selectable mode id; nullopt for an unknown one (and for "static-model").
std::optional<ViewMode> parse_view_mode(std::string_view id);

}  // namespace soleus::document
