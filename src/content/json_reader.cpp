#include "content/json_reader.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "core/files.h"

namespace soleus::content {

std::string format_citation(const Citation& citation) {
  std::string text = citation.authors + " (" + std::to_string(citation.year) + "), " + citation.journal;
  if (!citation.finding.empty()) text += ": " + citation.finding;
  return text;
}

namespace detail {

Json parse_json_text(const std::string& text, const std::string& source_name) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw ContentError("content file " + source_name + " is empty");
  }
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& error) {
    throw ContentError("content file " + source_name + " is not valid JSON (byte " +
                       std::to_string(error.byte) + "): " + error.what());
  } catch (const Json::exception& error) {  // a number no double holds (1e400) is out_of_range, not parse_error
    throw ContentError("content file " + source_name + " is not valid JSON: " + error.what());
  }
}

Json read_json_file(const std::string& path) {
  // core::read_file: regular files only (a directory used to read as "empty", a FIFO would hang).
  std::string text;
  const std::string reason = core::read_file(path, kMaxContentFileBytes, text);
  if (reason == "file not found") throw ContentError("content file " + path + " is missing");
  if (!reason.empty()) throw ContentError("content file " + path + " cannot be read: " + reason);
  return parse_json_text(text, path);
}

Where Where::at(const std::string& key) const {
  Where child = *this;
  child.path_ += path_.empty() ? key : "." + key;
  return child;
}

Where Where::index(std::size_t i) const {
  Where child = *this;
  child.path_ += "[" + std::to_string(i) + "]";
  return child;
}

Where Where::with_id(const std::string& id) const {
  Where child = *this;
  child.path_ += " (id '" + id + "')";
  return child;
}

std::string Where::describe() const { return path_.empty() ? file_ : file_ + ": " + path_; }

void Where::fail(const std::string& message) const { throw ContentError(describe() + ": " + message); }

const TextReading& Where::reading() const {
  static const TextReading english;
  return reading_ ? *reading_ : english;
}

void require_object(const Json& value, const Where& where) {
  if (!value.is_object()) where.fail("expected an object");
}

const Json& require(const Json& object, const char* key, const Where& where) {
  require_object(object, where);
  const auto it = object.find(key);
  if (it == object.end()) where.fail(std::string("missing required field '") + key + "'");
  return *it;
}

std::string get_string(const Json& object, const char* key, const Where& where) {
  const Json& value = require(object, key, where);
  if (!value.is_string()) where.at(key).fail("expected a string");
  std::string text = value.get<std::string>();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) where.at(key).fail("must not be empty");
  return text;
}

std::string get_optional_string(const Json& object, const char* key, const Where& where) {
  require_object(object, where);
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) where.at(key).fail("expected a string");
  return it->get<std::string>();
}

namespace {

// One text value (a string or a language object) at `where`, in the reading's language.
std::string text_value(const Json& value, const Where& where) {
  const TextReading& reading = where.reading();
  auto non_empty = [&](const Json& text, const Where& w) {
    if (!text.is_string()) w.fail("expected a string");
    std::string s = text.get<std::string>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos) w.fail("must not be empty");
    return s;
  };
  auto untranslated = [&] {
    if (reading.untranslated) reading.untranslated->push_back(where.describe());
  };
  if (value.is_string()) {
    if (reading.language != Language::English) untranslated();
    return non_empty(value, where);
  }
  if (!value.is_object())
    where.fail(std::string("expected a text: a string, or one per language {\"en\": ..., \"zh-Hans\": ...}"));
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!parse_language(it.key()) || it.key() != to_string(*parse_language(it.key())))
      where.at(it.key()).fail(std::string("unknown language tag (known: ") + [] {
        std::string tags;
        for (const LanguageInfo& info : languages()) tags += (tags.empty() ? "" : ", ") + std::string(info.tag);
        return tags;
      }() + ")");
    non_empty(*it, where.at(it.key()));
  }
  if (!value.contains("en")) where.fail("a text needs its English (\"en\")");
  const auto chosen = value.find(to_string(reading.language));
  if (chosen != value.end()) return chosen->get<std::string>();
  untranslated();
  return value.at("en").get<std::string>();
}

}  // namespace

std::string get_text(const Json& object, const char* key, const Where& where) {
  return text_value(require(object, key, where), where.at(key));
}

std::string get_optional_text(const Json& object, const char* key, const Where& where) {
  require_object(object, where);
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  return text_value(*it, where.at(key));
}

std::vector<std::string> get_text_list(const Json& object, const char* key, const Where& where, bool allow_empty) {
  const Json& array = get_array(object, key, where);
  if (!allow_empty && array.empty()) where.at(key).fail("must not be empty");
  std::vector<std::string> out;
  out.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) out.push_back(text_value(array[i], where.at(key).index(i)));
  return out;
}

std::vector<std::string> get_optional_text_list(const Json& object, const char* key, const Where& where) {
  require_object(object, where);
  if (!object.contains(key) || object.at(key).is_null()) return {};
  return get_text_list(object, key, where, true);
}

double get_number(const Json& object, const char* key, const Where& where) {
  const Json& value = require(object, key, where);
  if (!value.is_number()) where.at(key).fail("expected a number");
  return value.get<double>();
}

double get_optional_number(const Json& object, const char* key, double fallback, const Where& where) {
  require_object(object, where);
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return fallback;
  if (!it->is_number()) where.at(key).fail("expected a number");
  return it->get<double>();
}

namespace {

// get<int>() would wrap a larger integer silently (4294969296 reads as 2000): refuse it instead.
int checked_int(const Json& value, const char* key, const Where& where) {
  if (!value.is_number_integer()) where.at(key).fail("expected a whole number");
  const bool fits = value.is_number_unsigned()
                        ? value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<int>::max())
                        : value.get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                              value.get<std::int64_t>() <= std::numeric_limits<int>::max();
  if (!fits) where.at(key).fail("whole number out of range: " + value.dump());
  return value.get<int>();
}

}  // namespace

int get_int(const Json& object, const char* key, const Where& where) {
  return checked_int(require(object, key, where), key, where);
}

int get_optional_int(const Json& object, const char* key, int fallback, const Where& where) {
  require_object(object, where);
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return fallback;
  return checked_int(*it, key, where);
}

const Json& get_array(const Json& object, const char* key, const Where& where) {
  const Json& value = require(object, key, where);
  if (!value.is_array()) where.at(key).fail("expected an array");
  return value;
}

const Json& get_object(const Json& object, const char* key, const Where& where) {
  const Json& value = require(object, key, where);
  if (!value.is_object()) where.at(key).fail("expected an object");
  return value;
}

std::vector<std::string> get_string_list(const Json& object, const char* key, const Where& where,
                                         bool allow_empty) {
  const Json& array = get_array(object, key, where);
  if (!allow_empty && array.empty()) where.at(key).fail("must not be empty");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (!array[i].is_string() || array[i].get<std::string>().empty()) {
      where.at(key).index(i).fail("expected a non-empty string");
    }
    out.push_back(array[i].get<std::string>());
  }
  return out;
}

std::vector<std::string> get_optional_string_list(const Json& object, const char* key, const Where& where) {
  require_object(object, where);
  if (!object.contains(key) || object.at(key).is_null()) return {};
  return get_string_list(object, key, where, true);
}

AudienceText::AudienceText(const Json& entry, const Where& where, std::optional<Audience> audience,
                           std::vector<Field> fields)
    : entry_(entry), where_(where) {
  require_object(entry, where);
  if (!entry.contains("by_audience")) return;
  const Json& versions = get_object(entry, "by_audience", where);
  std::string field_names;
  for (const Field& f : fields) field_names += (field_names.empty() ? "" : ", ") + std::string(f.key);
  for (auto it = versions.begin(); it != versions.end(); ++it) {
    const Where w = where.at("by_audience").at(it.key());
    const std::optional<Audience> named = parse_audience(it.key());
    if (!named) w.fail(std::string("unknown audience (") + audience_ids() + ")");
    if (!it->is_object()) w.fail("expected an object of text fields");
    if (it->empty()) w.fail("must give at least one field");
    for (auto field = it->begin(); field != it->end(); ++field) {
      const auto known =
          std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return field.key() == f.key; });
      if (known == fields.end()) w.at(field.key()).fail("has no audience versions here (" + field_names + ")");
      if (known->list) {
        get_text_list(*it, known->key, w, false);
      } else {
        get_text(*it, known->key, w);
      }
    }
    if (named == audience) {
      version_ = &*it;
      version_where_ = w;
    }
  }
}

std::string AudienceText::string(const char* key) const {
  std::string everyone = get_text(entry_, key, where_);  // required whoever reads
  return version_ && version_->contains(key) ? get_text(*version_, key, *version_where_) : everyone;
}

std::vector<std::string> AudienceText::list(const char* key) const {
  std::vector<std::string> everyone = get_text_list(entry_, key, where_, false);
  return version_ && version_->contains(key) ? get_text_list(*version_, key, *version_where_, false) : everyone;
}

Citation parse_citation(const Json& value, const Where& where) {
  require_object(value, where);
  Citation c;
  c.authors = get_string(value, "authors", where);
  c.year = get_int(value, "year", where);
  if (c.year < 1900 || c.year > 2100) where.at("year").fail("year out of range: " + std::to_string(c.year));
  c.journal = get_string(value, "journal", where);
  c.finding = get_text(value, "finding", where);
  c.doi = get_optional_string(value, "doi", where);
  c.url = get_optional_string(value, "url", where);
  return c;
}

std::vector<Citation> parse_evidence(const Json& object, const char* key, const Where& where,
                                     bool allow_empty) {
  require_object(object, where);
  if (allow_empty && !object.contains(key)) return {};
  const Json& array = get_array(object, key, where);
  if (!allow_empty && array.empty()) where.at(key).fail("needs at least one citation");
  std::vector<Citation> out;
  for (std::size_t i = 0; i < array.size(); ++i) out.push_back(parse_citation(array[i], where.at(key).index(i)));
  return out;
}

}  // namespace detail
}  // namespace soleus::content
