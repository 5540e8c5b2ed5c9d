// Fuzz target: the settings file (document::parse_settings). Only FileError may come out, and
// settings that read write text that reads back equal.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "document/settings.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  soleus::fuzz::scratch_dir("settings");  // silences the log
  const std::string text(reinterpret_cast<const char*>(data), size);
  soleus::document::Settings settings;
  try {
    settings = soleus::document::parse_settings(text, "fuzz.json");
  } catch (const soleus::document::FileError&) {
    return 0;
  }
  const std::string written = soleus::document::settings_text(settings);
  if (soleus::document::settings_text(soleus::document::parse_settings(written, "written.json")) != written) std::abort();
  return 0;
}
