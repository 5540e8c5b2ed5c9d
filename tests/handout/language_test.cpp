// The handout in the language shown: every fixed word from the string table (handout.*), the
// page's lang, fonts that draw Chinese, and English exactly as it was written before the tables.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "biomech/parameters.h"
#include "handout/handout.h"
#include "handout/html.h"
#include "handout_strings.h"

namespace soleus::handout {
namespace {

const content::LearnContent& learn_in(content::Language language) {
  static const content::LearnContent en = content::load_learn_content(
      std::string(SOLEUS_ASSETS_DIR) + "/content/learn.json", std::nullopt, content::Language::English);
  static const content::LearnContent zh = content::load_learn_content(
      std::string(SOLEUS_ASSETS_DIR) + "/content/learn.json", std::nullopt, content::Language::SimplifiedChinese);
  return language == content::Language::English ? en : zh;
}

ConditionResult result(const char* name, double strike_index, const char* picture, const content::Strings& strings) {
  biomech::Conditions c;
  c.strike.strike_index = strike_index;
  return {strings.format("handout.condition.named", {{"name", name}, {"condition", condition_label(c, strings)}}),
          biomech::solve_stride(c), picture};
}

// The comparison page as the app writes it, in the table's language.
std::string pair_page(const content::Strings& strings) {
  Handout h = make_handout(result("A", 0.15, "a_side.png", strings), result("B", 0.8, "b_side.png", strings),
                           &learn_in(strings.language()), strings);
  h.difference_picture = "difference.png";
  h.difference_caption = strings.format(
      "handout.difference.caption",
      {{"span", strings.format("handout.difference.span_bw", {{"value", "3"}})}});
  return handout_html(h, strings);
}

// Every "handout.*" key written as a literal in the handout's code.
std::set<std::string> keys_in_code() {
  const std::filesystem::path src = SOLEUS_SOURCE_DIR;
  const std::regex literal(R"re("(handout\.[a-z_.]*[a-z_])")re");
  std::set<std::string> keys;
  for (const auto& file : {src / "handout" / "handout.cpp", src / "handout" / "explain.cpp",
                           src / "handout" / "gait_plot.cpp", src / "app" / "handout_export.cpp"}) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator m(source.begin(), source.end(), literal), end; m != end; ++m) keys.insert((*m)[1].str());
  }
  return keys;
}

TEST(HandoutLanguage, EveryKeyTheCodeUsesIsInEveryLanguage) {
  std::set<std::string> keys = keys_in_code();
  EXPECT_GT(keys.size(), 30u) << "the scan found too few keys";
  for (const biomech::StrikePresetInfo& pattern : biomech::strike_presets())  // strike_words builds these
    keys.insert("handout.strike." + std::string(pattern.id));
  for (const content::Strings* table : {&english(), &chinese()})
    for (const std::string& key : keys)
      EXPECT_TRUE(table->contains(key)) << content::to_string(table->language()) << " lacks " << key;
}

TEST(HandoutLanguage, EnglishWordsAreAsBefore) {
  const std::string html = pair_page(english());
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  for (const char* words :
       {"<title>Soleus load: two ways to run</title>", "<h1>Soleus load: two ways to run</h1>",
        "Made with Soleus Lab. The soleus is the deep calf muscle under the gastrocnemius; the colour on the leg "
        "shows how hard it works.",
        "<h2>The leg</h2>", "<figcaption>A: rearfoot strike, 10 mm drop, 3.5 m/s</figcaption>",
        "alt=\"The leg at the soleus&#39;s peak load: B: forefoot strike, 10 mm drop, 3.5 m/s\"",
        "alt=\"Difference in load, B minus A\"",
        "<figcaption>Difference: B minus A at A&#39;s soleus peak: orange where B loads the muscle more, purple "
        "where less, near white for no change; the full colour is 3 body weights either way</figcaption>",
        "<h2>Soleus force over one stride</h2>", "aria-label=\"Soleus force over the gait cycle\"", ">stance</text>",
        ">Gait cycle (% of the stride from foot contact)</text>", ">Soleus force (× body weight)</text>",
        "<h2>The numbers</h2>", "<th>Quantity</th>", "<th>Change</th>",
        "Peak soleus force <span class=\"unit\">(× body weight)</span>",
        "Peak soleus force <span class=\"unit\">(N)</span>", "Soleus load per step <span class=\"unit\">(body weight × s)",
        "Soleus load per km <span class=\"unit\">(body weight × s)",
        "Soleus share of the calf (triceps surae) at its peak <span class=\"unit\">(%)",
        "Peak soleus force against its capacity <span class=\"unit\">(%)",
        "Peak Achilles tendon force <span class=\"unit\">(× body weight)", "Cadence <span class=\"unit\">(steps/min)",
        "Ground contact time <span class=\"unit\">(s)", "<h2>What changed and why</h2>",
        "<b>Strike index: rearfoot strike (strike index 0.15) \u2192 forefoot strike (strike index 0.8)",
        "<b>In the model, the soleus&#39;s peak force goes from ", " times body weight (+",
        ") and its load per kilometre from ", " body-weight seconds (", "(Soleus Lab, Learn: ", "<h2>Evidence</h2>"})
    EXPECT_NE(html.find(words), std::string::npos) << words;
}

TEST(HandoutLanguage, ChineseHasItsLangHeadingsFontsAndNoMissingKey) {
  const std::string html = pair_page(chinese());
  EXPECT_NE(html.find("<html lang=\"zh-Hans\">"), std::string::npos);
  for (const char* key : {"handout.title.compare", "handout.leg", "handout.plot", "handout.numbers", "handout.changes",
                          "handout.evidence"}) {
    const std::string heading = chinese().get(key);
    EXPECT_NE(html.find(">" + escape_html(heading) + "</h"), std::string::npos) << key;
  }
  for (const char* words : {"比目鱼肌负荷", "变化及原因", "参考文献", "支撑期", "后跟着地", "前掌着地", "体重倍数"})
    EXPECT_NE(html.find(words), std::string::npos) << words;
  EXPECT_EQ(html.find("handout."), std::string::npos) << "a key without text: "
                                                      << html.substr(html.find("handout."), 60);
  for (const char* font : {"\"Noto Sans CJK SC\"", "\"WenQuanYi Micro Hei\"", "\"Microsoft YaHei\"", "\"PingFang SC\""})
    EXPECT_NE(html.find(font), std::string::npos) << font;
  // The English words are gone from the fixed text; numbers and units stay as in English.
  for (const char* english_words : {"What changed and why", "The numbers", "Quantity", "stance", "Gait cycle",
                                    "body weights", "no change", "Made with"})
    EXPECT_EQ(html.find(english_words), std::string::npos) << english_words;
  EXPECT_NE(html.find(" %"), std::string::npos);
  EXPECT_NE(html.find("(N)"), std::string::npos);
  // The teaching text is the Chinese content's.
  EXPECT_NE(html.find(escape_html(learn_in(content::Language::SimplifiedChinese).disclaimer.title)), std::string::npos);
}

TEST(HandoutLanguage, ChineseWithoutContentKeepsTheNote) {
  const Handout h = make_handout(result("A", 0.15, "", chinese()), std::nullopt, nullptr, chinese());
  const std::string html = handout_html(h, chinese());
  EXPECT_NE(html.find(escape_html(chinese().get("handout.note.title"))), std::string::npos);
  EXPECT_EQ(html.find("handout."), std::string::npos);
  EXPECT_EQ(html.find("not a diagnosis"), std::string::npos);
}

TEST(HandoutLanguage, ChangeWordsFollowTheTable) {
  EXPECT_EQ(change_percent_text(2.0, 2.001, chinese()), "无变化");
  EXPECT_EQ(change_percent_text(2.0, 2.5, chinese()), "+25 %");
  biomech::Conditions c;
  c.strike.strike_index = 0.15;
  EXPECT_EQ(condition_label(c, english()), "rearfoot strike, 10 mm drop, 3.5 m/s");
  EXPECT_EQ(condition_label(c, chinese()).rfind("后跟着地，", 0), 0u) << condition_label(c, chinese());
}

}  // namespace
}  // namespace soleus::handout
