#include "document/edit_names.h"

#include <cstdio>

#include "anatomy/structure_role.h"
#include "biomech/parameters.h"
#include "core/overloaded.h"

namespace soleus::document {
namespace {

using content::Phrase;

Phrase key(std::string k) { return Phrase{std::move(k), {}, {}}; }
Phrase key(std::string k, std::string placeholder, Phrase arg) {
  Phrase p = key(std::move(k));
  p.args.emplace_back(std::move(placeholder), std::move(arg));
  return p;
}

// A structure's name: its role's, or the model's own for a structure without a role (literal:
// the names of the structures are content, not string tables).
// A known structure by its catalogue name in the language shown ("structure_name.<role id>", which
// the app adds to the string table from structures.json), its English name where there is none.
Phrase structure_name(const Document& doc, int index) {
  const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(index)];
  if (s.role == anatomy::StructureRole::Unknown) return Phrase::text(s.name);
  Phrase name = Phrase::text(std::string(anatomy::role_info(s.role).display_name));
  name.key = "structure_name." + std::string(anatomy::role_info(s.role).id);
  return name;
}

Phrase group_name(anatomy::StructureGroup group) { return key(std::string("group.") + anatomy::group_id(group)); }

const char* group_noun(biomech::ParameterGroup group) {
  switch (group) {
    case biomech::ParameterGroup::kRunner: return "edit.what.panel.runner";
    case biomech::ParameterGroup::kStrike: return "edit.what.panel.strike";
    case biomech::ParameterGroup::kShoe: return "edit.what.panel.shoe";
    case biomech::ParameterGroup::kModel: break;
  }
  return "edit.what.panel.model";
}

// One input changed: its name ("Change speed"; the strike is "foot strike"); several in one
// panel (a shoe preset): the panel's; several panels: "Change conditions".
Phrase conditions_name(const biomech::Conditions& before, const biomech::Conditions& after) {
  const biomech::Parameter* changed = nullptr;
  int count = 0;
  bool one_group = true;
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.get(before) == p.get(after)) continue;
    if (changed && changed->group != p.group) one_group = false;
    if (!changed) changed = &p;
    ++count;
  }
  if (!changed || !one_group) return key("edit.change_conditions");
  if (count > 1 || changed->group == biomech::ParameterGroup::kStrike)
    return key("edit.change", "what", key(group_noun(changed->group)));
  return key("edit.change", "what", key("edit.what." + std::string(changed->id)));
}

// "Cut Axial at 0.30 m" (the offset as it will be, clamped to the model), or "Remove the cross-section".
Phrase section_name(const Document& doc, const scene::Section& wanted) {
  if (!wanted.on()) return key("edit.section_off");
  const scene::Section section = scene::clamped(wanted, scene::section_range(wanted, doc.model->bounds));
  char metres[16];
  std::snprintf(metres, sizeof(metres), "%.2f", static_cast<double>(section.offset_m));
  Phrase name = key("edit.section", "axis", key(std::string("section.axis.") + scene::to_string(section.axis)));
  name.args.emplace_back("metres", Phrase::text(metres));
  return name;
}

const char* follow_key(CameraFollow follow) {
  switch (follow) {
    case CameraFollow::Free: return "edit.follow.free";
    case CameraFollow::Leg: return "edit.follow.leg";
    case CameraFollow::GroundContact: return "edit.follow.ground_contact";
  }
  return "edit.follow.leg";
}

}  // namespace

std::optional<EditName> edit_name(const Document& doc, const Command& command) {
  using Name = std::optional<EditName>;
  const Name none = std::nullopt;
  auto named = [](Phrase name, bool continuing = false) -> Name { return EditName{std::move(name), continuing}; };
  return std::visit(
      core::Overloaded{
          [&](const SetGroupVisible& c) {
            return named(key(c.visible ? "edit.show" : "edit.hide", "what", group_name(c.group)));
          },
          [&](const SetGroupOpacity& c) {
            return named(key("edit.fade", "what", group_name(c.group)), c.continuing_edit);
          },
          [&](const SetStructureVisible& c) {
            return valid_structure(doc, c.structure)
                       ? named(key(c.visible ? "edit.show" : "edit.hide", "what", structure_name(doc, c.structure)))
                       : none;
          },
          [&](const SetStructureOpacity& c) {
            if (!valid_structure(doc, c.structure)) return none;
            return named(key("edit.fade", "what", structure_name(doc, c.structure)), c.continuing_edit);
          },
          [&](const SetXray& c) { return named(key(c.enabled ? "edit.xray_on" : "edit.xray_off")); },
          // Labels are a view edit like x-ray: Ctrl+Z takes back "Show labels" as it does "X-ray on".
          [&](const SetLabels& c) { return named(key(c.shown ? "edit.labels_on" : "edit.labels_off")); },
          [&](const SetStructureLabelled& c) {
            return valid_structure(doc, c.structure)
                       ? named(key(c.labelled ? "edit.label" : "edit.unlabel", "what", structure_name(doc, c.structure)))
                       : none;
          },
          [&](const SetSection& c) { return named(section_name(doc, c.section), c.continuing_edit); },
          [&](const Isolate& c) {
            return named(valid_structure(doc, c.structure) ? key("edit.isolate", "what", structure_name(doc, c.structure))
                                                           : key("edit.end_isolation"));
          },
          [&](const ShowAll&) { return named(key("edit.show_all")); },
          [&](const SetConditions& c) {
            // Named after what the panel changed: the settings on screen (B's, when B is edited).
            if (c.slot == Slot::B && doc.compare)
              return named(key("edit.b", "step", conditions_name(doc.compare->conditions, c.conditions)),
                           c.continuing_edit);
            return named(conditions_name(doc.run.conditions, c.conditions), c.continuing_edit);
          },
          [&](const SetLoadScale& c) {
            return named(key(c.scale == LoadScale::BodyWeights ? "edit.scale.body_weights" : "edit.scale.capacity"));
          },
          [&](const SetLoadColouring&) { return named(key("edit.load_colouring")); },
          [&](const SetForceCues&) { return named(key("edit.force_cues")); },
          [&](const SetCameraFollow& c) { return named(key(follow_key(c.follow))); },
          [&](const SetViewMode& c) {
            return named(key("edit.set_mode", "mode", key(std::string("edit.mode.") + to_string(c.mode))));
          },
          [&](const SetExercisePose& c) {
            return named(key("edit.set_pose", "pose", key("pose." + std::string(biomech::exercise_info(c.pose).id))));
          },
          [&](const StartCompare&) { return named(key("edit.start_compare")); },
          [&](const CopyAToB&) { return named(key("edit.copy_a_to_b")); },
          [&](const SwapAB&) { return named(key("edit.swap_ab")); },
          [&](const SetCompareLayout& c) {
            return named(key(std::string("edit.compare_as.") + scene::to_string(c.layout)));
          },
          [&](const StopCompare&) { return named(key("edit.stop_compare")); },
          // Looking around, playing, the window and files: not edits.
          [&](const Select&) { return none; }, [&](const Hover&) { return none; },
          [&](const SetView&) { return none; }, [&](const FrameModel&) { return none; },
          [&](const MoveCamera&) { return none; }, [&](const SetViewport&) { return none; },
          [&](const LoadModel&) { return none; }, [&](const LoadMotion&) { return none; },
          [&](const EditModelSet&) { return none; }, [&](const SaveModelSet&) { return none; },
          [&](const ShowModel&) { return none; },
          [&](const CloseMotion&) { return none; }, [&](const DismissError&) { return none; },
          [&](const SetPlaying&) { return none; }, [&](const SetLoopPlayback&) { return none; },
          [&](const SetPlaybackSpeed&) { return none; }, [&](const SetPhase&) { return none; },
          [&](const StepFrame&) { return none; }, [&](const AdvanceTime&) { return none; },
          [&](const ShowPage&) { return none; }, [&](const ClosePage&) { return none; },
          [&](const SetAudience&) { return none; }, [&](const SetLanguage&) { return none; }, [&](const Undo&) { return none; },
          [&](const Redo&) { return none; }, [&](const SetEditedSlot&) { return none; },
          // The quiz asks and shows; it changes nothing the runner would take back.
          [&](const StartQuiz&) { return none; }, [&](const AnswerQuiz&) { return none; },
          [&](const NextQuestion&) { return none; }, [&](const StopQuiz&) { return none; },
      },
      command);
}

std::vector<std::string> edit_name_keys() {
  std::vector<std::string> keys = {
      "edit.show", "edit.hide", "edit.fade", "edit.xray_on", "edit.xray_off", "edit.labels_on", "edit.labels_off",
      "edit.label", "edit.unlabel", "edit.isolate",
      "edit.end_isolation", "edit.show_all", "edit.change_conditions", "edit.change", "edit.what.panel.runner",
      "edit.what.panel.strike", "edit.what.panel.shoe", "edit.what.panel.model", "edit.b", "edit.scale.body_weights",
      "edit.scale.capacity", "edit.load_colouring", "edit.force_cues", "edit.follow.free", "edit.follow.leg",
      "edit.follow.ground_contact", "edit.set_mode", "edit.set_pose", "edit.start_compare", "edit.copy_a_to_b",
      "edit.swap_ab", "edit.stop_compare", "edit.open_scenario", "edit.section", "edit.section_off"};
  for (const scene::SectionAxis axis : scene::kSectionAxes)
    if (axis != scene::SectionAxis::Off) keys.push_back(std::string("section.axis.") + scene::to_string(axis));
  for (const biomech::Parameter& p : biomech::parameters()) keys.push_back("edit.what." + std::string(p.id));
  for (const ModeInfo* m = modes_begin(); m != modes_end(); ++m)
    if (!m->id.empty()) keys.push_back("edit.mode." + std::string(m->id));
  for (const scene::PairLayout layout :
       {scene::PairLayout::SideBySide, scene::PairLayout::Overlay, scene::PairLayout::Difference})
    keys.push_back(std::string("edit.compare_as.") + scene::to_string(layout));
  return keys;
}

}  // namespace soleus::document
