// The animation clock: virtual seconds the app owns, never the host clock.
//
// Animation progress is a pure function of (state before, state after, t), and t comes from
// here. In the live window the app advances it by ImGui's frame delta × the speed setting;
// a recording advances it by exactly 1/fps a frame, so the same lesson at the same fps gives
// the same frames; a script advances it with {"advance_ms": N}. Nothing in visualizer/anim
// reads a host clock.
#pragma once

namespace gosim::viz {

struct FrameClock {
  double now_s = 0;
  // Negative or NaN steps are ignored: the clock never runs backwards.
  void advance(double dt_s) {
    if (dt_s > 0) now_s += dt_s;
  }
};

}  // namespace gosim::viz
