#include "document/edit_names.h"

#include <cctype>

#include "anatomy/structure_role.h"
#include "biomech/parameters.h"

namespace soleus::document {
namespace {

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::string structure_name(const Document& doc, int index) {
  const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(index)];
  return s.role == anatomy::StructureRole::Unknown ? s.name : anatomy::role_info(s.role).display_name;
}

bool valid_structure(const Document& doc, int index) {
  return doc.model && index >= 0 && static_cast<std::size_t>(index) < doc.model->structures.size();
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* group_noun(biomech::ParameterGroup group) {
  switch (group) {
    case biomech::ParameterGroup::kRunner: return "runner";
    case biomech::ParameterGroup::kStrike: return "foot strike";
    case biomech::ParameterGroup::kShoe: return "shoe";
    case biomech::ParameterGroup::kModel: break;
  }
  return "model settings";
}

// One input changed: its name ("Change speed"; the strike is "foot strike"); several in one
// panel (a shoe preset): the panel's; several panels: "Change conditions".
std::string conditions_name(const biomech::Conditions& before, const biomech::Conditions& after) {
  const biomech::Parameter* changed = nullptr;
  int count = 0;
  bool one_group = true;
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.get(before) == p.get(after)) continue;
    if (changed && changed->group != p.group) one_group = false;
    if (!changed) changed = &p;
    ++count;
  }
  if (!changed || !one_group) return "Change conditions";
  if (count > 1 || changed->group == biomech::ParameterGroup::kStrike)
    return std::string("Change ") + group_noun(changed->group);
  return "Change " + lower(changed->label);
}

// "foam-rolling" -> "Foam rolling".
std::string mode_name(ViewMode mode) {
  std::string name = to_string(mode);
  for (char& c : name)
    if (c == '-') c = ' ';
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

const char* follow_name(CameraFollow follow) {
  switch (follow) {
    case CameraFollow::Free: return "free";
    case CameraFollow::Leg: return "leg";
    case CameraFollow::GroundContact: return "ground contact";
  }
  return "leg";
}

// "side-by-side" -> "side by side".
std::string layout_name(scene::PairLayout layout) {
  std::string name = scene::to_string(layout);
  for (char& c : name)
    if (c == '-') c = ' ';
  return name;
}

}  // namespace

std::optional<EditName> edit_name(const Document& doc, const Command& command) {
  using Name = std::optional<EditName>;
  const Name none = std::nullopt;
  auto named = [](std::string name, bool continuing = false) -> Name { return EditName{std::move(name), continuing}; };
  return std::visit(
      Overloaded{
          [&](const SetGroupVisible& c) {
            return named(std::string(c.visible ? "Show " : "Hide ") + anatomy::group_display_name(c.group));
          },
          [&](const SetGroupOpacity& c) {
            return named(std::string("Fade ") + anatomy::group_display_name(c.group), c.continuing_edit);
          },
          [&](const SetStructureVisible& c) {
            return valid_structure(doc, c.structure)
                       ? named((c.visible ? "Show " : "Hide ") + structure_name(doc, c.structure))
                       : none;
          },
          [&](const SetStructureOpacity& c) {
            if (!valid_structure(doc, c.structure)) return none;
            return named("Fade " + structure_name(doc, c.structure), c.continuing_edit);
          },
          [&](const SetXray& c) { return named(c.enabled ? "Turn on x-ray" : "Turn off x-ray"); },
          [&](const Isolate& c) {
            return named(valid_structure(doc, c.structure) ? "Isolate " + structure_name(doc, c.structure)
                                                           : std::string("End isolation"));
          },
          [&](const ShowAll&) { return named("Show everything"); },
          [&](const SetConditions& c) {
            // Named after what the panel changed: the settings on screen (B's, when B is edited).
            if (c.slot == Slot::B && doc.compare)
              return named("B: " + conditions_name(doc.compare->conditions, c.conditions), c.continuing_edit);
            return named(conditions_name(doc.run.conditions, c.conditions), c.continuing_edit);
          },
          [&](const SetLoadScale& c) {
            return named(c.scale == LoadScale::BodyWeights ? "Load scale: body weights" : "Load scale: capacity");
          },
          [&](const SetLoadColouring&) { return named("Change load colouring"); },
          [&](const SetForceCues&) { return named("Change force cues"); },
          [&](const SetCameraFollow& c) { return named(std::string("Camera follow: ") + follow_name(c.follow)); },
          [&](const SetViewMode& c) { return named("Set mode: " + mode_name(c.mode)); },
          [&](const SetExercisePose& c) {
            return named("Set pose: " + std::string(biomech::exercise_info(c.pose).title));
          },
          [&](const StartCompare&) { return named("Compare A and B"); },
          [&](const CopyAToB&) { return named("Copy A to B"); },
          [&](const SwapAB&) { return named("Swap A and B"); },
          [&](const SetCompareLayout& c) { return named("Compare as " + layout_name(c.layout)); },
          [&](const StopCompare&) { return named("End comparison"); },
          // Looking around, playing, the window and files: not edits.
          [&](const Select&) { return none; }, [&](const Hover&) { return none; },
          [&](const SetView&) { return none; }, [&](const FrameModel&) { return none; },
          [&](const MoveCamera&) { return none; }, [&](const SetViewport&) { return none; },
          [&](const LoadModel&) { return none; }, [&](const DismissError&) { return none; },
          [&](const SetPlaying&) { return none; }, [&](const SetLoopPlayback&) { return none; },
          [&](const SetPlaybackSpeed&) { return none; }, [&](const SetPhase&) { return none; },
          [&](const StepFrame&) { return none; }, [&](const AdvanceTime&) { return none; },
          [&](const ShowPage&) { return none; }, [&](const ClosePage&) { return none; },
          [&](const SetAudience&) { return none; }, [&](const SetLanguage&) { return none; }, [&](const Undo&) { return none; },
          [&](const Redo&) { return none; }, [&](const SetEditedSlot&) { return none; },
      },
      command);
}

}  // namespace soleus::document
