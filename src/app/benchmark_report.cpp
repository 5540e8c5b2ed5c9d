#include "app/benchmark_report.h"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

namespace soleus::app {

FrameStats frame_stats(std::vector<double> frame_ms) {
  FrameStats stats;
  if (frame_ms.empty()) return stats;
  std::sort(frame_ms.begin(), frame_ms.end());
  auto percentile = [&](double p) {  // nearest-rank
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(frame_ms.size())));
    return frame_ms[std::min(frame_ms.size() - 1, rank == 0 ? 0 : rank - 1)];
  };
  stats.median_ms = percentile(0.5);
  stats.p95_ms = percentile(0.95);
  stats.max_ms = frame_ms.back();
  return stats;
}

void measure_process(BenchmarkReport& report) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  report.cpu_s = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                 static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
  report.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

std::string format_report(const BenchmarkReport& report, bool json) {
  const FrameStats stats = frame_stats(report.frame_ms);
  if (json) {
    const nlohmann::json object = {
        {"time_to_first_frame_s", report.time_to_first_frame_s}, {"load_s", report.load_s},
        {"frames", report.frame_ms.size() + 1},  // the first frame is timed separately
        {"median_frame_ms", stats.median_ms},   {"p95_frame_ms", stats.p95_ms},
        {"max_frame_ms", stats.max_ms},         {"cpu_s", report.cpu_s},
        {"peak_rss_mb", report.peak_rss_mb},    {"triangles", report.triangles},
        {"renderer", report.renderer}};
    return object.dump(2) + "\n";
  }
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(3);
  out << "renderer              " << report.renderer << "\n"
      << "time to first frame   " << report.time_to_first_frame_s << " s\n"
      << "model load            " << report.load_s << " s\n"
      << "frames rendered       " << report.frame_ms.size() + 1 << "\n"
      << "frame time median     " << stats.median_ms << " ms\n"
      << "frame time p95        " << stats.p95_ms << " ms\n"
      << "frame time worst      " << stats.max_ms << " ms\n"
      << "CPU time              " << report.cpu_s << " s\n"
      << "peak resident memory  " << report.peak_rss_mb << " MiB\n"
      << "triangles             " << report.triangles << "\n";
  return out.str();
}

}  // namespace soleus::app
