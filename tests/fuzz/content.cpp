// Fuzz target: teaching content JSON through the loaders the app uses
// (content::load_learn_content, content::load_structure_catalog) from a file. The first byte
// picks the loader. Only ContentError may come out.
#include <cstddef>
#include <cstdint>

#include "content/content_error.h"
#include "content/learn.h"
#include "content/structures.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto path = soleus::fuzz::write_scratch("content", "content.json", data + 1, size - 1);
  try {
    if (data[0] % 2 == 0) {
      soleus::content::load_learn_content(path.string());
    } else {
      soleus::content::load_structure_catalog(path.string());
    }
  } catch (const soleus::content::ContentError&) {
  }
  return 0;
}
