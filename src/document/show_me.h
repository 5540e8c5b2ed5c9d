#pragma once
/// What a Learn page shows on the leg, and the numbers its "Show me" quotes: a case's input keys
/// applied to the runner's own conditions, the metrics read from the solved stride (or, for the
/// stretch views, from the static stretch model), their display text, and the ShowPage command
/// each page and case gives. Science lives here, below the panels: the Learn tab only draws it
/// and never computes a number itself, and nothing it quotes comes from the content text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biomech/conditions.h"
#include "biomech/stride.h"
#include "content/learn.h"
#include "document/document.h"

namespace soleus::document {

/// The conditions of one "Show me" case, or why they are not valid.
struct CaseConditions {
  biomech::Conditions conditions;            ///< current conditions with the case's inputs set
  std::optional<biomech::InputError> error;  ///< validate() of the result (none = usable)
};

/// Applies a case's `set` map to `current`. A shoe preset goes first, so plate and the shoe
/// parameters in the same case refine it; the parameters' keys are biomech::parameters()'s
/// content keys, set with biomech::with_values() (e.g. `dorsiflexion_deg`, the knee-bent range,
/// keeps the knee-straight range no higher); `cadence_change` scales the preferred cadence at
/// the case's speed; a strike word picks the preset's strike index.
CaseConditions conditions_for_case(const biomech::Conditions& current, const content::ShowMeCase& show_case);

/// The value of a load-model report key (content::allowed_metric_keys()), or none for an unknown key.
std::optional<double> metric_value(const biomech::StrideSummary& summary, std::string_view key);

/// A metric key's row label in words, "Soleus peak force" (key "metric.<key>"; an unknown key is literal).
content::Phrase metric_label_phrase(std::string_view key);
/// Every key metric_label_phrase may use, for the test that finds each in every language.
std::vector<std::string> metric_label_keys();

/// A metric value with its unit for a table cell, e.g. "2.9 BW", "45 %", "0.25 s".
std::string format_metric(std::string_view key, double value);

/// Keys of the stretch-model rows shown for stretch-mode comparisons (strain of each muscle at
/// the deepest point of the pose), in Muscle order.
const std::vector<std::string>& stretch_metric_keys();

/// The stretch pose of a case: its own pose, else the ShowMe's, else bent knee.
biomech::ExercisePose case_pose(const content::ShowMe& show_me, const content::ShowMeCase& show_case);

/// One column of a comparison table.
struct ComparisonColumn {
  std::string label;                 ///< the case's heading
  content::Phrase inputs_phrase;     ///< what was set, in words (describe_case_phrase)
  std::string error;                 ///< why the case could not be solved ("" = solved)
  biomech::Conditions conditions;    ///< the inputs that were solved
  std::vector<double> values;        ///< one per Comparison::metrics (empty when error)
};

/// The numbers of a "Show me", computed from the model.
struct Comparison {
  std::vector<std::string> metrics;       ///< row keys: the ShowMe's report keys, or stretch_metric_keys()
  std::vector<ComparisonColumn> columns;  ///< one per case, in order
};

/// Solves every case of a ShowMe from `current`: the stride model in run mode, the static stretch
/// model (deepest point of each case's pose) in stretch mode; no rows in foam-rolling mode.
Comparison solve_comparison(const biomech::Conditions& current, const content::ShowMe& show_me);

/// What a "Show me" case shows on the leg: its conditions (from the runner's own, `own`; none
/// when the case sets nothing or is not valid), its mode or stretch pose and the camera view.
ShowPage case_view(const biomech::Conditions& own, const content::ShowMe& show_me, std::size_t case_index,
                             const std::string& page_id);

/// The transition the planner page runs the leg in: the runner's own settings with the new
/// strike (an index into biomech::strike_presets(), heel to toe) and shoe drop (mm).
biomech::Conditions planned_conditions(const biomech::Conditions& own, int strike, double drop_mm);

/// Page id of the planner and of the foam-rolling page (the other ids come from the content).
inline constexpr std::string_view kPlannerPage = "planner";
inline constexpr std::string_view kFoamRollingPage = "foam-rolling";

/// What opening Learn page `id` shows on the leg, from the runner's own settings `own`: an
/// exercise its pose; a rolling spot (or the foam-rolling page) the map from behind; a cause,
/// remedy or myth its "Show me" (the last case, the change it teaches); the planner the leg
/// running in `planned`; any other page the runner's own stride. nullopt for an unknown id.
std::optional<ShowPage> page_view(const content::LearnContent& learn, std::string_view id,
                                            const biomech::Conditions& own, const biomech::Conditions& planned);

}  // namespace soleus::document
