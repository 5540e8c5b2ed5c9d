#pragma once
/// The interface's words: every label, tooltip, legend and message the panels draw comes from
/// the string table of the language shown (content/strings.h, assets/strings/<tag>/), through
/// these. draw_app_ui sets the table for the frame (ScopedStrings), so the panels need not pass
/// it down; a key missing from it reads as itself (tests/ui/strings_test.cpp finds every key used
/// here in both languages).
#include <string>
#include <vector>

#include "content/strings.h"

namespace soleus::ui {

/// The text for `key` in the language shown. Stays valid while the table lives (the frame).
const char* tr(const char* key);
/// The same with "{name}" placeholders filled from (name, text) pairs.
std::string trf(const char* key, const std::vector<content::Argument>& args);
/// A label whose ImGui id stays the key's whatever the language: "Speed###run.speed". Windows,
/// tabs and headers keep their state (open, selected) when the language changes.
std::string tr_id(const char* key);
/// A phrase (an undo step's name) in the language shown.
std::string say(const content::Phrase& phrase);
/// The table in use.
const content::Strings& strings();

/// Makes `strings` the table tr() reads until it goes out of scope.
class ScopedStrings {
 public:
  explicit ScopedStrings(const content::Strings& strings);
  ~ScopedStrings();
  ScopedStrings(const ScopedStrings&) = delete;
  ScopedStrings& operator=(const ScopedStrings&) = delete;

 private:
  const content::Strings* previous_;
};

}  // namespace soleus::ui
