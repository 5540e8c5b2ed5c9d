// soleus-lab: dispatches to the report/stretch/describe-set subcommands or the window app.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "app/app_options.h"
#include "app/describe_set_command.h"
#include "app/report_command.h"
#include "app/viewer.h"
#include "core/log.h"

int main(int argc, char** argv) {
  using namespace soleus::app;
  const auto process_start = std::chrono::steady_clock::now();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "report")
    return run_report_command({args.begin() + 1, args.end()}, std::cout, std::cerr);
  if (!args.empty() && args[0] == "describe-set")
    return run_describe_set_command({args.begin() + 1, args.end()}, std::cout, std::cerr);
  if (!args.empty() && args[0] == "stretch")
    return run_stretch_command({args.begin() + 1, args.end()}, std::cout, std::cerr);

  const ParseResult parsed = parse_app_options(args);
  if (!parsed.error.empty()) {
    std::cerr << "soleus-lab: " << parsed.error << "\n";
    return 2;
  }
  if (parsed.options.help) {
    std::cout << app_usage();
    return 0;
  }
  if (parsed.options.version) {
    std::cout << "soleus-lab " << SOLEUS_VERSION << "\n";
    return 0;
  }
  soleus::core::set_log_level(parsed.options.verbose ? soleus::core::LogLevel::Info
                                                      : soleus::core::LogLevel::Warning);
#if defined(__GLIBC__)
  // Software GL (Mesa llvmpipe) allocates and frees vertex buffers of up to megabytes in every
  // draw. Past glibc's mmap threshold each one is mapped and unmapped again, a page fault per
  // 4 KiB: measured, up to a fifth of the frame, in some runs and not others (the threshold
  // moves with the allocation history). Such blocks stay in the heap instead.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  return run_viewer(parsed.options, process_start);
}
