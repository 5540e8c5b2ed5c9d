#pragma once
// soleus-lab describe-set FOLDER [--force]: loads a folder of anatomy parts as the app would and
// writes what it guessed (units, up axis, side, placement, each part's role) to
// FOLDER/soleus-model.json, for people to correct and keep beside the files (docs/model-sets.md).
#include <ostream>
#include <string>
#include <vector>

namespace soleus::app {

/// Exit codes: 0 written; 1 the set cannot be loaded, the file exists (without --force) or cannot
/// be written; 2 bad arguments.
int run_describe_set_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace soleus::app
