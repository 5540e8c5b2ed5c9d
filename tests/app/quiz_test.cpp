// The students' quiz through the real binary: --quiz opens it, and a click (--select) on the
// structure a "find" question names answers it right, which the score and feedback show.
#include <gtest/gtest.h>

#include "anatomy/anatomy_model.h"
#include "content/learn.h"
#include "content/quiz.h"
#include "content/structures.h"
#include "document/quiz.h"
#include "run_app.h"

namespace soleus::testing {
namespace {

struct FindQuestion {
  std::uint32_t seed = 0;
  std::string subject;
};

// A seed whose first question is "find the ...", for the lite leg the captures load.
FindQuestion first_find_question() {
  const std::string assets = SOLEUS_ASSETS_DIR;
  const auto catalog = content::load_structure_catalog(assets + "/content/structures.json");
  const auto learn = content::load_learn_content(assets + "/content/learn.json");
  const auto model = anatomy::load_anatomy_model(assets + "/models/lower_leg_lite.glb", anatomy::RoleTable::with_defaults());
  for (std::uint32_t seed = 1; seed < 200; ++seed) {
    const auto questions = content::build_quiz(catalog, learn, document::quiz_structures(model), seed);
    if (questions.front().kind == content::QuizKind::FindStructure && questions.front().subject != "tibia")
      return {seed, questions.front().subject};
  }
  return {};
}

TEST(AppQuiz, OpensAndAClickOnTheNamedStructureScores) {
  REQUIRE_DISPLAY();
  const FindQuestion find = first_find_question();
  ASSERT_FALSE(find.subject.empty());
  auto capture = [&](const std::string& name, const std::string& extra) {
    const auto out = temp_png("quiz_" + name);
    const std::string args = "--width 1280 --height 720 --detail lite --mode anatomy --quiz-seed " +
                             std::to_string(find.seed) + " " + extra + " --screenshot " + out.string();
    const RunResult run = run_app(args);
    EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.output;
    return load_png(out);
  };
  const Image without = capture("without", "");
  const Image open = capture("open", "--quiz");
  const Image right = capture("right", "--quiz --select " + find.subject);
  const Image wrong = capture("wrong", "--quiz --select tibia");
  ASSERT_EQ(open.width, 1280);
  EXPECT_GT(changed_pixels(without, open), 2000u);  // the quiz tab and its question
  EXPECT_GT(changed_pixels(open, right), 500u);     // feedback, score 1 of 1, the structure selected
  EXPECT_GT(changed_pixels(right, wrong), 500u);    // "Right!" against the right answer in words
  const RunResult bad = run_app("--quiz-seed -3");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("--quiz-seed"), std::string::npos) << bad.output;
}

}  // namespace
}  // namespace soleus::testing
