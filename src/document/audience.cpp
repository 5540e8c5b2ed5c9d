#include "document/audience.h"

#include <algorithm>
#include <iterator>

namespace soleus::document {
namespace {

// A student starts from the structure and its anatomy, a coach from the runner's settings and
// the load they cause (and the comparison, once it exists), a runner from what helps.
constexpr AudienceInfo kAudiences[] = {
    {Audience::Student, "Student", "Anatomy in depth: exact terms, attachments and fibre types.", LeftTab::Layers,
     RightTab::Structure, "", "soleus"},
    {Audience::Coach, "Coach", "Cues and what to watch; the runner's settings and the load numbers first.",
     LeftTab::Run, RightTab::Load, "", ""},
    {Audience::Runner, "Runner", "Plain words; what helps and how to plan your weeks first.", LeftTab::Learn,
     RightTab::Load, "solutions", ""},
};

}  // namespace

const AudienceInfo* audiences_begin() { return std::begin(kAudiences); }
const AudienceInfo* audiences_end() { return std::end(kAudiences); }

const AudienceInfo& audience_info(Audience audience) {
  const auto* found = std::find_if(std::begin(kAudiences), std::end(kAudiences),
                                  [&](const AudienceInfo& a) { return a.audience == audience; });
  return found != std::end(kAudiences) ? *found : kAudiences[0];
}

}  // namespace soleus::document
