// Every word the interface asks for is in every language's string table: the keys written in
// the code (tr("..."), trf("...", ...), tr_id("...")) and those of every row of the tables the
// panels name by id (ui/vocabulary.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "content/language.h"
#include "content/strings.h"
#include "ui/text.h"
#include "ui/vocabulary.h"

namespace soleus::ui {
namespace {

const std::filesystem::path kAssets = SOLEUS_ASSETS_DIR;
const std::filesystem::path kSources = SOLEUS_SOURCE_DIR;

// Each key written as a literal in a call of tr, trf or tr_id, or a phrase (Phrase{"key", ...},
// Phrase::with_detail("key", ...)), with the file that uses it.
std::map<std::string, std::string> keys_in_code() {
  const std::regex call(R"re(\b(?:tr|trf|tr_id|with_detail|Phrase\{)\(?\s*"([a-z0-9_.]+)")re");
  std::map<std::string, std::string> keys;
  for (const auto& item : std::filesystem::recursive_directory_iterator(kSources)) {
    const auto ext = item.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(item.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator m(source.begin(), source.end(), call), end; m != end; ++m)
      keys.emplace((*m)[1].str(), std::filesystem::relative(item.path(), kSources).string());
  }
  return keys;
}

TEST(UiStrings, TheCodeUsesKeys) {
  // The scan itself works: this file's own example is found (a scan that found nothing would pass).
  const auto keys = keys_in_code();
  EXPECT_TRUE(keys.count("menu.view.language")) << "the scan of " << kSources << " found no tr() calls";
  EXPECT_GT(keys.size(), 1u);
}

TEST(UiStrings, EveryKeyInTheCodeAndTheTablesIsInEveryLanguage) {
  const auto code = keys_in_code();
  const std::vector<std::string> vocabulary = vocabulary_keys();
  for (const content::LanguageInfo& info : content::languages()) {
    const content::Strings table = content::Strings::load_language(kAssets / "strings", info.language);
    std::string missing;
    int count = 0;
    for (const auto& [key, file] : code)
      if (!table.contains(key) && ++count <= 30) missing += "\n  " + key + " (used in src/" + file + ")";
    for (const std::string& key : vocabulary)
      if (!table.contains(key) && ++count <= 30) missing += "\n  " + key + " (ui/vocabulary.h: a table row's words)";
    EXPECT_EQ(count, 0) << info.tag << " lacks " << count << " keys:" << missing;
  }
}

TEST(UiStrings, TrReadsTheTableInScopeAndFallsBackToTheKey) {
  EXPECT_STREQ(tr("menu.view.language"), "menu.view.language");  // no table in scope
  const content::Strings zh = content::Strings::load_language(kAssets / "strings", content::Language::SimplifiedChinese);
  {
    const ScopedStrings scope(zh);
    EXPECT_STREQ(tr("menu.view.language"), "语言");
    EXPECT_EQ(tr_id("menu.view.language"), "语言###menu.view.language");
  }
  EXPECT_STREQ(tr("menu.view.language"), "menu.view.language");
}

}  // namespace
}  // namespace soleus::ui
