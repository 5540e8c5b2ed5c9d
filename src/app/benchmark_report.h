#pragma once
/// What `soleus-lab --benchmark` measures and prints.
#include <string>
#include <vector>

namespace soleus::app {

struct BenchmarkReport {
  double time_to_first_frame_s = 0.0;  // process start to the first frame on screen (s)
  double load_s = 0.0;                 // model load through Assimp (s)
  std::vector<double> frame_ms;        // wall time of each frame after the first (ms)
  double cpu_s = 0.0;                  // user + system CPU time of the process (s)
  double peak_rss_mb = 0.0;            // peak resident memory (MiB)
  std::size_t triangles = 0;           // triangles of the model
  std::string renderer;                // GL renderer description
};

/// Median, 95th percentile and worst of the frame times (ms); zeros when there are none.
struct FrameStats {
  double median_ms = 0.0;
  double p95_ms = 0.0;
  double max_ms = 0.0;
};
FrameStats frame_stats(std::vector<double> frame_ms);

/// CPU time and peak RSS of this process so far (getrusage).
void measure_process(BenchmarkReport& report);

/// Human-readable table, or one JSON object with the keys time_to_first_frame_s, load_s, frames,
/// median_frame_ms, p95_frame_ms, max_frame_ms, cpu_s, peak_rss_mb, triangles, renderer.
std::string format_report(const BenchmarkReport& report, bool json);

}  // namespace soleus::app
