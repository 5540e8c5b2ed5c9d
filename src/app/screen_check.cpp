#include "app/screen_check.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "ui/learn_panels.h"

namespace soleus::app {
namespace {

constexpr float kTolerancePixels = 1.5f;  // rounding at the edges of rectangles

float overlap(float a0, float a1, float b0, float b1) { return std::min(a1, b1) - std::max(a0, b0); }

}  // namespace

std::vector<Screen> every_screen(const ui::UiContent& content, bool model_set) {
  std::vector<const document::ModeInfo*> modes;
  for (const document::ModeInfo* m = document::modes_begin(); m != document::modes_end(); ++m)
    if (!m->menu_label.empty()) modes.push_back(m);
  std::vector<Screen> screens;
  for (const document::ModeInfo* m : modes) {
    if (m->mode == document::ViewMode::Compare) {  // one leg or two, each placed differently
      for (const auto& [layout, id] : {std::pair{scene::PairLayout::SideBySide, "side-by-side"},
                                       std::pair{scene::PairLayout::Overlay, "overlay"},
                                       std::pair{scene::PairLayout::Difference, "difference"}}) {
        const std::string name = "mode compare " + std::string(id);
        screens.push_back({name, "", m->mode, false, layout});
        screens.push_back({name + ", panels hidden", "", m->mode, true, layout});
      }
      continue;
    }
    screens.push_back({"mode " + std::string(m->id), "", m->mode, false, std::nullopt});
    screens.push_back({"mode " + std::string(m->id) + ", panels hidden", "", m->mode, true, std::nullopt});
  }
  screens.push_back({"mode run, labels", "", document::ViewMode::Run, false, std::nullopt, true});
  // One cut, not a tour of them: the names on the cut and the view from above stay in the clear.
  screens.push_back({"mode anatomy, section axial:0.30", "", document::ViewMode::Anatomy, false, std::nullopt, false,
                     scene::Section{scene::SectionAxis::Axial, 0.30f}});
  // One screen of the quiz, not a tour of its questions, and its end.
  screens.push_back({"quiz", "", std::nullopt, false, std::nullopt, false, std::nullopt, true});
  screens.push_back({"quiz, finished", "", std::nullopt, false, std::nullopt, false, std::nullopt, true, true});
  if (model_set)
    screens.push_back({"model set", "", document::ViewMode::Run, false, std::nullopt, false, std::nullopt, false, false, true});
  if (!content.learn) return screens;
  for (const ui::LearnIndexItem& item : ui::learn_index(*content.learn)) {
    screens.push_back({"page " + item.id, item.id, std::nullopt, false, std::nullopt});
    for (const document::ModeInfo* m : modes)
      screens.push_back({"page " + item.id + ", mode " + std::string(m->id), item.id, m->mode, false, std::nullopt});
  }
  return screens;
}

std::vector<std::string> layout_problems(const ScreenRect& content, const std::vector<ScreenRect>& panels, float width,
                                         float height) {
  std::vector<std::string> problems;
  if (content.right <= content.left || content.bottom <= content.top) {
    problems.push_back("nothing is shown in the 3D view");
    return problems;
  }
  if (content.left < -kTolerancePixels || content.top < -kTolerancePixels || content.right > width + kTolerancePixels ||
      content.bottom > height + kTolerancePixels)
    problems.push_back("the 3D content is cut off by the window's edge");
  for (const ScreenRect& panel : panels) {
    if (overlap(content.left, content.right, panel.left, panel.right) > kTolerancePixels &&
        overlap(content.top, content.bottom, panel.top, panel.bottom) > kTolerancePixels)
      problems.push_back("the 3D content lies under the panel '" + panel.name + "'");
  }
  return problems;
}

ScreenRect project_points(const std::vector<Vec3>& points, const scene::OrbitCamera& camera, float width, float height) {
  const Mat4 to_clip = camera.projection(width / std::max(height, 1.0f)) * camera.view();
  ScreenRect rect{"content", std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
                  std::numeric_limits<float>::lowest(), std::numeric_limits<float>::lowest()};
  for (const Vec3& p : points) {
    const Vec4 clip = to_clip * Vec4(p, 1.0f);
    if (clip.w <= 0.0f) continue;  // behind the eye
    const float x = (clip.x / clip.w * 0.5f + 0.5f) * width;
    const float y = (0.5f - clip.y / clip.w * 0.5f) * height;
    rect.left = std::min(rect.left, x);
    rect.right = std::max(rect.right, x);
    rect.top = std::min(rect.top, y);
    rect.bottom = std::max(rect.bottom, y);
  }
  return rect;
}

}  // namespace soleus::app
