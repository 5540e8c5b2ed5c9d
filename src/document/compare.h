#pragma once
/// The A/B comparison's commands and its part of the frame description, for document.cpp: B's
/// slot beside A (`doc.run`), kept in `doc.compare`. Not for panels (they push Commands).
#include "document/document.h"

namespace soleus::document {

/// B = `b` (none: a copy of A) and the Compare mode; an invalid `b` sets `doc.run.input_error`
/// and changes nothing.
void start_compare(Document& doc, const std::optional<biomech::Conditions>& b);
/// New, already validated conditions for B (ignored without a comparison).
void set_b_conditions(Document& doc, const biomech::Conditions& b);
void copy_a_to_b(Document& doc);
void swap_a_b(Document& doc);
void stop_compare(Document& doc);

/// Fills the pair of a running spec whose A part (sample, colours, legend) is already described:
/// B's stride at the same phase, its colours, or for the difference layout A's colours replaced by
/// B - A on the diverging scale, with its legend.
void describe_pair(const Document& doc, scene::FrameSpec& spec);

}  // namespace soleus::document
