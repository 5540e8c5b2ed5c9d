#pragma once
/// Which leg of a measured trial is analysed.
#include <optional>
#include <string_view>

namespace soleus::motion {

enum class Leg { kRight, kLeft };

/// "r" or "l" (the suffix OpenSim's coordinate and body names use).
constexpr std::string_view leg_suffix(Leg leg) { return leg == Leg::kRight ? "r" : "l"; }
constexpr std::string_view leg_name(Leg leg) { return leg == Leg::kRight ? "right" : "left"; }
constexpr Leg other_leg(Leg leg) { return leg == Leg::kRight ? Leg::kLeft : Leg::kRight; }

/// "r"/"right" or "l"/"left"; nothing for anything else.
std::optional<Leg> parse_leg(std::string_view text);

}  // namespace soleus::motion
