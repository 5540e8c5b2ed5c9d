#include "content/quiz.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include "common/paths.h"

namespace soleus::content {
namespace {

using testing::kLearnJson;
using testing::kStructuresJson;

std::vector<std::string> every_structure(const StructureCatalog& catalog) {
  std::vector<std::string> ids;
  for (const StructureEntry& entry : catalog.structures) ids.push_back(entry.id);
  return ids;
}

struct QuizContent : ::testing::Test {
  StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  LearnContent learn = load_learn_content(kLearnJson);
};

TEST_F(QuizContent, EveryKindIsAskedAndEveryAnswerIsAmongItsChoices) {
  const auto questions = build_quiz(catalog, learn, every_structure(catalog), 1);
  std::set<QuizKind> kinds;
  for (const QuizQuestion& q : questions) {
    kinds.insert(q.kind);
    if (q.kind == QuizKind::FindStructure) {
      EXPECT_TRUE(q.choices.empty());
      EXPECT_EQ(q.answer, q.subject);
      continue;
    }
    EXPECT_GE(q.choices.size(), 2u) << q.subject;
    EXPECT_LE(q.choices.size(), 4u) << q.subject;
    EXPECT_EQ(std::count(q.choices.begin(), q.choices.end(), q.answer), 1) << q.subject;
    EXPECT_EQ(std::set<std::string>(q.choices.begin(), q.choices.end()).size(), q.choices.size()) << q.subject;
  }
  EXPECT_EQ(kinds.size(), 5u);
}

TEST_F(QuizContent, ChoicesSayDifferentThingsAndTheRightOneIsTheContents) {
  for (const QuizQuestion& q : build_quiz(catalog, learn, every_structure(catalog), 2)) {
    if (q.kind == QuizKind::Origin || q.kind == QuizKind::Insertion) {
      std::set<std::string> texts;
      for (const std::string& id : q.choices) {
        const StructureEntry* entry = catalog.find(id);
        ASSERT_TRUE(entry && entry->muscle) << id;
        texts.insert(q.kind == QuizKind::Origin ? entry->muscle->origin : entry->muscle->insertion);
      }
      EXPECT_EQ(texts.size(), q.choices.size()) << q.subject;
    } else if (q.kind == QuizKind::Exercise) {
      for (const std::string& id : q.choices) {
        const auto exercise = std::find_if(learn.exercises.begin(), learn.exercises.end(),
                                           [&](const Exercise& e) { return e.id == id; });
        ASSERT_NE(exercise, learn.exercises.end()) << id;
        EXPECT_EQ(exercise->target_muscle == q.subject, id == q.answer) << id;
      }
    } else if (q.kind == QuizKind::MythVerdict) {
      const auto myth = std::find_if(learn.myths.begin(), learn.myths.end(), [&](const Myth& m) { return m.id == q.subject; });
      ASSERT_NE(myth, learn.myths.end());
      EXPECT_EQ(q.answer, myth->verdict);
    }
  }
}

TEST_F(QuizContent, TheForefootMythAndTheSoleusStretchAreAsked) {
  const auto questions = build_quiz(catalog, learn, every_structure(catalog), 3);
  const auto asks = [&](QuizKind kind, const std::string& subject, const std::string& answer) {
    return std::any_of(questions.begin(), questions.end(), [&](const QuizQuestion& q) {
      return q.kind == kind && q.subject == subject && q.answer == answer;
    });
  };
  EXPECT_TRUE(asks(QuizKind::MythVerdict, "myth_heel_strike_calf", "misleading"));
  EXPECT_TRUE(asks(QuizKind::Exercise, "soleus", "stretch_bent_knee_wall"));
  EXPECT_TRUE(asks(QuizKind::FindStructure, "soleus", "soleus"));
}

TEST_F(QuizContent, OnlyStructuresTheModelShowsAreAsked) {
  const std::vector<std::string> shown{"soleus", "tibia", "gastrocnemius_medial", "tibialis_anterior"};
  for (const QuizQuestion& q : build_quiz(catalog, learn, shown, 4)) {
    if (q.kind != QuizKind::FindStructure && q.kind != QuizKind::Origin && q.kind != QuizKind::Insertion) continue;
    EXPECT_TRUE(std::count(shown.begin(), shown.end(), q.subject)) << q.subject;
    for (const std::string& id : q.choices) EXPECT_TRUE(std::count(shown.begin(), shown.end(), id)) << id;
  }
}

std::vector<std::string> order(const std::vector<QuizQuestion>& questions) {
  std::vector<std::string> out;
  for (const QuizQuestion& q : questions) out.push_back(std::string(quiz_prompt_key(q.kind)) + q.subject + q.answer);
  return out;
}

TEST_F(QuizContent, OneSeedOneOrderAnotherSeedAnotherAndNoSubjectTwiceInARow) {
  const auto shown = every_structure(catalog);
  const auto a = build_quiz(catalog, learn, shown, 7);
  EXPECT_EQ(order(a), order(build_quiz(catalog, learn, shown, 7)));
  EXPECT_NE(order(a), order(build_quiz(catalog, learn, shown, 8)));
  for (std::uint32_t seed = 0; seed < 20; ++seed) {
    const auto questions = build_quiz(catalog, learn, shown, seed);
    for (std::size_t i = 1; i < questions.size(); ++i) {
      EXPECT_NE(questions[i].subject, questions[i - 1].subject) << "seed " << seed << " question " << i;
    }
  }
}

}  // namespace
}  // namespace soleus::content
