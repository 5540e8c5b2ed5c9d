// Fuzz target: the command line. The input is split at NUL bytes into arguments; the first byte
// picks the parser: the window app's (app::parse_app_options), `report` or `stretch`. A --csv
// value is pointed into the scratch directory, so a fuzzed run never writes elsewhere.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "app/app_options.h"
#include "app/report_command.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > 4096) return 0;
  std::vector<std::string> args(1);
  for (std::size_t i = 1; i < size && args.size() <= 64; ++i) {
    if (data[i] == 0)
      args.emplace_back();
    else
      args.back() += static_cast<char>(data[i]);
  }
  const std::string csv = (soleus::fuzz::scratch_dir("cli") / "out.csv").string();
  for (std::size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--csv") args[i + 1] = csv;
  std::ostringstream out, err;
  switch (data[0] % 3) {
    case 0: soleus::app::parse_app_options(args); break;
    case 1: soleus::app::run_report_command(args, out, err); break;
    default: soleus::app::run_stretch_command(args, out, err); break;
  }
  return 0;
}
