#include "motion/leg.h"

namespace soleus::motion {

std::optional<Leg> parse_leg(std::string_view text) {
  if (text == "r" || text == "right") return Leg::kRight;
  if (text == "l" || text == "left") return Leg::kLeft;
  return std::nullopt;
}

}  // namespace soleus::motion
