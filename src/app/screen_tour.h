#pragma once
/// --check-screens: visits every screen (screen_check.h's every_screen) in turn, a few frames
/// each (its commands apply on the second, then ImGui settles its layout and tables over two
/// more), and checks the last one: no OpenGL error, no warning logged, no word shown as its key or
/// drawn as the missing-glyph box, the 3D content inside the window and clear of every panel.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "app/screen_check.h"
#include "core/log.h"
#include "document/document.h"
#include "scene/frame.h"
#include "scene/scene_builder.h"
#include "ui/app_ui.h"

namespace soleus::app {

class ScreenTour {
 public:
  /// No screens: a tour that is never on (the ordinary window). `frames_per_screen` >= 2.
  ScreenTour(std::vector<Screen> screens, int frames_per_screen);
  ~ScreenTour();
  ScreenTour(const ScreenTour&) = delete;
  ScreenTour& operator=(const ScreenTour&) = delete;

  bool starting_screen() const { return visit_ < screens_.size() && frame_ == 0; }
  /// Only the frame that is checked needs pixels: the ones before it settle ImGui's layout, which
  /// needs no drawing (at 2560x1440 on software GL, drawing them took two thirds of the tour).
  bool checks_this_frame() const { return frame_ + 1 >= frames_per_screen_; }

  /// --screens-dir: the screen being checked as DIR/NNN-name.png ("007-page-planner.png"), so
  /// every screen can be looked at, not only checked.
  void save_picture(const std::filesystem::path& folder, int width, int height, const std::vector<std::uint8_t>& rgba) const;

  /// From the runner's own stride, everything shown, to this screen.
  void go_to_screen(const document::Document& doc, const ui::UiContent& content, ui::AppUiState& ui_state,
                    document::CommandQueue& commands);

  /// After a frame is drawn: checks the screen once it has settled. True when the tour is over.
  bool screen_drawn(const document::Document& doc, const scene::FrameSpec& spec, const scene::Frame& built,
                    scene::FrameBuffers& buffers, float width, float height);

  /// Prints the summary line; the exit status (0 when no screen had a problem).
  int report(int width, int height) const;

 private:
  std::vector<Screen> screens_;
  int frames_per_screen_;
  std::size_t visit_ = 0;
  int frame_ = 0;
  std::size_t problems_ = 0;
  int warnings_ = 0;
  int warnings_at_start_ = 0;
  std::set<std::string> keys_reported_;  // missing string keys already reported (on their first screen)
  core::LogSink previous_sink_;
};

}  // namespace soleus::app
