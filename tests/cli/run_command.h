#pragma once
// The window-less commands run in-process: their exit code and what they wrote.
#include <sstream>
#include <string>
#include <vector>

#include "app/report_command.h"

namespace soleus::app {

struct CommandResult {
  int code;
  std::string out;
  std::string err;
};

inline CommandResult report(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = run_report_command(args, out, err);
  return {code, out.str(), err.str()};
}

inline CommandResult stretch(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = run_stretch_command(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace soleus::app
