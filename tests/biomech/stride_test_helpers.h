#pragma once
// Shared helpers for the stride tests: solve a stride for a speed, strike and shoe preset.
#include "biomech/stride.h"

namespace soleus::biomech::testing {

inline Conditions conditions_for(double speed_mps, StrikePreset strike, ShoePreset shoe) {
  Conditions c;
  c.runner.speed_mps = speed_mps;
  c.strike = make_strike(strike);
  c.shoe = make_shoe(shoe);
  return c;
}

inline StrideSummary summary_for(double speed_mps, StrikePreset strike, ShoePreset shoe) {
  return solve_stride(conditions_for(speed_mps, strike, shoe)).summary;
}

inline constexpr StrikePreset kAllStrikes[] = {StrikePreset::kRearfoot, StrikePreset::kMidfoot,
                                               StrikePreset::kForefoot};
inline constexpr ShoePreset kAllShoes[] = {ShoePreset::kBarefoot, ShoePreset::kMinimalist,
                                           ShoePreset::kNeutral, ShoePreset::kMaximal,
                                           ShoePreset::kRacer};

}  // namespace soleus::biomech::testing
