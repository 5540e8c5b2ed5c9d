#include "handout/handout.h"
#include "handout/html.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "handout_strings.h"
#include "learn_content.h"

namespace soleus::handout {
namespace {

ConditionResult result(const char* label, double strike_index, const char* picture) {
  biomech::Conditions c;
  c.strike.strike_index = strike_index;
  return {label, biomech::solve_stride(c), picture};
}

TEST(Handout, OneConditionHasItsPictureTableNoteAndRedFlags) {
  const std::string html =
      handout_html(make_handout(result("A & co", 0.15, "a_side.png"), std::nullopt, &learn(), english()), english());
  EXPECT_NE(html.find("<img src=\"a_side.png\""), std::string::npos);
  EXPECT_NE(html.find("<table id=\"numbers\">"), std::string::npos);
  EXPECT_NE(html.find("A &amp; co"), std::string::npos);
  EXPECT_EQ(html.find("<th>Change</th>"), std::string::npos);
  EXPECT_NE(html.find(learn().disclaimer.title), std::string::npos);
  EXPECT_NE(html.find("id=\"red-flags\""), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  // Offline: nothing fetched from anywhere.
  EXPECT_EQ(html.find("http://", html.find("</svg>")), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(Handout, TwoConditionsAddBsColumnTheChangeWhatChangedAndEvidence) {
  Handout h = make_handout(result("A", 0.15, "a_side.png"), result("B", 0.8, "b_side.png"), &learn(), english());
  h.difference_picture = "difference.png";
  const std::string html = handout_html(h, english());
  EXPECT_NE(html.find("<img src=\"b_side.png\""), std::string::npos);
  EXPECT_NE(html.find("<img src=\"difference.png\""), std::string::npos);
  EXPECT_NE(html.find("<th>Change</th>"), std::string::npos);
  EXPECT_NE(html.find("id=\"changes\""), std::string::npos);
  EXPECT_NE(html.find("id=\"evidence\""), std::string::npos);
  EXPECT_FALSE(h.evidence.empty());
  EXPECT_NE(html.find(escape_html(learn().find_entry("cause_running_form")->summary)), std::string::npos);
}

TEST(Handout, AConditionBeyondThePlantarflexorsCapacityIsFlaggedAboveTheNumbers) {
  // B: a heavy, exhausted forefoot sprinter, whom no plantarflexor set can carry
  biomech::Conditions sprint;
  sprint.runner.speed_mps = 9.0;
  sprint.runner.body_mass_kg = 160.0;
  sprint.runner.fatigue = 1.0;
  sprint.strike.strike_index = 0.8;
  const biomech::SolvedStride capped = biomech::solve_stride(sprint);
  ASSERT_TRUE(capped.summary.capacity_exceeded);
  const std::string html = handout_html(
      make_handout(result("A", 0.15, ""), ConditionResult{"Sprint B", capped, ""}, &learn(), english()), english());
  const std::size_t warning = html.find("id=\"capacity\"");
  ASSERT_NE(warning, std::string::npos);
  EXPECT_LT(warning, html.find("<table id=\"numbers\">"));  // read before the numbers it qualifies
  EXPECT_NE(html.find("Sprint B: the plantarflexors could not supply this demand", warning), std::string::npos);
  EXPECT_EQ(html.find("A: the plantarflexors"), std::string::npos);  // A is within capacity
  // within capacity, no flag at all
  EXPECT_EQ(handout_html(make_handout(result("A", 0.15, ""), std::nullopt, &learn(), english()), english())
                .find("id=\"capacity\""),
            std::string::npos);
}

TEST(Handout, WithoutContentTheNoteStillStands) {
  const Handout h = make_handout(result("A", 0.15, ""), std::nullopt, nullptr, english());
  EXPECT_FALSE(h.note.paragraphs.empty());
  EXPECT_NE(handout_html(h, english()).find("not a diagnosis"), std::string::npos);
  EXPECT_FALSE(h.red_flags.has_value());
}

TEST(Handout, WriteCreatesTheFolderAndIndexAndNamesTheFileOnFailure) {
  const auto dir = std::filesystem::temp_directory_path() / "soleus_handout_test" / "nested";
  std::filesystem::remove_all(dir.parent_path());
  const Handout h = make_handout(result("A", 0.15, ""), std::nullopt, &learn(), english());
  ASSERT_EQ(write_handout(dir, h, english()), "");
  std::ifstream page(dir / "index.html");
  std::stringstream text;
  text << page.rdbuf();
  EXPECT_EQ(text.str(), handout_html(h, english()));
  // index.html a folder: refused with its name, nothing half written
  std::filesystem::remove(dir / "index.html");
  std::filesystem::create_directory(dir / "index.html");
  const std::string error = write_handout(dir, h, english());
  EXPECT_NE(error.find((dir / "index.html").string()), std::string::npos) << error;
  std::filesystem::remove_all(dir.parent_path());
}

}  // namespace
}  // namespace soleus::handout
