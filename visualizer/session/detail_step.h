// Stepping at a level of detail: "next" and "prev" skip the events the level hides, so a
// scheduler-level lesson does not stop at each of a hundred malloc events. Plain data in,
// a cursor out; the visualizer's Step buttons, arrow keys and scripts go through it.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/trace/detail_level.h"
#include "sim/trace/event.h"

namespace gosim::viz {

// The cursor `delta` shown events away from `cursor` (cursor n: events 1..n have happened;
// event n is ev[n-1]). Forward stops at the end of the run, backward at 0 (the start, before
// any event, is always a stop).
// With lib_marks (Session::lib_marks()), events whose mark has kStepFoldedBit set (the inside
// of a library call, folded under the user's line) are skipped too.
constexpr uint32_t kStepFoldedBit = 0x80000000u;
uint64_t step_at_detail(const std::vector<Event>& ev, uint64_t cursor, int64_t delta, DetailLevel level,
                        const std::vector<uint32_t>* lib_marks = nullptr);

}  // namespace gosim::viz
