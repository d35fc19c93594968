// The arithmetic of a tween: boxes, the easing curve, colours. Pure functions of t.
#pragma once

#include <algorithm>
#include <cstdint>

namespace gosim::viz {

// A rectangle in screen pixels: [x0, x1) × [y0, y1).
struct Box {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float w() const { return x1 - x0; }
  float h() const { return y1 - y0; }
  friend bool operator==(const Box&, const Box&) = default;
};

// Smoothstep: starts and ends at rest, and is symmetric (ease(1 - t) == 1 - ease(t)), so a
// step backwards plays exactly the forward tween in reverse.
inline double ease(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

inline float lerp(float a, float b, double e) { return static_cast<float>(a + (b - a) * e); }

inline Box lerp(const Box& a, const Box& b, double e) {
  return Box{lerp(a.x0, b.x0, e), lerp(a.y0, b.y0, e), lerp(a.x1, b.x1, e), lerp(a.y1, b.y1, e)};
}

// Packed colours as ImGui keeps them (ImU32: R in the low byte, A in the high one); each
// channel is interpolated on its own, alpha included.
inline uint32_t mix_rgba(uint32_t a, uint32_t b, double e) {
  uint32_t out = 0;
  for (int shift = 0; shift < 32; shift += 8) {
    const double ca = (a >> shift) & 0xffu, cb = (b >> shift) & 0xffu;
    const auto c = static_cast<uint32_t>(std::clamp(ca + (cb - ca) * e + 0.5, 0.0, 255.0));
    out |= c << shift;
  }
  return out;
}

}  // namespace gosim::viz
