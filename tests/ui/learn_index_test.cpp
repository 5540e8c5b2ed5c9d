#include "ui/learn_panels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace soleus::ui {
namespace {

content::LearnContent load() {
  return content::load_learn_content(std::string(SOLEUS_ASSETS_DIR) + "/content/learn.json");
}

// Every content item can be reached from the Learn tab's index (it is drawn from learn_index).
TEST(LearnIndex, ListsEveryContentItemOnce) {
  const content::LearnContent learn = load();
  const std::vector<LearnIndexItem> index = learn_index(learn);
  std::multiset<std::string> ids;
  for (const LearnIndexItem& item : index) {
    if (item.id != document::kPlannerPage && item.id != document::kFoamRollingPage) ids.insert(item.id);
    EXPECT_FALSE(item.title.empty()) << item.id;
  }
  std::vector<std::string> expected;
  for (const auto* list : {&learn.causes, &learn.solutions, &learn.prevention}) {
    for (const content::LearnEntry& e : *list) expected.push_back(e.id);
  }
  for (const content::Myth& m : learn.myths) expected.push_back(m.id);
  for (const content::Exercise& e : learn.exercises) expected.push_back(e.id);
  for (const content::RollingSpot& s : learn.foam_rolling.spots) expected.push_back(s.id);
  for (const std::string& id : expected) EXPECT_EQ(ids.count(id), 1u) << id;
  EXPECT_EQ(ids.size(), expected.size());
}

TEST(LearnIndex, HasEverySectionIncludingThePlannerAndFoamRollingPages) {
  const std::vector<LearnIndexItem> index = learn_index(load());
  for (int s = 0; s <= static_cast<int>(LearnSection::Planner); ++s) {
    const auto section = static_cast<LearnSection>(s);
    EXPECT_TRUE(std::any_of(index.begin(), index.end(), [&](const LearnIndexItem& i) { return i.section == section; }))
        << section_title(section);
  }
  auto page = [&](LearnSection section, std::string_view id) {
    return std::any_of(index.begin(), index.end(),
                       [&](const LearnIndexItem& i) { return i.section == section && i.id == id; });
  };
  EXPECT_TRUE(page(LearnSection::Planner, document::kPlannerPage));
  EXPECT_TRUE(page(LearnSection::FoamRolling, document::kFoamRollingPage));
}

TEST(LearnIndex, SectionsFollowTheContentKind) {
  const content::LearnContent learn = load();
  for (const LearnIndexItem& item : learn_index(learn)) {
    if (item.id == document::kPlannerPage || item.id == document::kFoamRollingPage) continue;  // the sections' own pages
    switch (item.section) {
      case LearnSection::Causes: EXPECT_EQ(item.id.rfind("cause_", 0), 0u) << item.id; break;
      case LearnSection::Myths: EXPECT_TRUE(learn.find_myth(item.id)) << item.id; break;
      case LearnSection::Exercises: EXPECT_TRUE(learn.find_exercise(item.id)) << item.id; break;
      case LearnSection::FoamRolling: EXPECT_TRUE(learn.find_spot(item.id)) << item.id; break;
      default: EXPECT_TRUE(learn.find_entry(item.id)) << item.id; break;
    }
  }
}

// --learn-page: every index item opens its own page and shows its subject on the leg (one
// ShowPage); a rolling spot opens the rolling page with the spot marked; unknown names change nothing.
TEST(LearnPage, EveryItemOpensItsPageAndUnknownNamesChangeNothing) {
  const content::LearnContent learn = load();
  for (const LearnIndexItem& item : learn_index(learn)) {
    ASSERT_FALSE(item.id.empty()) << item.title;
    LearnUiState state;
    document::CommandQueue commands;
    ASSERT_TRUE(open_learn_page(learn, item.id, {}, state, commands)) << item.id;
    EXPECT_TRUE(state.page_open) << item.id;
    EXPECT_EQ(state.section, item.section) << item.id;
    EXPECT_EQ(state.open_id, item.section == LearnSection::FoamRolling ? "" : item.id) << item.id;
    EXPECT_FALSE(commands.empty()) << item.id;  // what the page shows on the leg (document::page_view, tested there)
  }
  LearnUiState state;
  document::CommandQueue commands;
  ASSERT_TRUE(open_learn_page(learn, "planner", {}, state, commands));
  EXPECT_EQ(state.section, LearnSection::Planner);
  EXPECT_TRUE(state.page_open);
  for (const char* unknown : {"", "nonsense", "cause_"}) {
    LearnUiState untouched;
    document::CommandQueue none;
    EXPECT_FALSE(open_learn_page(learn, unknown, {}, untouched, none)) << unknown;
    EXPECT_FALSE(untouched.page_open) << unknown;
    EXPECT_TRUE(none.empty()) << unknown;
  }
}

// The planner's default plan, hand-computed: week 11 goes 36 -> 48 km (+33 %, above the 30 %
// jump), its ratio is 48 / mean(28, 34, 36, 48) = 1.315 (caution, not danger).
TEST(LearnPlanner, DefaultPlanWarnsAtTheJump) {
  const content::LearnContent learn = load();
  const content::PlannerThresholds thresholds = planner_thresholds(learn.planner);
  EXPECT_DOUBLE_EQ(thresholds.acwr_danger, learn.planner.acwr_danger);
  EXPECT_DOUBLE_EQ(thresholds.weekly_jump, learn.planner.weekly_jump);
  const LearnUiState state;
  const std::vector<double> weeks(state.weekly_km.begin(), state.weekly_km.end());
  const content::PlanAnalysis analysis = content::analyse_weeks(weeks, thresholds);
  ASSERT_EQ(analysis.weeks.size(), static_cast<std::size_t>(kPlannerWeeks));
  const content::WeekAnalysis& jump = analysis.weeks[10];
  ASSERT_TRUE(jump.change && jump.acwr);
  EXPECT_NEAR(*jump.change, 48.0 / 36.0 - 1.0, 1e-9);
  EXPECT_NEAR(*jump.acwr, 48.0 / 36.5, 1e-9);
  EXPECT_EQ(jump.zone, content::AcwrZone::Caution);
  const bool warned = std::any_of(analysis.warnings.begin(), analysis.warnings.end(), [](const content::PlannerWarning& w) {
    return w.week == 10 && w.kind == content::WarningKind::WeeklyJump && !w.source.empty();
  });
  EXPECT_TRUE(warned);
  for (const content::PlannerWarning& w : analysis.warnings) EXPECT_NE(w.kind, content::WarningKind::AcwrDanger);
}

}  // namespace
}  // namespace soleus::ui
