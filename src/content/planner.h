#pragma once
/// Training-load planner math (pure functions, no I/O): week-to-week change, the acute:chronic
/// workload ratio (ACWR), warnings with their sources, the weekly soleus load dose, and a
/// gradual transition plan for a change of strike or heel drop.
///
/// ACWR definition used here (documented choice): acute = the distance of the week itself;
/// chronic = the mean weekly distance of the last 4 weeks *including* that week (a "coupled"
/// rolling average). This is the 1-week : 4-week ratio of Hulin et al. 2016 (BJSM 50:231), the
/// form on which Gabbett's zones (BJSM 2016 50:273: 0.8-1.3 "sweet spot", >= 1.5 "danger zone")
/// were popularised. The zones come from team sports, not runners, and the ratio's statistics
/// have been questioned since, so the app presents it as a rough guide, not a limit.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace soleus::content {

/// Thresholds of the planner. Defaults are the published values; learn.json repeats them and a
/// test keeps both in step.
struct PlannerThresholds {
  double acwr_low = 0.8;      ///< below: "detraining" note (Gabbett 2016 sweet spot lower end)
  double acwr_high = 1.3;     ///< sweet spot upper end (Gabbett 2016)
  double acwr_danger = 1.5;   ///< at or above: danger-zone warning (Gabbett 2016)
  double weekly_jump = 0.30;  ///< week-to-week increase above this fraction warns (Nielsen et al. 2014)
  int chronic_weeks = 4;      ///< weeks in the chronic mean, incl. the current week (Hulin 2016)
};

/// Where an ACWR falls.
enum class AcwrZone {
  Unknown,    ///< not enough history (fewer than chronic_weeks weeks) or zero chronic load
  Low,        ///< below acwr_low: less than the runner is used to (detraining)
  SweetSpot,  ///< acwr_low .. acwr_high inclusive
  Caution,    ///< above acwr_high, below acwr_danger
  Danger,     ///< acwr_danger or more
};

/// "unknown", "low", "sweet_spot", "caution", "danger".
const char* acwr_zone_id(AcwrZone zone);

/// Kinds of planner warning.
enum class WarningKind {
  WeeklyJump,  ///< the week is more than weekly_jump above the week before
  AcwrDanger,  ///< ACWR at or above acwr_danger
  Detraining,  ///< ACWR below acwr_low (a note, not an alarm)
};

/// One warning attached to one week.
struct PlannerWarning {
  WarningKind kind = WarningKind::WeeklyJump;  ///< what triggered it
  std::size_t week = 0;                        ///< 0-based week index into the input
  double value = 0.0;                          ///< the change (fraction) or the ACWR that triggered it
  std::string message;                         ///< one plain sentence, 1-based week number
  std::string source;                          ///< short citation for the threshold
};

/// Derived numbers for one week.
struct WeekAnalysis {
  double km = 0.0;                      ///< the week's distance (km)
  std::optional<double> change;         ///< (km - previous) / previous; none for week 0 or previous 0
  std::optional<double> chronic_km;     ///< mean of the last chronic_weeks weeks (km); none if too few
  std::optional<double> acwr;           ///< km / chronic_km; none if too few weeks or chronic 0
  AcwrZone zone = AcwrZone::Unknown;    ///< zone of acwr
};

/// The planner's reading of a run of weeks.
struct PlanAnalysis {
  std::vector<WeekAnalysis> weeks;        ///< one per input week, same order
  std::vector<PlannerWarning> warnings;   ///< in week order; a week may have several
};

/// Relative change from previous to current ((current - previous) / previous); none when
/// previous is 0.
std::optional<double> week_to_week_change(double previous_km, double current_km);

/// ACWR of week `week` (0-based) as defined at the top of this file; none when fewer than
/// chronic_weeks weeks of history exist up to and including it, or the chronic mean is 0.
/// Throws std::invalid_argument if week is out of range or a distance is negative.
std::optional<double> acute_chronic_ratio(const std::vector<double>& weekly_km, std::size_t week,
                                          int chronic_weeks = 4);

/// The zone of a ratio.
AcwrZone classify_acwr(double acwr, const PlannerThresholds& thresholds = {});

/// Week-by-week change, ACWR and warnings. Throws std::invalid_argument for a negative or
/// non-finite distance.
PlanAnalysis analyse_weeks(const std::vector<double>& weekly_km, const PlannerThresholds& thresholds = {});

/// Weekly soleus load dose (BW·s): km × the model's soleus_impulse_per_km_bw_s for the chosen
/// strike and shoe.
std::vector<double> weekly_soleus_dose(const std::vector<double>& weekly_km, double impulse_per_km_bw_s);

/// Settings of a gradual switch to a new condition (forefoot strike, lower drop, minimal shoe).
struct TransitionSettings {
  double weekly_km = 0.0;        ///< the runner's steady weekly distance, kept flat during the switch (km, > 0)
  double start_fraction = 0.10;  ///< share of weekly distance in the new condition in week 1 (0..1]
  double step_fraction = 0.10;   ///< share added each following week (> 0)
};

/// One week of a transition plan.
struct TransitionWeek {
  int week = 1;          ///< 1-based week number
  double fraction = 0;   ///< share of the week's distance in the new condition (0..1)
  double new_km = 0;     ///< km in the new condition
  double old_km = 0;     ///< km in the usual condition
  double total_km = 0;   ///< new_km + old_km (= weekly_km)
};

/// A transition plan with its reasons.
struct TransitionPlan {
  std::vector<TransitionWeek> weeks;  ///< until the new condition reaches 100 %
  std::string rationale;              ///< why this shape, in plain words, with sources
};

/// Linear ramp: fraction = min(1, start + (week-1) * step) with the total held flat (so only one
/// thing changes at a time), ending the first week the fraction reaches 1. Example: 30 km,
/// start 0.1, step 0.1 -> 10 weeks of 3, 6, ..., 30 km in the new condition. At most 52 weeks.
/// Throws std::invalid_argument on out-of-range settings.
TransitionPlan make_transition_plan(const TransitionSettings& settings);

/// The soleus dose of one transition week (BW·s), given the model's impulse per km in the usual
/// and in the new condition.
double transition_week_dose(const TransitionWeek& week, double old_impulse_per_km_bw_s,
                            double new_impulse_per_km_bw_s);

}  // namespace soleus::content
