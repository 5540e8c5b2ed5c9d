#pragma once
/// What changed between two conditions, in plain words, and why, in the teaching content's own
/// words: the handout never writes science of its own. Each changed model input is named with
/// its two values; the "why" quotes the Learn entry whose "Show me" demonstrates that input
/// (a cause first), with that entry's sources. The words are the string table's (handout.*, and
/// the model's param.<id> rows where the table has them); the "why" is `learn`'s, already in the
/// language shown.
#include <string>
#include <vector>

#include "biomech/parameters.h"
#include "biomech/stride.h"
#include "content/citation.h"
#include "content/learn.h"
#include "content/strings.h"

namespace soleus::handout {

struct ExplainedChange {
  std::string what;                         ///< "Drop: 10 mm drop → 0 mm drop."
  std::string why;                          ///< quoted from learn.json ("" when no entry teaches it)
  std::string source_title;                 ///< the Learn entry quoted ("" when none)
  std::vector<content::Citation> evidence;  ///< that entry's sources
};

/// One line per model input whose value differs between `a` and `b` (in the order of
/// biomech::parameters()), then one line with what the model computed for the soleus's peak
/// force and load per kilometre. `learn` may be null (no content: no "why").
std::vector<ExplainedChange> explain_changes(const biomech::SolvedStride& a, const biomech::SolvedStride& b,
                                             const content::LearnContent* learn, const content::Strings& strings);

/// "+12 %", "-3 %" or "no change" (under 0.5 %); "n/a" when `a` is zero (those two in `strings`' language).
std::string change_percent_text(double a, double b, const content::Strings& strings);

/// A model input's name ("Drop") and a value of it in words ("10 mm drop", display units): the
/// table's param.<id> and param.<id>.words, else the model's own English.
std::string parameter_name(const biomech::Parameter& parameter, const content::Strings& strings);
std::string parameter_words(const biomech::Parameter& parameter, double display, const content::Strings& strings);
/// "rearfoot strike": the strike pattern of this index, in words.
std::string strike_words(double strike_index, const content::Strings& strings);

}  // namespace soleus::handout
