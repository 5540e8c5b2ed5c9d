#include "document/document.h"

#include <algorithm>
#include <cmath>

#include "anatomy/model_cache.h"
#include "biomech/exercise_load.h"
#include "core/log.h"
#include "core/overloaded.h"
#include "document/compare.h"
#include "document/edit_names.h"
#include "document/model_set_edit.h"
#include "document/quiz.h"

namespace soleus::document {
namespace {

double wrap_phase(double phase) { return phase - std::floor(phase); }

// Playback that does not loop plays one stride from here.
void restart_playback(Document& doc) {
  doc.run.played = 0.0;
  doc.run.play_start_phase = doc.run.phase;
}

// Whether time moves an exercise or the roller rather than the stride.
bool exercise_clock(const Document& doc) {
  const scene::Subject subject = mode_info(shown_mode(doc)).subject;
  return subject == scene::Subject::Exercise || subject == scene::Subject::FoamRolling;
}

void request_framing(Document& doc, std::optional<scene::ViewPreset> preset = std::nullopt) {
  if (!preset && doc.reframe) preset = doc.reframe->preset;  // an earlier request's view still applies
  doc.reframe = FramingRequest{preset};
}

// A new mode restarts its clock and fits the camera to what it shows, from its own view if it has one.
void start_mode(Document& doc, ViewMode mode, std::optional<scene::ViewPreset> view = std::nullopt) {
  if (mode == ViewMode::Compare && !doc.compare) start_compare(doc, std::nullopt);  // B starts as a copy of A
  const bool changed = mode != doc.teach.mode;
  doc.teach.mode = mode;
  doc.teach.exercise_time_s = 0.0;
  if (changed || view) request_framing(doc, view ? view : mode_info(mode).opening_view);
}

void solve_into(const biomech::Conditions& conditions, Document& doc, bool keep_previous_curve) {
  close_motion(doc);  // new conditions are the generated stride's
  if (!keep_previous_curve) doc.run.previous = doc.run.stride;
  doc.run.conditions = conditions;
  biomech::solve_stride_into(conditions, doc.run.stride);
}

// The conditions a page runs; the runner's own come back when it shows none.
void show_conditions(Document& doc, const std::optional<biomech::Conditions>& shown) {
  PageState& page = doc.page;
  if (shown) {
    if (!page.own_conditions) {
      page.own_conditions = doc.run.conditions;
      page.own_stride = doc.run.stride;
    }
    solve_into(*shown, doc, false);
  } else if (page.own_conditions) {
    close_motion(doc);
    doc.run.previous = doc.run.stride;
    doc.run.conditions = *page.own_conditions;
    doc.run.stride = std::move(*page.own_stride);
    page.own_conditions.reset();
    page.own_stride.reset();
  }
}

void show_model(Document& doc, const ShowModel& loaded) {
  if (!loaded.model) {
    doc.last_error = content::Phrase::with_detail("message.model_not_loaded", loaded.error);  // the current model stays
    core::log_error(loaded.error);
    return;
  }
  install_model(doc, loaded.model);
  doc.set_draft.reset();  // the draft described the model that was
  request_framing(doc);
  core::log_info("loaded " + loaded.model->source.string());
}

void load_model(Document& doc, const std::filesystem::path& path) {
  try {
    // The same path as start-up: served from the processed cache when it can be.
    show_model(doc, {std::make_shared<const anatomy::AnatomyModel>(anatomy::load_anatomy_model_cached(path, doc.roles)), {}});
  } catch (const anatomy::ModelLoadError& e) {
    show_model(doc, {nullptr, e.what()});
  }
}

}  // namespace

void install_model(Document& doc, std::shared_ptr<const anatomy::AnatomyModel> model) {
  doc.model = std::move(model);
  doc.layers = scene::Layers::for_model(*doc.model);
  const bool labels_shown = doc.labels.shown;  // the new model's teaching set, labels as they were
  doc.labels = scene::LabelSet::for_model(*doc.model);
  doc.labels.shown = labels_shown;
  doc.history.clear();  // the steps hold the old model's layers
  doc.selected = -1;
  doc.hovered = -1;
}

Document make_document(std::shared_ptr<const anatomy::AnatomyModel> model, scene::ViewPreset view,
                       const biomech::Conditions& conditions) {
  Document doc;
  doc.run.conditions = conditions;
  biomech::solve_stride_into(conditions, doc.run.stride);
  // The first picture shows the soleus at work, not the unloaded instant of initial contact.
  doc.run.phase = doc.run.stride.summary.peak_soleus_phase;
  doc.model = std::move(model);
  doc.layers = scene::Layers::for_model(*doc.model);
  doc.labels = scene::LabelSet::for_model(*doc.model);
  doc.camera.set_view(view, doc.model->bounds, doc.viewport_aspect);
  doc.reframe = FramingRequest{view};
  return doc;
}

ViewMode shown_mode(const Document& doc) {
  return doc.model && doc.model->has_rig() ? doc.teach.mode : ViewMode::StaticModel;
}

const biomech::Conditions& own_conditions(const Document& doc) {
  return doc.page.own_conditions ? *doc.page.own_conditions : doc.run.conditions;
}

const biomech::SolvedStride& own_stride(const Document& doc) {
  return doc.page.own_stride ? *doc.page.own_stride : doc.run.stride;
}

Slot edited_slot(const Document& doc) {
  return doc.compare && doc.compare->edited == Slot::B && shown_mode(doc) == ViewMode::Compare ? Slot::B : Slot::A;
}

const biomech::Conditions& edited_conditions(const Document& doc) {
  return edited_slot(doc) == Slot::B ? doc.compare->conditions : doc.run.conditions;
}

float load_fraction(const Document& doc, double force_n) { return load_fraction(doc, doc.run.stride, force_n); }

float load_fraction(const Document& doc, const biomech::SolvedStride& stride, double force_n) {
  if (doc.run.scale == LoadScale::BodyWeights)
    return static_cast<float>(force_n / stride.model.body_weight_n / kBwScaleMax);
  return static_cast<float>(force_n / stride.summary.soleus_max_force_n);
}

namespace {

// The legend of a view coloured by muscle force (running, strength work) on the chosen scale,
// its marker at the soleus's force now.
void set_force_legend(const Document& doc, double soleus_force_n, scene::Legend& legend) {
  legend.kind = scene::LegendKind::Force;
  const bool bw = doc.run.scale == LoadScale::BodyWeights;
  legend.quantity = bw ? "Force now" : "Force now, share of the soleus's capacity";
  legend.quantity_key = bw ? "legend.force_now" : "legend.force_now_capacity";
  legend.unit = bw ? "BW" : "%";
  legend.scale_max = bw ? kBwScaleMax : 100.0;
  legend.marker = std::clamp(load_fraction(doc, soleus_force_n), 0.0f, 1.0f);
}

// Undo and redo restore a snapshot; the state they leave goes on the other stack.
void undo(Document& doc) {
  if (const auto step = doc.history.take_undo(editable_state(doc))) restore_editable(doc, step->state);
}

void redo(Document& doc) {
  if (const auto step = doc.history.take_redo(editable_state(doc))) restore_editable(doc, step->state);
}

// The right answer on the leg: the structure asked about selected, an exercise's pose shown.
void show_quiz_answer(Document& doc) {
  const content::QuizQuestion* q = current_question(doc);
  if (!q) return;
  if (q->kind == content::QuizKind::Exercise) {
    if (const auto pose = biomech::find_exercise_pose(q->pose)) {
      if (*pose != doc.teach.pose) request_framing(doc);
      doc.teach.pose = *pose;
      start_mode(doc, ViewMode::Stretch);
    }
    return;
  }
  if (q->kind == content::QuizKind::MythVerdict) return;  // the Learn page's Show me tells the rest
  if (const auto role = anatomy::role_from_id(q->subject)) doc.selected = doc.model->find(*role);
  if (doc.teach.mode != ViewMode::Anatomy) start_mode(doc, ViewMode::Anatomy);
}

void answer_quiz(Document& doc, const std::string& choice) {
  if (doc.quiz && record_answer(*doc.quiz, choice)) show_quiz_answer(doc);
}

// What each command does; apply_command records the edits around it.
void carry_out(Document& doc, const Command& command) {
  std::visit(
      core::Overloaded{
          [&](const SetGroupVisible& c) { doc.layers.group_visible[scene::group_index(c.group)] = c.visible; },
          [&](const SetGroupOpacity& c) {
            doc.layers.group_opacity[scene::group_index(c.group)] = std::clamp(c.opacity, 0.0f, 1.0f);
          },
          [&](const SetStructureVisible& c) {
            if (valid_structure(doc, c.structure))
              doc.layers.structures[static_cast<std::size_t>(c.structure)].visible = c.visible;
          },
          [&](const SetStructureOpacity& c) {
            if (valid_structure(doc, c.structure))
              doc.layers.structures[static_cast<std::size_t>(c.structure)].opacity = std::clamp(c.opacity, 0.0f, 1.0f);
          },
          [&](const SetXray& c) { doc.layers.xray = c.enabled; },
          [&](const SetLabels& c) { doc.labels.shown = c.shown; },
          [&](const SetStructureLabelled& c) {
            if (valid_structure(doc, c.structure)) doc.labels.structures[static_cast<std::size_t>(c.structure)] = c.labelled;
          },
          [&](const SetSection& c) {
            const scene::SectionAxis before = doc.layers.section.axis;
            doc.layers.section = scene::clamped(c.section, scene::section_range(c.section, doc.model->bounds));
            // A new axis: the camera frames what is kept from the nearest view (from above for an
            // axial cut; apply_framing). Moving the plane keeps the camera still.
            if (doc.layers.section.axis != before) request_framing(doc, scene::nearest_view_preset(doc.camera.yaw));
          },
          [&](const Isolate& c) {
            const int isolated = valid_structure(doc, c.structure) ? c.structure : -1;
            if (isolated != doc.layers.isolated) request_framing(doc);  // the camera follows what is shown
            doc.layers.isolated = isolated;
          },
          [&](const Select& c) {
            const content::QuizQuestion* q = current_question(doc);
            if (q && q->kind == content::QuizKind::FindStructure && !doc.quiz->given && valid_structure(doc, c.structure)) {
              // The click answers "find the ...": the structure's role id, or its own name without one.
              const anatomy::Structure& s = doc.model->structures[static_cast<std::size_t>(c.structure)];
              answer_quiz(doc, s.role == anatomy::StructureRole::Unknown ? s.name : anatomy::role_info(s.role).id);
              return;
            }
            doc.selected = valid_structure(doc, c.structure) ? c.structure : -1;
          },
          [&](const Hover& c) { doc.hovered = valid_structure(doc, c.structure) ? c.structure : -1; },
          [&](const ShowAll&) {
            if (doc.layers.isolated >= 0) request_framing(doc);
            doc.layers = scene::Layers::for_model(*doc.model);
          },
          [&](const SetView& c) { request_framing(doc, c.preset); },
          [&](const FrameModel&) { request_framing(doc); },
          [&](const MoveCamera& c) {
            doc.camera.orbit(c.yaw, c.pitch);
            doc.camera.pan(c.pan_right, c.pan_up);
            doc.camera.zoom(c.zoom);
          },
          [&](const SetViewport& c) {
            if (c.width <= 0.0f || c.height <= 0.0f || c.free_right <= c.free_left || c.free_bottom <= c.free_top)
              return;
            doc.viewport_aspect = c.width / c.height;
            doc.camera.free_fraction = Vec2((c.free_right - c.free_left) / c.width, (c.free_bottom - c.free_top) / c.height);
            // Centre the image on the free rectangle (NDC: x right, y up).
            doc.camera.lens_shift = Vec2(((c.free_left + c.free_right) * 0.5f - c.width * 0.5f) / (c.width * 0.5f),
                                         -((c.free_top + c.free_bottom) * 0.5f - c.height * 0.5f) / (c.height * 0.5f));
          },
          [&](const LoadModel& c) { load_model(doc, c.path); },
          [&](const ShowModel& c) { show_model(doc, c); },
          [&](const EditModelSet& c) { edit_model_set(doc, c.draft); },
          [&](const SaveModelSet&) { save_model_set(doc); },
          [&](const LoadMotion& c) { load_motion(doc, c.files); },
          [&](const CloseMotion&) { close_motion(doc); },
          [&](const SetAudience& c) { doc.audience = c.audience; },
          [&](const SetLanguage& c) { doc.language = c.language; },
          [&](const Undo&) {
            if (doc.history.undo_name()) close_motion(doc);  // the edits undone are the generated stride's
            undo(doc);
          },
          [&](const Redo&) {
            if (doc.history.redo_name()) close_motion(doc);
            redo(doc);
          },
          [&](const DismissError&) { doc.last_error = {}; },
          [&](const SetConditions& c) {
            if (const auto error = biomech::validate(c.conditions)) {
              // Keep the last valid stride on screen; the message says which slot it was for.
              doc.run.input_error = (c.slot == Slot::B && doc.compare ? "B: " : "") + error->message;
              return;
            }
            doc.run.input_error.clear();
            if (c.slot == Slot::B) {
              set_b_conditions(doc, c.conditions);
              return;
            }
            // An edit by hand makes the settings on screen the runner's own, page or not.
            doc.page.own_conditions.reset();
            doc.page.own_stride.reset();
            doc.page.shown_case = -1;
            solve_into(c.conditions, doc, c.continuing_edit);
          },
          [&](const SetPlaying& c) {
            if (c.playing && !doc.run.playing) restart_playback(doc);
            doc.run.playing = c.playing;
          },
          [&](const SetLoopPlayback& c) {
            doc.run.loop = c.loop;
            restart_playback(doc);
          },
          [&](const SetPlaybackSpeed& c) { doc.run.speed = std::clamp(c.speed, 0.05, 2.0); },
          [&](const SetPhase& c) {
            doc.run.phase = wrap_phase(c.phase);
            restart_playback(doc);
          },
          [&](const StepFrame& c) {
            doc.run.playing = false;
            if (exercise_clock(doc)) {  // an exercise or the roller: its own clock steps
              doc.teach.exercise_time_s = std::max(0.0, doc.teach.exercise_time_s + kStepSeconds * c.frames);
            } else {
              doc.run.phase = wrap_phase(doc.run.phase + kStepFraction * c.frames);
              restart_playback(doc);
            }
          },
          [&](const AdvanceTime& c) {
            if (!doc.run.playing || c.seconds <= 0.0) return;
            if (exercise_clock(doc)) {
              double t = doc.teach.exercise_time_s + c.seconds;
              // Without looping: one repetition, then stop (a held stretch and the roller stay still).
              const double once = shown_mode(doc) == ViewMode::Stretch ? biomech::exercise_info(doc.teach.pose).cycle_s : 0.0;
              if (!doc.run.loop && t >= once) {
                t = once;
                doc.run.playing = false;
              }
              doc.teach.exercise_time_s = t;
              return;
            }
            const double advance = c.seconds * doc.run.speed / doc.run.stride.model.stride_time_s;
            if (!doc.run.loop && doc.run.played + advance >= 1.0) {  // one whole stride, back where it started
              doc.run.phase = doc.run.play_start_phase;
              doc.run.playing = false;
              return;
            }
            doc.run.played += advance;
            doc.run.phase = wrap_phase(doc.run.phase + advance);
          },
          [&](const SetLoadScale& c) { doc.run.scale = c.scale; },
          [&](const SetLoadColouring& c) {
            doc.run.colour_soleus = c.soleus;
            doc.run.colour_gastrocnemius = c.gastrocnemius;
            doc.run.colour_achilles = c.achilles;
          },
          [&](const SetForceCues& c) {
            doc.run.show_grf_arrow = c.grf_arrow;
            doc.run.show_cop_trace = c.cop_trace;
            doc.run.show_achilles_arrow = c.achilles_arrow;
          },
          [&](const SetCameraFollow& c) { doc.run.follow = c.follow; },
          [&](const SetViewMode& c) {
            // A mode chosen by hand is the runner's own: going back from a page keeps it.
            doc.page.own_mode = c.mode;
            start_mode(doc, c.mode);
          },
          [&](const SetExercisePose& c) {
            if (c.pose != doc.teach.pose) request_framing(doc);
            doc.teach.pose = c.pose;
            doc.page.own_pose = c.pose;
            doc.page.own_mode = ViewMode::Stretch;
            start_mode(doc, ViewMode::Stretch);
          },
          [&](const ShowPage& c) {
            if (c.conditions && biomech::validate(*c.conditions)) return;  // a page never shows an invalid runner
            if (doc.page.id.empty()) {
              doc.page.own_mode = doc.teach.mode;
              doc.page.own_pose = doc.teach.pose;
              doc.page.own_phase = doc.run.phase;
            }
            const bool new_subject = c.id != doc.page.id || c.mode != doc.teach.mode || c.pose != doc.teach.pose ||
                                     c.spot != doc.teach.spot;
            doc.page.id = c.id;
            doc.page.shown_case = c.conditions ? c.shown_case : -1;
            show_conditions(doc, c.conditions);
            // A runner the page changed is first seen where its soleus works hardest.
            if (c.conditions) doc.run.phase = doc.run.stride.summary.peak_soleus_phase;
            doc.teach.pose = c.pose;
            doc.teach.spot = c.spot;
            if (new_subject || c.view) start_mode(doc, c.mode, c.view ? c.view : mode_info(c.mode).opening_view);
          },
          [&](const ClosePage&) {
            if (doc.page.id.empty()) return;
            show_conditions(doc, std::nullopt);
            const PageState own = std::move(doc.page);
            doc.page = PageState{};
            doc.teach.spot.clear();
            if (own.own_pose != doc.teach.pose) request_framing(doc);
            doc.teach.pose = own.own_pose;
            doc.run.phase = own.own_phase;
            start_mode(doc, own.own_mode);
          },
          [&](const StartCompare& c) { start_compare(doc, c.b); },
          [&](const CopyAToB&) { copy_a_to_b(doc); },
          [&](const SwapAB&) { swap_a_b(doc); },
          [&](const SetCompareLayout& c) {
            if (!doc.compare || doc.compare->layout == c.layout) return;
            doc.compare->layout = c.layout;
            request_framing(doc);  // one leg or two: the camera fits what is shown
          },
          [&](const SetEditedSlot& c) {
            if (doc.compare) doc.compare->edited = c.slot;
          },
          [&](const StopCompare&) { stop_compare(doc); },
          [&](const StartQuiz& c) {
            if (c.questions.empty()) return;
            if (!doc.quiz) {
              doc.quiz = QuizState{};
              doc.quiz->mode_before = doc.teach.mode;
              doc.quiz->pose_before = doc.teach.pose;
              doc.quiz->selected_before = doc.selected;
            }
            QuizState& quiz = *doc.quiz;
            quiz.questions = c.questions;
            quiz.current = 0;
            quiz.finished = false;
            quiz.right = quiz.answered = 0;
            quiz.given.reset();
            doc.selected = -1;  // the leg gives nothing away
            start_mode(doc, ViewMode::Anatomy);
          },
          [&](const AnswerQuiz& c) { answer_quiz(doc, c.choice); },
          [&](const NextQuestion&) {
            if (!doc.quiz) return;
            next_question(*doc.quiz);
            doc.selected = -1;
            if (doc.teach.mode != ViewMode::Anatomy) start_mode(doc, ViewMode::Anatomy);
          },
          [&](const StopQuiz&) {
            if (!doc.quiz) return;
            const QuizState quiz = std::move(*doc.quiz);
            doc.quiz.reset();
            if (quiz.pose_before != doc.teach.pose) request_framing(doc);
            doc.teach.pose = quiz.pose_before;
            doc.selected = valid_structure(doc, quiz.selected_before) ? quiz.selected_before : -1;
            start_mode(doc, quiz.mode_before);
          },
      },
      command);
}

}  // namespace

void apply_command(Document& doc, const Command& command) {
  const std::optional<EditName> edit = edit_name(doc, command);
  if (!edit) {
    carry_out(doc, command);
    return;
  }
  EditableState before = editable_state(doc);
  carry_out(doc, command);
  if (changed_parts(before, editable_state(doc)).any())
    doc.history.record(std::move(before), edit->name, edit->continuing);
}

scene::FrameSpec describe_frame(const Document& doc, const scene::RollingMap* rolling) {
  scene::FrameSpec spec;
  const ModeInfo& mode = mode_info(shown_mode(doc));
  spec.subject = mode.subject;
  spec.model = doc.model.get();
  spec.layers = &doc.layers;
  spec.labels = &doc.labels;
  spec.hovered = doc.hovered;
  spec.selected = doc.selected;
  spec.props = doc.layers.isolated < 0;
  spec.joint_markers = joint_markers(doc);
  // The spot the rolling map explains (the first until one is chosen), whatever the view shows:
  // the Learn tab's foam-rolling page lists the same.
  spec.rolling = rolling;
  if (rolling && !rolling->spots.empty()) {
    spec.chosen_spot = 0;
    for (std::size_t i = 0; i < rolling->spots.size(); ++i)
      if (rolling->spots[i].id == doc.teach.spot) spec.chosen_spot = static_cast<int>(i);
  }
  using anatomy::StructureRole;
  switch (spec.subject) {
    case scene::Subject::Running: {
      spec.animating = doc.run.playing;
      spec.stride = &doc.run.stride;
      spec.sample = doc.run.stride.sample_at_phase(doc.run.phase);
      spec.cues.grf_arrow = doc.run.show_grf_arrow;
      spec.cues.cop_trace = doc.run.show_cop_trace;
      spec.cues.achilles_arrow = doc.run.show_achilles_arrow;
      spec.swell_with_load = true;
      scene::Legend& legend = spec.legend;
      auto colour = [&](StructureRole role, double force_n) {
        if (doc.model->find(role) < 0) return;  // a set without it: nothing takes the colour, the legend says none
        spec.colours.push_back({role, load_fraction(doc, force_n)});
        legend.structures.push_back(role);
      };
      if (doc.run.colour_soleus) colour(StructureRole::Soleus, spec.sample.soleus_force_n());
      if (doc.run.colour_gastrocnemius) {
        colour(StructureRole::GastrocnemiusMedial, spec.sample.muscle_force_n[1]);
        colour(StructureRole::GastrocnemiusLateral, spec.sample.muscle_force_n[2]);
      }
      if (doc.run.colour_achilles) colour(StructureRole::AchillesTendon, spec.sample.achilles_force_n);
      if (!spec.colours.empty()) set_force_legend(doc, spec.sample.soleus_force_n(), legend);
      if (mode.mode == ViewMode::Compare) describe_pair(doc, spec);
      break;
    }
    case scene::Subject::Exercise: {
      spec.animating = doc.run.playing && biomech::exercise_info(doc.teach.pose).moves;
      spec.exercise_pose = doc.teach.pose;
      spec.runner = doc.run.conditions.runner;
      spec.exercise = biomech::exercise_frame(doc.teach.pose, spec.runner, doc.teach.exercise_time_s);
      spec.stretch = biomech::solve_stretch(spec.exercise.joints, doc.run.conditions.runner);
      const StructureRole roles[] = {StructureRole::Soleus, StructureRole::GastrocnemiusMedial,
                                     StructureRole::GastrocnemiusLateral};
      if (spec.exercise.body_weight_share > 0.0) {
        // Strength work: each muscle coloured by the force it holds the body's weight with, on
        // the running scale (biomech::exercise_load)
        spec.sample = biomech::exercise_load(spec.exercise, doc.run.stride.model);
        spec.swell_with_load = true;  // as in running: the legend says loaded muscles swell
        for (int m = 0; m < biomech::kMuscleCount; ++m) {
          if (doc.model->find(roles[m]) < 0) continue;
          spec.colours.push_back({roles[m], load_fraction(doc, spec.sample.muscle_force_n[static_cast<std::size_t>(m)])});
          spec.legend.structures.push_back(roles[m]);
        }
        set_force_legend(doc, spec.sample.soleus_force_n(), spec.legend);
        break;
      }
      // A stretch: each muscle coloured by its stretch relative to the stretch it has at the end of the range.
      for (int m = 0; m < biomech::kMuscleCount; ++m) {
        const double fraction = spec.stretch.tension_fraction[static_cast<std::size_t>(m)];
        spec.colours.push_back({roles[m], static_cast<float>(std::clamp(fraction, 0.0, 1.0))});
        spec.legend.structures.push_back(roles[m]);
      }
      spec.legend.kind = scene::LegendKind::Stretch;
      spec.legend.quantity = "Stretch (0 = standing length, 1 = end of your range)";
      spec.legend.quantity_key = "legend.stretch";
      spec.legend.marker = static_cast<float>(std::clamp(spec.stretch.tension_fraction[0], 0.0, 1.0));
      break;
    }
    case scene::Subject::FoamRolling: {
      spec.animating = doc.run.playing;
      spec.roller_time_s = doc.teach.exercise_time_s;
      if (rolling && !rolling->spots.empty()) {
        spec.legend.kind = scene::LegendKind::RollingMap;
        spec.legend.quantity = "Foam-rolling map";
        spec.legend.quantity_key = "legend.rolling_map";
        for (const scene::RollingSpot& spot : rolling->spots)
          if (std::find(spec.legend.structures.begin(), spec.legend.structures.end(), spot.target) == spec.legend.structures.end())
            spec.legend.structures.push_back(spot.target);
      }
      break;
    }
    case scene::Subject::Standing: break;
  }
  return spec;
}

bool apply_framing(Document& doc, const std::vector<Vec3>& points) {
  if (!doc.reframe) return false;
  const std::optional<scene::ViewPreset> preset = doc.reframe->preset;
  doc.reframe.reset();
  if (points.empty()) return false;
  if (preset) {
    doc.camera.look_from(*preset);
    // An axial cut faces up: the view looks down onto it rather than along it.
    if (doc.layers.section.axis == scene::SectionAxis::Axial) doc.camera.pitch = kAxialCutPitch;
  }
  doc.camera.frame(points, doc.viewport_aspect);
  return true;
}

bool follow_leg(Document& doc, const scene::Frame& frame, float smoothing) {
  if (!frame.posed || doc.run.follow == CameraFollow::Free || frame.draw_list.bounds.empty()) return false;
  Vec3 wanted = doc.run.follow == CameraFollow::Leg ? frame.draw_list.bounds.centre()
                                                    : (frame.run_pose.heel + frame.run_pose.ball) * 0.5f;
  wanted.x = doc.camera.target.x;
  const Vec3 offset = (wanted - doc.camera.target) * smoothing;
  if (glm::length(offset) < 1e-5f) return false;
  doc.camera.target += offset;
  return true;
}

void CommandQueue::apply_all(Document& doc) {
  // Commands may be pushed while applying (none do today); swap first so that is safe.
  std::vector<Command> batch;
  batch.swap(pending_);
  for (const Command& c : batch) apply_command(doc, c);
}

}  // namespace soleus::document
