#include "ui/shortcuts.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>

#include "ui/text.h"

namespace soleus::ui {

const std::vector<Shortcut>& shortcuts() {
  static const std::vector<Shortcut> table = {
      {Action::PlayPause, GLFW_KEY_SPACE, 0, false, "Space", [] { return tr("shortcut.play_pause"); }},
      {Action::StepBack, GLFW_KEY_COMMA, 0, true, ",", [] { return tr("shortcut.step_back"); }},
      {Action::StepForward, GLFW_KEY_PERIOD, 0, true, ".", [] { return tr("shortcut.step_forward"); }},
      {Action::Mode, GLFW_KEY_R, 0, false, "R", [] { return tr("shortcut.mode_run"); }, document::ViewMode::Run},
      {Action::Mode, GLFW_KEY_N, 0, false, "N", [] { return tr("shortcut.mode_anatomy"); },
       document::ViewMode::Anatomy},
      {Action::Mode, GLFW_KEY_C, 0, false, "C", [] { return tr("shortcut.mode_compare"); },
       document::ViewMode::Compare},
      {Action::ViewLateral, GLFW_KEY_1, 0, true, "1", [] { return tr("shortcut.view_lateral"); }},
      {Action::ViewMedial, GLFW_KEY_2, 0, true, "2", [] { return tr("shortcut.view_medial"); }},
      {Action::ViewPosterior, GLFW_KEY_3, 0, true, "3", [] { return tr("shortcut.view_posterior"); }},
      {Action::ViewAnterior, GLFW_KEY_4, 0, true, "4", [] { return tr("shortcut.view_anterior"); }},
      {Action::FrameView, GLFW_KEY_F, 0, true, "F", [] { return tr("shortcut.frame"); }},
      {Action::OrbitLeft, GLFW_KEY_LEFT, 0, true, "Left", [] { return tr("shortcut.orbit_left"); }},
      {Action::OrbitRight, GLFW_KEY_RIGHT, 0, true, "Right", [] { return tr("shortcut.orbit_right"); }},
      {Action::OrbitUp, GLFW_KEY_UP, 0, true, "Up", [] { return tr("shortcut.orbit_up"); }},
      {Action::OrbitDown, GLFW_KEY_DOWN, 0, true, "Down", [] { return tr("shortcut.orbit_down"); }},
      {Action::ZoomIn, GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD, true, "+", [] { return tr("shortcut.zoom_in"); }},
      {Action::ZoomOut, GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT, true, "-", [] { return tr("shortcut.zoom_out"); }},
      {Action::Xray, GLFW_KEY_X, 0, false, "X", [] { return tr("shortcut.xray"); }},
      {Action::Labels, GLFW_KEY_T, 0, false, "T", [] { return tr("shortcut.labels"); }},
      {Action::ShowAll, GLFW_KEY_A, 0, false, "A", [] { return tr("shortcut.show_all"); }},
      {Action::Isolate, GLFW_KEY_I, 0, false, "I", [] { return tr("shortcut.isolate"); }},
      {Action::ClearSelection, GLFW_KEY_ESCAPE, 0, true, "Esc", [] { return tr("shortcut.clear_selection"); }},
      {Action::TogglePanels, GLFW_KEY_TAB, 0, false, "Tab", [] { return tr("shortcut.toggle_panels"); }},
      {Action::Help, GLFW_KEY_H, 0, false, "H", [] { return tr("shortcut.help"); }},
      {Action::NextLanguage, GLFW_KEY_L, 0, false, "L", [] { return tr("shortcut.next_language"); }},
      {Action::Undo, GLFW_KEY_Z, 0, true, "Ctrl+Z", [] { return tr("shortcut.undo"); }, std::nullopt, Chord::Ctrl},
      {Action::Redo, GLFW_KEY_Z, 0, true, "Ctrl+Shift+Z", [] { return tr("shortcut.redo"); }, std::nullopt,
       Chord::CtrlShift},
      {Action::Redo, GLFW_KEY_Y, 0, true, "Ctrl+Y", [] { return tr("shortcut.redo"); }, std::nullopt, Chord::Ctrl},
      {Action::OpenModel, GLFW_KEY_O, 0, false, "Ctrl+O", [] { return tr("shortcut.open_model"); }, std::nullopt, Chord::Ctrl},
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
      {[] { return tr("mouse.left_drag"); }, [] { return tr("mouse.orbit"); }},
      {[] { return tr("mouse.right_drag"); }, [] { return tr("mouse.pan"); }},
      {[] { return tr("mouse.shift_drag"); }, [] { return tr("mouse.pan"); }},
      {[] { return tr("mouse.wheel"); }, [] { return tr("mouse.zoom"); }},
      {[] { return tr("mouse.hover_click"); }, [] { return tr("mouse.name_details"); }},
  };
  return table;
}

}  // namespace soleus::ui
