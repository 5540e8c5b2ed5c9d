#include "content/language.h"

#include <cctype>

namespace soleus::content {

const std::array<LanguageInfo, kLanguageCount>& languages() {
  static constexpr std::array<LanguageInfo, kLanguageCount> table = {{
      {Language::English, "en", "en", "English"},
      {Language::SimplifiedChinese, "zh-Hans", "zh", "简体中文"},
  }};
  return table;
}

const LanguageInfo& language_info(Language language) {
  for (const LanguageInfo& info : languages())
    if (info.language == language) return info;
  return languages()[0];
}

const char* to_string(Language language) { return language_info(language).tag; }

namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

}  // namespace

std::optional<Language> parse_language(std::string_view id) {
  for (const LanguageInfo& info : languages())
    if (same_ignoring_case(id, info.tag) || same_ignoring_case(id, info.short_id)) return info.language;
  return std::nullopt;
}

const char* language_ids() { return "en or zh"; }

Language language_from_locale(std::string_view locale) {
  // "zh", "zh_CN.UTF-8", "zh-TW@...": the language part is what comes before '_', '-', '.' or '@'.
  const std::string_view language = locale.substr(0, locale.find_first_of("_-.@"));
  for (const LanguageInfo& info : languages())
    if (same_ignoring_case(language, info.short_id)) return info.language;
  return Language::English;
}

}  // namespace soleus::content
