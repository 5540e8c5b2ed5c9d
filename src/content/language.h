#pragma once
/// The languages the interface and the content files are written in: one table (languages()),
/// read by the string tables (content/strings.h), the content loaders (a text is a string, the
/// English, or {"en": ..., "zh-Hans": ...}), --lang, the settings and the View > Language menu.
/// Adding a language is a row here, a folder under assets/strings/ and a key in each content text.
#include <array>
#include <optional>
#include <string_view>

namespace soleus::content {

enum class Language { English, SimplifiedChinese };
inline constexpr std::size_t kLanguageCount = 2;

struct LanguageInfo {
  Language language;
  const char* tag;          ///< BCP 47 tag: the folder under assets/strings/, the content files' key, the settings' value
  const char* short_id;     ///< what --lang takes besides the tag, e.g. "zh"
  const char* native_name;  ///< the menu's name for it, in itself: "English", "简体中文"
};

/// Every language, in menu order; English, the language every text is first written in, first.
const std::array<LanguageInfo, kLanguageCount>& languages();
const LanguageInfo& language_info(Language language);
/// "en" or "zh-Hans".
const char* to_string(Language language);
/// The language with this tag or short id ("en", "zh", "zh-Hans"; case-insensitive), or nullopt.
std::optional<Language> parse_language(std::string_view id);
/// "en or zh", for messages.
const char* language_ids();
/// The language a POSIX locale name asks for ("zh_CN.UTF-8", "zh_TW", "zh" -> Simplified Chinese,
/// the only Chinese we have); English for anything else, "C", "POSIX" and "".
Language language_from_locale(std::string_view locale);

}  // namespace soleus::content
