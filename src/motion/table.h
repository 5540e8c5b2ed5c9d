#pragma once
/// A table of numbers read from a measured trial: an OpenSim storage (.sto) or motion (.mot)
/// file, or a comma-separated file with one header row. Readers are strict: every bad file is a
/// MotionError naming the file, the line and column, and the reason (motion/motion_error.h).
///
/// OpenSim files: header lines up to `endheader`, then one row of column labels (tab separated,
/// or space separated when there is no tab), then rows of numbers separated by tabs or spaces.
/// Header variants read: the 4.x storage header (`version=1`, `nRows=`, `nColumns=`,
/// `inDegrees=yes|no`, `DataType=`, any `key=value`), the SIMM motion header (`name`,
/// `datacolumns N`, `datarows N`, `range A B`, "Angles are in degrees."), and both in one file
/// (the opensim-core regression kinematics). Stated row and column counts are checked.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soleus::motion {

/// What the file says about its angles.
enum class AngleUnit { kUnstated, kDegrees, kRadians };

struct Table {
  std::string file;                           // the name it was read from, for messages
  std::vector<std::string> labels;            // column labels in file order
  std::vector<std::vector<double>> columns;   // values by column, each as long as `lines`
  std::vector<std::size_t> lines;             // the file's line number of each row (from 1)
  std::size_t label_line = 0;                 // the line of the column labels (from 1)
  AngleUnit angles = AngleUnit::kUnstated;    // inDegrees / "Angles are in ..." (OpenSim files)
  std::optional<double> body_mass_kg;         // a header line "mass=KG" (OpenSim) or "# mass=KG" (CSV), (kg)

  std::size_t rows() const { return lines.size(); }
  /// Index of the column with this label (exact), if any.
  std::optional<std::size_t> find(std::string_view label) const;
  /// The column with this label; throws MotionError naming the file and the label when absent.
  const std::vector<double>& column(std::string_view label, std::string_view what) const;
};

/// Largest file the readers accept (bytes): ten minutes at 1 kHz of a full-body model.
inline constexpr std::uint64_t kMaxTableBytes = 64ull << 20;

/// Parses an OpenSim .sto/.mot file's text; `file` names it in messages. The first column must
/// be `time`, strictly increasing.
Table parse_storage(std::string_view text, const std::string& file);

/// Parses a comma-separated file: lines starting with '#' are comments (a comment
/// "# mass=KG" gives the body mass), the first other line holds the column labels, then rows
/// of numbers, one per label. No column is special (see check_time).
Table parse_csv(std::string_view text, const std::string& file);

/// True for a name ending in .csv (any case): read as CSV, anything else as OpenSim.
bool is_csv_path(const std::filesystem::path& path);

/// Reads and parses a file (through core/files.h): .csv as CSV, anything else as OpenSim.
Table read_table(const std::filesystem::path& path);

/// Throws unless column `index` (a time in s) increases strictly from row to row, naming the
/// line of a duplicated or decreasing time.
void check_time(const Table& table, std::size_t index);

}  // namespace soleus::motion
