#pragma once
/// The coach's handout: one folder with an index.html that opens offline in any browser. The
/// page is self-contained (inline CSS, the plot as inline SVG, no script, no web font); the leg
/// pictures are PNG files beside it, referenced by relative name, so the folder can be zipped,
/// mailed or opened from a USB stick, and the coach can reuse the pictures. It is written in the
/// language of the string table it is given (handout.* keys, assets/strings/<tag>/handout.json)
/// and of the teaching content, already loaded in that language; citations stay as published.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "biomech/stride.h"
#include "content/learn.h"
#include "content/strings.h"
#include "handout/explain.h"

namespace soleus::handout {

/// One condition as the handout shows it.
struct ConditionResult {
  std::string label;             ///< column heading, e.g. "A: rearfoot strike, 10 mm drop"
  biomech::SolvedStride stride;  ///< what the model computed for it
  std::string picture;           ///< PNG file name in the handout's folder ("" = no picture)
};

struct Handout {
  std::string title;                        ///< "Soleus load" (make_handout)
  ConditionResult a;
  std::optional<ConditionResult> b;
  std::string difference_picture;           ///< PNG of B minus A on the leg ("" = none)
  std::string difference_caption;           ///< what its colours mean, with the scale's span
  std::vector<ExplainedChange> changes;     ///< what changed and why (explain_changes)
  std::vector<content::Citation> evidence;  ///< every source quoted, once each
  content::TextPanel note;                  ///< "educational, not a diagnosis"
  std::optional<content::RedFlags> red_flags;  ///< when to see a clinician
};

/// A handout for A (and B), its changes, sources, note and red flags taken from `learn` (may be
/// null: then the table's built-in note and no red flags); its words from `strings`.
Handout make_handout(ConditionResult a, std::optional<ConditionResult> b, const content::LearnContent* learn,
                     const content::Strings& strings);

/// A short label for a condition: "rearfoot strike, 10 mm drop, 3.5 m/s".
std::string condition_label(const biomech::Conditions& conditions, const content::Strings& strings);

/// The page's HTML: <html lang> is the table's language, the fixed words are the table's.
std::string handout_html(const Handout& handout, const content::Strings& strings);

/// Writes DIR/index.html (creating DIR), atomically (core::write_output_file). The pictures it
/// names must already be in DIR. Returns "" or a message naming the file and the reason.
std::string write_handout(const std::filesystem::path& dir, const Handout& handout, const content::Strings& strings);

}  // namespace soleus::handout
