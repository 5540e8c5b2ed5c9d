#include "content/planner.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace soleus::content {
namespace {

constexpr const char* kGabbett = "Gabbett 2016, Br J Sports Med 50:273 (ACWR zones, from team sports)";
constexpr const char* kNielsen =
    "Nielsen et al. 2014, J Orthop Sports Phys Ther (>30 %/week: HR 1.59 for distance-related injuries)";
constexpr int kMaxTransitionWeeks = 52;

void check_distances(const std::vector<double>& weekly_km) {
  for (std::size_t i = 0; i < weekly_km.size(); ++i) {
    if (!std::isfinite(weekly_km[i]) || weekly_km[i] < 0.0) {
      throw std::invalid_argument("weekly distance of week " + std::to_string(i + 1) +
                                  " must be a number >= 0 km");
    }
  }
}

std::string percent(double fraction) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f %%", fraction * 100.0);
  return buffer;
}

std::string two_decimals(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", x);
  return buffer;
}

}  // namespace

const char* acwr_zone_id(AcwrZone zone) {
  switch (zone) {
    case AcwrZone::Unknown: return "unknown";
    case AcwrZone::Low: return "low";
    case AcwrZone::SweetSpot: return "sweet_spot";
    case AcwrZone::Caution: return "caution";
    case AcwrZone::Danger: return "danger";
  }
  return "unknown";
}

std::optional<double> week_to_week_change(double previous_km, double current_km) {
  if (previous_km <= 0.0) return std::nullopt;
  return (current_km - previous_km) / previous_km;
}

std::optional<double> acute_chronic_ratio(const std::vector<double>& weekly_km, std::size_t week,
                                          int chronic_weeks) {
  if (week >= weekly_km.size()) throw std::invalid_argument("week index out of range");
  if (chronic_weeks < 1) throw std::invalid_argument("chronic_weeks must be >= 1");
  check_distances(weekly_km);
  const auto n = static_cast<std::size_t>(chronic_weeks);
  if (week + 1 < n) return std::nullopt;
  double sum = 0.0;
  for (std::size_t i = week + 1 - n; i <= week; ++i) sum += weekly_km[i];
  const double chronic = sum / static_cast<double>(n);
  if (chronic <= 0.0) return std::nullopt;
  return weekly_km[week] / chronic;
}

AcwrZone classify_acwr(double acwr, const PlannerThresholds& t) {
  if (!std::isfinite(acwr)) return AcwrZone::Unknown;
  if (acwr >= t.acwr_danger) return AcwrZone::Danger;
  if (acwr > t.acwr_high) return AcwrZone::Caution;
  if (acwr >= t.acwr_low) return AcwrZone::SweetSpot;
  return AcwrZone::Low;
}

PlanAnalysis analyse_weeks(const std::vector<double>& weekly_km, const PlannerThresholds& t) {
  check_distances(weekly_km);
  PlanAnalysis out;
  for (std::size_t i = 0; i < weekly_km.size(); ++i) {
    WeekAnalysis w;
    w.km = weekly_km[i];
    if (i > 0) w.change = week_to_week_change(weekly_km[i - 1], weekly_km[i]);
    w.acwr = acute_chronic_ratio(weekly_km, i, t.chronic_weeks);
    if (w.acwr) {
      w.chronic_km = weekly_km[i] / *w.acwr;
      w.zone = classify_acwr(*w.acwr, t);
    } else if (i + 1 >= static_cast<std::size_t>(t.chronic_weeks)) {
      w.chronic_km = 0.0;  // enough history, but nothing was run
    }
    const std::string week_name = "Week " + std::to_string(i + 1);
    if (w.change && *w.change > t.weekly_jump) {
      out.warnings.push_back({WarningKind::WeeklyJump, i, *w.change,
                              week_name + " is " + percent(*w.change) + " more than the week before; jumps over " +
                                  percent(t.weekly_jump) + " a week were linked to more running injuries.",
                              kNielsen});
    }
    if (w.zone == AcwrZone::Danger) {
      out.warnings.push_back({WarningKind::AcwrDanger, i, *w.acwr,
                              week_name + ": acute:chronic ratio " + two_decimals(*w.acwr) + " is at or above " +
                                  two_decimals(t.acwr_danger) + ", well beyond what the last 4 weeks prepared you for.",
                              kGabbett});
    } else if (w.zone == AcwrZone::Low) {
      out.warnings.push_back({WarningKind::Detraining, i, *w.acwr,
                              week_name + ": ratio " + two_decimals(*w.acwr) + " is below " + two_decimals(t.acwr_low) +
                                  "; a lighter week is fine, but a long run of them lets fitness fade and makes the "
                                  "next increase a bigger jump.",
                              kGabbett});
    }
    out.weeks.push_back(w);
  }
  return out;
}

std::vector<double> weekly_soleus_dose(const std::vector<double>& weekly_km, double impulse_per_km_bw_s) {
  check_distances(weekly_km);
  std::vector<double> dose;
  dose.reserve(weekly_km.size());
  for (double km : weekly_km) dose.push_back(km * impulse_per_km_bw_s);
  return dose;
}

TransitionPlan make_transition_plan(const TransitionSettings& s) {
  if (!std::isfinite(s.weekly_km) || s.weekly_km <= 0.0) {
    throw std::invalid_argument("transition plan: weekly distance must be > 0 km");
  }
  if (!(s.start_fraction > 0.0 && s.start_fraction <= 1.0)) {
    throw std::invalid_argument("transition plan: start fraction must be within (0, 1]");
  }
  if (!(s.step_fraction > 0.0 && s.step_fraction <= 1.0)) {
    throw std::invalid_argument("transition plan: weekly step must be within (0, 1]");
  }
  TransitionPlan plan;
  constexpr double kEps = 1e-9;  // so 0.1 + 9 * 0.1 counts as reaching 1
  for (int week = 1; week <= kMaxTransitionWeeks; ++week) {
    double fraction = s.start_fraction + (week - 1) * s.step_fraction;
    if (fraction > 1.0 - kEps) fraction = 1.0;
    TransitionWeek w;
    w.week = week;
    w.fraction = fraction;
    w.new_km = s.weekly_km * fraction;
    w.old_km = s.weekly_km - w.new_km;
    w.total_km = s.weekly_km;
    plan.weeks.push_back(w);
    if (fraction >= 1.0) break;
  }
  plan.rationale =
      "Landing further forward or running in a lower drop moves work from the knee to the calf and "
      "Achilles tendon: more load per step for the soleus (Almonroeder et al. 2013; Nishiguchi et al. 2025). "
      "Muscle adapts in weeks, tendon more slowly, so the new condition starts as a small share of your "
      "usual week and grows step by step while the total stays the same, so only one thing changes at a "
      "time. No trial has tested an exact rate; this ramp is a cautious convention. Hold a step (or go "
      "back one) if the calf or Achilles is sore the next morning.";
  return plan;
}

double transition_week_dose(const TransitionWeek& week, double old_impulse_per_km_bw_s,
                            double new_impulse_per_km_bw_s) {
  return week.old_km * old_impulse_per_km_bw_s + week.new_km * new_impulse_per_km_bw_s;
}

}  // namespace soleus::content
