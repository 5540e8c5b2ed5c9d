#pragma once
/// The box over the view's top-left corner that says what the colours mean: which structures
/// are coloured, by which quantity and on what scale (from this frame's description), or, for a
/// model without a rig, why nothing moves.
#include <functional>
#include <string>

#include "anatomy/structure_role.h"
#include "scene/frame.h"

namespace soleus::ui {

/// Width of the legend's colour bar and text when it floats over the view (em).
inline constexpr float kLegendWidthEm = 14.0f;

using NameOf = std::function<std::string(anatomy::StructureRole)>;  ///< a structure's display name

/// Draws `legend` into the current window, `width` wide (nothing for LegendKind::None).
void draw_legend(const scene::Legend& legend, const NameOf& name_of, float width);

/// The legend as its own box at a screen corner (when the side panels are hidden).
void draw_legend_overlay(const scene::Legend& legend, const NameOf& name_of, float left, float top, float max_width);

/// What the legend's place says for a model without a rig.
void draw_static_model_note(const std::string& file_name);

}  // namespace soleus::ui
