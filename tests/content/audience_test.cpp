// Text per audience (by_audience): each audience reads its own version where an entry has one,
// everyone's text elsewhere, and a bad by_audience names the file and the field.
#include <gtest/gtest.h>

#include <string>

#include "content/learn.h"
#include "content/structures.h"

namespace soleus::content {
namespace {

const std::string kContentDir = std::string(SOLEUS_ASSETS_DIR) + "/content/";

std::string catalog_with(const std::string& by_audience) {
  return R"({"structures": [{"id": "talus", "name": "Talus", "group": "bone", "description": "Everyone's words.",
             "landmarks": ["Trochlea"], "by_audience": )" + by_audience + "}]}";
}

std::string catalog_error_of(const std::string& by_audience) {
  try {
    parse_structure_catalog(catalog_with(by_audience), "test.json", Audience::Student);
  } catch (const ContentError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(ContentAudience, IdsRoundTrip) {
  for (Audience a : audiences()) EXPECT_EQ(parse_audience(to_string(a)), a);
  EXPECT_FALSE(parse_audience("teacher"));
}

TEST(ContentAudience, EachAudienceReadsItsOwnTextAndOthersEveryones) {
  const std::string text = catalog_with(R"({"student": {"description": "The student's words."}})");
  EXPECT_EQ(parse_structure_catalog(text, "t", Audience::Student).structures[0].description, "The student's words.");
  EXPECT_EQ(parse_structure_catalog(text, "t", Audience::Runner).structures[0].description, "Everyone's words.");
  EXPECT_EQ(parse_structure_catalog(text, "t").structures[0].description, "Everyone's words.");
}

TEST(ContentAudience, BadVersionsAreRefusedWithTheFileAndTheField) {
  std::string e = catalog_error_of(R"({"teacher": {"description": "x"}})");
  EXPECT_NE(e.find("test.json"), std::string::npos) << e;
  EXPECT_NE(e.find("by_audience.teacher"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown audience"), std::string::npos) << e;
  e = catalog_error_of(R"({"coach": {"name": "x"}})");  // the name is the same for everyone
  EXPECT_NE(e.find("by_audience.coach.name"), std::string::npos) << e;
  e = catalog_error_of(R"({"runner": {"description": 3}})");
  EXPECT_NE(e.find("by_audience.runner.description: expected a text"), std::string::npos) << e;
  e = catalog_error_of(R"({"runner": {"description": ""}})");
  EXPECT_NE(e.find("by_audience.runner.description: must not be empty"), std::string::npos) << e;
  e = catalog_error_of(R"(["student"])");
  EXPECT_NE(e.find("by_audience: expected an object"), std::string::npos) << e;
  // Checked whoever reads: a coach's bad version fails the student's load too (above), and everyone's.
  EXPECT_THROW(parse_structure_catalog(catalog_with(R"({"x": {}})"), "t"), ContentError);
}

// The shipped files: the soleus, the soleus-versus-gastrocnemius topic and some causes and
// remedies read differently for each audience; the names and the numbers' inputs do not.
TEST(ContentAudience, ShippedEntriesDifferByAudience) {
  std::string soleus[kAudienceCount], topic[kAudienceCount], form[kAudienceCount], strength[kAudienceCount];
  const StructureCatalog everyone = load_structure_catalog(kContentDir + "structures.json");
  const LearnContent everyone_learn = load_learn_content(kContentDir + "learn.json");
  for (std::size_t i = 0; i < kAudienceCount; ++i) {
    const Audience a = audiences()[i];
    const StructureCatalog catalog = load_structure_catalog(kContentDir + "structures.json", a);
    const LearnContent learn = load_learn_content(kContentDir + "learn.json", a);
    soleus[i] = catalog.find("soleus")->description + catalog.find("soleus")->muscle->running_role;
    topic[i] = catalog.find_topic("soleus_vs_gastrocnemius")->paragraphs.front();
    form[i] = learn.find_entry("cause_running_form")->paragraphs.front();
    strength[i] = learn.find_entry("sol_strength")->summary;
    EXPECT_NE(soleus[i], everyone.find("soleus")->description + everyone.find("soleus")->muscle->running_role);
    EXPECT_EQ(catalog.find("soleus")->name, everyone.find("soleus")->name);
    EXPECT_EQ(learn.find_entry("cause_running_form")->show_me->compare.size(),
              everyone_learn.find_entry("cause_running_form")->show_me->compare.size());
  }
  for (const auto* texts : {soleus, topic, form, strength}) {
    EXPECT_NE(texts[0], texts[1]);
    EXPECT_NE(texts[1], texts[2]);
    EXPECT_NE(texts[0], texts[2]);
  }
  // The student's soleus speaks anatomy.
  EXPECT_NE(soleus[0].find("talocrural"), std::string::npos);
}

}  // namespace soleus::content
