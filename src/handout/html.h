#pragma once
/// The handout's text helpers: text made safe for HTML (content and labels may hold <, & or
/// quotes), and numbers written with a fixed number of decimals.
#include <string>
#include <string_view>

namespace soleus::handout {

/// `text` with &, <, >, " and ' as character references: safe in element text and in quoted
/// attribute values.
std::string escape_html(std::string_view text);

/// `x` with `decimals` digits after the point ("%.*f"), the handout's way of writing numbers.
std::string fixed(double x, int decimals);

}  // namespace soleus::handout
