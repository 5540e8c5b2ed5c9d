#pragma once
/// The students' quiz tab: the question in the language shown (from its ids and the content), the
/// choices as buttons, the feedback with the right answer in words, the score, Next and Stop. The
/// document counts and shows the answer on the leg; this only draws and issues commands.
#include <cstdint>
#include <vector>

#include "content/learn.h"
#include "content/quiz.h"
#include "content/structures.h"
#include "document/document.h"

namespace soleus::ui {

/// The questions of a new quiz on the loaded model from the content shown, in `seed`'s order; none
/// without the content (StartQuiz refuses an empty quiz).
std::vector<content::QuizQuestion> quiz_questions(const document::Document& doc, const content::StructureCatalog* catalog,
                                                  const content::LearnContent* learn, std::uint32_t seed);

/// "Quiz": a button that starts one (questions from the content in `seed`'s order); nothing
/// without the content.
void draw_quiz_start(const document::Document& doc, const content::StructureCatalog* catalog,
                     const content::LearnContent* learn, std::uint32_t seed, document::CommandQueue& commands);

/// The open quiz (doc.quiz must be set), inside the current window; once finished, the score and
/// "Again" (the questions anew in the order of `seed`, which it then moves on).
void draw_quiz_panel(const document::Document& doc, const content::StructureCatalog* catalog,
                     const content::LearnContent* learn, std::uint32_t& seed, document::CommandQueue& commands);

}  // namespace soleus::ui
