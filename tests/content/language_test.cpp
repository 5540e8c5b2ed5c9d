// The language table and the string tables (content/language.h, content/strings.h), and texts
// given per language in the content files (content/json_reader.h, get_text).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "content/content_error.h"
#include "content/language.h"
#include "content/structures.h"
#include "content/strings.h"

namespace soleus::content {
namespace {

TEST(ContentLanguage, IdsTagsAndLocalesName_TheirLanguage) {
  EXPECT_EQ(parse_language("en"), Language::English);
  EXPECT_EQ(parse_language("zh"), Language::SimplifiedChinese);
  EXPECT_EQ(parse_language("zh-Hans"), Language::SimplifiedChinese);
  EXPECT_EQ(parse_language("ZH-hans"), Language::SimplifiedChinese);
  EXPECT_FALSE(parse_language("fr"));
  EXPECT_FALSE(parse_language(""));
  EXPECT_STREQ(to_string(Language::SimplifiedChinese), "zh-Hans");
  EXPECT_EQ(language_from_locale("zh_CN.UTF-8"), Language::SimplifiedChinese);
  EXPECT_EQ(language_from_locale("zh_TW"), Language::SimplifiedChinese);
  EXPECT_EQ(language_from_locale("zh"), Language::SimplifiedChinese);
  EXPECT_EQ(language_from_locale("en_GB.UTF-8"), Language::English);
  EXPECT_EQ(language_from_locale("C.UTF-8"), Language::English);
  EXPECT_EQ(language_from_locale("POSIX"), Language::English);
  EXPECT_EQ(language_from_locale(""), Language::English);
  EXPECT_EQ(language_from_locale("zu_ZA"), Language::English);  // not "zh"
}

class StringsFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("soleus-strings-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(folder_ / name) << text; }
  static std::string file(const std::string& language, const std::string& strings) {
    return R"({"format": "soleus-lab strings", "version": 1, "language": ")" + language + R"(", "strings": )" +
           strings + "}";
  }
  std::string error(Language language) {
    try {
      Strings::load(folder_, language);
    } catch (const ContentError& e) {
      return e.what();
    }
    return "";
  }
  std::filesystem::path folder_;
};

TEST_F(StringsFolder, KeysFromEveryFileFormatWithPlaceholders) {
  write("menus.json", file("zh-Hans", R"({"menu.file": "文件", "edit.change": "更改{parameter}"})"));
  write("panels.json", file("zh-Hans", R"({"run.speed": "速度 {value} m/s"})"));
  write("README.txt", "not a strings file");
  const Strings strings = Strings::load(folder_, Language::SimplifiedChinese);
  EXPECT_EQ(strings.get("menu.file"), "文件");
  EXPECT_EQ(strings.format("run.speed", {{"value", "3.5"}}), "速度 3.5 m/s");
  EXPECT_EQ(strings.file_of("run.speed"), "panels.json");
  EXPECT_EQ(strings.keys().size(), 3u);
  // A missing key reads as itself; an argument without its placeholder is ignored, and a
  // placeholder without its argument stays.
  EXPECT_EQ(strings.get("no.such.key"), "no.such.key");
  EXPECT_EQ(strings.format("run.speed", {{"other", "x"}}), "速度 {value} m/s");
  // A phrase made now, said in whatever language is shown later.
  Phrase change{"edit.change", "", {{"parameter", Phrase::text("步频")}}};
  EXPECT_EQ(strings.say(change), "更改步频");
  EXPECT_EQ(placeholders("{a} and {b}, {a}"), (std::set<std::string>{"a", "b"}));

  // Words another file gives (the catalogue's names), with the phrase's literal where none is given.
  Phrase name = Phrase::text("Soleus");
  name.key = "structure_name.soleus";
  Phrase hide{"edit.change", "", {{"parameter", name}}};
  EXPECT_EQ(strings.say(hide), "更改Soleus");
  Strings with_names = strings;
  with_names.add("structure_name.soleus", "比目鱼肌");
  with_names.add("menu.file", "not this");  // a key the files give keeps its text
  EXPECT_EQ(with_names.say(hide), "更改比目鱼肌");
  EXPECT_EQ(with_names.get("menu.file"), "文件");
  EXPECT_TRUE(Phrase{}.empty());
  EXPECT_FALSE(Phrase::with_detail("message.x", "a.json: bad").empty());
}

TEST_F(StringsFolder, BadFilesAreRefusedNamingTheFileAndKey) {
  write("a.json", file("zh-Hans", R"({"menu.file": "文件"})"));
  write("b.json", file("zh-Hans", R"({"menu.file": "档案"})"));
  std::string e = error(Language::SimplifiedChinese);
  EXPECT_NE(e.find("b.json: strings.menu.file: the key is also in a.json"), std::string::npos) << e;

  std::filesystem::remove(folder_ / "b.json");
  write("c.json", file("en", R"({"x": "y"})"));
  e = error(Language::SimplifiedChinese);
  EXPECT_NE(e.find("c.json: language: expected \"zh-Hans\""), std::string::npos) << e;

  std::filesystem::remove(folder_ / "c.json");
  write("d.json", file("zh-Hans", R"({"empty": ""})"));
  e = error(Language::SimplifiedChinese);
  EXPECT_NE(e.find("d.json: strings.empty: expected a non-empty string"), std::string::npos) << e;

  std::filesystem::remove(folder_ / "d.json");
  write("e.json", "{");
  EXPECT_NE(error(Language::SimplifiedChinese).find("e.json is not valid JSON"), std::string::npos);

  e.clear();
  try {
    Strings::load(folder_ / "missing", Language::English);
  } catch (const ContentError& err) {
    e = err.what();
  }
  EXPECT_NE(e.find("missing: the strings folder for language 'en' is missing"), std::string::npos) << e;
}

// A catalogue with one bone whose texts are given per language, in part.
constexpr const char* kCatalog = R"({"structures": [{"id": "talus", "group": "bone",
  "name": {"en": "Talus", "zh-Hans": "距骨"},
  "description": {"en": "The ankle bone."},
  "landmarks": [{"en": "Trochlea", "zh-Hans": "距骨滑车"}, "Head"]}]})";

TEST(ContentText, TextsReadInTheLanguageAskedAndListThoseWithoutIt) {
  const StructureCatalog zh = parse_structure_catalog(kCatalog, "test.json", std::nullopt, Language::SimplifiedChinese);
  const StructureEntry& talus = zh.structures.at(0);
  EXPECT_EQ(talus.name, "距骨");
  EXPECT_EQ(talus.description, "The ankle bone.");  // read in English, and listed
  EXPECT_EQ(talus.landmarks, (std::vector<std::string>{"距骨滑车", "Head"}));
  EXPECT_EQ(zh.language, Language::SimplifiedChinese);
  EXPECT_EQ(zh.untranslated, (std::vector<std::string>{"test.json: structures[0] (id 'talus').description",
                                                       "test.json: structures[0] (id 'talus').landmarks[1]"}));

  const StructureCatalog en = parse_structure_catalog(kCatalog, "test.json");
  EXPECT_EQ(en.structures.at(0).name, "Talus");
  EXPECT_TRUE(en.untranslated.empty());
}

TEST(ContentText, BadLanguageObjectsAreRefusedNamingTheField) {
  auto error = [](const std::string& name) {
    try {
      parse_structure_catalog(R"({"structures": [{"id": "talus", "group": "bone", "description": "d",
        "landmarks": ["x"], "name": )" + name + "}]}",
                              "test.json");
    } catch (const ContentError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(error(R"({"zh-Hans": "距骨"})").find("(id 'talus').name: a text needs its English"), std::string::npos);
  EXPECT_NE(error(R"({"en": "Talus", "fr": "Astragale"})").find(".name.fr: unknown language tag (known: en, zh-Hans)"),
            std::string::npos);
  EXPECT_NE(error(R"({"en": "Talus", "zh": "距骨"})").find(".name.zh: unknown language tag"), std::string::npos);
  EXPECT_NE(error(R"({"en": "Talus", "zh-Hans": ""})").find(".name.zh-Hans: must not be empty"), std::string::npos);
  EXPECT_NE(error("42").find(".name: expected a text"), std::string::npos);
}

}  // namespace
}  // namespace soleus::content
