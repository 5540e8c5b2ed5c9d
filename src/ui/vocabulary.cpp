#include "ui/vocabulary.h"

#include "content/learn.h"
#include "content/quiz.h"
#include "document/compare_numbers.h"
#include "document/edit_names.h"
#include "document/show_me.h"
#include "ui/text.h"

namespace soleus::ui {
namespace {

std::string key(std::string_view prefix, std::string_view id, std::string_view suffix = {}) {
  std::string k(prefix);
  k += '.';
  k += id;
  k += suffix;
  return k;
}

// Every structure group, in the Layers tab's order.
constexpr anatomy::StructureGroup kGroups[] = {anatomy::StructureGroup::Bone,   anatomy::StructureGroup::Muscle,
                                               anatomy::StructureGroup::Tendon, anatomy::StructureGroup::Fascia,
                                               anatomy::StructureGroup::Skin,   anatomy::StructureGroup::Other};

}  // namespace

const char* parameter_label(const biomech::Parameter& p) { return tr(key("param", p.id).c_str()); }
const char* parameter_help(const biomech::Parameter& p) { return tr(key("param", p.id, ".tip").c_str()); }
const char* automatic_label(const biomech::Parameter& p) { return tr(key("param", p.id, ".auto").c_str()); }
std::string parameter_in_words(const biomech::Parameter& p, const std::string& number) {
  return trf(key("param", p.id, ".words").c_str(), {{"value", number}});
}
const char* strike_label(const biomech::StrikePresetInfo& preset) { return tr(key("strike", preset.id).c_str()); }
const char* strike_help(const biomech::StrikePresetInfo& preset) { return tr(key("strike", preset.id, ".tip").c_str()); }
const char* shoe_label(const biomech::ShoePresetInfo& preset) { return tr(key("shoe", preset.id).c_str()); }
const char* shoe_help(const biomech::ShoePresetInfo& preset) { return tr(key("shoe", preset.id, ".tip").c_str()); }
const char* pose_title(biomech::ExercisePose pose) {
  return tr(key("pose", biomech::exercise_info(pose).id).c_str());
}
const char* mode_label(const document::ModeInfo& mode) { return tr(key("mode", mode.id).c_str()); }
const char* audience_label(const document::AudienceInfo& a) {
  return tr(key("audience", content::to_string(a.audience)).c_str());
}
const char* audience_help(const document::AudienceInfo& a) {
  return tr(key("audience", content::to_string(a.audience), ".tip").c_str());
}
const char* group_name(anatomy::StructureGroup group) { return tr(key("group", anatomy::group_id(group)).c_str()); }
const char* compare_row_label(const document::CompareRow& row) { return tr(std::string(row.key).c_str()); }
std::string metric_label(std::string_view metric_key) { return say(document::metric_label_phrase(metric_key)); }
const char* legend_quantity(const scene::Legend& legend) {
  return legend.quantity_key.empty() ? legend.quantity.c_str() : tr(legend.quantity_key.c_str());
}

std::vector<std::string> vocabulary_keys() {
  std::vector<std::string> keys;
  for (const content::QuizKind kind : {content::QuizKind::FindStructure, content::QuizKind::Origin,
                                       content::QuizKind::Insertion, content::QuizKind::Exercise,
                                       content::QuizKind::MythVerdict})
    keys.emplace_back(content::quiz_prompt_key(kind));
  for (const biomech::Parameter& p : biomech::parameters()) {
    keys.push_back(key("param", p.id));
    keys.push_back(key("param", p.id, ".tip"));
    keys.push_back(key("param", p.id, ".words"));
    if (!p.automatic.label.empty()) keys.push_back(key("param", p.id, ".auto"));
  }
  for (const auto& preset : biomech::strike_presets()) {
    keys.push_back(key("strike", preset.id));
    keys.push_back(key("strike", preset.id, ".tip"));
  }
  for (const auto& preset : biomech::shoe_presets()) {
    keys.push_back(key("shoe", preset.id));
    keys.push_back(key("shoe", preset.id, ".tip"));
  }
  for (const auto& pose : biomech::exercise_poses()) keys.push_back(key("pose", pose.id));
  for (const document::ModeInfo* m = document::modes_begin(); m != document::modes_end(); ++m)
    if (!m->id.empty() && !m->menu_label.empty()) keys.push_back(key("mode", m->id));
  for (const document::AudienceInfo* a = document::audiences_begin(); a != document::audiences_end(); ++a) {
    keys.push_back(key("audience", content::to_string(a->audience)));
    keys.push_back(key("audience", content::to_string(a->audience), ".tip"));
  }
  for (const anatomy::StructureGroup g : kGroups) keys.push_back(key("group", anatomy::group_id(g)));
  for (const scene::SectionAxis a : scene::kSectionAxes) keys.push_back(key("section.axis", scene::to_string(a)));
  // The phrases made below the ui: undo step names, ...
  for (std::string& k : document::edit_name_keys()) keys.push_back(std::move(k));
  // ... the compare table's rows, the Show me metrics and the inputs of its cases.
  for (std::string& k : document::compare_row_keys()) keys.push_back(std::move(k));
  for (std::string& k : document::metric_label_keys()) keys.push_back(std::move(k));
  for (std::string& k : content::describe_keys()) keys.push_back(std::move(k));
  // ... and the colour legend's quantities (document.cpp, compare.cpp).
  for (const char* k : {"legend.force_now", "legend.force_now_capacity", "legend.stretch", "legend.rolling_map",
                        "legend.difference", "legend.difference_capacity"})
    keys.emplace_back(k);
  return keys;
}

}  // namespace soleus::ui
