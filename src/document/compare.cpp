#include "document/compare.h"

#include <algorithm>
#include <utility>

#include "scene/colormap.h"

namespace soleus::document {
namespace {

// The settings on screen become the runner's own: a Learn page no longer restores others.
void adopt_shown_settings(Document& doc) {
  doc.page.own_conditions.reset();
  doc.page.own_stride.reset();
  doc.page.shown_case = -1;
}

// Force (N) of a coloured structure in a stride sample; the roles match describe_frame's colours.
double force_of(anatomy::StructureRole role, const biomech::StrideSample& sample) {
  using anatomy::StructureRole;
  switch (role) {
    case StructureRole::Soleus: return sample.soleus_force_n();
    case StructureRole::GastrocnemiusMedial: return sample.muscle_force_n[1];
    case StructureRole::GastrocnemiusLateral: return sample.muscle_force_n[2];
    case StructureRole::AchillesTendon: return sample.achilles_force_n;
    default: return 0.0;
  }
}

}  // namespace

void start_compare(Document& doc, const std::optional<biomech::Conditions>& b) {
  close_motion(doc);  // A and B are generated strides
  if (b) {
    if (const auto error = biomech::validate(*b)) {
      doc.run.input_error = "B: " + error->message;
      return;
    }
    doc.run.input_error.clear();
    CompareState state;
    state.conditions = *b;
    biomech::solve_stride_into(*b, state.stride);
    if (doc.compare) {  // a new B keeps how the pair is shown
      state.layout = doc.compare->layout;
      state.edited = doc.compare->edited;
    }
    doc.compare = std::move(state);
  } else if (!doc.compare) {
    doc.compare = CompareState{doc.run.conditions, doc.run.stride};
  }
  if (doc.teach.mode != ViewMode::Compare) {
    doc.teach.mode = ViewMode::Compare;
    doc.teach.exercise_time_s = 0.0;
    doc.reframe = FramingRequest{mode_info(ViewMode::Compare).opening_view};
  }
}

void set_b_conditions(Document& doc, const biomech::Conditions& b) {
  if (!doc.compare) return;
  doc.compare->conditions = b;
  biomech::solve_stride_into(b, doc.compare->stride);
}

void copy_a_to_b(Document& doc) {
  if (!doc.compare) return;
  doc.compare->conditions = doc.run.conditions;
  doc.compare->stride = doc.run.stride;
}

void swap_a_b(Document& doc) {
  if (!doc.compare) return;
  adopt_shown_settings(doc);  // A is now what was B: a page must not put its own settings back
  std::swap(doc.run.conditions, doc.compare->conditions);
  std::swap(doc.run.stride, doc.compare->stride);
  doc.run.previous.reset();  // the faded curve compared one A with the next; a swap is no such step
}

void stop_compare(Document& doc) {
  doc.compare.reset();
  if (doc.teach.mode == ViewMode::Compare) {
    doc.teach.mode = ViewMode::Run;
    doc.reframe = FramingRequest{std::nullopt};  // one leg now: fit it
  }
}

void describe_pair(const Document& doc, scene::FrameSpec& spec) {
  if (!doc.compare || !spec.stride) return;
  const CompareState& b = *doc.compare;
  spec.paired = true;
  spec.pair_layout = b.layout;
  spec.stride_b = &b.stride;
  spec.sample_b = b.stride.sample_at_phase(doc.run.phase);  // one playhead: the same phase of each stride
  if (b.layout != scene::PairLayout::Difference) {
    for (const scene::ScaleColour& a : spec.colours)
      spec.colours_b.push_back({a.role, load_fraction(doc, b.stride, force_of(a.role, spec.sample_b))});
    return;
  }
  // One leg, coloured by B minus A, each on its own scale (body weights, or its own capacity),
  // over +-kDifferenceSpan of the scale's top.
  for (scene::ScaleColour& c : spec.colours)
    c.fraction = (load_fraction(doc, b.stride, force_of(c.role, spec.sample_b)) - c.fraction) / scene::kDifferenceSpan;
  spec.diverging = true;
  spec.swell_with_load = false;
  if (spec.colours.empty()) return;
  scene::Legend& legend = spec.legend;
  legend.kind = scene::LegendKind::Difference;
  legend.quantity = doc.run.scale == LoadScale::BodyWeights ? "B \u2212 A, force now"
                                                            : "B \u2212 A, force now, share of the soleus's capacity";
  legend.quantity_key = doc.run.scale == LoadScale::BodyWeights ? "legend.difference" : "legend.difference_capacity";
  legend.scale_max *= scene::kDifferenceSpan;
  const float soleus_diff =
      (load_fraction(doc, b.stride, spec.sample_b.soleus_force_n()) - load_fraction(doc, spec.sample.soleus_force_n())) /
      scene::kDifferenceSpan;
  legend.marker = std::clamp(0.5f + 0.5f * soleus_diff, 0.0f, 1.0f);
}

}  // namespace soleus::document
