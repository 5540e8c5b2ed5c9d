#pragma once
/// The words for the tables below the ui (the load model's parameters and presets, the exercise
/// poses, the modes, the audiences, the structure groups), in the language shown. Those tables
/// keep their English for the command line, --help and reports; on screen their rows are named
/// by id from the string table, so a new row needs its keys (tests/ui/strings_test.cpp checks
/// every row of every table in every language). Keys:
///   param.<id>, param.<id>.tip, param.<id>.auto (the "model chooses" checkbox), param.<id>.words
///   ("{value} mm drop"), strike.<id>, strike.<id>.tip, shoe.<id>, shoe.<id>.tip, pose.<id>,
///   mode.<id>, audience.<id>, audience.<id>.tip, group.<id>; and the keys of the phrases made
///   below the ui (undo step names edit.*, compare rows compare.row.*, metrics metric.<key>,
///   a case's inputs input.*,
///   the colour legend's quantity legend.*).
#include <string>

#include "anatomy/structure_role.h"
#include "biomech/exercises.h"
#include "biomech/parameters.h"
#include "document/audience.h"
#include "document/compare_numbers.h"
#include "document/modes.h"
#include "scene/frame.h"

namespace soleus::ui {

const char* parameter_label(const biomech::Parameter& parameter);
const char* parameter_help(const biomech::Parameter& parameter);
const char* automatic_label(const biomech::Parameter& parameter);  ///< only for parameters with `automatic`
/// A value in words, "10 mm drop" / "鞋跟差 10 mm"; `number` already formatted.
std::string parameter_in_words(const biomech::Parameter& parameter, const std::string& number);
const char* strike_label(const biomech::StrikePresetInfo& preset);
const char* strike_help(const biomech::StrikePresetInfo& preset);
const char* shoe_label(const biomech::ShoePresetInfo& preset);
const char* shoe_help(const biomech::ShoePresetInfo& preset);
const char* pose_title(biomech::ExercisePose pose);
const char* mode_label(const document::ModeInfo& mode);
const char* audience_label(const document::AudienceInfo& audience);
const char* audience_help(const document::AudienceInfo& audience);
const char* group_name(anatomy::StructureGroup group);
/// A row of the A/B table (document::compare_rows), "Soleus peak" / "比目鱼肌峰值".
const char* compare_row_label(const document::CompareRow& row);
/// A "Show me" metric's row label (document::metric_label_phrase), "Soleus peak force".
std::string metric_label(std::string_view metric_key);
/// The colour legend's quantity (scene::Legend::quantity_key), "Force now" / "当前受力".
const char* legend_quantity(const scene::Legend& legend);

/// Every key the tables above need, for the test that finds them in every language.
std::vector<std::string> vocabulary_keys();

}  // namespace soleus::ui
