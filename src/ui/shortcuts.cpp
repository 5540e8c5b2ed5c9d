#include "ui/shortcuts.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>

namespace soleus::ui {

const std::vector<Shortcut>& shortcuts() {
  static const std::vector<Shortcut> table = {
      {Action::PlayPause, GLFW_KEY_SPACE, 0, false, "Space", "play / pause"},
      {Action::StepBack, GLFW_KEY_COMMA, 0, true, ",", "one step back (1 % of the stride)"},
      {Action::StepForward, GLFW_KEY_PERIOD, 0, true, ".", "one step forward"},
      {Action::Mode, GLFW_KEY_R, 0, false, "R", "running leg (load colours)", document::ViewMode::Run},
      {Action::Mode, GLFW_KEY_N, 0, false, "N", "anatomy (standing leg)", document::ViewMode::Anatomy},
      {Action::Mode, GLFW_KEY_C, 0, false, "C", "compare A/B (two runs)", document::ViewMode::Compare},
      {Action::ViewLateral, GLFW_KEY_1, 0, true, "1", "lateral view"},
      {Action::ViewMedial, GLFW_KEY_2, 0, true, "2", "medial view"},
      {Action::ViewPosterior, GLFW_KEY_3, 0, true, "3", "posterior view"},
      {Action::ViewAnterior, GLFW_KEY_4, 0, true, "4", "anterior view"},
      {Action::FrameView, GLFW_KEY_F, 0, true, "F", "frame what is shown"},
      {Action::OrbitLeft, GLFW_KEY_LEFT, 0, true, "Left", "orbit left"},
      {Action::OrbitRight, GLFW_KEY_RIGHT, 0, true, "Right", "orbit right"},
      {Action::OrbitUp, GLFW_KEY_UP, 0, true, "Up", "orbit up"},
      {Action::OrbitDown, GLFW_KEY_DOWN, 0, true, "Down", "orbit down"},
      {Action::ZoomIn, GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD, true, "+", "zoom in"},
      {Action::ZoomOut, GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT, true, "-", "zoom out"},
      {Action::Xray, GLFW_KEY_X, 0, false, "X", "x-ray"},
      {Action::ShowAll, GLFW_KEY_A, 0, false, "A", "show everything"},
      {Action::Isolate, GLFW_KEY_I, 0, false, "I", "isolate the selection / end isolation"},
      {Action::ClearSelection, GLFW_KEY_ESCAPE, 0, true, "Esc", "end isolation, else clear the selection"},
      {Action::TogglePanels, GLFW_KEY_TAB, 0, false, "Tab", "hide / show the side panels"},
      {Action::Help, GLFW_KEY_H, 0, false, "H", "this help"},
      {Action::Undo, GLFW_KEY_Z, 0, true, "Ctrl+Z", "undo the last edit (Edit menu)", std::nullopt, Chord::Ctrl},
      {Action::Redo, GLFW_KEY_Z, 0, true, "Ctrl+Shift+Z", "redo", std::nullopt, Chord::CtrlShift},
      {Action::Redo, GLFW_KEY_Y, 0, true, "Ctrl+Y", "redo", std::nullopt, Chord::Ctrl},
  };
  return table;
}

const Shortcut* find_shortcut(int key, bool control, bool shift) {
  const Chord held = !control ? Chord::Plain : shift ? Chord::CtrlShift : Chord::Ctrl;
  for (const Shortcut& s : shortcuts())
    if ((s.key == key || (s.alternate_key != 0 && s.alternate_key == key)) && s.chord == held) return &s;
  return nullptr;
}

const Shortcut* find_shortcut(std::string_view keys) {
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const Shortcut& s : shortcuts())
    if (same(s.keys, keys)) return &s;
  return nullptr;
}

const char* shortcut_keys(Action action) {
  for (const Shortcut& s : shortcuts())
    if (s.action == action) return s.keys.data();
  return "";
}

const char* shortcut_keys(document::ViewMode mode) {
  for (const Shortcut& s : shortcuts())
    if (s.mode == mode) return s.keys.data();
  return "";
}

const std::vector<MouseControl>& mouse_controls() {
  static const std::vector<MouseControl> table = {
      {"Left drag", "orbit"},
      {"Right or middle drag", "pan"},
      {"Shift + left drag", "pan"},
      {"Wheel", "zoom"},
      {"Hover / click", "name / details of a structure"},
  };
  return table;
}

}  // namespace soleus::ui
