#pragma once
/// The interface's words (menus, panels, tooltips, legends, plot labels, units, messages) in one
/// language, from assets/strings/<tag>/*.json: each file {"format": "soleus-lab strings",
/// "version": 1, "language": tag, "strings": {key: text}}. Files are split by area (menus,
/// panels, ...) so that translators and programmers edit small files; a key lives in one file.
/// A text may hold named placeholders, "{name}", filled by format(); each language orders them
/// as its grammar needs ("Change {parameter}" / "更改{parameter}").
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/language.h"

namespace soleus::content {

/// A placeholder's name and the text put in its place.
using Argument = std::pair<std::string_view, std::string>;

/// Words to be said later in whatever language is shown then (an undo step's name is made when
/// the edit happens and shown in the Edit menu after a language switch): a key and its arguments,
/// each itself a phrase, or literal text (a file name, a number) when `key` is empty.
struct Phrase {
  std::string key;      ///< a string table key; empty: `literal` is the text
  std::string literal;  ///< used when key is empty, or when the table lacks the key
  std::vector<std::pair<std::string, Phrase>> args;  ///< placeholder name -> its words

  static Phrase text(std::string literal_text);  ///< literal text, said as it is
  /// A keyed phrase whose one argument, `detail`, is literal text (a path, a parser's reason).
  static Phrase with_detail(std::string key, std::string detail);
  bool empty() const { return key.empty() && literal.empty(); }
  bool operator==(const Phrase& other) const;
};

class Strings {
 public:
  /// An empty table: every key reads as itself.
  Strings() = default;
  /// Every file in `folder` (assets/strings/<tag>/). Throws ContentError naming the file when the
  /// folder or a file is missing or unreadable, a file is not a strings file of this language, a
  /// text is not a non-empty string, or a key is in two files.
  static Strings load(const std::filesystem::path& folder, Language language);
  /// load(strings_root / tag).
  static Strings load_language(const std::filesystem::path& strings_root, Language language);

  Language language() const { return language_; }
  bool contains(std::string_view key) const;
  /// The text for `key`; a key that is missing reads as itself (tests catch them; the app stays up).
  const std::string& get(std::string_view key) const;
  /// get(key) with every "{name}" replaced by its argument's text. An unknown or missing
  /// placeholder is left as it is.
  std::string format(std::string_view key, const std::vector<Argument>& args) const;
  /// The phrase's words in this language.
  std::string say(const Phrase& phrase) const;
  /// Adds words another file gives (the structure catalogue's names, as "structure_name.<role id>");
  /// a key already present keeps its text.
  void add(std::string key, std::string text);
  /// Every key, sorted.
  std::vector<std::string> keys() const;
  /// Every key read (get, format, say) from a loaded table that lacked it, sorted: the screen
  /// check's list of words shown as their keys.
  static std::vector<std::string> missing_keys_read();
  /// The file (under the folder) that holds each key, for messages.
  const std::string& file_of(std::string_view key) const;

 private:
  Language language_ = Language::English;
  std::map<std::string, std::string, std::less<>> texts_;
  std::map<std::string, std::string, std::less<>> files_;
};

/// Every character (Unicode code point) in the strings of these JSON files (string tables,
/// content files): what a font must draw for them. Throws ContentError naming a file that cannot be read.
std::set<char32_t> characters_of(const std::vector<std::filesystem::path>& json_files);
/// The code points of UTF-8 text.
std::set<char32_t> characters_of_text(std::string_view utf8);

/// The placeholder names in a text: "{parameter} at {value}" -> {parameter, value}.
std::set<std::string> placeholders(std::string_view text);
/// Fills "{name}" placeholders of `text`.
std::string fill_placeholders(std::string_view text, const std::vector<Argument>& args);

}  // namespace soleus::content
