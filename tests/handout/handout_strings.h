#pragma once
// The string tables the handout tests write with: the app's own files, English and Chinese.
#include <string>

#include "content/strings.h"

namespace soleus::handout {

inline const content::Strings& english() {
  static const content::Strings table =
      content::Strings::load_language(std::string(SOLEUS_ASSETS_DIR) + "/strings", content::Language::English);
  return table;
}

inline const content::Strings& chinese() {
  static const content::Strings table = content::Strings::load_language(std::string(SOLEUS_ASSETS_DIR) + "/strings",
                                                                        content::Language::SimplifiedChinese);
  return table;
}

}  // namespace soleus::handout
