#pragma once
/// The soleus force over the gait cycle as an inline SVG picture (no script, no external file),
/// for the handout.
#include <string>

#include "biomech/stride.h"
#include "content/strings.h"

namespace soleus::handout {

/// A curve to draw: a stride and its legend label.
struct PlotCurve {
  const biomech::SolvedStride* stride = nullptr;
  std::string label;
};

/// An <svg> element: soleus force in body weights (y) against the gait cycle in % of the stride
/// from initial contact (x), one line for `a` and, when given, a dashed one for `b`; labelled
/// axes with units, ticks, the stance phase shaded and a legend; its words (handout.plot.*) from
/// `strings`.
std::string gait_plot_svg(const content::Strings& strings, const PlotCurve& a, const PlotCurve* b = nullptr);

}  // namespace soleus::handout
