// Google Benchmark: encoding a 1280x720 screenshot to PNG (part of every --screenshot's wall
// time; docs/performance.md). The picture imitates a capture: a vertical gradient backdrop,
// a shaded disc and a band of text-like noise, so the encoder meets smooth areas and edges.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "render/image_io.h"

namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

std::vector<std::uint8_t> synthetic_capture() {
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(kWidth) * kHeight * 4);
  std::uint32_t noise = 12345u;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      std::uint8_t* p = &rgba[(static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)) * 4];
      const float backdrop = 200.0f + 40.0f * static_cast<float>(y) / kHeight;
      const float dx = static_cast<float>(x - kWidth / 2) / 200.0f;
      const float dy = static_cast<float>(y - kHeight / 2) / 200.0f;
      const float r2 = dx * dx + dy * dy;
      float value = r2 < 1.0f ? 80.0f + 120.0f * std::sqrt(1.0f - r2) : backdrop;
      if (x < 300 && (y / 20) % 2 == 0) {  // panel text: high-frequency noise
        noise = noise * 1664525u + 1013904223u;
        value = static_cast<float>(noise >> 24);
      }
      p[0] = static_cast<std::uint8_t>(value);
      p[1] = static_cast<std::uint8_t>(value * 0.8f);
      p[2] = static_cast<std::uint8_t>(value * 0.7f);
      p[3] = 255;
    }
  }
  return rgba;
}

void BM_WritePng1280x720(benchmark::State& state) {
  const std::vector<std::uint8_t> rgba = synthetic_capture();
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("soleus_bench_png_" + std::to_string(::getpid()) + ".png");
  for (auto _ : state) soleus::render::write_png(path, kWidth, kHeight, rgba);
  state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
  std::filesystem::remove(path);
}
BENCHMARK(BM_WritePng1280x720)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
