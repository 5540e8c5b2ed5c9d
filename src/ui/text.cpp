#include "ui/text.h"

namespace soleus::ui {
namespace {

const content::Strings* current = nullptr;

}  // namespace

const content::Strings& strings() {
  static const content::Strings none;  // no table: every key reads as itself
  return current ? *current : none;
}

const char* tr(const char* key) { return strings().get(key).c_str(); }

std::string trf(const char* key, const std::vector<content::Argument>& args) { return strings().format(key, args); }

std::string tr_id(const char* key) { return strings().get(key) + "###" + key; }

std::string say(const content::Phrase& phrase) { return strings().say(phrase); }

ScopedStrings::ScopedStrings(const content::Strings& strings) : previous_(current) { current = &strings; }

ScopedStrings::~ScopedStrings() { current = previous_; }

}  // namespace soleus::ui
