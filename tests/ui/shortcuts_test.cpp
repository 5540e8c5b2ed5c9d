#include "ui/shortcuts.h"

#include <gtest/gtest.h>

namespace soleus::ui {

// Ctrl+Z undoes and nothing else: a plain key's action no longer fires with Ctrl held.
TEST(Shortcuts, ChordsPickTheirOwnActionAndPlainKeysNeedNoCtrl) {
  const Shortcut* undo = find_shortcut("ctrl+z");
  const Shortcut* redo = find_shortcut("Ctrl+Shift+Z");
  const Shortcut* redo_y = find_shortcut("ctrl+y");
  const Shortcut* xray = find_shortcut("x");
  ASSERT_TRUE(undo && redo && redo_y && xray);
  EXPECT_EQ(undo->action, Action::Undo);
  EXPECT_EQ(redo->action, Action::Redo);
  EXPECT_EQ(redo_y->action, Action::Redo);
  EXPECT_EQ(find_shortcut(undo->key, true, false), undo);
  EXPECT_EQ(find_shortcut(undo->key, true, true), redo);
  EXPECT_EQ(find_shortcut(redo_y->key, true, false), redo_y);
  EXPECT_EQ(find_shortcut(xray->key, false, false), xray);
  EXPECT_EQ(find_shortcut(xray->key, false, true), xray);  // Shift alone: "+" is Shift+= on many layouts
  EXPECT_EQ(find_shortcut(xray->key, true, false), nullptr);
  EXPECT_EQ(find_shortcut(redo_y->key, false, false), nullptr);  // plain Y does nothing
  EXPECT_EQ(find_shortcut("q"), nullptr);
}

// Help > Controls lists the table, so the undo keys appear there, and the Edit menu names them.
TEST(Shortcuts, TheTableNamesTheUndoKeys) {
  EXPECT_STREQ(shortcut_keys(Action::Undo), "Ctrl+Z");
  EXPECT_STREQ(shortcut_keys(Action::Redo), "Ctrl+Shift+Z");
  for (const Shortcut& s : shortcuts()) EXPECT_EQ(find_shortcut(s.keys), &s) << s.keys;
}

// View > Labels has a key of its own, which no other row takes.
TEST(Shortcuts, TTogglesTheLabels) {
  const Shortcut* labels = find_shortcut("t");
  ASSERT_TRUE(labels);
  EXPECT_EQ(labels->action, Action::Labels);
  EXPECT_STREQ(shortcut_keys(Action::Labels), "T");
  for (const Shortcut& s : shortcuts())
    if (&s != labels) {
      EXPECT_FALSE(s.key == labels->key && s.chord == labels->chord) << s.keys;
    }
}

}  // namespace soleus::ui
