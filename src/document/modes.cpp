#include "document/modes.h"

#include <algorithm>
#include <iterator>

namespace soleus::document {
namespace {

using scene::Subject;
using scene::ViewPreset;

constexpr ModeInfo kModes[] = {
    // mode, id, menu label, subject, runner controls, load numbers, timeline, first tab, opening view
    {ViewMode::Run, "run", "Running (load colours)", Subject::Running, true, true, Timeline::Stride, LeftTab::Run,
     std::nullopt},
    {ViewMode::Anatomy, "anatomy", "Anatomy (standing)", Subject::Standing, false, false, Timeline::None,
     LeftTab::Layers, std::nullopt},
    {ViewMode::Stretch, "stretch", "Stretches and exercises", Subject::Exercise, false, false, Timeline::Exercise,
     LeftTab::Learn, ViewPreset::Lateral},
    // The leg lies on its back on the roller (end-on from behind): from the inner side the roller,
    // the leg resting on it and the map's spots (soleus and medial gastrocnemius) are seen.
    {ViewMode::FoamRolling, "foam-rolling", "Foam rolling", Subject::FoamRolling, false, false, Timeline::Exercise,
     LeftTab::Learn, ViewPreset::Medial},
    // Two running legs, A and B; side by side they sit left and right of the lateral view.
    {ViewMode::Compare, "compare", "Compare A/B", Subject::Running, true, true, Timeline::Stride, LeftTab::Run,
     ViewPreset::Lateral},
    {ViewMode::StaticModel, "static-model", "", Subject::Standing, false, false, Timeline::None, LeftTab::Layers,
     std::nullopt},
};

}  // namespace

const ModeInfo* modes_begin() { return std::begin(kModes); }
const ModeInfo* modes_end() { return std::end(kModes); }

const ModeInfo& mode_info(ViewMode mode) {
  const auto* found = std::find_if(std::begin(kModes), std::end(kModes), [&](const ModeInfo& m) { return m.mode == mode; });
  return found != std::end(kModes) ? *found : kModes[0];
}

const char* to_string(ViewMode mode) { return mode_info(mode).id.data(); }

std::optional<ViewMode> parse_view_mode(std::string_view id) {
  for (const ModeInfo& m : kModes)
    if (m.id == id && !m.menu_label.empty()) return m.mode;
  return std::nullopt;
}

}  // namespace soleus::document
