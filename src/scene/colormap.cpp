#include "scene/colormap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace soleus::scene {
namespace {

// Viridis sampled at ten evenly spaced points t = i / 9 (sRGB 0..255), matplotlib's colormap.
constexpr std::array<std::array<float, 3>, 10> kViridis = {{{68, 1, 84},
                                                             {72, 40, 120},
                                                             {62, 74, 137},
                                                             {49, 104, 142},
                                                             {38, 130, 142},
                                                             {31, 158, 137},
                                                             {53, 183, 121},
                                                             {109, 205, 89},
                                                             {180, 222, 44},
                                                             {253, 231, 37}}};

// ColorBrewer PuOr, 11 classes (sRGB 0..255), from its purple end to its orange end.
constexpr std::array<std::array<float, 3>, 11> kPuOr = {{{45, 0, 75},
                                                         {84, 39, 136},
                                                         {128, 115, 172},
                                                         {178, 171, 210},
                                                         {216, 218, 235},
                                                         {247, 247, 247},
                                                         {254, 224, 182},
                                                         {253, 184, 99},
                                                         {224, 130, 20},
                                                         {179, 88, 6},
                                                         {127, 59, 8}}};

float srgb_to_linear(float c) {
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

constexpr float kMaxSwelling = 0.06f;  // a fully loaded muscle is drawn 6 % thicker

}  // namespace

Vec3 viridis(float t) {
  const float x = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(kViridis.size() - 1);
  const auto i = static_cast<std::size_t>(std::min(x, static_cast<float>(kViridis.size() - 2)));
  const float f = x - static_cast<float>(i);
  Vec3 out;
  for (int c = 0; c < 3; ++c) {
    // Interpolate in sRGB (where the samples are perceptually even), then linearise.
    const float srgb = (kViridis[i][c] * (1.0f - f) + kViridis[i + 1][c] * f) / 255.0f;
    out[c] = srgb_to_linear(srgb);
  }
  return out;
}

Vec3 puor(float t) {
  const float x = (std::clamp(t, -1.0f, 1.0f) + 1.0f) * 0.5f * static_cast<float>(kPuOr.size() - 1);
  const auto i = static_cast<std::size_t>(std::min(x, static_cast<float>(kPuOr.size() - 2)));
  const float f = x - static_cast<float>(i);
  Vec3 out;
  for (int c = 0; c < 3; ++c) out[c] = srgb_to_linear((kPuOr[i][c] * (1.0f - f) + kPuOr[i + 1][c] * f) / 255.0f);
  return out;
}

float load_to_colormap_position(float load_fraction) {
  if (!(load_fraction > 0.0f)) return 0.0f;
  return kZeroLoadGap + (1.0f - kZeroLoadGap) * std::min(load_fraction, 1.0f);
}

float load_to_swelling(float load_fraction) {
  return 1.0f + kMaxSwelling * std::clamp(load_fraction, 0.0f, 1.0f);
}

}  // namespace soleus::scene
