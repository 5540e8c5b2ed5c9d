#include "motion/table.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "core/files.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Splits at `separator`, or at runs of spaces and tabs when it is 0; fields trimmed.
std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  if (separator != 0) {
    std::size_t start = 0;
    while (true) {
      const std::size_t end = line.find(separator, start);
      fields.push_back(trim(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    return fields;
  }
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

// Lines of the text with their numbers (from 1), CR of CRLF removed.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}
  bool next(std::string_view& line) {
    if (position_ >= text_.size()) return false;
    const std::size_t end = text_.find('\n', position_);
    line = text_.substr(position_, end == std::string_view::npos ? std::string_view::npos : end - position_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    position_ = end == std::string_view::npos ? text_.size() : end + 1;
    ++number_;
    return true;
  }
  std::size_t number() const { return number_; }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
  std::size_t number_ = 0;
};

std::optional<double> parse_double(std::string_view field) {
  if (field.empty()) return std::nullopt;
  const std::string copy(field);
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) return std::nullopt;
  return value;
}

std::optional<long> parse_count(std::string_view field) {
  const std::optional<double> value = parse_double(trim(field));
  if (!value || *value < 0.0 || *value != std::floor(*value) || *value > 1e9) return std::nullopt;
  return static_cast<long>(*value);
}

std::string shown(std::string_view s) {
  constexpr std::size_t kShown = 40;
  return "'" + std::string(s.substr(0, kShown)) + (s.size() > kShown ? "...'" : "'");
}

void set_labels(Table& table, const std::vector<std::string_view>& labels, std::size_t line) {
  table.label_line = line;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].empty()) fail_at(table.file, line, "column " + std::to_string(i + 1) + " has no label");
    for (std::size_t j = 0; j < i; ++j) {
      if (labels[j] == labels[i])
        fail_at(table.file, line, "column label " + shown(labels[i]) + " appears twice (columns " +
                                      std::to_string(j + 1) + " and " + std::to_string(i + 1) + ")");
    }
    table.labels.emplace_back(labels[i]);
  }
  table.columns.assign(table.labels.size(), {});
}

// One row of numbers, one per label.
void add_row(Table& table, const std::vector<std::string_view>& fields, std::size_t line) {
  if (fields.size() != table.labels.size())
    fail_at(table.file, line, std::to_string(fields.size()) + " values, expected " +
                                  std::to_string(table.labels.size()) + " (one per column label)");
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::optional<double> value = parse_double(fields[i]);
    const std::string where = "column " + std::to_string(i + 1) + " (" + table.labels[i] + "): ";
    if (!value) fail_at(table.file, line, where + "not a number (" + shown(fields[i]) + ")");
    if (!std::isfinite(*value)) fail_at(table.file, line, where + "not a finite number (" + shown(fields[i]) + ")");
    table.columns[i].push_back(*value);
  }
  table.lines.push_back(line);
}

void set_angles(Table& table, AngleUnit unit, std::size_t line) {
  if (table.angles != AngleUnit::kUnstated && table.angles != unit)
    fail_at(table.file, line, "the header says both degrees and radians");
  table.angles = unit;
}

void set_mass(Table& table, std::string_view value, std::size_t line) {
  const std::optional<double> mass = parse_double(trim(value));
  if (!mass || !std::isfinite(*mass) || *mass <= 0.0)
    fail_at(table.file, line, "mass must be a positive number in kg (got " + shown(trim(value)) + ")");
  table.body_mass_kg = *mass;
}

// Counts the header states, checked once the rows are read.
struct StatedCounts {
  std::optional<long> rows, columns;
  std::size_t rows_line = 0, columns_line = 0;
};

void read_header_line(std::string_view line, std::size_t number, Table& table, StatedCounts& counts) {
  const std::string_view text = trim(line);
  const std::string low = lower(text);
  const auto count = [&](std::string_view value, std::optional<long>& into, std::size_t& at, const char* name) {
    const std::optional<long> n = parse_count(value);
    if (!n) fail_at(table.file, number, std::string(name) + " must be a whole number (got " + shown(trim(value)) + ")");
    into = n;
    at = number;
  };
  const std::size_t equals = text.find('=');
  if (equals != std::string_view::npos) {
    const std::string key = lower(trim(text.substr(0, equals)));
    const std::string_view value = trim(text.substr(equals + 1));
    if (key == "indegrees") {
      const std::string v = lower(value);
      if (v != "yes" && v != "no") fail_at(table.file, number, "inDegrees must be yes or no (got " + shown(value) + ")");
      set_angles(table, v == "yes" ? AngleUnit::kDegrees : AngleUnit::kRadians, number);
    } else if (key == "nrows") {
      count(value, counts.rows, counts.rows_line, "nRows");
    } else if (key == "ncolumns") {
      count(value, counts.columns, counts.columns_line, "nColumns");
    } else if (key == "mass") {
      set_mass(table, value, number);
    }
    return;  // version=, DataType=, OpenSimVersion= and others say nothing we use
  }
  const std::vector<std::string_view> words = split(text, 0);
  if (words.size() == 2 && lower(words[0]) == "datarows") count(words[1], counts.rows, counts.rows_line, "datarows");
  if (words.size() == 2 && lower(words[0]) == "datacolumns") count(words[1], counts.columns, counts.columns_line, "datacolumns");
  if (low.rfind("angles are in degrees", 0) == 0) set_angles(table, AngleUnit::kDegrees, number);
  if (low.rfind("angles are in radians", 0) == 0) set_angles(table, AngleUnit::kRadians, number);
}

void require_rows(const Table& table) {
  if (table.rows() < 2)
    fail(table.file, table.rows() == 0 ? "no rows of numbers after the column labels" : "only one row of numbers (need at least two)");
}

}  // namespace

std::optional<std::size_t> Table::find(std::string_view label) const {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == label) return i;
  }
  return std::nullopt;
}

const std::vector<double>& Table::column(std::string_view label, std::string_view what) const {
  const std::optional<std::size_t> index = find(label);
  if (!index) fail(file, "no column " + std::string(label) + " (" + std::string(what) + ")");
  return columns[*index];
}

Table parse_storage(std::string_view text, const std::string& file) {
  Table table;
  table.file = file;
  Lines lines(text);
  std::string_view line;
  StatedCounts counts;
  bool header_ended = false;
  while (lines.next(line)) {
    if (lower(trim(line)) == "endheader") {
      header_ended = true;
      break;
    }
    read_header_line(line, lines.number(), table, counts);
  }
  if (!header_ended) fail(file, "no 'endheader' line: not an OpenSim storage (.sto) or motion (.mot) file");
  // the column labels: the first line that is not blank
  bool labelled = false;
  while (!labelled && lines.next(line)) labelled = !trim(line).empty();
  if (!labelled) fail(file, "no column labels after 'endheader'");
  const std::size_t label_line = lines.number();
  set_labels(table, split(trim(line), line.find('\t') != std::string_view::npos ? '\t' : 0), label_line);
  if (lower(table.labels[0]) != "time")
    fail_at(file, label_line, "the first column must be time (got " + shown(table.labels[0]) + ")");
  while (lines.next(line)) {
    if (trim(line).empty()) continue;
    add_row(table, split(line, 0), lines.number());
  }
  require_rows(table);
  if (counts.columns && static_cast<std::size_t>(*counts.columns) != table.labels.size())
    fail_at(file, counts.columns_line, "the header says " + std::to_string(*counts.columns) + " columns, the file has " +
                                           std::to_string(table.labels.size()));
  if (counts.rows && static_cast<std::size_t>(*counts.rows) != table.rows())
    fail_at(file, counts.rows_line, "the header says " + std::to_string(*counts.rows) + " rows, the file has " +
                                        std::to_string(table.rows()));
  check_time(table, 0);
  return table;
}

Table parse_csv(std::string_view text, const std::string& file) {
  Table table;
  table.file = file;
  Lines lines(text);
  std::string_view line;
  bool labelled = false;
  while (lines.next(line)) {
    const std::string_view text_line = trim(line);
    if (text_line.empty()) continue;
    if (text_line.front() == '#') {
      const std::string_view comment = trim(text_line.substr(1));
      if (lower(comment.substr(0, 5)) == "mass=") set_mass(table, comment.substr(5), lines.number());
      continue;
    }
    if (!labelled) {
      set_labels(table, split(text_line, ','), lines.number());
      labelled = true;
    } else {
      add_row(table, split(text_line, ','), lines.number());
    }
  }
  if (!labelled) fail(file, "no header row of column labels");
  require_rows(table);
  return table;
}

Table read_table(const std::filesystem::path& path) {
  std::string text;
  const std::string reason = core::read_file(path, kMaxTableBytes, text);
  if (!reason.empty()) fail(path.string(), "cannot read: " + reason);
  return is_csv_path(path) ? parse_csv(text, path.string()) : parse_storage(text, path.string());
}

bool is_csv_path(const std::filesystem::path& path) { return lower(path.extension().string()) == ".csv"; }

void check_time(const Table& table, std::size_t index) {
  const std::vector<double>& time = table.columns[index];
  for (std::size_t i = 1; i < time.size(); ++i) {
    if (time[i] > time[i - 1]) continue;
    std::ostringstream reason;
    reason << table.labels[index] << ' ' << time[i]
           << (time[i] == time[i - 1] ? " repeats the time on line " : " goes back from the time on line ")
           << table.lines[i - 1] << " (" << time[i - 1] << "): time must increase from row to row";
    fail_at(table.file, table.lines[i], reason.str());
  }
}

}  // namespace soleus::motion
