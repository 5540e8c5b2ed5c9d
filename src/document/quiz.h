#pragma once
/// The students' quiz in the document: where it stands and how an answer counts. What the leg shows
/// with an answer is apply_command's (document.cpp); the questions are content::build_quiz's.
#include <string>
#include <vector>

#include "document/document.h"

namespace soleus::document {

/// The question asked now, or null when no quiz is open or it is finished.
const content::QuizQuestion* current_question(const Document& doc);

/// Whether the current question has been answered right (false while unanswered).
bool answered_right(const QuizState& quiz);

/// Records `choice` as the answer to the current question. Counts once: an answered question, a
/// choice it does not offer (FindStructure: any structure id) or no quiz: false, nothing changes.
bool record_answer(QuizState& quiz, const std::string& choice);

/// Moves to the next question, unanswered; after the last, the quiz is finished.
void next_question(QuizState& quiz);

/// The role ids of the model's structures, which build_quiz may ask about.
std::vector<std::string> quiz_structures(const anatomy::AnatomyModel& model);

}  // namespace soleus::document
