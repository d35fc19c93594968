#include "visualizer/session/detail_step.h"

namespace gosim::viz {

uint64_t step_at_detail(const std::vector<Event>& ev, uint64_t cursor, int64_t delta, DetailLevel level,
                        const std::vector<uint32_t>* lib_marks) {
  uint64_t c = cursor > ev.size() ? ev.size() : cursor;
  auto folded = [&](uint64_t n) {
    return lib_marks != nullptr && n - 1 < lib_marks->size() && ((*lib_marks)[n - 1] & kStepFoldedBit) != 0;
  };
  auto shown = [&](uint64_t n) { return detail_shows(level, ev[n - 1].kind) && !folded(n); };  // event n, 1-based
  const uint64_t steps = delta < 0 ? static_cast<uint64_t>(-(delta + 1)) + 1 : static_cast<uint64_t>(delta);
  for (uint64_t i = 0; i < steps; ++i) {
    if (delta > 0) {
      if (c >= ev.size()) break;
      do ++c;
      while (c < ev.size() && !shown(c));
    } else {
      if (c == 0) break;
      do --c;
      while (c > 0 && !shown(c));
    }
  }
  return c;
}

}  // namespace gosim::viz
