#pragma once
/// Private helpers: read a JSON file and pull typed fields out of it with error messages that
/// name the file and the entry. Not part of the public API (nlohmann stays out of headers
/// other modules include).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/audience.h"
#include "content/citation.h"
#include "content/content_error.h"
#include "content/language.h"

namespace soleus::content::detail {

using Json = nlohmann::json;

/// The largest content file read (the shipped ones are tens of KB).
inline constexpr std::uint64_t kMaxContentFileBytes = std::uint64_t{16} << 20;

/// Reads and parses a whole file; throws ContentError naming the file when it is missing, not a
/// regular file (a directory, a FIFO), over kMaxContentFileBytes, unreadable, empty or not valid
/// JSON (with the byte offset of the syntax error).
Json read_json_file(const std::string& path);
/// Parses text; source_name stands in for the file name in messages.
Json parse_json_text(const std::string& text, const std::string& source_name);

/// The language a document is read in, and where the loader lists the texts that lack it (they
/// read in English instead; the content tests require the list to be empty).
struct TextReading {
  Language language = Language::English;
  std::vector<std::string>* untranslated = nullptr;  ///< "file: path" of each; nullptr: not listed
};

/// Where we are in a document, for error messages: "file: causes[2] (id 'x'): field". It also
/// carries the document's TextReading to every child location, so get_text knows the language.
class Where {
 public:
  explicit Where(std::string file, const TextReading* reading = nullptr) : file_(std::move(file)), reading_(reading) {}
  /// A child location, e.g. where.at("causes").index(2).
  Where at(const std::string& key) const;
  /// An array element.
  Where index(std::size_t i) const;
  /// The same location, labelled with the entry's id once it is known.
  Where with_id(const std::string& id) const;
  /// Throws ContentError "file: path: message".
  [[noreturn]] void fail(const std::string& message) const;
  /// "file: path" for messages.
  std::string describe() const;
  /// The language being read (English when none was given).
  const TextReading& reading() const;

 private:
  std::string file_;  // file name as given to the loader
  std::string path_;  // JSON path so far, e.g. "causes[2] (id 'x').show_me"
  const TextReading* reading_ = nullptr;
};

const Json& require(const Json& object, const char* key, const Where& where);
std::string get_string(const Json& object, const char* key, const Where& where);  // non-empty
std::string get_optional_string(const Json& object, const char* key, const Where& where);
double get_number(const Json& object, const char* key, const Where& where);
double get_optional_number(const Json& object, const char* key, double fallback, const Where& where);
int get_int(const Json& object, const char* key, const Where& where);
int get_optional_int(const Json& object, const char* key, int fallback, const Where& where);
std::vector<std::string> get_string_list(const Json& object, const char* key, const Where& where,
                                         bool allow_empty);
std::vector<std::string> get_optional_string_list(const Json& object, const char* key, const Where& where);
/// A text people read: a non-empty string (the English) or one per language,
/// {"en": ..., "zh-Hans": ...} ("en" required, every tag from content/language.h). Returns the
/// reading's language; a text without it reads in English and is listed as untranslated.
std::string get_text(const Json& object, const char* key, const Where& where);
std::string get_optional_text(const Json& object, const char* key, const Where& where);  ///< "" when absent
/// A list of texts (paragraphs, steps), each element a text as above.
std::vector<std::string> get_text_list(const Json& object, const char* key, const Where& where, bool allow_empty);
std::vector<std::string> get_optional_text_list(const Json& object, const char* key, const Where& where);
const Json& get_array(const Json& object, const char* key, const Where& where);
const Json& get_object(const Json& object, const char* key, const Where& where);
void require_object(const Json& value, const Where& where);
/// An entry's text as one audience reads it (texts, see get_text). Any entry that reads its text
/// through this may carry
///   "by_audience": {"student" | "coach" | "runner": {field: text, ...}}
/// giving that audience its own version of some of `fields` (a string, or a list of paragraphs
/// where the field is one); the others, and every audience not named, read the entry's own field.
/// The whole object is checked whichever audience reads: an unknown audience, a field that has
/// no versions or a wrong type fails with the file and the field.
class AudienceText {
 public:
  struct Field {
    const char* key;
    bool list;  ///< a list of paragraphs rather than one string
  };
  AudienceText(const Json& entry, const Where& where, std::optional<Audience> audience, std::vector<Field> fields);
  std::string string(const char* key) const;             ///< required, non-empty
  std::vector<std::string> list(const char* key) const;  ///< required, non-empty

 private:
  const Json& entry_;
  Where where_;
  const Json* version_ = nullptr;  // the audience's object in by_audience, if it has one
  std::optional<Where> version_where_;
};

Citation parse_citation(const Json& value, const Where& where);
std::vector<Citation> parse_evidence(const Json& object, const char* key, const Where& where,
                                     bool allow_empty);

}  // namespace soleus::content::detail
