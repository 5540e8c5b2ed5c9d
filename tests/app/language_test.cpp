// Languages through the real binary: --lang changes every word and not the picture; switching
// while the app runs (the L shortcut, as View > Language does) draws exactly what starting in
// that language draws, its new glyphs included; a bad --lang is refused.
#include <gtest/gtest.h>

#include "run_app.h"

namespace soleus::testing {

namespace {

Image capture(const std::string& name, const std::string& args) {
  const auto out = temp_png("language_" + name);
  const std::string all = "--width 960 --height 600 --phase 0.3 " + args + " --screenshot " + out.string();
  const RunResult run = run_app(all);
  EXPECT_EQ(run.exit_code, 0) << all << "\n" << run.output;
  return load_png(out);
}

}  // namespace

TEST(AppLanguage, WordsChangeThePictureDoesNotAndASwitchDrawsWhatAStartDraws) {
  REQUIRE_DISPLAY();
  const Image english = capture("en", "--lang en");
  const Image chinese = capture("zh", "--lang zh");
  ASSERT_EQ(english.width, 960);
  EXPECT_GT(changed_pixels(english, chinese), 5000u);  // menus, tabs, panels, legend
  EXPECT_EQ(changed_pixels(capture("default", ""), english), 0u);  // a capture is English unless told
  // Switched in the running app: the content and strings reloaded, the font atlas rebuilt.
  EXPECT_EQ(changed_pixels(capture("switched", "--press l"), chinese), 0u);
  EXPECT_EQ(changed_pixels(capture("switched_back", "--lang zh --press l"), english), 0u);
  // The 3D view is the same in every language.
  EXPECT_EQ(changed_pixels(capture("bare_en", "--lang en --no-ui"), capture("bare_zh", "--lang zh --no-ui")), 0u);
  const RunResult bad = run_app("--lang fr");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("--lang must be en or zh (got 'fr')"), std::string::npos) << bad.output;
}

TEST(AppLanguage, ALearnPageInChineseShowsItsChineseText) {
  REQUIRE_DISPLAY();
  // A page's text comes from the content file's zh-Hans: the picture differs from English's in
  // the Learn column, and the missing-glyph check of --check-screens covers every page.
  const Image en = capture("page_en", "--lang en --learn-page cause_overuse");
  const Image zh = capture("page_zh", "--lang zh --learn-page cause_overuse");
  EXPECT_GT(changed_pixels(en, zh), 5000u);
}

}  // namespace soleus::testing
