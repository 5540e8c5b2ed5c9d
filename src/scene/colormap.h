#pragma once
/// Load colouring: a perceptually uniform, colour-blind-safe colormap (viridis: dark blue-violet
/// -> green -> yellow, van der Walt & Smith 2015, matplotlib) and the load -> colour mapping.
#include "core/math.h"

namespace soleus::scene {

/// Viridis at t in [0, 1] (clamped), linear RGB.
Vec3 viridis(float t);

/// The diverging map for a signed difference at t in [-1, 1] (clamped), linear RGB: ColorBrewer's
/// PuOr (Brewer, Harrower & Penn State, colorbrewer2.org, 11 classes; colour-blind safe), purple
/// for less load in B (t < 0), near white for no change, orange for more load in B (t > 0).
Vec3 puor(float t);

/// The share of the current scale's maximum that the difference map spans either way (+-30 %).
inline constexpr float kDifferenceSpan = 0.3f;

/// Where a load fraction (load / scale maximum, >= 0) lands on the colormap. Zero load maps to
/// the very start; any load above zero starts a visible step up the map, so a small load never
/// looks like no load.
float load_to_colormap_position(float load_fraction);

/// A non-colour cue: how much a loaded muscle swells (uniform scale, 1 = unloaded).
float load_to_swelling(float load_fraction);

/// Fraction of the map left between zero and the smallest load (the visible step).
inline constexpr float kZeroLoadGap = 0.12f;

}  // namespace soleus::scene
