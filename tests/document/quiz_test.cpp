#include "document/quiz.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "content/learn.h"
#include "content/structures.h"
#include "document/document_fixtures.h"

namespace soleus::document {
namespace {

using testing::leg;

const std::string kAssets = SOLEUS_ASSETS_DIR;

std::vector<content::QuizQuestion> questions_for(const anatomy::AnatomyModel& model, std::uint32_t seed) {
  static const auto catalog = content::load_structure_catalog(kAssets + "/content/structures.json");
  static const auto learn = content::load_learn_content(kAssets + "/content/learn.json");
  return content::build_quiz(catalog, learn, quiz_structures(model), seed);
}

// A quiz whose first question is of this kind (the rest keep their order).
std::vector<content::QuizQuestion> starting_with(content::QuizKind kind) {
  auto questions = questions_for(*leg(), 5);
  const auto first = std::find_if(questions.begin(), questions.end(), [&](const auto& q) { return q.kind == kind; });
  std::rotate(questions.begin(), first, questions.end());
  return questions;
}

std::string wrong_choice(const content::QuizQuestion& q) {
  return *std::find_if(q.choices.begin(), q.choices.end(), [&](const std::string& c) { return c != q.answer; });
}

TEST(Quiz, EveryStructureQuestionNamesAStructureOfTheDefaultLeg) {
  const auto questions = questions_for(*leg(), 1);
  ASSERT_GE(questions.size(), 20u);
  for (const content::QuizQuestion& q : questions) {
    if (q.kind == content::QuizKind::MythVerdict || q.kind == content::QuizKind::Exercise) continue;
    const auto role = anatomy::role_from_id(q.subject);
    ASSERT_TRUE(role) << q.subject;
    EXPECT_GE(leg()->find(*role), 0) << q.subject;
  }
}

TEST(Quiz, ARightAnswerCountsOnceAndAWrongOneNot) {
  Document doc = make_document(leg());
  apply_command(doc, StartQuiz{starting_with(content::QuizKind::Origin)});
  ASSERT_TRUE(doc.quiz);
  const content::QuizQuestion first = *current_question(doc);
  apply_command(doc, AnswerQuiz{"not a choice"});
  EXPECT_EQ(doc.quiz->answered, 0);
  apply_command(doc, AnswerQuiz{first.answer});
  apply_command(doc, AnswerQuiz{first.answer});  // twice: still one
  EXPECT_EQ(doc.quiz->right, 1);
  EXPECT_EQ(doc.quiz->answered, 1);
  EXPECT_TRUE(answered_right(*doc.quiz));
  // The answer on the leg: the muscle asked about is selected.
  EXPECT_EQ(doc.selected, leg()->find(*anatomy::role_from_id(first.subject)));

  apply_command(doc, NextQuestion{});
  EXPECT_FALSE(doc.quiz->given);
  const content::QuizQuestion second = *current_question(doc);
  if (second.kind == content::QuizKind::FindStructure) {
    apply_command(doc, AnswerQuiz{"skin"});
  } else {
    apply_command(doc, AnswerQuiz{wrong_choice(second)});
  }
  EXPECT_EQ(doc.quiz->right, 1);
  EXPECT_EQ(doc.quiz->answered, 2);
  EXPECT_FALSE(answered_right(*doc.quiz));
  EXPECT_EQ(doc.history.undo_size(), 0u);  // the quiz is no edit
}

TEST(Quiz, ClickingAStructureAnswersAFindQuestion) {
  Document doc = make_document(leg());
  apply_command(doc, StartQuiz{starting_with(content::QuizKind::FindStructure)});
  const content::QuizQuestion q = *current_question(doc);
  const int asked = leg()->find(*anatomy::role_from_id(q.subject));
  const int other = leg()->find(q.subject == "tibia" ? anatomy::StructureRole::Fibula : anatomy::StructureRole::Tibia);
  apply_command(doc, Select{other});
  EXPECT_EQ(doc.quiz->answered, 1);
  EXPECT_EQ(doc.quiz->right, 0);
  EXPECT_EQ(doc.selected, asked);  // the right one is shown
  apply_command(doc, Select{asked});  // answered already: an ordinary selection
  EXPECT_EQ(doc.quiz->answered, 1);
  apply_command(doc, NextQuestion{});
  apply_command(doc, StopQuiz{});
  apply_command(doc, StartQuiz{starting_with(content::QuizKind::FindStructure)});
  apply_command(doc, Select{asked});
  EXPECT_EQ(doc.quiz->right, 1);
}

TEST(Quiz, AnExerciseAnswerShowsItsPoseAndStopReturnsToTheModeBefore) {
  Document doc = make_document(leg());
  apply_command(doc, SetViewMode{ViewMode::FoamRolling});
  apply_command(doc, StartQuiz{starting_with(content::QuizKind::Exercise)});
  EXPECT_EQ(doc.teach.mode, ViewMode::Anatomy);
  const content::QuizQuestion q = *current_question(doc);
  apply_command(doc, AnswerQuiz{wrong_choice(q)});
  EXPECT_EQ(doc.teach.mode, ViewMode::Stretch);
  EXPECT_EQ(doc.teach.pose, *biomech::find_exercise_pose(q.pose));
  apply_command(doc, StopQuiz{});
  EXPECT_FALSE(doc.quiz);
  EXPECT_EQ(doc.teach.mode, ViewMode::FoamRolling);
}

TEST(Quiz, AfterTheLastQuestionItIsFinishedAndAsksNothingUntilStartedAgain) {
  Document doc = make_document(leg());
  auto questions = starting_with(content::QuizKind::Origin);
  questions.resize(2);
  apply_command(doc, StartQuiz{questions});
  apply_command(doc, AnswerQuiz{current_question(doc)->answer});
  apply_command(doc, NextQuestion{});
  ASSERT_NE(current_question(doc), nullptr);
  EXPECT_EQ(doc.quiz->current, 1u);
  apply_command(doc, NextQuestion{});  // unanswered: moving on still ends the quiz
  ASSERT_TRUE(doc.quiz);
  EXPECT_TRUE(doc.quiz->finished);
  EXPECT_EQ(current_question(doc), nullptr);
  apply_command(doc, AnswerQuiz{questions[1].answer});  // nothing is asked: nothing counts
  apply_command(doc, NextQuestion{});
  EXPECT_EQ(doc.quiz->right, 1);
  EXPECT_EQ(doc.quiz->answered, 1);
  EXPECT_TRUE(doc.quiz->finished);
  apply_command(doc, StartQuiz{questions});  // Again
  EXPECT_FALSE(doc.quiz->finished);
  EXPECT_EQ(doc.quiz->answered, 0);
  EXPECT_EQ(current_question(doc)->subject, questions[0].subject);
}

TEST(Quiz, NoQuestionsNoQuiz) {
  Document doc = make_document(leg());
  apply_command(doc, StartQuiz{});
  EXPECT_FALSE(doc.quiz);
  apply_command(doc, AnswerQuiz{"soleus"});
  apply_command(doc, NextQuestion{});
  EXPECT_FALSE(doc.quiz);
}

}  // namespace
}  // namespace soleus::document
