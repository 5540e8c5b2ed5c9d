#pragma once
#include "app/app_options.h"

namespace soleus::app {

/// Opens the window (or, with --screenshot, a hidden one), runs until closed, returns the exit
/// code. Every failure is reported as one clear message on stderr.
int run_viewer(const AppOptions& options);

}  // namespace soleus::app
