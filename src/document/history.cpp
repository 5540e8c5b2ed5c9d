#include "document/history.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "biomech/parameters.h"
#include "document/document.h"

namespace soleus::document {
namespace {

// Every input the model reads is a row of the parameter table, so comparing the rows compares
// the conditions (no second list of fields to keep in step).
bool same_conditions(const biomech::Conditions& a, const biomech::Conditions& b) {
  for (const biomech::Parameter& p : biomech::parameters())
    if (p.get(a) != p.get(b)) return false;
  return true;
}

bool same_layers(const scene::Layers& a, const scene::Layers& b) {
  if (a.group_visible != b.group_visible || a.group_opacity != b.group_opacity || a.xray != b.xray ||
      a.isolated != b.isolated || a.section != b.section || a.structures.size() != b.structures.size())
    return false;
  for (std::size_t i = 0; i < a.structures.size(); ++i)
    if (a.structures[i].visible != b.structures[i].visible || a.structures[i].opacity != b.structures[i].opacity)
      return false;
  return true;
}

bool same_compare(const std::optional<CompareSnapshot>& a, const std::optional<CompareSnapshot>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (same_conditions(a->conditions, b->conditions) && a->layout == b->layout && a->edited == b->edited);
}

auto view_options(const EditableState& s) {
  return std::tie(s.scale, s.colour_soleus, s.colour_gastrocnemius, s.colour_achilles, s.grf_arrow, s.cop_trace,
                  s.achilles_arrow, s.follow);
}

// As document.cpp's request_framing: an earlier request's view still applies.
void reframe(Document& doc, std::optional<scene::ViewPreset> preset) {
  if (!preset && doc.reframe) preset = doc.reframe->preset;
  doc.reframe = FramingRequest{preset};
}

// B comes back as it was; its stride is solved again only when its conditions differ. The mode
// is restored apart (a comparison can be ended from the Compare mode or from another).
void restore_compare(Document& doc, const std::optional<CompareSnapshot>& snapshot) {
  if (!snapshot) {
    doc.compare.reset();
    return;
  }
  if (!doc.compare || !same_conditions(doc.compare->conditions, snapshot->conditions)) {
    CompareState b;
    b.conditions = snapshot->conditions;
    biomech::solve_stride_into(b.conditions, b.stride);
    doc.compare = std::move(b);
  }
  if (doc.compare->layout != snapshot->layout) reframe(doc, std::nullopt);  // one leg or two
  doc.compare->layout = snapshot->layout;
  doc.compare->edited = snapshot->edited;
}

}  // namespace

ChangedParts changed_parts(const EditableState& a, const EditableState& b) {
  ChangedParts changed;
  changed.conditions = !same_conditions(a.conditions, b.conditions);
  changed.mode = a.mode != b.mode || a.pose != b.pose;
  changed.view = !same_layers(a.layers, b.layers) || a.labels != b.labels || view_options(a) != view_options(b);
  changed.compare = !same_compare(a.compare, b.compare);
  return changed;
}

EditableState editable_state(const Document& doc) {
  EditableState s;
  const bool page_holds_own = !doc.page.id.empty();
  s.conditions = own_conditions(doc);
  s.mode = page_holds_own ? doc.page.own_mode : doc.teach.mode;
  s.pose = page_holds_own ? doc.page.own_pose : doc.teach.pose;
  s.layers = doc.layers;
  s.labels = doc.labels;
  s.scale = doc.run.scale;
  s.colour_soleus = doc.run.colour_soleus;
  s.colour_gastrocnemius = doc.run.colour_gastrocnemius;
  s.colour_achilles = doc.run.colour_achilles;
  s.grf_arrow = doc.run.show_grf_arrow;
  s.cop_trace = doc.run.show_cop_trace;
  s.achilles_arrow = doc.run.show_achilles_arrow;
  s.follow = doc.run.follow;
  if (doc.compare) s.compare = CompareSnapshot{doc.compare->conditions, doc.compare->layout, doc.compare->edited};
  return s;
}

void restore_editable(Document& doc, const EditableState& s) {
  const ChangedParts changed = changed_parts(editable_state(doc), s);
  // The runner's own settings come back on screen (a page would hide what was undone).
  if ((changed.conditions || changed.mode) && !doc.page.id.empty()) apply_command(doc, ClosePage{});
  if (changed.conditions) {
    doc.run.previous = doc.run.stride;  // the faded curve shows what was undone
    doc.run.conditions = s.conditions;
    biomech::solve_stride_into(s.conditions, doc.run.stride);
  }
  doc.run.input_error.clear();
  if (changed.mode) {
    const bool new_mode = s.mode != doc.teach.mode;
    doc.teach.mode = s.mode;
    doc.teach.pose = s.pose;
    doc.teach.exercise_time_s = 0.0;
    reframe(doc, new_mode ? mode_info(s.mode).opening_view : std::nullopt);
  }
  if (s.layers.isolated != doc.layers.isolated) reframe(doc, std::nullopt);  // the camera follows what is shown
  doc.layers = s.layers;
  doc.labels = s.labels;
  doc.run.scale = s.scale;
  doc.run.colour_soleus = s.colour_soleus;
  doc.run.colour_gastrocnemius = s.colour_gastrocnemius;
  doc.run.colour_achilles = s.colour_achilles;
  doc.run.show_grf_arrow = s.grf_arrow;
  doc.run.show_cop_trace = s.cop_trace;
  doc.run.show_achilles_arrow = s.achilles_arrow;
  doc.run.follow = s.follow;
  if (changed.compare) restore_compare(doc, s.compare);
}

void History::record(EditableState before, content::Phrase name, bool continuing) {
  // A drag joins the step it started, which holds its start and is named after where it ends
  // ("Cut Axial at 0.30 m" as the slider moves on).
  if (continuing && open_ && !undo_.empty() && undo_.back().name.key == name.key) {
    undo_.back().name = std::move(name);
    return;
  }
  undo_.push_back({std::move(name), std::move(before)});
  ++recorded_;
  if (undo_.size() > kMaxSteps) undo_.pop_front();
  redo_.clear();
  open_ = true;
}

std::optional<HistoryStep> History::take_undo(EditableState current) {
  open_ = false;
  if (undo_.empty()) return std::nullopt;
  HistoryStep step = std::move(undo_.back());
  undo_.pop_back();
  redo_.push_back({step.name, std::move(current)});
  return step;
}

std::optional<HistoryStep> History::take_redo(EditableState current) {
  open_ = false;
  if (redo_.empty()) return std::nullopt;
  HistoryStep step = std::move(redo_.back());
  redo_.pop_back();
  undo_.push_back({step.name, std::move(current)});
  return step;
}

void History::squash_since(std::size_t mark, content::Phrase name) {
  const std::size_t steps = std::min(recorded_ - mark, undo_.size());
  if (steps == 0) return;
  undo_.erase(undo_.end() - static_cast<std::ptrdiff_t>(steps) + 1, undo_.end());  // the oldest holds the start
  undo_.back().name = std::move(name);
  open_ = false;
}

const content::Phrase* History::undo_name() const { return undo_.empty() ? nullptr : &undo_.back().name; }
const content::Phrase* History::redo_name() const { return redo_.empty() ? nullptr : &redo_.back().name; }

void History::clear() {
  undo_.clear();
  redo_.clear();
  open_ = false;
}

}  // namespace soleus::document
