#include "content/strings.h"

#include <algorithm>
#include <system_error>

#include "content/json_reader.h"

namespace soleus::content {

Phrase Phrase::text(std::string literal_text) {
  Phrase p;
  p.literal = std::move(literal_text);
  return p;
}

Phrase Phrase::with_detail(std::string key, std::string detail) {
  Phrase p;
  p.key = std::move(key);
  p.args.emplace_back("detail", text(std::move(detail)));
  return p;
}

bool Phrase::operator==(const Phrase& other) const {
  return key == other.key && literal == other.literal && args == other.args;
}

Strings Strings::load(const std::filesystem::path& folder, Language language) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec))
    throw ContentError(folder.string() + ": the strings folder for language '" + to_string(language) + "' is missing");
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::directory_iterator(folder, ec))
    if (item.path().extension() == ".json") files.push_back(item.path());
  if (ec) throw ContentError(folder.string() + ": cannot list the folder: " + ec.message());
  if (files.empty()) throw ContentError(folder.string() + ": no strings files (*.json)");
  std::sort(files.begin(), files.end());

  Strings table;
  table.language_ = language;
  for (const auto& file : files) {
    const std::string path = file.string();
    const detail::Json root = detail::read_json_file(path);
    const detail::Where where(path);
    if (detail::get_string(root, "format", where) != "soleus-lab strings")
      where.at("format").fail("expected \"soleus-lab strings\"");
    if (detail::get_int(root, "version", where) != 1) where.at("version").fail("only version 1 is known");
    if (detail::get_string(root, "language", where) != to_string(language))
      where.at("language").fail(std::string("expected \"") + to_string(language) + "\" (the folder's language)");
    const detail::Json& strings = detail::get_object(root, "strings", where);
    for (auto it = strings.begin(); it != strings.end(); ++it) {
      const detail::Where w = where.at("strings").at(it.key());
      if (!it->is_string() || it->get<std::string>().empty()) w.fail("expected a non-empty string");
      if (const auto other = table.files_.find(it.key()); other != table.files_.end())
        w.fail("the key is also in " + other->second);
      table.texts_.emplace(it.key(), it->get<std::string>());
      table.files_.emplace(it.key(), file.filename().string());
    }
  }
  return table;
}

Strings Strings::load_language(const std::filesystem::path& strings_root, Language language) {
  return load(strings_root / to_string(language), language);
}

bool Strings::contains(std::string_view key) const { return texts_.find(key) != texts_.end(); }

namespace {

// Keys read but missing, each kept as its own text so that the reference get() returns stays valid.
std::map<std::string, std::string, std::less<>>& missing_keys() {
  static thread_local std::map<std::string, std::string, std::less<>> missing;
  return missing;
}

}  // namespace

const std::string& Strings::get(std::string_view key) const {
  if (const auto it = texts_.find(key); it != texts_.end()) return it->second;
  // Reads as itself. Only a loaded table's misses count: words read with no table (a panel
  // helper called outside a frame, for ids) are not on screen.
  static thread_local std::map<std::string, std::string, std::less<>> without_table;
  auto& store = texts_.empty() ? without_table : missing_keys();
  return store.try_emplace(std::string(key), std::string(key)).first->second;
}

std::vector<std::string> Strings::missing_keys_read() {
  std::vector<std::string> keys;
  for (const auto& [key, text] : missing_keys()) keys.push_back(key);
  return keys;
}

std::string Strings::format(std::string_view key, const std::vector<Argument>& args) const {
  return fill_placeholders(get(key), args);
}

void Strings::add(std::string key, std::string text) { texts_.emplace(std::move(key), std::move(text)); }

std::string Strings::say(const Phrase& phrase) const {
  if (phrase.key.empty() || (!phrase.literal.empty() && !contains(phrase.key))) return phrase.literal;
  std::vector<Argument> args;
  args.reserve(phrase.args.size());
  for (const auto& [name, words] : phrase.args) args.emplace_back(name, say(words));
  return format(phrase.key, args);
}

std::vector<std::string> Strings::keys() const {
  std::vector<std::string> out;
  out.reserve(texts_.size());
  for (const auto& [key, text] : texts_) out.push_back(key);
  return out;
}

const std::string& Strings::file_of(std::string_view key) const {
  static const std::string none;
  const auto it = files_.find(key);
  return it == files_.end() ? none : it->second;
}

namespace {

// Adds the code points of UTF-8 text (nlohmann has checked that it is valid).
void add_characters(std::string_view text, std::set<char32_t>& out) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (int k = 1; k < length && i + k < text.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.insert(c);
    i += length;
  }
}

void add_json_characters(const detail::Json& value, std::set<char32_t>& out) {
  if (value.is_string()) {
    add_characters(std::string_view(value.get_ref<const std::string&>()), out);
  } else if (value.is_structured()) {
    for (const auto& item : value) add_json_characters(item, out);
  }
}

}  // namespace

std::set<char32_t> characters_of(const std::vector<std::filesystem::path>& json_files) {
  std::set<char32_t> out;
  for (const auto& file : json_files) add_json_characters(detail::read_json_file(file.string()), out);
  return out;
}

std::set<char32_t> characters_of_text(std::string_view utf8) {
  std::set<char32_t> out;
  add_characters(utf8, out);
  return out;
}

std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace(text.substr(open + 1, close - open - 1));
  }
  return names;
}

std::string fill_placeholders(std::string_view text, const std::vector<Argument>& args) {
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(at, open - at));
    const std::string_view name = text.substr(open + 1, close - open - 1);
    const auto arg = std::find_if(args.begin(), args.end(), [&](const Argument& a) { return a.first == name; });
    if (arg != args.end()) {
      out += arg->second;
    } else {
      out.append(text.substr(open, close - open + 1));
    }
    at = close + 1;
  }
  out.append(text.substr(std::min(at, text.size())));
  return out;
}

}  // namespace soleus::content
