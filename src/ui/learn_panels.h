#pragma once
/// The Learn tab: causes of soleus pain, remedies, prevention, myths checked against the
/// evidence, exercise cards, foam rolling and the training-load planner, each with a "show me"
/// that configures the model and the 3D view. Text comes from assets/content/learn.json.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/learn.h"
#include "content/planner.h"
#include "document/document.h"
#include "document/show_me.h"

namespace soleus::ui {

/// Sections of the Learn tab's index, in display order.
enum class LearnSection { Causes, Solutions, Prevention, Myths, Exercises, FoamRolling, Planner };

/// The section that lists a learn.json list ("causes", "solutions", "prevention", "myths",
/// "exercises", "foam_rolling", "planner"), or nullopt.
std::optional<LearnSection> section_for_list(std::string_view list);

/// Heading of a section as the tab shows it in the language shown, e.g. "Evidence check" for the myths.
const char* section_title(LearnSection section);

/// One line of the Learn tab's index: clicking it opens the item.
struct LearnIndexItem {
  LearnSection section;
  std::string id;     ///< page id: a content id (entry, myth, exercise or spot), or document::kFoamRollingPage / document::kPlannerPage
  std::string title;  ///< what the line shows
};

/// Everything the Learn tab lists, section by section: every cause, solution, prevention entry,
/// myth, exercise and rolling spot, plus the foam-rolling and planner pages.
std::vector<LearnIndexItem> learn_index(const content::LearnContent& learn);

/// The planner thresholds the content states (learn.json repeats the published values).
content::PlannerThresholds planner_thresholds(const content::PlannerGuidance& guidance);

/// Number of weeks the planner edits: recent weeks already run, then planned ones.
inline constexpr int kPlannerRecentWeeks = 4;
inline constexpr int kPlannerWeeks = 12;

/// UI-only state of the Learn tab.
struct LearnUiState {
  LearnSection section = LearnSection::Causes;  ///< section of the open page
  std::string open_id;                           ///< open item ("" with page_open = the section page)
  bool page_open = false;                        ///< false: the index is shown
  std::optional<LearnSection> open_section;      ///< a section the index opens in its next frame
  // The comparison table of the open "Show me" (document::solve_comparison), solved again only when
  // the item or the runner's own settings change.
  std::string table_id;
  biomech::Conditions table_base;
  document::Comparison table;
  // Hold timer of the open exercise card (ImGui clock, s).
  bool timer_running = false;
  double timer_start_s = 0.0;
  // Planner: weekly km (recent, then plan) and the transition target.
  std::array<float, kPlannerWeeks> weekly_km{22, 24, 25, 26, 28, 30, 33, 28, 34, 36, 48, 30};
  int transition_strike = 2;      ///< 0 rearfoot, 1 midfoot, 2 forefoot
  float transition_drop_mm = 4.0f;
};

/// Opens the page `id` names (the id of any learn_index() item) and pushes what it shows on
/// the leg (document::page_view), from the runner's own settings `own`. Returns false, changing nothing,
/// when no page has that name.
bool open_learn_page(const content::LearnContent& learn, std::string_view id, const biomech::Conditions& own,
                     LearnUiState& state, document::CommandQueue& commands);

/// Draws the Learn tab's content (inside the current window). `learn` is null when the content
/// file could not be loaded.
void draw_learn_tab(const document::Document& doc, const scene::FrameSpec& frame, const content::LearnContent* learn,
                    LearnUiState& state, document::CommandQueue& commands);

/// The content's foam-rolling map in the scene's terms.
scene::RollingMap rolling_map(const content::FoamRolling& rolling);

}  // namespace soleus::ui
