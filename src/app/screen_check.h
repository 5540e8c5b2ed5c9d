#pragma once
/// --check-screens: every mode and every Learn page, rendered in turn in one window, each
/// checked for what a user would see go wrong: OpenGL errors, warnings, and 3D content under a
/// panel (OpenSim Creator's panel smoke test idea). The checks here are pure; the viewer renders.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "ui/app_ui.h"

namespace soleus::app {

/// One screen of the tour, reached from the runner's own stride: a Learn page opened (which shows
/// its subject), then a mode chosen (as a user may, with the page still open), with or without
/// the side panels (Tab).
struct Screen {
  std::string name;                          ///< "mode run", "page planner", "page planner, mode anatomy"
  std::string learn_page;                    ///< "" = none
  std::optional<document::ViewMode> mode;    ///< none = what the page shows
  bool panels_hidden = false;                ///< Tab pressed: the legend floats over the view
  std::optional<scene::PairLayout> layout;   ///< the Compare mode's layout (none: side by side)
  bool labels = false;                       ///< leader-line labels on
  std::optional<scene::Section> section{};   ///< a cross-section cutting the leg (none: uncut)
  bool quiz = false;                         ///< the students' quiz open (kScreenQuizSeed's first question)
  bool quiz_finished = false;                ///< and moved on past its last question: the score
  bool model_set = false;                    ///< File > Model set open (a model set only)
};

/// The quiz screen's question order: one fixed order, so the check sees the same screen each run.
inline constexpr std::uint32_t kScreenQuizSeed = 1;

/// Every selectable mode with and without the side panels (the Compare mode in each of its
/// layouts); the running leg with its labels; the standing leg cut across at mid-calf (its names
/// on the cut); the quiz open; File > Model set open when the model is a set (`model_set`); every
/// Learn page alone and then in every mode.
std::vector<Screen> every_screen(const ui::UiContent& content, bool model_set);

/// A screen-space rectangle (pixels, y down).
struct ScreenRect {
  std::string name;
  float left = 0.0f, top = 0.0f, right = 0.0f, bottom = 0.0f;
};

/// What is wrong with a screen's layout: content outside the window, or under a panel. `content`
/// is the 3D content's projected rectangle; `panels` the UI windows drawn.
std::vector<std::string> layout_problems(const ScreenRect& content, const std::vector<ScreenRect>& panels, float width,
                                         float height);

/// The rectangle that the points cover on screen (window pixels, y down) through `camera`.
ScreenRect project_points(const std::vector<Vec3>& points, const scene::OrbitCamera& camera, float width, float height);

}  // namespace soleus::app
