#pragma once
/// Input gathered by the window between two poll_events() calls. The platform module only
/// records; the app decides what it means (and asks ImGui first whether it wants the input).
#include <cstdint>
#include <string>
#include <vector>

#include "core/math.h"

namespace soleus::platform {

enum class MouseButton : std::uint8_t { Left = 0, Right = 1, Middle = 2 };
inline constexpr int kMouseButtonCount = 3;

/// Modifier keys held (bit set).
struct Modifiers {
  bool shift = false;
  bool control = false;
  bool alt = false;
  bool super = false;
};

/// A key press or auto-repeat. `key` is a GLFW_KEY_* code (layout-independent US names),
/// so the app compares it with the constants from <GLFW/glfw3.h>.
struct KeyPress {
  int key = 0;
  Modifiers modifiers;
  bool repeat = false;  // auto-repeat of a held key
};

struct InputState {
  // Persistent state.
  Vec2 mouse_position{0.0f};  // cursor in window coordinates (screen units, origin top-left)
  bool mouse_down[kMouseButtonCount] = {false, false, false};
  Modifiers modifiers;        // as of the latest event

  // Per-frame state: reset at the start of each poll_events()/wait_events().
  Vec2 mouse_delta{0.0f};     // cursor motion since the previous poll (screen units)
  Vec2 scroll_delta{0.0f};    // wheel / touchpad scroll (+y = away from the user)
  bool mouse_pressed[kMouseButtonCount] = {false, false, false};   // went down this frame
  bool mouse_released[kMouseButtonCount] = {false, false, false};  // went up this frame
  std::vector<KeyPress> keys_pressed;  // in arrival order
  bool framebuffer_resized = false;    // the framebuffer size changed (read Window::framebuffer_size)
  std::vector<std::string> dropped_paths;  // files dropped on the window, in order

  bool is_down(MouseButton button) const { return mouse_down[static_cast<int>(button)]; }
  bool was_pressed(MouseButton button) const { return mouse_pressed[static_cast<int>(button)]; }
  bool was_released(MouseButton button) const { return mouse_released[static_cast<int>(button)]; }
  /// True if `key` (GLFW_KEY_*) was pressed (not auto-repeated) this frame.
  bool key_pressed(int key) const {
    for (const KeyPress& press : keys_pressed) {
      if (press.key == key && !press.repeat) return true;
    }
    return false;
  }
};

}  // namespace soleus::platform
