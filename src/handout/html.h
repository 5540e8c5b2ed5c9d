#pragma once
/// Text made safe for HTML: content and labels may hold <, & or quotes.
#include <string>
#include <string_view>

namespace soleus::handout {

/// `text` with &, <, >, " and ' as character references: safe in element text and in quoted
/// attribute values.
std::string escape_html(std::string_view text);

}  // namespace soleus::handout
