// The shipped words in every language: each string table has the English one's keys with the
// same placeholders, and every text of the content files has each language (assets/).
#include <gtest/gtest.h>

#include <filesystem>

#include "content/language.h"
#include "content/learn.h"
#include "content/strings.h"
#include "content/structures.h"

namespace soleus::content {
namespace {

const std::filesystem::path kAssets = SOLEUS_ASSETS_DIR;

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < 20; ++i) out += "\n  " + items[i];
  if (items.size() > 20) out += "\n  ... and " + std::to_string(items.size() - 20) + " more";
  return out;
}

TEST(ShippedWords, EveryStringTableHasEnglishsKeysAndPlaceholders) {
  const Strings english = Strings::load_language(kAssets / "strings", Language::English);
  ASSERT_GT(english.keys().size(), 0u);
  for (const LanguageInfo& info : languages()) {
    const Strings table = Strings::load_language(kAssets / "strings", info.language);
    std::vector<std::string> missing, extra, placeholders_differ;
    for (const std::string& key : english.keys()) {
      if (!table.contains(key)) {
        missing.push_back(key + " (" + english.file_of(key) + ")");
      } else if (placeholders(table.get(key)) != placeholders(english.get(key))) {
        placeholders_differ.push_back(key + ": \"" + table.get(key) + "\" vs \"" + english.get(key) + "\"");
      }
    }
    for (const std::string& key : table.keys())
      if (!english.contains(key)) extra.push_back(key + " (" + table.file_of(key) + ")");
    EXPECT_TRUE(missing.empty()) << info.tag << " lacks " << missing.size() << " keys:" << list(missing);
    EXPECT_TRUE(extra.empty()) << info.tag << " has " << extra.size() << " keys English lacks:" << list(extra);
    EXPECT_TRUE(placeholders_differ.empty()) << info.tag << ": placeholders differ:" << list(placeholders_differ);
  }
}

TEST(ShippedWords, EveryContentTextHasEveryLanguageForEveryAudience) {
  for (const LanguageInfo& info : languages()) {
    for (const Audience audience : audiences()) {
      const LearnContent learn =
          load_learn_content((kAssets / "content" / "learn.json").string(), audience, info.language);
      EXPECT_TRUE(learn.untranslated.empty())
          << info.tag << ", " << to_string(audience) << ": " << learn.untranslated.size()
          << " texts without this language:" << list(learn.untranslated);
      const StructureCatalog catalog =
          load_structure_catalog((kAssets / "content" / "structures.json").string(), audience, info.language);
      EXPECT_TRUE(catalog.untranslated.empty())
          << info.tag << ", " << to_string(audience) << ": " << catalog.untranslated.size()
          << " texts without this language:" << list(catalog.untranslated);
    }
  }
}

}  // namespace
}  // namespace soleus::content
