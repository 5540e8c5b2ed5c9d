#pragma once
/// A file the app reads (a scenario, the settings) that cannot be used. what() is one line for
/// the user naming the file, the field and the reason: "a.json: runner.speed_mps: must be a number".
#include <stdexcept>

namespace soleus::document {

class FileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace soleus::document
