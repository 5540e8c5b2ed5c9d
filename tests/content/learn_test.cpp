#include "content/learn.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "biomech/parameters.h"
#include "content/planner.h"
#include "content/structures.h"
#include "common/paths.h"

namespace soleus::content {
namespace {

using testing::kLearnJson;
using testing::kStructuresJson;

void expect_complete_evidence(const std::vector<Citation>& evidence, const std::string& id) {
  for (const Citation& c : evidence) {
    EXPECT_FALSE(c.authors.empty()) << id;
    EXPECT_GE(c.year, 1950) << id;
    EXPECT_FALSE(c.journal.empty()) << id;
    EXPECT_FALSE(c.finding.empty()) << id;
  }
}

void expect_valid_show_me(const ShowMe& s, const std::string& id) {
  EXPECT_FALSE(s.compare.empty()) << id;
  for (const ShowMeCase& c : s.compare) {
    EXPECT_FALSE(c.label.empty()) << id;
    for (const auto& [key, value] : c.set) EXPECT_TRUE(is_allowed_input_key(key)) << id << ": " << key;
  }
  for (const std::string& m : s.metrics) EXPECT_TRUE(is_allowed_metric_key(m)) << id << ": " << m;
  if (s.mode == "run") {
    EXPECT_FALSE(s.metrics.empty()) << id;
  }
  EXPECT_FALSE(s.look_for.empty()) << id;
}

// Text explains; numbers about the runner come from the model. A paragraph must not quote a
// model output such as "5.2 BW" or "3400 N".
void expect_no_model_numbers(const std::vector<std::string>& paragraphs, const std::string& id) {
  const std::regex model_number(R"(\d+(\.\d+)?\s*(BW|N\b|kN|N·m|Nm|BW·s))");
  for (const std::string& p : paragraphs) {
    EXPECT_FALSE(std::regex_search(p, model_number)) << id << " quotes a load number: " << p;
  }
}

TEST(ContentLearn, DescribesInputsAsPhrasesInEveryLanguage) {
  const auto root = std::filesystem::path(SOLEUS_ASSETS_DIR) / "strings";
  const Strings english = Strings::load_language(root, Language::English);
  const std::vector<std::pair<std::pair<std::string, InputValue>, std::string>> inputs = {
      {{"speed", 3.5}, "3.5 m/s"},
      {{"strike", std::string("forefoot")}, "forefoot"},
      {{"strike", 0.3}, "strike index 0.3"},
      {{"shoe", std::string("maximal")}, "maximal shoe"},
      {{"plate", true}, "carbon plate"},
      {{"plate", false}, "no plate"},
      {{"drop_mm", 10.0}, "10 mm drop"},
      {{"cadence_change", 0.05}, "+5 % cadence"},
      {{"cadence_change", -0.1}, "-10 % cadence"},
      {{"fatigue", 0.6}, "fatigue 0.6"}};
  for (const auto& [input, words] : inputs)
    EXPECT_EQ(english.say(describe_input_phrase(input.first, input.second)), words) << input.first;
  ShowMeCase c;
  EXPECT_EQ(english.say(describe_case_phrase(c)), "current settings");
  c.set["drop_mm"] = 0.0;
  c.set["shoe"] = std::string("neutral");
  c.set["speed"] = 4.0;
  EXPECT_EQ(english.say(describe_case_phrase(c)), "neutral shoe, 0 mm drop, 4 m/s");
  const Strings chinese = Strings::load_language(root, Language::SimplifiedChinese);
  EXPECT_NE(chinese.say(describe_case_phrase(c)), english.say(describe_case_phrase(c)));
  for (const std::string& key : describe_keys()) {
    EXPECT_TRUE(english.contains(key)) << key;
    EXPECT_TRUE(chinese.contains(key)) << key;
  }
}

TEST(ContentLearn, ShippedFileParses) {
  const LearnContent c = load_learn_content(kLearnJson);
  EXPECT_EQ(c.source, kLearnJson);
}

TEST(ContentLearn, CoversIssueSixList) {
  const LearnContent c = load_learn_content(kLearnJson);
  EXPECT_EQ(c.causes.size(), 5u);
  EXPECT_EQ(c.solutions.size(), 7u);
  EXPECT_EQ(c.prevention.size(), 5u);
  for (const char* id : {"cause_overuse", "cause_running_form", "cause_calf_stiffness", "cause_training_errors",
                         "cause_footwear", "sol_adjust_form", "sol_stretching", "sol_foam_rolling", "sol_strength",
                         "sol_footwear", "sol_rest_cross_training", "sol_see_professional", "prev_gradual_volume",
                         "prev_cross_training", "prev_warm_up_cool_down", "prev_shoes_alignment",
                         "prev_listen_to_body"}) {
    EXPECT_NE(c.find_entry(id), nullptr) << id;
  }
  for (const char* id : {"myth_heel_strike_calf", "myth_more_cushioning", "myth_ten_percent_rule", "myth_foam_rolling"}) {
    EXPECT_NE(c.find_myth(id), nullptr) << id;
  }
}

TEST(ContentLearn, EveryEntryHasTitleTextAndEvidence) {
  const LearnContent c = load_learn_content(kLearnJson);
  for (const auto* list : {&c.causes, &c.solutions, &c.prevention}) {
    for (const LearnEntry& e : *list) {
      EXPECT_FALSE(e.title.empty()) << e.id;
      EXPECT_FALSE(e.summary.empty()) << e.id;
      EXPECT_FALSE(e.paragraphs.empty()) << e.id;
      for (const std::string& p : e.paragraphs) EXPECT_LT(p.size(), 420u) << e.id << ": keep paragraphs short";
      EXPECT_FALSE(e.evidence.empty()) << e.id;
      expect_complete_evidence(e.evidence, e.id);
      expect_no_model_numbers(e.paragraphs, e.id);
    }
  }
  for (const Myth& m : c.myths) {
    EXPECT_FALSE(m.claim.empty()) << m.id;
    EXPECT_FALSE(m.paragraphs.empty()) << m.id;
    EXPECT_FALSE(m.evidence.empty()) << m.id;
    expect_complete_evidence(m.evidence, m.id);
    expect_no_model_numbers(m.paragraphs, m.id);
  }
}

TEST(ContentLearn, CausesAndRemediesHaveValidShowMe) {
  const LearnContent c = load_learn_content(kLearnJson);
  for (const LearnEntry& e : c.causes) {
    ASSERT_TRUE(e.show_me.has_value()) << e.id;
    expect_valid_show_me(*e.show_me, e.id);
  }
  for (const LearnEntry& e : c.solutions) {
    // Seeing a professional is advice, not a simulation.
    if (e.id == "sol_see_professional") continue;
    ASSERT_TRUE(e.show_me.has_value()) << e.id;
    expect_valid_show_me(*e.show_me, e.id);
  }
  for (const auto* list : {&c.prevention}) {
    for (const LearnEntry& e : *list) {
      if (e.show_me) expect_valid_show_me(*e.show_me, e.id);
    }
  }
  for (const Myth& m : c.myths) {
    if (m.show_me) expect_valid_show_me(*m.show_me, m.id);
  }
}

TEST(ContentLearn, ShowMeExamplesFromTheIssue) {
  const LearnContent c = load_learn_content(kLearnJson);
  // Running form: rearfoot vs forefoot at the same speed, soleus peak and impulse side by side.
  const ShowMe& form = *c.find_entry("cause_running_form")->show_me;
  EXPECT_EQ(std::get<std::string>(form.compare.front().set.at("strike")), "rearfoot");
  EXPECT_EQ(std::get<std::string>(form.compare.back().set.at("strike")), "forefoot");
  for (const ShowMeCase& k : form.compare) EXPECT_EQ(k.set.count("speed"), 0u) << "speed must stay the same";
  // Calf stiffness: lower dorsiflexion range, strain shown.
  const ShowMe& stiff = *c.find_entry("cause_calf_stiffness")->show_me;
  EXPECT_GT(std::get<double>(stiff.compare[0].set.at("dorsiflexion_deg")),
            std::get<double>(stiff.compare[1].set.at("dorsiflexion_deg")));
  EXPECT_NE(std::find(stiff.metrics.begin(), stiff.metrics.end(), "peak_soleus_strain"), stiff.metrics.end());
  // Exertion: fatigue vs capacity.
  const ShowMe& tired = *c.find_entry("cause_overuse")->show_me;
  EXPECT_NE(std::find(tired.metrics.begin(), tired.metrics.end(), "soleus_capacity_ratio"), tired.metrics.end());
  // Footwear: drop 10 -> 0, maximal vs minimalist.
  const ShowMe& shoes = *c.find_entry("cause_footwear")->show_me;
  EXPECT_DOUBLE_EQ(std::get<double>(shoes.compare[0].set.at("drop_mm")), 10.0);
  EXPECT_DOUBLE_EQ(std::get<double>(shoes.compare[1].set.at("drop_mm")), 0.0);
  // Cadence +5 to 10 %.
  const ShowMe& cadence = *c.find_entry("sol_adjust_form")->show_me;
  EXPECT_DOUBLE_EQ(std::get<double>(cadence.compare[1].set.at("cadence_change")), 0.05);
  EXPECT_DOUBLE_EQ(std::get<double>(cadence.compare[2].set.at("cadence_change")), 0.10);
  // Stretching compares the two poses.
  const ShowMe& stretch = *c.find_entry("sol_stretching")->show_me;
  EXPECT_EQ(stretch.mode, "stretch");
  EXPECT_EQ(stretch.compare[0].pose, "bent-knee");
  EXPECT_EQ(stretch.compare[1].pose, "straight-knee");
  EXPECT_EQ(c.find_entry("sol_foam_rolling")->show_me->mode, "foam-rolling");
  // Plate is a flag.
  const ShowMe& footwear = *c.find_entry("sol_footwear")->show_me;
  EXPECT_TRUE(std::get<bool>(footwear.compare[2].set.at("plate")));
}

TEST(ContentLearn, SafetyBoxesArePresent) {
  const LearnContent c = load_learn_content(kLearnJson);
  EXPECT_FALSE(c.disclaimer.paragraphs.empty());
  EXPECT_NE(c.disclaimer.title.find("not a diagnosis"), std::string::npos);
  EXPECT_GE(c.red_flags.items.size(), 5u);
  std::string all;
  for (const std::string& item : c.red_flags.items) all += item + "\n";
  for (const char* sign : {"pop", "Swelling", "Warmth", "night", "Numbness"}) {
    EXPECT_NE(all.find(sign), std::string::npos) << sign;
  }
  EXPECT_NE(c.red_flags.action.find("blood clot"), std::string::npos);
}

TEST(ContentLearn, ExerciseCardsAreComplete) {
  const LearnContent c = load_learn_content(kLearnJson);
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  for (const Exercise& x : c.exercises) {
    EXPECT_NE(catalog.find(x.target_muscle), nullptr) << x.id << " targets unknown " << x.target_muscle;
    EXPECT_GE(x.sets, 1) << x.id;
    EXPECT_TRUE(x.reps > 0 || x.hold_seconds > 0) << x.id;
    EXPECT_FALSE(x.steps.empty()) << x.id;
    EXPECT_FALSE(x.key_cue.empty()) << x.id;
    EXPECT_FALSE(x.progression.empty()) << x.id;
    if (x.kind == "stretch") {
      EXPECT_GT(x.hold_seconds, 0) << x.id;
    }
  }
  const Exercise* bent = c.find_exercise("stretch_bent_knee_wall");
  ASSERT_NE(bent, nullptr);
  EXPECT_EQ(bent->target_muscle, "soleus");
  EXPECT_EQ(bent->pose, "bent-knee");
  EXPECT_EQ(bent->sets, 3);
  EXPECT_EQ(bent->hold_seconds, 30);
  const Exercise* straight = c.find_exercise("stretch_straight_knee_wall");
  ASSERT_NE(straight, nullptr);
  EXPECT_EQ(straight->target_muscle, "gastrocnemius_medial");
  EXPECT_EQ(straight->pose, "straight-knee");
  // Alfredson: 3 x 15, straight and bent knee, each shown with its own knee.
  for (const auto& [id, pose] : {std::pair{"strength_heel_drop_straight", "heel-drop"},
                                 std::pair{"strength_heel_drop_bent", "heel-drop-bent"}}) {
    const Exercise* drop = c.find_exercise(id);
    ASSERT_NE(drop, nullptr) << id;
    EXPECT_EQ(drop->sets, 3);
    EXPECT_EQ(drop->reps, 15);
    EXPECT_EQ(drop->pose, pose);
  }
  for (const auto& [id, pose] : {std::pair{"strength_calf_raise_straight", "calf-raise"},
                                 std::pair{"strength_calf_raise_bent", "calf-raise-bent"}}) {
    const Exercise* raise = c.find_exercise(id);
    ASSERT_NE(raise, nullptr) << id;
    EXPECT_EQ(raise->pose, pose);
  }
  EXPECT_NE(c.find_exercise("strength_lunge"), nullptr);
  // Every stretch-mode pose is used by at least one card.
  for (const std::string& pose : allowed_poses()) {
    bool used = false;
    for (const Exercise& x : c.exercises) used = used || x.pose == pose;
    EXPECT_TRUE(used) << pose;
  }
}

TEST(ContentLearn, FoamRollingMapIsOnTheSoleus) {
  const LearnContent c = load_learn_content(kLearnJson);
  const StructureCatalog catalog = load_structure_catalog(kStructuresJson);
  for (const char* id : {"mid_belly", "medial_border", "lateral_border", "distal_junction"}) {
    const RollingSpot* s = c.find_spot(id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->target, "soleus");
    EXPECT_GT(s->duration_seconds, 0);
  }
  // Distal spot lies below the mid-belly along the fibres.
  EXPECT_GT(c.find_spot("distal_junction")->v, c.find_spot("mid_belly")->v);
  bool avoids_achilles = false;
  for (const AvoidZone& z : c.foam_rolling.avoid) {
    if (!z.structure.empty()) {
      EXPECT_NE(catalog.find(z.structure), nullptr) << z.id;
    }
    avoids_achilles = avoids_achilles || z.structure == "achilles_tendon";
  }
  EXPECT_TRUE(avoids_achilles);
}

TEST(ContentLearn, PlannerThresholdsMatchThePlannerCode) {
  const LearnContent c = load_learn_content(kLearnJson);
  const PlannerThresholds code;
  EXPECT_DOUBLE_EQ(c.planner.acwr_sweet_low, code.acwr_low);
  EXPECT_DOUBLE_EQ(c.planner.acwr_sweet_high, code.acwr_high);
  EXPECT_DOUBLE_EQ(c.planner.acwr_danger, code.acwr_danger);
  EXPECT_DOUBLE_EQ(c.planner.weekly_jump, code.weekly_jump);
  EXPECT_FALSE(c.planner.evidence.empty());
  EXPECT_FALSE(c.planner.transition.paragraphs.empty());
  EXPECT_FALSE(c.planner.transition_evidence.empty());
}

TEST(ContentLearn, RelatedLinksResolve) {
  const LearnContent c = load_learn_content(kLearnJson);
  for (const auto* list : {&c.causes, &c.solutions, &c.prevention}) {
    for (const LearnEntry& e : *list) {
      for (const std::string& r : e.related) EXPECT_TRUE(c.has_id(r)) << e.id << " -> " << r;
    }
  }
}

// A minimal valid document; tests below break one thing at a time.
std::string minimal(const std::string& show_me) {
  const std::string cite = R"({"authors": "A", "year": 2000, "journal": "J", "finding": "f"})";
  const std::string entry = R"({"id": "e1", "title": "T", "summary": "S", "paragraphs": ["p"], "evidence": [)" + cite +
                            "]" + (show_me.empty() ? "" : ", \"show_me\": " + show_me) + "}";
  return R"({"disclaimer": {"title": "D", "paragraphs": ["p"]},
    "red_flags": {"title": "R", "intro": "i", "items": ["x"], "action": "a"},
    "causes": [)" + entry + R"(],
    "solutions": [{"id": "e2", "title": "T", "summary": "S", "paragraphs": ["p"], "evidence": [)" + cite + R"(]}],
    "prevention": [{"id": "e3", "title": "T", "summary": "S", "paragraphs": ["p"], "evidence": [)" + cite + R"(]}],
    "myths": [{"id": "m1", "claim": "c", "verdict": "false", "paragraphs": ["p"], "evidence": [)" + cite + R"(]}],
    "exercises": [{"id": "x1", "title": "T", "kind": "stretch", "target_muscle": "soleus", "pose": "bent-knee",
                   "steps": ["s"], "sets": 3, "hold_seconds": 30, "dose": "d", "key_cue": "k", "progression": "p",
                   "why": "w", "caution": "c"}],
    "foam_rolling": {"title": "F", "paragraphs": ["p"],
      "spots": [{"id": "s1", "label": "L", "target": "soleus", "u": 0.5, "v": 0.5, "direction": "along",
                 "direction_text": "d", "pressure": "light", "pressure_text": "p", "duration_seconds": 30}],
      "avoid": [{"id": "a1", "label": "L", "reason": "r"}], "evidence": [)" + cite + R"(]},
    "planner": {"title": "P", "paragraphs": ["p"],
      "thresholds": {"acwr_sweet_low": 0.8, "acwr_sweet_high": 1.3, "acwr_danger": 1.5, "weekly_jump": 0.3},
      "evidence": [)" + cite + R"(],
      "transition": {"title": "T", "paragraphs": ["p"], "evidence": [)" + cite + R"(]}}})";
}

std::string learn_error_of(const std::string& text) {
  try {
    parse_learn_content(text, "learn-test.json");
  } catch (const ContentError& e) {
    return e.what();
  }
  return {};
}

TEST(ContentLearn, MinimalDocumentParses) {
  EXPECT_EQ(learn_error_of(minimal("")), "");
  EXPECT_EQ(learn_error_of(minimal(R"({"compare": [{"label": "a", "set": {"strike": 0.3, "plate": false, "shoe": "racer"}}],
                                 "metrics": ["peak_vgrf_bw"], "view": "anterior", "look_for": "x"})")),
            "");
}

TEST(ContentLearn, UnknownShowMeInputKeyIsRejectedWithItsLocation) {
  const std::string what = learn_error_of(minimal(R"({"compare": [{"label": "a", "set": {"spede": 3}}],
                                               "metrics": ["peak_vgrf_bw"], "view": "lateral", "look_for": "x"})"));
  EXPECT_NE(what.find("learn-test.json: causes[0] (id 'e1').show_me.compare[0].set"), std::string::npos) << what;
  EXPECT_NE(what.find("'spede'"), std::string::npos) << what;
}

TEST(ContentLearn, UnknownMetricIsRejected) {
  const std::string what = learn_error_of(minimal(R"({"compare": [{"label": "a", "set": {}}],
                                               "metrics": ["soleus_happiness"], "view": "lateral", "look_for": "x"})"));
  EXPECT_NE(what.find("show_me.metrics[0]"), std::string::npos) << what;
  EXPECT_NE(what.find("'soleus_happiness'"), std::string::npos) << what;
}

TEST(ContentLearn, WrongValueTypesAndRangesAreRejected) {
  auto with_set = [](const std::string& set) {
    return minimal(R"({"compare": [{"label": "a", "set": )" + set +
                   R"(}], "metrics": ["peak_vgrf_bw"], "view": "lateral", "look_for": "x"})");
  };
  EXPECT_NE(learn_error_of(with_set(R"({"strike": "tiptoe"})")), "");
  EXPECT_NE(learn_error_of(with_set(R"({"strike": 1.5})")), "");
  EXPECT_NE(learn_error_of(with_set(R"({"shoe": "boot"})")), "");
  EXPECT_NE(learn_error_of(with_set(R"({"plate": 1})")), "");
  EXPECT_NE(learn_error_of(with_set(R"({"speed": "fast"})")), "");
  EXPECT_NE(learn_error_of(with_set(R"({"speed": 12})")), "");  // km/h by mistake
  EXPECT_NE(learn_error_of(with_set(R"({"fatigue": 2})")), "");
  EXPECT_NE(learn_error_of(with_set(R"({"cadence_change": 5})")), "");  // percent by mistake
}

TEST(ContentLearn, ModelParametersAreTheInputKeys) {
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (!p.content_key.empty()) {
      EXPECT_TRUE(is_allowed_input_key(p.content_key)) << p.content_key;
    }
  }
  EXPECT_FALSE(is_allowed_input_key("samples"));
}

TEST(ContentLearn, SetValueOutsideTheModelRangeIsRefusedNamingTheKey) {
  auto with_set = [](const std::string& key, double value) {
    return minimal(R"({"compare": [{"label": "a", "set": {")" + key + "\": " + biomech::number_text(value, 6) +
                   R"(}}], "metrics": ["peak_vgrf_bw"], "view": "lateral", "look_for": "x"})");
  };
  for (const biomech::Parameter& p : biomech::parameters()) {
    if (p.content_key.empty()) continue;
    const std::string key(p.content_key);
    EXPECT_EQ(learn_error_of(with_set(key, p.min_display)), "") << key;
    EXPECT_EQ(learn_error_of(with_set(key, p.max_display)), "") << key;
    for (double outside : {p.min_display - 1.0, p.max_display + 1.0}) {
      const std::string what = learn_error_of(with_set(key, outside));
      EXPECT_NE(what.find("'" + key + "' must be"), std::string::npos) << what;
      EXPECT_NE(what.find(range_text(p)), std::string::npos) << what;
    }
  }
  EXPECT_NE(learn_error_of(with_set("drop_mm", 25.0)).find("set.drop_mm: 'drop_mm' must be a number between -15 and 20 mm"),
            std::string::npos)
      << learn_error_of(with_set("drop_mm", 25.0));
}

TEST(ContentLearn, ViewModeAndPoseAreChecked) {
  EXPECT_NE(learn_error_of(minimal(R"({"compare": [{"label": "a", "set": {}}], "metrics": ["peak_vgrf_bw"],
                                 "view": "top", "look_for": "x"})")),
            "");
  EXPECT_NE(learn_error_of(minimal(R"({"mode": "stretch", "compare": [{"label": "a", "set": {}}], "view": "lateral",
                                 "look_for": "x"})")),
            "");  // stretch without pose
  EXPECT_NE(learn_error_of(minimal(R"({"compare": [{"label": "a", "set": {}, "pose": "bent-knee"}],
                                 "metrics": ["peak_vgrf_bw"], "view": "lateral", "look_for": "x"})")),
            "");  // pose outside stretch mode
  EXPECT_NE(learn_error_of(minimal(R"({"compare": [{"label": "a", "set": {}}], "metrics": [], "view": "lateral",
                                 "look_for": "x"})")),
            "");  // running comparison without metrics
}

TEST(ContentLearn, MissingEvidenceNamesTheEntry) {
  std::string text = minimal("");
  const std::string solution_evidence = R"("title": "T", "summary": "S", "paragraphs": ["p"], "evidence": [{"authors": "A", "year": 2000, "journal": "J", "finding": "f"}]}],
    "prevention")";
  const auto at = text.find(solution_evidence);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, solution_evidence.size(), R"("title": "T", "summary": "S", "paragraphs": ["p"], "evidence": []}],
    "prevention")");
  const std::string what = learn_error_of(text);
  EXPECT_NE(what.find("solutions[0] (id 'e2').evidence"), std::string::npos) << what;
}

TEST(ContentLearn, MissingFileAndBadJsonNameTheFile) {
  try {
    load_learn_content("/nonexistent/learn.json");
    FAIL() << "expected ContentError";
  } catch (const ContentError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/learn.json"), std::string::npos) << e.what();
  }
  const std::string what = learn_error_of("{\"causes\": [");
  EXPECT_NE(what.find("learn-test.json"), std::string::npos) << what;
  EXPECT_NE(what.find("not valid JSON"), std::string::npos) << what;
  EXPECT_NE(learn_error_of("[]"), "");  // not an object
  // nlohmann raises out_of_range, not parse_error, for a number no double holds
  const std::string overflow = learn_error_of("{\"causes\": [1e400]}");
  EXPECT_NE(overflow.find("learn-test.json"), std::string::npos) << overflow;
  EXPECT_NE(overflow.find("number overflow"), std::string::npos) << overflow;
}

TEST(ContentLearn, AWholeNumberTooLargeForAnIntIsRefusedNotWrapped) {
  // 2^32 + 2000 used to read as the year 2000
  std::string text = minimal("");
  const std::string year = "\"year\": 2000";
  ASSERT_NE(text.find(year), std::string::npos);
  text.replace(text.find(year), year.size(), "\"year\": 4294969296");
  const std::string what = learn_error_of(text);
  EXPECT_NE(what.find("year: whole number out of range: 4294969296"), std::string::npos) << what;
}

TEST(ContentLearn, DuplicateIdsAndBrokenLinksAreRejected) {
  std::string dup = minimal("");
  dup.replace(dup.find("\"id\": \"e2\""), 10, "\"id\": \"e1\"");
  EXPECT_NE(learn_error_of(dup).find("duplicate id 'e1'"), std::string::npos) << learn_error_of(dup);
  std::string link = minimal("");
  link.replace(link.find("\"id\": \"e1\","), 11, "\"id\": \"e1\", \"related\": [\"nowhere\"],");
  EXPECT_NE(learn_error_of(link).find("'nowhere'"), std::string::npos) << learn_error_of(link);
}

}  // namespace
}  // namespace soleus::content
