// FrameClock: the clock animation reads, owned by the app and advanced once per drawn frame.
//
// Live, the window advances it by ImGui's frame time × the speed setting; a recording advances it
// by exactly 1/fps per recorded frame, so the same lesson at the same fps gives the same frames.
// Animation code reads now_s and never the host clock.
#pragma once

namespace gosim::viz {

struct FrameClock {
  double now_s = 0;
  void advance(double dt_s) { now_s += dt_s; }
};

}  // namespace gosim::viz
