#pragma once
/// Who the app is talking to, in one table: what each audience sees first (the left and right
/// tabs, a Learn section, a structure selected). The depth of the text is the content's
/// (content/audience.h: the files carry text per audience); the numbers never change with it.
#include <optional>
#include <string_view>

#include "content/audience.h"
#include "document/modes.h"

namespace soleus::document {

using content::Audience;
using content::parse_audience;
using content::to_string;

/// The audience of a document nobody chose one for: plain words, as the app always spoke.
inline constexpr Audience kDefaultAudience = Audience::Runner;

/// The right column's tabs.
enum class RightTab { Load, Structure };

struct AudienceInfo {
  Audience audience;
  std::string_view label;          ///< View > Audience entry
  std::string_view description;    ///< its tooltip
  LeftTab left_tab;                ///< brought forward when the audience is chosen (where the mode has it)
  RightTab right_tab;              ///< likewise
  std::string_view learn_section;  ///< Learn section opened in the index: a learn.json list ("" = as it is)
  std::string_view select;         ///< structure (role id) selected when nothing is ("" = none)
};

/// Every audience, in menu order.
const AudienceInfo* audiences_begin();
const AudienceInfo* audiences_end();
const AudienceInfo& audience_info(Audience audience);

}  // namespace soleus::document
