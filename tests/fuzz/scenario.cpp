// Fuzz target: scenario files (document::parse_scenario). Only FileError may come out, and a
// scenario that reads writes text that reads back the same (the writer's round trip).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "document/scenario.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  soleus::fuzz::scratch_dir("scenario");  // silences the log
  const std::string text(reinterpret_cast<const char*>(data), size);
  soleus::document::Scenario scenario;
  try {
    scenario = soleus::document::parse_scenario(text, "fuzz.json");
  } catch (const soleus::document::FileError&) {
    return 0;
  }
  const std::string written = soleus::document::scenario_text(scenario);
  if (soleus::document::scenario_text(soleus::document::parse_scenario(written, "written.json")) != written) std::abort();
  return 0;
}
