#pragma once
/// The model being loaded in the background (File > Open): its name, a progress bar and Stop, in
/// a small window over the view's foot; the leg and the panels stay live under it. The app
/// fills the state from its loader each frame (app/model_loading.h) and carries out Stop.
#include <string>

#include "ui/layout.h"

namespace soleus::ui {

struct LoadingState {
  bool active = false;      // a load is running
  std::string name;         // the file or folder's name
  float fraction = -1.0f;   // 0..1; below 0 before the loader's first report
  double seconds = 0.0;     // since it started
  bool stopping = false;    // Stop was pressed: the load ends where the loader next checks
  bool stop_requested = false;  // Stop pressed this frame (the app clears it)
};

void draw_loading_window(LoadingState& state, const Rect& view);

}  // namespace soleus::ui
