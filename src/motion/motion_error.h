#pragma once
/// The one error every reader of measured motion throws: its message names the file, the line
/// (and column where there is one) and the reason, e.g.
/// "run.sto: line 14: column 3 (knee_angle_r): not a finite number ('nan')".
#include <stdexcept>
#include <string>

namespace soleus::motion {

class MotionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// "FILE: REASON".
[[noreturn]] inline void fail(const std::string& file, const std::string& reason) {
  throw MotionError(file + ": " + reason);
}

/// "FILE: line N: REASON" (lines count from 1).
[[noreturn]] inline void fail_at(const std::string& file, std::size_t line, const std::string& reason) {
  throw MotionError(file + ": line " + std::to_string(line) + ": " + reason);
}

}  // namespace soleus::motion
