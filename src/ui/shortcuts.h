#pragma once
/// The keyboard shortcuts in one table: the input handler reads it to act, the Help window and
/// the menus read it to say what each key does. A new shortcut is a row here (its description a
/// string table key, shortcuts.json) and a case where its action is carried out.
#include <optional>
#include <string_view>
#include <vector>

#include "document/modes.h"

namespace soleus::ui {

enum class Action {
  PlayPause, StepBack, StepForward,
  Mode,  // the row's mode
  ViewLateral, ViewMedial, ViewPosterior, ViewAnterior, FrameView,
  OrbitLeft, OrbitRight, OrbitUp, OrbitDown, ZoomIn, ZoomOut,
  Xray, Labels, ShowAll, Isolate, ClearSelection,
  TogglePanels, Help, NextLanguage,
  Undo, Redo,
  OpenModel,
};

/// The modifiers a shortcut needs. A plain key fires only without Ctrl (Shift is allowed: "+"
/// is Shift+= on many layouts), so Ctrl+Z never also runs Z's action.
enum class Chord { Plain, Ctrl, CtrlShift };

struct Shortcut {
  Action action;
  int key;                       ///< GLFW_KEY_* code
  int alternate_key;             ///< a second key for the same action (GLFW_KEY_* or 0)
  bool repeats;                  ///< a held key repeats the action
  std::string_view keys;         ///< the key as the Help window names it (the same in every language)
  const char* (*description)();  ///< what it does, in the language shown (ui/text.h)
  std::optional<document::ViewMode> mode = std::nullopt;  ///< for Action::Mode: the mode it starts
  Chord chord = Chord::Plain;    ///< modifiers held with `key`
};

/// Every shortcut, in the order the Help window lists them.
const std::vector<Shortcut>& shortcuts();

/// The shortcut a key press with these modifiers runs, or nullptr.
const Shortcut* find_shortcut(int key, bool control, bool shift);
/// The shortcut the Help window calls `keys` ("F", "Ctrl+Z"; any case), or nullptr.
const Shortcut* find_shortcut(std::string_view keys);

/// The key name of an action's shortcut ("" when it has none), for menu items.
const char* shortcut_keys(Action action);
/// The key name of the shortcut that starts a mode ("" when it has none).
const char* shortcut_keys(document::ViewMode mode);

/// The mouse controls, for the Help window: {what, does}, in the language shown.
struct MouseControl {
  const char* (*input)();
  const char* (*description)();
};
const std::vector<MouseControl>& mouse_controls();

}  // namespace soleus::ui
