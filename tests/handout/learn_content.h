#pragma once
// The Learn content the handout quotes, read once per test executable.
#include "common/paths.h"
#include "content/learn.h"

namespace soleus::handout {

inline const content::LearnContent& learn() {
  static const content::LearnContent content = content::load_learn_content(testing::kLearnJson);
  return content;
}

}  // namespace soleus::handout
