#pragma once
/// Private to the document module: strict reading of the small JSON files people edit by hand
/// (scenarios, settings). Every failure is a FileError whose message names the file, the field
/// and the reason: "runs/a.json: runner.speed_mps: must be between 1.5 and 9.5 m/s (got 12)".
/// nlohmann stays out of the public headers.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "document/file_error.h"

namespace soleus::document::detail {

using Json = nlohmann::ordered_json;

/// A field's place in a file, for messages: "FILE: compare.shoe.drop_mm".
class Field {
 public:
  explicit Field(std::string file) : file_(std::move(file)) {}
  Field at(const std::string& key) const;
  Field index(std::size_t i) const;
  /// Throws FileError "FILE: FIELD: reason" (just "FILE: reason" at the top).
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  std::string file_;
  std::string path_;
};

/// Reads and parses a file of at most `max_bytes` (core::read_file: regular files only). Throws
/// FileError for a missing, unreadable, special, oversized or empty file and for a syntax error
/// (with its line and column) or a number JSON cannot hold (1e400), naming the field it was in.
Json read_json_file(const std::filesystem::path& path, std::uint64_t max_bytes);
/// The same for text already in memory; `file` names it in messages.
Json parse_json_text(const std::string& text, const std::string& file);

/// The value must be an object whose keys are all in `known`; otherwise fails naming the first
/// unknown key (a typo must not be silently ignored).
void require_object(const Json& value, const Field& field, const std::vector<std::string>& known);
/// The value as a finite number, a string, a bool, an integer in [lo, hi]: else fails with the
/// type that was expected.
double number_value(const Json& value, const Field& field);
std::string string_value(const Json& value, const Field& field);
bool bool_value(const Json& value, const Field& field);
std::int64_t integer_value(const Json& value, const Field& field, std::int64_t lo, std::int64_t hi);

/// `json` as file text: two-space indents, then a newline; text that is not UTF-8 is replaced
/// rather than refused (a title typed in the app).
std::string json_text(const Json& json);
/// Writes text atomically (core::write_output_file); throws FileError "FILE: cannot write: reason"
/// and leaves a previous file intact.
void write_text_file(const std::filesystem::path& path, const std::string& text);

}  // namespace soleus::document::detail
