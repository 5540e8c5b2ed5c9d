#pragma once
/// Undo and redo. An undo step is a snapshot of what the user edits (EditableState) taken
/// before the edit, not an inverse command: apply_command stays the one place that carries
/// commands out, and undoing restores the snapshot. Which commands are edits, and their names,
/// is edit_names.h.
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "biomech/conditions.h"
#include "biomech/exercises.h"
#include "content/strings.h"
#include "document/modes.h"
#include "document/view_options.h"
#include "scene/frame.h"
#include "scene/layers.h"

namespace soleus::document {

struct Document;

/// The comparison's editable part: B's conditions and how the pair is shown (B's stride is solved
/// again from the conditions when they come back).
struct CompareSnapshot {
  biomech::Conditions conditions;
  scene::PairLayout layout = scene::PairLayout::SideBySide;
  Slot edited = Slot::A;
};

/// Everything a condition or view edit changes: the runner's own conditions, mode and exercise
/// pose (a Learn page that shows others holds them aside; see PageState), the layers and labels, the load
/// colouring and its scale, the force cues, camera follow and the comparison's B. Not the camera's angles and zoom,
/// the selection, hover, the playhead or playback: those are looking around, not editing.
struct EditableState {
  biomech::Conditions conditions;
  ViewMode mode = ViewMode::Run;
  biomech::ExercisePose pose = biomech::ExercisePose::BentKneeStretch;
  scene::Layers layers;
  scene::LabelSet labels;
  LoadScale scale = LoadScale::BodyWeights;
  bool colour_soleus = true;
  bool colour_gastrocnemius = false;
  bool colour_achilles = false;
  bool grf_arrow = true;
  bool cop_trace = true;
  bool achilles_arrow = true;
  CameraFollow follow = CameraFollow::Leg;
  std::optional<CompareSnapshot> compare;  // none: no comparison
};

/// Which parts of two states differ (conditions need a new stride; mode and pose a new view).
struct ChangedParts {
  bool conditions = false;
  bool mode = false;  ///< the mode or the exercise pose
  bool view = false;  ///< layers, labels, colouring, scale, cues, follow
  bool compare = false;  ///< the comparison started, ended, or its B or layout changed
  bool any() const { return conditions || mode || view || compare; }
};
ChangedParts changed_parts(const EditableState& a, const EditableState& b);

/// The document's editable state now.
EditableState editable_state(const Document& doc);
/// Puts `state` back: solves the stride again only when its conditions differ from the current
/// ones. A Learn page that holds the runner's own settings aside closes first when the conditions,
/// mode or pose change, so that what is undone is seen.
void restore_editable(Document& doc, const EditableState& state);

/// One step: its name ("Change foot strike", as a phrase said in the language shown when the
/// Edit menu is drawn) and the state on the other side of it.
struct HistoryStep {
  content::Phrase name;
  EditableState state;
};

/// The undo and redo stacks.
class History {
 public:
  /// Steps kept; the oldest goes first.
  static constexpr std::size_t kMaxSteps = 200;

  /// Records an edit named `name` that changed the document from `before`. A `continuing` edit
  /// (a slider still dragged) joins the step before it when that step's name has the same key
  /// and nothing was undone or redone since, so one drag is one step; the step takes the
  /// newer name (its words may quote the value: "Cut Axial at 0.30 m"). A new step clears redo.
  void record(EditableState before, content::Phrase name, bool continuing);
  /// The step to undo, moved to the redo stack with `current` (the state to redo to); none
  /// when there is nothing to undo.
  std::optional<HistoryStep> take_undo(EditableState current);
  /// The step to redo, moved back to the undo stack with `current`.
  std::optional<HistoryStep> take_redo(EditableState current);
  /// The name of what Undo / Redo would do (nullptr: nothing).
  const content::Phrase* undo_name() const;
  const content::Phrase* redo_name() const;
  /// How many steps have ever been recorded (it only grows): a mark for squash_since.
  std::size_t recorded() const { return recorded_; }
  /// Makes the steps recorded since `mark` one step named `name` (opening a scenario is one edit,
  /// however many commands it took).
  void squash_since(std::size_t mark, content::Phrase name);
  std::size_t undo_size() const { return undo_.size(); }
  std::size_t redo_size() const { return redo_.size(); }
  void clear();

 private:
  std::deque<HistoryStep> undo_;
  std::vector<HistoryStep> redo_;
  bool open_ = false;  // the newest undo step may still absorb a continuing edit
  std::size_t recorded_ = 0;
};

}  // namespace soleus::document
