#include "handout/html.h"

#include <gtest/gtest.h>

namespace soleus::handout {
namespace {

TEST(EscapeHtml, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(escape_html("a < b & c > d \"e\" 'f'"), "a &lt; b &amp; c &gt; d &quot;e&quot; &#39;f&#39;");
}

TEST(EscapeHtml, LeavesPlainAndUnicodeTextAlone) {
  EXPECT_EQ(escape_html("Soleus \u2192 2.5 × body weight"), "Soleus \u2192 2.5 × body weight");
  EXPECT_EQ(escape_html(""), "");
}

TEST(EscapeHtml, AScriptTagBecomesText) {
  EXPECT_EQ(escape_html("<script>alert(1)</script>").find('<'), std::string::npos);
}

}  // namespace
}  // namespace soleus::handout
