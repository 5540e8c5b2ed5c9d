#include "document/json_file.h"

#include <algorithm>
#include <cmath>

#include "core/files.h"

namespace soleus::document::detail {
namespace {

// The field the parser is in, followed through nlohmann's parse callback, so that an error the
// lexer raises (a syntax error, a number too large for a double) can name it.
class ParsePosition {
 public:
  explicit ParsePosition(const std::string& file) : file_(file) {}

  bool on_event(nlohmann::json::parse_event_t event, const Json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    switch (event) {
      case Event::object_start: frames_.push_back({false, "", 0}); break;
      case Event::array_start: frames_.push_back({true, "", 0}); break;
      case Event::key: frames_.back().key = parsed.get<std::string>(); break;
      case Event::value: element_done(); break;
      case Event::object_end:
      case Event::array_end:
        frames_.pop_back();
        element_done();
        break;
    }
    return true;
  }

  Field field() const {
    Field field(file_);
    for (const Frame& frame : frames_) {
      if (frame.array) {
        field = field.index(frame.count);
      } else if (!frame.key.empty()) {
        field = field.at(frame.key);
      }
    }
    return field;
  }

 private:
  struct Frame {
    bool array;
    std::string key;    // the member being read (objects)
    std::size_t count;  // elements read so far (arrays): the index of the one being read
  };
  void element_done() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().count;
  }
  std::string file_;
  std::vector<Frame> frames_;
};

// nlohmann's "[json.exception.parse_error.101] parse error at line 2, column 1: syntax error ..."
// without the exception's id: "line 2, column 1: syntax error ...".
std::string parse_reason(const nlohmann::json::exception& error) {
  std::string text = error.what();
  const std::size_t bracket = text.find("] ");
  if (bracket != std::string::npos) text.erase(0, bracket + 2);
  const std::string prefix = "parse error at ";
  if (text.compare(0, prefix.size(), prefix) == 0) text.erase(0, prefix.size());
  return text;
}

const char* type_name(const Json& value) {
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "true or false";
  if (value.is_null()) return "null";
  return "a number";
}

[[noreturn]] void fail_type(const Json& value, const Field& field, const char* expected) {
  field.fail(std::string("must be ") + expected + " (got " + type_name(value) + ")");
}

}  // namespace

Field Field::at(const std::string& key) const {
  Field child = *this;
  child.path_ += path_.empty() ? key : "." + key;
  return child;
}

Field Field::index(std::size_t i) const {
  Field child = *this;
  child.path_ += "[" + std::to_string(i) + "]";
  return child;
}

void Field::fail(const std::string& reason) const {
  throw FileError(file_ + ": " + (path_.empty() ? "" : path_ + ": ") + reason);
}

Json parse_json_text(const std::string& text, const std::string& file) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) Field(file).fail("the file is empty");
  ParsePosition position(file);
  try {
    return Json::parse(text, [&](int /*depth*/, nlohmann::json::parse_event_t event, Json& parsed) {
      return position.on_event(event, parsed);
    });
  } catch (const nlohmann::json::exception& error) {
    // Every nlohmann error, not only parse_error: 1e400 raises out_of_range (406).
    position.field().fail(parse_reason(error));
  }
}

Json read_json_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
  std::string text;
  const std::string reason = core::read_file(path, max_bytes, text);
  if (!reason.empty()) Field(path.string()).fail("cannot be read: " + reason);
  return parse_json_text(text, path.string());
}

void require_object(const Json& value, const Field& field, const std::vector<std::string>& known) {
  if (!value.is_object()) fail_type(value, field, "an object");
  for (const auto& [key, member] : value.items()) {
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string list;
    for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
    field.at(key).fail("unknown key (known here: " + list + ")");
  }
}

double number_value(const Json& value, const Field& field) {
  if (!value.is_number()) fail_type(value, field, "a number");
  const double number = value.get<double>();
  if (!std::isfinite(number)) field.fail("must be a finite number");
  return number;
}

std::string string_value(const Json& value, const Field& field) {
  if (!value.is_string()) fail_type(value, field, "a string");
  return value.get<std::string>();
}

bool bool_value(const Json& value, const Field& field) {
  if (!value.is_boolean()) fail_type(value, field, "true or false");
  return value.get<bool>();
}

std::int64_t integer_value(const Json& value, const Field& field, std::int64_t lo, std::int64_t hi) {
  const std::string range = "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
  if (!value.is_number()) fail_type(value, field, range.c_str());
  // Compared as doubles first: an unsigned 2^64-1 or 1e300 must not wrap into the range.
  const double number = value.get<double>();
  if (!(number >= static_cast<double>(lo) && number <= static_cast<double>(hi)) || std::floor(number) != number)
    field.fail("must be " + range + " (got " + value.dump() + ")");
  return static_cast<std::int64_t>(number);
}

std::string json_text(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n"; }

void write_text_file(const std::filesystem::path& path, const std::string& text) {
  const std::string reason = core::write_output_file(path, text);
  if (!reason.empty()) Field(path.string()).fail("cannot write: " + reason);
}

}  // namespace soleus::document::detail
