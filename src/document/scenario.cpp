#include "document/scenario.h"

#include <cstdio>
#include <cstdlib>

#include "biomech/parameters.h"
#include "document/json_file.h"

namespace soleus::document {
namespace {

using biomech::Parameter;
using biomech::ParameterGroup;
using detail::Field;
using detail::Json;

// What a scenario leaves out is what the command line gives without the flag: Conditions{}'s
// runner, a rearfoot strike in a neutral trainer (app/condition_args.cpp).
constexpr biomech::StrikePreset kDefaultStrike = biomech::StrikePreset::kRearfoot;
constexpr biomech::ShoePreset kDefaultShoe = biomech::ShoePreset::kNeutral;

const char* const kShoePresetKey = "preset";

std::vector<const Parameter*> group_parameters(ParameterGroup group) {
  std::vector<const Parameter*> out;
  for (const Parameter& p : biomech::parameters())
    if (p.group == group && !p.report_key.empty()) out.push_back(&p);
  return out;
}

const Parameter& strike_parameter() { return *group_parameters(ParameterGroup::kStrike).front(); }

std::string or_list(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i)
    text += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
  return text;
}

std::string view_ids() {
  std::vector<std::string> ids;
  for (const auto preset : {scene::ViewPreset::Lateral, scene::ViewPreset::Medial, scene::ViewPreset::Posterior,
                            scene::ViewPreset::Anterior})
    ids.emplace_back(scene::to_string(preset));
  return or_list(ids);
}

std::string mode_ids() {
  std::vector<std::string> ids;
  for (const ModeInfo* m = modes_begin(); m != modes_end(); ++m)
    if (!m->id.empty() && parse_view_mode(m->id)) ids.emplace_back(m->id);
  return or_list(ids);
}

// What one condition set of the file gives (A's, or the overrides of the "compare" block).
struct Given {
  std::vector<biomech::GivenValue> values;
  const biomech::ShoePresetInfo* shoe_preset = nullptr;
};

// check_value's message without its leading parameter id: "must be between 1.5 and 9.5 m/s (got 12)".
std::string range_reason(const Parameter& p, const biomech::InputError& error) {
  const std::string prefix = std::string(p.id) + " ";
  return error.message.compare(0, prefix.size(), prefix) == 0 ? error.message.substr(prefix.size()) : error.message;
}

void read_value(const Parameter& p, const Json& value, const Field& field, Given& given) {
  if (value.is_string() && p.automatic.si != nullptr && value.get<std::string>() == kAutomaticWord) {
    given.values.push_back({&p, 0.0});  // a stored 0 is the automatic value
    return;
  }
  if (value.is_string()) {
    if (const auto preset = biomech::preset_value(p, value.get<std::string>())) {
      given.values.push_back({&p, *preset});
      return;
    }
  }
  if (!value.is_number()) {
    std::string expected = biomech::accepted_values(p);
    if (p.automatic.si != nullptr) expected += ", or \"" + std::string(kAutomaticWord) + "\" for " + std::string(p.automatic.meaning);
    field.fail("must be " + expected + " (got " + value.dump() + ")");
  }
  const double display = detail::number_value(value, field);
  if (auto error = biomech::check_value(p, display)) field.fail(range_reason(p, *error));
  given.values.push_back({&p, display});
}

void read_parameters(const Json& object, const Field& field, ParameterGroup group, Given& given,
                     std::vector<std::string> known_extra) {
  const std::vector<const Parameter*> params = group_parameters(group);
  std::vector<std::string> known = std::move(known_extra);
  for (const Parameter* p : params) known.emplace_back(p->report_key);
  detail::require_object(object, field, known);
  for (const Parameter* p : params) {
    const auto it = object.find(std::string(p->report_key));
    if (it != object.end()) read_value(*p, *it, field.at(std::string(p->report_key)), given);
  }
}

void read_shoe(const Json& value, const Field& field, Given& given) {
  read_parameters(value, field, ParameterGroup::kShoe, given, {kShoePresetKey});
  const auto it = value.find(kShoePresetKey);
  if (it == value.end()) return;
  const std::string id = detail::string_value(*it, field.at(kShoePresetKey));
  given.shoe_preset = biomech::find_shoe_preset(id);
  if (given.shoe_preset == nullptr)
    field.at(kShoePresetKey).fail("must be " + biomech::preset_ids(biomech::shoe_presets()) + " (got '" + id + "')");
}

// The "runner", "strike" and "shoe" members of `object` (the top level or "compare").
Given read_conditions(const Json& object, const Field& field) {
  Given given;
  if (const auto it = object.find("runner"); it != object.end())
    read_parameters(*it, field.at("runner"), ParameterGroup::kRunner, given, {});
  if (const auto it = object.find("strike"); it != object.end())
    read_value(strike_parameter(), *it, field.at("strike"), given);
  if (const auto it = object.find("shoe"); it != object.end()) read_shoe(*it, field.at("shoe"), given);
  return given;
}

// Where a parameter lives in the file, for a cross-check that fails (drop over the stack).
Field field_of(const Field& set, const std::string& parameter_id) {
  const Parameter* p = biomech::find_parameter(parameter_id);
  if (p == nullptr) return set;
  if (p->group == ParameterGroup::kStrike) return set.at("strike");
  return set.at(p->group == ParameterGroup::kShoe ? "shoe" : "runner").at(std::string(p->report_key));
}

biomech::Conditions resolve(biomech::Conditions base, const Given& given, const Field& set) {
  if (given.shoe_preset != nullptr) base.shoe = given.shoe_preset->shoe;
  const biomech::Conditions c = biomech::with_values(base, given.values);
  if (auto error = biomech::validate(c)) {
    const Parameter* p = biomech::find_parameter(error->parameter);
    field_of(set, error->parameter).fail(p ? range_reason(*p, *error) : error->message);
  }
  return c;
}

Scenario scenario_from_json(const Json& root, const std::string& file) {
  const Field top(file);
  if (!root.is_object()) detail::require_object(root, top, {});
  // Format and version first: a newer file gets "newer version", not "unknown key".
  const auto format = root.find("format");
  if (format == root.end())
    top.at("format").fail(std::string("missing: a scenario file says \"format\": \"") + kScenarioFormat + "\"");
  const std::string format_id = detail::string_value(*format, top.at("format"));
  if (format_id != kScenarioFormat)
    top.at("format").fail("is '" + format_id + "', not a scenario ('" + kScenarioFormat + "')");
  const auto version = root.find("version");
  if (version == root.end()) top.at("version").fail("missing (this app reads version " + std::to_string(kScenarioVersion) + ")");
  const std::int64_t v = detail::integer_value(*version, top.at("version"), 1, 1000000);
  if (v != kScenarioVersion)
    top.at("version").fail("version " + std::to_string(v) + " is not one this app reads (it reads version " +
                           std::to_string(kScenarioVersion) + ")");
  detail::require_object(root, top,
                         {"format", "version", "title", "description", "runner", "strike", "shoe", "view", "mode", "compare"});

  Scenario scenario;
  if (const auto it = root.find("title"); it != root.end()) scenario.title = detail::string_value(*it, top.at("title"));
  if (const auto it = root.find("description"); it != root.end())
    scenario.description = detail::string_value(*it, top.at("description"));
  biomech::Conditions base;
  base.strike = biomech::make_strike(kDefaultStrike);
  base.shoe = biomech::make_shoe(kDefaultShoe);
  scenario.a = resolve(base, read_conditions(root, top), top);
  if (const auto it = root.find("view"); it != root.end()) {
    const std::string id = detail::string_value(*it, top.at("view"));
    scenario.view = scene::parse_view_preset(id);
    if (!scenario.view) top.at("view").fail("must be " + view_ids() + " (got '" + id + "')");
  }
  if (const auto it = root.find("mode"); it != root.end()) {
    const std::string id = detail::string_value(*it, top.at("mode"));
    scenario.mode = parse_view_mode(id);
    if (!scenario.mode) top.at("mode").fail("must be " + mode_ids() + " (got '" + id + "')");
  }
  if (const auto it = root.find("compare"); it != root.end()) {
    const Field compare = top.at("compare");
    detail::require_object(*it, compare, {"runner", "strike", "shoe", "layout"});
    scenario.b = resolve(scenario.a, read_conditions(*it, compare), compare);
    if (const auto layout = it->find("layout"); layout != it->end()) {
      const std::string id = detail::string_value(*layout, compare.at("layout"));
      scenario.layout = scene::parse_pair_layout(id);
      if (!scenario.layout) compare.at("layout").fail("must be side-by-side|overlay|difference (got '" + id + "')");
    }
  }
  return scenario;
}

// The shortest decimal text of a display value that stores exactly the same value again, so
// that a written file reads back equal (10 mm, not 10.000000000000002).
Json number_json(const Parameter& p, const biomech::Conditions& c) {
  const double si = p.get(c);
  const double display = si / p.display_to_si;
  for (int digits = 1; digits <= 17; ++digits) {
    char text[40];
    std::snprintf(text, sizeof text, "%.*g", digits, display);
    const double candidate = std::strtod(text, nullptr);
    biomech::Conditions probe = c;
    p.set(probe, candidate * p.display_to_si);
    if (p.get(probe) == si) return candidate;
  }
  return display;
}

Json value_json(const Parameter& p, const biomech::Conditions& c) {
  if (p.automatic.si != nullptr && p.get(c) == 0.0) return kAutomaticWord;
  return number_json(p, c);
}

Json runner_json(const biomech::Conditions& c) {
  Json j = Json::object();
  for (const Parameter* p : group_parameters(ParameterGroup::kRunner)) j[std::string(p->report_key)] = value_json(*p, c);
  return j;
}

Json strike_json(const biomech::Conditions& c) {
  for (const biomech::StrikePresetInfo& preset : biomech::strike_presets())
    if (preset.strike_index == c.strike.strike_index) return std::string(preset.id);
  return number_json(strike_parameter(), c);
}

bool same_shoe(const biomech::Shoe& x, const biomech::Shoe& y) {
  return x.drop_m == y.drop_m && x.stack_m == y.stack_m && x.cushioning == y.cushioning &&
         x.forefoot_stiffness == y.forefoot_stiffness;
}

Json shoe_json(const biomech::Conditions& c) {
  Json j = Json::object();
  for (const biomech::ShoePresetInfo& preset : biomech::shoe_presets()) {
    if (!same_shoe(preset.shoe, c.shoe)) continue;
    j[kShoePresetKey] = std::string(preset.id);
    return j;
  }
  for (const Parameter* p : group_parameters(ParameterGroup::kShoe)) j[std::string(p->report_key)] = value_json(*p, c);
  return j;
}

bool same_values(ParameterGroup group, const biomech::Conditions& x, const biomech::Conditions& y) {
  for (const Parameter* p : group_parameters(group))
    if (p->get(x) != p->get(y)) return false;
  return true;
}

// B as what differs from A, each group whole: a group given in part would let with_values()
// derive the rest (a knee-bent range from a knee-straight one) instead of reading it back.
Json compare_json(const biomech::Conditions& a, const biomech::Conditions& b) {
  Json j = Json::object();
  if (!same_values(ParameterGroup::kRunner, a, b)) j["runner"] = runner_json(b);
  if (a.strike.strike_index != b.strike.strike_index) j["strike"] = strike_json(b);
  if (!same_shoe(a.shoe, b.shoe)) j["shoe"] = shoe_json(b);
  return j;
}

std::vector<std::string> keys_of(ParameterGroup group) {
  std::vector<std::string> keys;
  for (const Parameter* p : group_parameters(group)) keys.emplace_back(p->report_key);
  return keys;
}

}  // namespace

Scenario parse_scenario(const std::string& text, const std::string& file) {
  return scenario_from_json(detail::parse_json_text(text, file), file);
}

Scenario read_scenario(const std::filesystem::path& path) {
  return scenario_from_json(detail::read_json_file(path, kMaxScenarioBytes), path.string());
}

std::string scenario_text(const Scenario& s) {
  Json j;
  j["format"] = kScenarioFormat;
  j["version"] = kScenarioVersion;
  j["title"] = s.title;
  j["description"] = s.description;
  j["runner"] = runner_json(s.a);
  j["strike"] = strike_json(s.a);
  j["shoe"] = shoe_json(s.a);
  if (s.view) j["view"] = scene::to_string(*s.view);
  if (s.mode) j["mode"] = to_string(*s.mode);
  if (s.b) {
    j["compare"] = compare_json(s.a, *s.b);
    if (s.layout) j["compare"]["layout"] = scene::to_string(*s.layout);
  }
  return detail::json_text(j);
}

void write_scenario(const std::filesystem::path& path, const Scenario& scenario) {
  detail::write_text_file(path, scenario_text(scenario));
}

std::vector<std::string> scenario_runner_keys() { return keys_of(ParameterGroup::kRunner); }
std::vector<std::string> scenario_shoe_keys() {
  std::vector<std::string> keys{kShoePresetKey};
  for (const std::string& key : keys_of(ParameterGroup::kShoe)) keys.push_back(key);
  return keys;
}

}  // namespace soleus::document
