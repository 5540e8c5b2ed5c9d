#pragma once
/// The Learn panels' content (assets/content/learn.json): causes, solutions and prevention of
/// soleus pain, evidence-first myths, exercise cards, foam-rolling spots, the red-flags box, the
/// disclaimer and the training-load planner's guidance text. Text only explains; every number
/// about the runner comes from the load model through the "show me" specs, which name model
/// inputs and report keys that are validated against the fixed lists below.
///
/// File schema (every text is a string, the English, or {"en": ..., "zh-Hans": ...}, UTF-8; "cite" = {authors, year, journal, finding, doi?, url?}):
///   disclaimer {title, paragraphs[]}
///   red_flags {title, intro, items[], action}
///   causes[] / solutions[] / prevention[]: {id, title, summary, paragraphs[], evidence[cite] (>= 1),
///       show_me?, related[]?, by_audience?: {student|coach|runner: {summary?, paragraphs[]?}}}
///       (the text a student, coach or runner reads instead; content/json_reader.h, AudienceText)
///   show_me {compare[1..4]: {label, set{input key: value}, pose?}, metrics[report key],
///       view: posterior|lateral|medial|anterior, mode?: run|stretch|foam-rolling, pose?, look_for}
///   myths[]: {id, claim, verdict: false|misleading|partly true|true, paragraphs[], evidence[], show_me?}
///   exercises[]: {id, title, kind: stretch|strength, target_muscle (role id), pose, steps[], sets,
///       reps?, hold_seconds?, rest_seconds?, dose, key_cue, progression, why, caution, evidence[]?}
///   foam_rolling {title, paragraphs[], roller_speed_cm_s?, spots[]: {id, label, target, u, v, radius?,
///       direction: along|across, direction_text, pressure: light|moderate|firm, pressure_text,
///       duration_seconds, notes?}, avoid[]: {id, label, structure?, reason}, evidence[]}
///   planner {title, paragraphs[], thresholds {acwr_sweet_low, acwr_sweet_high, acwr_danger,
///       weekly_jump}, evidence[], transition {title, paragraphs[], evidence[]}}
/// Ids are unique across entries, myths, exercises and spots. Unknown extra fields are ignored.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "content/audience.h"
#include "content/language.h"
#include "content/citation.h"
#include "content/content_error.h"
#include "content/strings.h"

namespace soleus::content {

/// Model input keys a "show me" may set: the content keys of biomech::parameters() (a number in
/// the parameter's display unit within its range; "strike" also takes a strike preset id), then
/// "shoe" (a shoe preset id), "plate" (bool) and "cadence_change" (relative to the preferred
/// cadence at the case's speed, -0.3..0.3).
const std::vector<std::string>& allowed_input_keys();
/// The show-me input keys that are not a model parameter.
inline constexpr std::string_view kShoeInput = "shoe";                     ///< a shoe preset id
inline constexpr std::string_view kPlateInput = "plate";                   ///< a carbon plate in (true) or out
inline constexpr std::string_view kCadenceChangeInput = "cadence_change";  ///< relative to the preferred cadence
/// Load-model report keys a "show me" may display.
const std::vector<std::string>& allowed_metric_keys();
/// Camera views a "show me" may ask for.
const std::vector<std::string>& allowed_views();
/// Exercise pose ids (biomech::exercise_poses(); also the --pose values).
const std::vector<std::string>& allowed_poses();
bool is_allowed_input_key(std::string_view key);
bool is_allowed_metric_key(std::string_view key);

/// One input value: a number (in the key's unit), a flag (plate) or a word (strike, shoe).
using InputValue = std::variant<double, bool, std::string>;


/// One column of a comparison: a label and the inputs to set (others keep their current value).
struct ShowMeCase {
  std::string label;                       ///< column heading, e.g. "Rearfoot"
  std::map<std::string, InputValue> set;   ///< input key -> value (keys from allowed_input_keys())
  std::string pose;                        ///< stretch-mode pose for this case; empty = ShowMe::pose
};

/// One input in words, to be said in the language shown ("3.5 m/s", "forefoot", "+5 % cadence",
/// "10 mm drop"), and a case's inputs joined ("forefoot, 0 mm drop"; "current settings" when
/// empty): keys input.*, the parameters' param.<id>.words; numbers and unknown words are literal.
Phrase describe_input_phrase(const std::string& key, const InputValue& value);
Phrase describe_case_phrase(const ShowMeCase& show_case);
/// Every key those phrases may use, for the test that finds each in every language.
std::vector<std::string> describe_keys();

/// What a "Show me" button does: configure the model for each case, show these metrics side by
/// side, and point the camera.
struct ShowMe {
  std::vector<ShowMeCase> compare;   ///< 1..4 cases, shown side by side in order
  std::vector<std::string> metrics;  ///< report keys to show (allowed_metric_keys()); non-empty in "run" mode
  std::string view;                  ///< camera preset: posterior|lateral|medial|anterior
  std::string mode;                  ///< "run" (default), "stretch" or "foam-rolling"
  std::string pose;                  ///< default stretch pose when mode == "stretch", else empty
  std::string look_for;              ///< one plain sentence: what to compare (no model numbers)
};

/// A cause, solution or prevention panel.
struct LearnEntry {
  std::string id;                       ///< unique across the whole file, e.g. "cause_running_form"
  std::string title;                    ///< panel heading
  std::string summary;                  ///< one-line teaser for lists
  std::vector<std::string> paragraphs;  ///< short plain-words paragraphs (non-empty)
  std::vector<Citation> evidence;       ///< at least one source
  std::optional<ShowMe> show_me;        ///< the demonstration, when there is one
  std::vector<std::string> related;     ///< ids of other entries, myths or exercises
};

/// A popular belief checked against the evidence.
struct Myth {
  std::string id;                       ///< unique id, e.g. "myth_heel_strike_calf"
  std::string claim;                    ///< the belief as people say it
  std::string verdict;                  ///< "false", "misleading", "partly true" or "true"
  std::vector<std::string> paragraphs;  ///< what the evidence says, plain words
  std::vector<Citation> evidence;       ///< at least one source
  std::optional<ShowMe> show_me;        ///< demonstration, when the model can show it
};

/// An exercise card in the format physiotherapists use.
struct Exercise {
  std::string id;                  ///< unique id, e.g. "stretch_bent_knee_wall"
  std::string title;               ///< card heading
  std::string kind;                ///< "stretch" or "strength"
  std::string target_muscle;       ///< structure role id it targets most, e.g. "soleus"
  std::string pose;                ///< stretch-mode pose id (allowed_poses())
  std::vector<std::string> steps;  ///< how to do it, one step per line
  int sets = 0;                    ///< number of sets (>= 1)
  int reps = 0;                    ///< repetitions per set; 0 for a timed hold
  int hold_seconds = 0;            ///< hold per repetition or set (s); 0 for a rep-based exercise
  int rest_seconds = 0;            ///< rest between sets (s)
  std::string dose;                ///< dose as people say it, e.g. "3 × 30 s, twice a day"
  std::string key_cue;             ///< the one thing to get right
  std::string progression;         ///< how to make it harder over weeks
  std::string why;                 ///< why it targets this muscle (one line)
  std::string caution;             ///< when to stop or go easier
  std::vector<Citation> evidence;  ///< sources (may be empty for standard technique)
};

/// A place to roll on the calf, given on the soleus's (u, v) texture parametrisation.
struct RollingSpot {
  std::string id;               ///< unique id, e.g. "mid_belly"
  std::string label;            ///< short name shown on the map
  std::string target;           ///< structure role id the spot is painted on (usually "soleus")
  double u = 0.5;               ///< around the belly, 0..1 (the anatomy module's TEXCOORD_0 u)
  double v = 0.5;               ///< along the fibres, origin 0 .. insertion 1
  double radius = 0.1;          ///< spot size in v units (0..0.5), for painting
  std::string direction;        ///< "along" (the fibres) or "across"
  std::string direction_text;   ///< how to move, plain words
  std::string pressure;         ///< "light", "moderate" or "firm"
  std::string pressure_text;    ///< how hard, plain words
  int duration_seconds = 0;     ///< time on this spot (s, > 0)
  std::string notes;            ///< extra hint (may be empty)
};

/// A place not to roll.
struct AvoidZone {
  std::string id;         ///< unique id, e.g. "achilles_tendon"
  std::string label;      ///< short name
  std::string structure;  ///< structure role id to highlight, or empty when no mesh matches
  std::string reason;     ///< why to avoid it
};

/// The foam-rolling view.
struct FoamRolling {
  std::string title;                    ///< panel heading
  std::vector<std::string> paragraphs;  ///< how and why, plain words
  std::vector<RollingSpot> spots;       ///< where to roll (non-empty)
  std::vector<AvoidZone> avoid;         ///< where not to roll (non-empty)
  double roller_speed_cm_s = 2.5;       ///< suggested roller speed for the animation (cm/s)
  std::vector<Citation> evidence;       ///< sources
};

/// A titled block of short paragraphs.
struct TextPanel {
  std::string title;                    ///< heading
  std::vector<std::string> paragraphs;  ///< short paragraphs
};

/// The red-flags safety box.
struct RedFlags {
  std::string title;               ///< heading
  std::string intro;               ///< one line before the list
  std::vector<std::string> items;  ///< the signs (non-empty)
  std::string action;              ///< what to do (seek prompt medical care; clot warning)
};

/// Guidance text for the training-load planner; thresholds are checked against planner.h.
struct PlannerGuidance {
  std::string title;                    ///< panel heading
  std::vector<std::string> paragraphs;  ///< how to read the chart, plain words
  double acwr_sweet_low = 0.8;          ///< lower end of the ACWR "sweet spot" (Gabbett 2016)
  double acwr_sweet_high = 1.3;         ///< upper end of the sweet spot (Gabbett 2016)
  double acwr_danger = 1.5;             ///< ACWR at or above which the "danger zone" starts
  double weekly_jump = 0.30;            ///< week-to-week increase flagged (fraction; Nielsen 2014)
  std::vector<Citation> evidence;       ///< sources for the thresholds
  TextPanel transition;                 ///< how to change strike or drop gradually
  std::vector<Citation> transition_evidence;  ///< sources for the transition advice
};

/// The whole learn.json.
struct LearnContent {
  std::string source;                  ///< path (or name) it was loaded from
  TextPanel disclaimer;                ///< "educational, not a diagnosis"
  RedFlags red_flags;                  ///< safety box
  std::vector<LearnEntry> causes;      ///< causes of soleus pain (5)
  std::vector<LearnEntry> solutions;   ///< remedies (7)
  std::vector<LearnEntry> prevention;  ///< prevention (5)
  std::vector<Myth> myths;             ///< evidence-first checks of popular beliefs
  std::vector<Exercise> exercises;     ///< stretch and strength cards
  FoamRolling foam_rolling;            ///< rolling map
  PlannerGuidance planner;             ///< planner guidance
  Language language = Language::English;  ///< the language its texts are in
  std::vector<std::string> untranslated;   ///< "file: path" of each text without that language (read in English)

  /// A cause, solution or prevention entry by id, or nullptr.
  const LearnEntry* find_entry(std::string_view id) const;
  const Myth* find_myth(std::string_view id) const;          ///< by id, or nullptr
  const Exercise* find_exercise(std::string_view id) const;  ///< by id, or nullptr
  const RollingSpot* find_spot(std::string_view id) const;   ///< by id, or nullptr
  /// True when any entry, myth, exercise or spot has this id.
  bool has_id(std::string_view id) const;
};

/// Loads and validates learn.json. Throws ContentError naming the file and the bad entry when
/// the file is missing, not JSON, or breaks the schema: missing title/text/evidence, duplicate
/// ids, a show_me "set" key or metric outside the allowed lists, a value of the wrong type or
/// range, an unknown pose or view, a rolling spot outside 0..1, a "related" id that does not
/// exist, or planner thresholds out of order.
/// `audience`: whose text (an entry's by_audience) the entries carry; none: everyone's.
/// `language`: which of each text's languages (content/json_reader.h, get_text) they carry.
LearnContent load_learn_content(const std::string& path, std::optional<Audience> audience = std::nullopt,
                                 Language language = Language::English);
/// The same from text already in memory; source_name is used in messages.
LearnContent parse_learn_content(const std::string& json_text, const std::string& source_name,
                                 std::optional<Audience> audience = std::nullopt,
                                 Language language = Language::English);

}  // namespace soleus::content
