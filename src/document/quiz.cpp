#include "document/quiz.h"

#include <algorithm>

#include "anatomy/structure_role.h"

namespace soleus::document {

const content::QuizQuestion* current_question(const Document& doc) {
  if (!doc.quiz || doc.quiz->questions.empty() || doc.quiz->finished) return nullptr;
  return &doc.quiz->questions[doc.quiz->current % doc.quiz->questions.size()];
}

bool answered_right(const QuizState& quiz) {
  return quiz.given && !quiz.questions.empty() && *quiz.given == quiz.questions[quiz.current].answer;
}

bool record_answer(QuizState& quiz, const std::string& choice) {
  if (quiz.given || quiz.questions.empty() || quiz.finished) return false;
  const content::QuizQuestion& q = quiz.questions[quiz.current];
  const bool offered = q.kind == content::QuizKind::FindStructure
                           ? !choice.empty()
                           : std::find(q.choices.begin(), q.choices.end(), choice) != q.choices.end();
  if (!offered) return false;
  quiz.given = choice;
  ++quiz.answered;
  if (choice == q.answer) ++quiz.right;
  return true;
}

void next_question(QuizState& quiz) {
  if (quiz.questions.empty()) return;
  if (quiz.finished) return;
  if (quiz.current + 1 >= quiz.questions.size()) {
    quiz.finished = true;
  } else {
    ++quiz.current;
  }
  quiz.given.reset();
}

std::vector<std::string> quiz_structures(const anatomy::AnatomyModel& model) {
  std::vector<std::string> ids;
  for (const anatomy::Structure& s : model.structures)
    if (s.role != anatomy::StructureRole::Unknown) ids.emplace_back(anatomy::role_info(s.role).id);
  return ids;
}

}  // namespace soleus::document
