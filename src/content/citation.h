#pragma once
/// A short literature citation as shown in an "Evidence" section.
#include <string>

namespace soleus::content {

/// One published source and what it found, in one line of our own words.
struct Citation {
  std::string authors;  ///< authors as cited, e.g. "Almonroeder, Willson & Kernozek" (non-empty)
  int year = 0;         ///< publication year (1900..2100)
  std::string journal;  ///< journal, abbreviated, with volume:page when known (non-empty)
  std::string finding;  ///< the finding in one line, our words (non-empty)
  std::string doi;      ///< DOI without the resolver prefix; empty when not known
  std::string url;      ///< a public page where the source was read; empty when not known
};

/// "Authors (year), journal: finding" for plain-text display.
std::string format_citation(const Citation& citation);

}  // namespace soleus::content
