#include "handout/explain.h"

#include <gtest/gtest.h>

#include "biomech/parameters.h"
#include "handout_strings.h"
#include "learn_content.h"

namespace soleus::handout {
namespace {

biomech::SolvedStride solve(double strike_index, double drop_m) {
  biomech::Conditions c;
  c.strike.strike_index = strike_index;
  c.shoe.drop_m = drop_m;
  return biomech::solve_stride(c);
}

TEST(ExplainChanges, NamesEachChangedInputWithBothValuesAndQuotesItsCause) {
  const auto changes = explain_changes(solve(0.15, 0.010), solve(0.8, 0.0), &learn(), english());
  ASSERT_EQ(changes.size(), 3u);  // strike, drop, then the model's result
  EXPECT_NE(changes[0].what.find("rearfoot"), std::string::npos) << changes[0].what;
  EXPECT_NE(changes[0].what.find("forefoot"), std::string::npos) << changes[0].what;
  // The why is the Learn entry's own words, with its sources.
  const content::LearnEntry* form = learn().find_entry("cause_running_form");
  ASSERT_NE(form, nullptr);
  EXPECT_EQ(changes[0].source_title, form->title);
  EXPECT_EQ(changes[0].why.rfind(form->summary, 0), 0u);
  EXPECT_EQ(changes[0].evidence.size(), form->evidence.size());
  EXPECT_NE(changes[1].what.find("10 mm"), std::string::npos) << changes[1].what;
  EXPECT_NE(changes[1].what.find("0 mm"), std::string::npos) << changes[1].what;
  EXPECT_EQ(changes[1].source_title, learn().find_entry("cause_footwear")->title);
  EXPECT_NE(changes[2].what.find("peak force"), std::string::npos);
  EXPECT_TRUE(changes[2].why.empty());  // a number of the model, not a claim
}

TEST(ExplainChanges, SameConditionsGiveOnlyTheResultLine) {
  const auto changes = explain_changes(solve(0.15, 0.010), solve(0.15, 0.010), &learn(), english());
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_NE(changes[0].what.find("no change"), std::string::npos) << changes[0].what;
}

TEST(ExplainChanges, WithoutContentThereIsNoWhy) {
  const auto changes = explain_changes(solve(0.15, 0.010), solve(0.8, 0.010), nullptr, english());
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_TRUE(changes[0].why.empty());
  EXPECT_TRUE(changes[0].evidence.empty());
}

TEST(ChangePercentText, SignRoundingAndZero) {
  EXPECT_EQ(change_percent_text(2.0, 2.5, english()), "+25 %");
  EXPECT_EQ(change_percent_text(2.0, 1.5, english()), "-25 %");
  EXPECT_EQ(change_percent_text(2.0, 2.001, english()), "no change");
  EXPECT_EQ(change_percent_text(0.0, 1.0, english()), "n/a");
}

}  // namespace
}  // namespace soleus::handout
