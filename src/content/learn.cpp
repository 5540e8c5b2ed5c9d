#include "content/learn.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "biomech/exercises.h"
#include "biomech/parameters.h"
#include "content/json_reader.h"
#include "core/find.h"

namespace soleus::content {
namespace {

using detail::Json;
using detail::Where;

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string join(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The string at `key`, which must be one of `allowed`.
std::string get_choice(const Json& value, const char* key, const Where& where, const std::vector<std::string>& allowed) {
  std::string chosen = detail::get_string(value, key, where);
  if (!contains(allowed, chosen)) where.at(key).fail(std::string(key) + " must be one of " + join(allowed));
  return chosen;
}

// Catches a cadence change typed in percent.
constexpr double kMaxCadenceChange = 0.3;

const std::vector<std::string> kModes = {"run", "stretch", "foam-rolling"};
const std::vector<std::string> kVerdicts = {"false", "misleading", "partly true", "true"};
const std::vector<std::string> kKinds = {"stretch", "strength"};
const std::vector<std::string> kDirections = {"along", "across"};
const std::vector<std::string> kPressures = {"light", "moderate", "firm"};

// A parameter's value (the strike also takes a preset word), checked against the model's range.
InputValue parse_parameter(const biomech::Parameter& p, const Json& value, const Where& where) {
  if (value.is_string() && biomech::preset_value(p, value.get<std::string>())) return value.get<std::string>();
  if (!value.is_number() || biomech::check_value(p, value.get<double>())) {
    where.fail("'" + std::string(p.content_key) + "' must be " + biomech::accepted_values(p) + " (got " +
               value.dump() + ")");
  }
  return value.get<double>();
}

InputValue parse_input(const std::string& key, const Json& value, const Where& where) {
  if (key == kShoeInput) {
    if (!value.is_string() || !biomech::find_shoe_preset(value.get<std::string>())) {
      where.fail("shoe must be " + biomech::preset_ids(biomech::shoe_presets()));
    }
    return value.get<std::string>();
  }
  if (key == kPlateInput) {
    if (!value.is_boolean()) where.fail("plate must be true or false");
    return value.get<bool>();
  }
  if (key == kCadenceChangeInput) {
    if (!value.is_number() || std::fabs(value.get<double>()) > kMaxCadenceChange) {
      const std::string limit = biomech::number_text(kMaxCadenceChange, 2);
      where.fail("'" + key + "' must be a number between -" + limit + " and " + limit + " (got " + value.dump() + ")");
    }
    return value.get<double>();
  }
  return parse_parameter(*biomech::find_content_parameter(key), value, where);
}

ShowMe parse_show_me(const Json& object, const Where& where) {
  detail::require_object(object, where);
  ShowMe s;
  const Json& compare = detail::get_array(object, "compare", where);
  if (compare.empty() || compare.size() > 4) where.at("compare").fail("needs 1 to 4 cases");
  for (std::size_t i = 0; i < compare.size(); ++i) {
    const Where wc = where.at("compare").index(i);
    ShowMeCase c;
    c.label = detail::get_text(compare[i], "label", wc);
    c.pose = detail::get_optional_string(compare[i], "pose", wc);
    const Json& set = detail::get_object(compare[i], "set", wc);
    for (auto it = set.begin(); it != set.end(); ++it) {
      if (!is_allowed_input_key(it.key())) {
        wc.at("set").fail("unknown input key '" + it.key() + "' (allowed: " + join(allowed_input_keys()) + ")");
      }
      c.set[it.key()] = parse_input(it.key(), it.value(), wc.at("set").at(it.key()));
    }
    s.compare.push_back(std::move(c));
  }
  s.metrics = detail::get_optional_string_list(object, "metrics", where);
  for (std::size_t i = 0; i < s.metrics.size(); ++i) {
    if (!is_allowed_metric_key(s.metrics[i])) {
      where.at("metrics").index(i).fail("unknown metric key '" + s.metrics[i] + "' (allowed: " +
                                        join(allowed_metric_keys()) + ")");
    }
  }
  s.view = get_choice(object, "view", where, allowed_views());
  s.mode = detail::get_optional_string(object, "mode", where);
  if (s.mode.empty()) s.mode = "run";
  if (!contains(kModes, s.mode)) where.at("mode").fail("mode must be one of " + join(kModes));
  if (s.mode == "run" && s.metrics.empty()) where.at("metrics").fail("a running comparison needs at least one metric");
  s.pose = detail::get_optional_string(object, "pose", where);
  if (s.mode == "stretch") {
    if (!contains(allowed_poses(), s.pose)) where.at("pose").fail("stretch mode needs a pose: " + join(allowed_poses()));
    for (std::size_t i = 0; i < s.compare.size(); ++i) {
      if (!s.compare[i].pose.empty() && !contains(allowed_poses(), s.compare[i].pose)) {
        where.at("compare").index(i).at("pose").fail("pose must be one of " + join(allowed_poses()));
      }
    }
  } else {
    if (!s.pose.empty()) where.at("pose").fail("a pose only applies in stretch mode");
    for (std::size_t i = 0; i < s.compare.size(); ++i) {
      if (!s.compare[i].pose.empty()) where.at("compare").index(i).at("pose").fail("a pose only applies in stretch mode");
    }
  }
  s.look_for = detail::get_text(object, "look_for", where);
  return s;
}

std::optional<ShowMe> parse_optional_show_me(const Json& object, const Where& where) {
  if (!object.contains("show_me") || object.at("show_me").is_null()) return std::nullopt;
  return parse_show_me(object.at("show_me"), where.at("show_me"));
}

LearnEntry parse_entry(const Json& value, const Where& base, std::optional<Audience> audience) {
  detail::require_object(value, base);
  LearnEntry e;
  e.id = detail::get_string(value, "id", base);
  const Where where = base.with_id(e.id);
  e.title = detail::get_text(value, "title", where);
  const detail::AudienceText text(value, where, audience, {{"summary", false}, {"paragraphs", true}});
  e.summary = text.string("summary");
  e.paragraphs = text.list("paragraphs");
  e.evidence = detail::parse_evidence(value, "evidence", where, false);
  e.show_me = parse_optional_show_me(value, where);
  e.related = detail::get_optional_string_list(value, "related", where);
  return e;
}

Myth parse_myth(const Json& value, const Where& base) {
  detail::require_object(value, base);
  Myth m;
  m.id = detail::get_string(value, "id", base);
  const Where where = base.with_id(m.id);
  m.claim = detail::get_text(value, "claim", where);
  m.verdict = get_choice(value, "verdict", where, kVerdicts);
  m.paragraphs = detail::get_text_list(value, "paragraphs", where, false);
  m.evidence = detail::parse_evidence(value, "evidence", where, false);
  m.show_me = parse_optional_show_me(value, where);
  return m;
}

Exercise parse_exercise(const Json& value, const Where& base) {
  detail::require_object(value, base);
  Exercise x;
  x.id = detail::get_string(value, "id", base);
  const Where where = base.with_id(x.id);
  x.title = detail::get_text(value, "title", where);
  x.kind = get_choice(value, "kind", where, kKinds);
  x.target_muscle = detail::get_string(value, "target_muscle", where);
  x.pose = get_choice(value, "pose", where, allowed_poses());
  x.steps = detail::get_text_list(value, "steps", where, false);
  x.sets = detail::get_int(value, "sets", where);
  if (x.sets < 1) where.at("sets").fail("needs at least one set");
  x.reps = detail::get_optional_int(value, "reps", 0, where);
  x.hold_seconds = detail::get_optional_int(value, "hold_seconds", 0, where);
  if (x.reps < 0 || x.hold_seconds < 0) where.fail("reps and hold_seconds must not be negative");
  if (x.reps == 0 && x.hold_seconds == 0) where.fail("needs reps or hold_seconds");
  x.rest_seconds = detail::get_optional_int(value, "rest_seconds", 0, where);
  x.dose = detail::get_text(value, "dose", where);
  x.key_cue = detail::get_text(value, "key_cue", where);
  x.progression = detail::get_text(value, "progression", where);
  x.why = detail::get_text(value, "why", where);
  x.caution = detail::get_text(value, "caution", where);
  x.evidence = detail::parse_evidence(value, "evidence", where, true);
  return x;
}

RollingSpot parse_spot(const Json& value, const Where& base) {
  detail::require_object(value, base);
  RollingSpot s;
  s.id = detail::get_string(value, "id", base);
  const Where where = base.with_id(s.id);
  s.label = detail::get_text(value, "label", where);
  s.target = detail::get_string(value, "target", where);
  s.u = detail::get_number(value, "u", where);
  s.v = detail::get_number(value, "v", where);
  if (s.u < 0.0 || s.u > 1.0) where.at("u").fail("must be within 0..1");
  if (s.v < 0.0 || s.v > 1.0) where.at("v").fail("must be within 0..1");
  s.radius = detail::get_optional_number(value, "radius", 0.1, where);
  if (s.radius <= 0.0 || s.radius > 0.5) where.at("radius").fail("must be within (0, 0.5]");
  s.direction = get_choice(value, "direction", where, kDirections);
  s.direction_text = detail::get_text(value, "direction_text", where);
  s.pressure = get_choice(value, "pressure", where, kPressures);
  s.pressure_text = detail::get_text(value, "pressure_text", where);
  s.duration_seconds = detail::get_int(value, "duration_seconds", where);
  if (s.duration_seconds <= 0) where.at("duration_seconds").fail("must be positive");
  s.notes = detail::get_optional_text(value, "notes", where);
  return s;
}

TextPanel parse_panel(const Json& value, const Where& where) {
  detail::require_object(value, where);
  TextPanel p;
  p.title = detail::get_text(value, "title", where);
  p.paragraphs = detail::get_text_list(value, "paragraphs", where, false);
  return p;
}

FoamRolling parse_foam_rolling(const Json& value, const Where& where) {
  detail::require_object(value, where);
  FoamRolling f;
  f.title = detail::get_text(value, "title", where);
  f.paragraphs = detail::get_text_list(value, "paragraphs", where, false);
  const Json& spots = detail::get_array(value, "spots", where);
  if (spots.empty()) where.at("spots").fail("must not be empty");
  for (std::size_t i = 0; i < spots.size(); ++i) f.spots.push_back(parse_spot(spots[i], where.at("spots").index(i)));
  const Json& avoid = detail::get_array(value, "avoid", where);
  if (avoid.empty()) where.at("avoid").fail("must not be empty");
  for (std::size_t i = 0; i < avoid.size(); ++i) {
    const Where wa = where.at("avoid").index(i);
    AvoidZone z;
    z.id = detail::get_string(avoid[i], "id", wa);
    z.label = detail::get_text(avoid[i], "label", wa.with_id(z.id));
    z.structure = detail::get_optional_string(avoid[i], "structure", wa.with_id(z.id));
    z.reason = detail::get_text(avoid[i], "reason", wa.with_id(z.id));
    f.avoid.push_back(std::move(z));
  }
  f.roller_speed_cm_s = detail::get_optional_number(value, "roller_speed_cm_s", 2.5, where);
  if (f.roller_speed_cm_s <= 0.0) where.at("roller_speed_cm_s").fail("must be positive");
  f.evidence = detail::parse_evidence(value, "evidence", where, false);
  return f;
}

PlannerGuidance parse_planner(const Json& value, const Where& where) {
  detail::require_object(value, where);
  PlannerGuidance p;
  p.title = detail::get_text(value, "title", where);
  p.paragraphs = detail::get_text_list(value, "paragraphs", where, false);
  const Json& t = detail::get_object(value, "thresholds", where);
  const Where wt = where.at("thresholds");
  p.acwr_sweet_low = detail::get_number(t, "acwr_sweet_low", wt);
  p.acwr_sweet_high = detail::get_number(t, "acwr_sweet_high", wt);
  p.acwr_danger = detail::get_number(t, "acwr_danger", wt);
  p.weekly_jump = detail::get_number(t, "weekly_jump", wt);
  if (!(0.0 < p.acwr_sweet_low && p.acwr_sweet_low < p.acwr_sweet_high && p.acwr_sweet_high < p.acwr_danger)) {
    wt.fail("need 0 < acwr_sweet_low < acwr_sweet_high < acwr_danger");
  }
  if (p.weekly_jump <= 0.0 || p.weekly_jump >= 1.0) wt.at("weekly_jump").fail("must be a fraction within (0, 1)");
  p.evidence = detail::parse_evidence(value, "evidence", where, false);
  p.transition = parse_panel(detail::get_object(value, "transition", where), where.at("transition"));
  p.transition_evidence = detail::parse_evidence(value.at("transition"), "evidence", where.at("transition"), false);
  return p;
}

template <typename T, typename Parse>
std::vector<T> parse_list(const Json& root, const char* key, const Where& where, Parse parse) {
  const Json& array = detail::get_array(root, key, where);
  if (array.empty()) where.at(key).fail("must not be empty");
  std::vector<T> out;
  for (std::size_t i = 0; i < array.size(); ++i) out.push_back(parse(array[i], where.at(key).index(i)));
  return out;
}

void check_ids_and_links(const LearnContent& c, const Where& where) {
  std::set<std::string> ids;
  auto add = [&](const std::string& id, const char* list) {
    if (!ids.insert(id).second) where.at(list).fail("duplicate id '" + id + "'");
  };
  for (const auto* list : {&c.causes, &c.solutions, &c.prevention}) {
    const char* name = list == &c.causes ? "causes" : list == &c.solutions ? "solutions" : "prevention";
    for (const LearnEntry& e : *list) add(e.id, name);
  }
  for (const Myth& m : c.myths) add(m.id, "myths");
  for (const Exercise& x : c.exercises) add(x.id, "exercises");
  for (const RollingSpot& s : c.foam_rolling.spots) add(s.id, "foam_rolling.spots");
  for (const auto* list : {&c.causes, &c.solutions, &c.prevention}) {
    const char* name = list == &c.causes ? "causes" : list == &c.solutions ? "solutions" : "prevention";
    for (std::size_t i = 0; i < list->size(); ++i) {
      const LearnEntry& e = (*list)[i];
      for (std::size_t k = 0; k < e.related.size(); ++k) {
        if (!ids.count(e.related[k])) {
          where.at(name).index(i).with_id(e.id).at("related").index(k).fail("no entry with id '" + e.related[k] + "'");
        }
      }
    }
  }
}

LearnContent parse_document(const Json& root, const std::string& source, std::optional<Audience> audience,
                    Language language) {
  std::vector<std::string> untranslated;
  const detail::TextReading reading{language, &untranslated};
  const Where where(source, &reading);
  detail::require_object(root, where);
  LearnContent c;
  c.source = source;
  c.disclaimer = parse_panel(detail::get_object(root, "disclaimer", where), where.at("disclaimer"));
  {
    const Json& r = detail::get_object(root, "red_flags", where);
    const Where wr = where.at("red_flags");
    c.red_flags.title = detail::get_text(r, "title", wr);
    c.red_flags.intro = detail::get_text(r, "intro", wr);
    c.red_flags.items = detail::get_text_list(r, "items", wr, false);
    c.red_flags.action = detail::get_text(r, "action", wr);
  }
  auto entry = [audience](const Json& value, const Where& w) { return parse_entry(value, w, audience); };
  c.causes = parse_list<LearnEntry>(root, "causes", where, entry);
  c.solutions = parse_list<LearnEntry>(root, "solutions", where, entry);
  c.prevention = parse_list<LearnEntry>(root, "prevention", where, entry);
  c.myths = parse_list<Myth>(root, "myths", where, parse_myth);
  c.exercises = parse_list<Exercise>(root, "exercises", where, parse_exercise);
  c.foam_rolling = parse_foam_rolling(detail::get_object(root, "foam_rolling", where), where.at("foam_rolling"));
  c.planner = parse_planner(detail::get_object(root, "planner", where), where.at("planner"));
  check_ids_and_links(c, where);
  std::sort(untranslated.begin(), untranslated.end());  // an audience's version is checked and read: once
  untranslated.erase(std::unique(untranslated.begin(), untranslated.end()), untranslated.end());
  c.language = language;
  c.untranslated = std::move(untranslated);
  return c;
}

}  // namespace

const std::vector<std::string>& allowed_input_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> list;
    for (const biomech::Parameter& p : biomech::parameters()) {
      if (!p.content_key.empty()) list.emplace_back(p.content_key);
    }
    for (std::string_view key : {kShoeInput, kPlateInput, kCadenceChangeInput}) list.emplace_back(key);
    return list;
  }();
  return keys;
}

const std::vector<std::string>& allowed_metric_keys() {
  static const std::vector<std::string> keys = {
      "peak_soleus_force_n", "peak_soleus_force_bw", "peak_achilles_force_bw",
      "peak_gastrocnemius_force_bw", "soleus_share_at_peak", "soleus_impulse_per_step_bw_s",
      "soleus_impulse_per_km_bw_s", "peak_ankle_moment_nm_per_kg", "peak_vgrf_bw",
      "contact_time_s", "step_length_m", "peak_soleus_strain", "soleus_capacity_ratio"};
  return keys;
}

const std::vector<std::string>& allowed_views() {
  static const std::vector<std::string> views = {"posterior", "lateral", "medial", "anterior"};
  return views;
}

const std::vector<std::string>& allowed_poses() {
  static const std::vector<std::string> poses = [] {
    std::vector<std::string> ids;
    for (const biomech::ExerciseInfo& pose : biomech::exercise_poses()) ids.emplace_back(pose.id);
    return ids;
  }();
  return poses;
}

namespace {
Phrase said(std::string key, std::vector<std::pair<std::string, Phrase>> args = {}) {
  return Phrase{std::move(key), {}, std::move(args)};
}
}  // namespace

Phrase describe_input_phrase(const std::string& key, const InputValue& value) {
  if (const auto* word = std::get_if<std::string>(&value)) {
    if (key == kShoeInput && biomech::find_shoe_preset(*word)) return said("input.shoe." + *word);
    if (key == kShoeInput) return said("input.shoe", {{"shoe", Phrase::text(*word)}});
    if (const biomech::Parameter* p = biomech::find_content_parameter(key))
      if (biomech::preset_value(*p, *word)) return said("input.strike." + *word);
    return Phrase::text(*word);
  }
  if (const auto* flag = std::get_if<bool>(&value)) {
    if (key == kPlateInput) return said(*flag ? "input.plate.on" : "input.plate.off");
    return said(*flag ? "input.flag.on" : "input.flag.off", {{"name", Phrase::text(key)}});
  }
  const double x = std::get<double>(value);
  if (key == kCadenceChangeInput) {
    return said("input.cadence_change",
                {{"value", Phrase::text((x < 0.0 ? "-" : "+") + biomech::number_text(std::fabs(x) * 100.0, 1))}});
  }
  if (const biomech::Parameter* p = biomech::find_content_parameter(key))
    return said("param." + std::string(p->id) + ".words", {{"value", Phrase::text(biomech::number_text(x, p->decimals))}});
  return said("input.other", {{"name", Phrase::text(key)}, {"value", Phrase::text(biomech::number_text(x, 3))}});
}

Phrase describe_case_phrase(const ShowMeCase& show_case) {
  if (show_case.set.empty()) return said("input.current");
  // The order of describe_case, joined from the last: "a, b, c" = list(a, list(b, c)).
  std::vector<Phrase> parts;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [key, value] : show_case.set) {
      if ((pass == 0) != std::holds_alternative<std::string>(value)) continue;
      parts.push_back(describe_input_phrase(key, value));
    }
  }
  Phrase joined = parts.back();
  for (std::size_t i = parts.size() - 1; i-- > 0;)
    joined = said("input.list", {{"first", parts[i]}, {"rest", std::move(joined)}});
  return joined;
}

std::vector<std::string> describe_keys() {
  std::vector<std::string> keys = {"input.current", "input.list",     "input.shoe",    "input.plate.on",
                                   "input.plate.off", "input.flag.on", "input.flag.off", "input.cadence_change",
                                   "input.other"};
  for (const auto& preset : biomech::shoe_presets()) keys.push_back("input.shoe." + std::string(preset.id));
  for (const auto& preset : biomech::strike_presets()) keys.push_back("input.strike." + std::string(preset.id));
  return keys;
}

bool is_allowed_input_key(std::string_view key) { return contains(allowed_input_keys(), key); }
bool is_allowed_metric_key(std::string_view key) { return contains(allowed_metric_keys(), key); }

const LearnEntry* LearnContent::find_entry(std::string_view id) const {
  for (const auto* list : {&causes, &solutions, &prevention}) {
    if (const LearnEntry* e = core::find_by_id(*list, id)) return e;
  }
  return nullptr;
}
const Myth* LearnContent::find_myth(std::string_view id) const { return core::find_by_id(myths, id); }
const Exercise* LearnContent::find_exercise(std::string_view id) const { return core::find_by_id(exercises, id); }
const RollingSpot* LearnContent::find_spot(std::string_view id) const {
  return core::find_by_id(foam_rolling.spots, id);
}
bool LearnContent::has_id(std::string_view id) const {
  return find_entry(id) || find_myth(id) || find_exercise(id) || find_spot(id);
}

LearnContent load_learn_content(const std::string& path, std::optional<Audience> audience, Language language) {
  return parse_document(detail::read_json_file(path), path, audience, language);
}

LearnContent parse_learn_content(const std::string& json_text, const std::string& source_name,
                                 std::optional<Audience> audience, Language language) {
  return parse_document(detail::parse_json_text(json_text, source_name), source_name, audience, language);
}

}  // namespace soleus::content
