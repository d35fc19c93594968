#include "visualizer/session/g_palette.h"

#include <array>
#include <cmath>

namespace gosim::viz {

namespace {

Rgb hsv(float h, float s, float v) {
  const float c = v * s;
  const float hp = h / 60.0f;
  const float x = c * (1.0f - std::fabs(std::fmod(hp, 2.0f) - 1.0f));
  float r = 0, g = 0, b = 0;
  if (hp < 1) r = c, g = x;
  else if (hp < 2) r = x, g = c;
  else if (hp < 3) g = c, b = x;
  else if (hp < 4) g = x, b = c;
  else if (hp < 5) r = x, b = c;
  else r = c, b = x;
  const float m = v - c;
  auto byte = [](float f) { return static_cast<uint8_t>(std::lround(std::fmin(1.0f, std::fmax(0.0f, f)) * 255.0f)); };
  return Rgb{byte(r + m), byte(g + m), byte(b + m)};
}

std::array<Rgb, kPaletteSize> build() {
  std::array<Rgb, kPaletteSize> p{};
  // Hues 0, 108, 216, 324, 72, … (steps of 108°: neighbours far apart on the wheel), the second
  // ten deeper than the first ten.
  for (size_t i = 0; i < kPaletteSize; ++i) {
    const float hue = std::fmod(static_cast<float>(i % 10) * 108.0f + (i >= 10 ? 36.0f : 0.0f), 360.0f);
    p[i] = i < 10 ? hsv(hue, 0.45f, 0.98f) : hsv(hue, 0.75f, 0.88f);
  }
  return p;
}

}  // namespace

Rgb palette_colour(size_t i) {
  static const std::array<Rgb, kPaletteSize> kPalette = build();
  return kPalette[i % kPaletteSize];
}

Rgb VisiblePalette::colour(int64_t goid) {
  const auto [it, added] = index_.try_emplace(goid, static_cast<uint32_t>(index_.size()));
  return palette_colour(it->second);
}

}  // namespace gosim::viz
