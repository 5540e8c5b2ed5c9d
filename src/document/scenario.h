#pragma once
/// Scenario files (docs/scenarios.md): a runner, strike, shoe, view and mode saved as small,
/// versioned JSON that people read and edit by hand, with an optional second condition set B
/// ("compare") that inherits A's values for anything it leaves out. The keys are the report keys
/// of the one parameter table (biomech/parameters.h); strike and shoe presets go by their ids.
///
/// Reading is strict: a syntax error (line and column), a wrong type, an unknown format or
/// version, a value out of its range and an unknown key each throw FileError
/// "FILE: FIELD: reason". Writing is atomic (core::write_output_file) in a stable key order.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "biomech/conditions.h"
#include "document/file_error.h"
#include "document/modes.h"
#include "scene/camera.h"
#include "scene/frame.h"

namespace soleus::document {

inline constexpr const char* kScenarioFormat = "soleus-lab-scenario";
inline constexpr int kScenarioVersion = 1;
/// Hand-written scenarios are a few hundred bytes; anything over this is not one.
inline constexpr std::uint64_t kMaxScenarioBytes = std::uint64_t{1} << 20;
/// The word a scenario uses for an automatic parameter's "the model chooses" (cadence).
inline constexpr const char* kAutomaticWord = "auto";

struct Scenario {
  std::string title;
  std::string description;
  biomech::Conditions a;                   // validated
  std::optional<biomech::Conditions> b;    // "compare": the second condition set, validated
  std::optional<scene::PairLayout> layout; // "compare"."layout": how the pair is shown (none: as it is)
  std::optional<scene::ViewPreset> view;   // none: the mode's opening view
  std::optional<ViewMode> mode;            // none: the current mode
};

/// Reads a scenario file; throws FileError (see above).
Scenario read_scenario(const std::filesystem::path& path);
/// Parses scenario text; `file` names it in messages.
Scenario parse_scenario(const std::string& text, const std::string& file);
/// The scenario as the text of a file (what write_scenario writes).
std::string scenario_text(const Scenario& scenario);
/// Writes a scenario atomically; throws FileError "FILE: cannot write: reason" and leaves any
/// previous file intact.
void write_scenario(const std::filesystem::path& path, const Scenario& scenario);

/// Every key a scenario's "runner" or "shoe" object takes (the parameter table's report keys),
/// for docs/scenarios.md and its test.
std::vector<std::string> scenario_runner_keys();
std::vector<std::string> scenario_shoe_keys();

}  // namespace soleus::document
