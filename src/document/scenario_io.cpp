#include "document/scenario_io.h"

#include "core/log.h"

namespace soleus::document {

std::optional<Scenario> open_scenario(Document& doc, const std::filesystem::path& path) {
  Scenario scenario;
  try {
    scenario = read_scenario(path);
  } catch (const FileError& e) {
    doc.last_error = content::Phrase::with_detail("message.scenario_not_opened", e.what());  // nothing applied
    core::log_error(e.what());
    return std::nullopt;
  }
  const std::size_t mark = doc.history.recorded();
  apply_command(doc, SetConditions{scenario.a});
  // The file says what is on screen: its B starts (or replaces) the comparison, no B ends one.
  if (scenario.b) {
    apply_command(doc, StartCompare{scenario.b});
    if (scenario.layout) apply_command(doc, SetCompareLayout{*scenario.layout});
  } else if (doc.compare) {
    apply_command(doc, StopCompare{});
  }
  if (scenario.mode) apply_command(doc, SetViewMode{*scenario.mode});
  if (scenario.view) apply_command(doc, SetView{*scenario.view});  // also over the mode's own view
  doc.history.squash_since(mark, content::Phrase{"edit.open_scenario", {}, {{"file", content::Phrase::text(path.filename().string())}}});  // one step to undo
  core::log_info("opened scenario " + path.string());
  return scenario;
}

bool open_dropped_file(Document& doc, const std::filesystem::path& path) {
  if (path.extension() == ".json") return open_scenario(doc, path).has_value();
  apply_command(doc, LoadModel{path});
  return false;
}

Scenario current_scenario(const Document& doc) {
  Scenario scenario;
  scenario.a = own_conditions(doc);
  scenario.mode = doc.page.id.empty() ? doc.teach.mode : doc.page.own_mode;
  scenario.view = scene::nearest_view_preset(doc.camera.yaw);
  if (doc.compare) {
    scenario.b = doc.compare->conditions;
    scenario.layout = doc.compare->layout;
  }
  return scenario;
}

bool save_scenario(Document& doc, const std::filesystem::path& path) {
  try {
    write_scenario(path, current_scenario(doc));
  } catch (const FileError& e) {
    doc.last_error = content::Phrase::with_detail("message.scenario_not_saved", e.what());
    core::log_error(e.what());
    return false;
  }
  return true;
}

}  // namespace soleus::document
