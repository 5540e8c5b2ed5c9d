#pragma once
#include <chrono>

#include "app/app_options.h"

namespace soleus::app {

/// Opens the window (or, with --screenshot, a hidden one), runs until closed, returns the exit
/// code. Every failure is reported as one clear message on stderr.
/// process_start anchors the time-to-first-frame measurement.
int run_viewer(const AppOptions& options, std::chrono::steady_clock::time_point process_start);

}  // namespace soleus::app
