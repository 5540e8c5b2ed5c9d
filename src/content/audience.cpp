#include "content/audience.h"

namespace soleus::content {

const std::array<Audience, kAudienceCount>& audiences() {
  static constexpr std::array<Audience, kAudienceCount> all = {Audience::Student, Audience::Coach, Audience::Runner};
  return all;
}

const char* to_string(Audience audience) {
  switch (audience) {
    case Audience::Student: return "student";
    case Audience::Coach: return "coach";
    case Audience::Runner: return "runner";
  }
  return "runner";
}

std::optional<Audience> parse_audience(std::string_view id) {
  for (Audience a : audiences())
    if (id == to_string(a)) return a;
  return std::nullopt;
}

const char* audience_ids() { return "student, coach or runner"; }

}  // namespace soleus::content
