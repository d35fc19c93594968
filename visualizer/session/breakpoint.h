// Where "run to breakpoint" stops: an event kind, a goroutine, a virtual time (and, once the
// interpreter reports lines, a source line). The fields that are set must all hold.
//
// The session keeps the whole run's events, so a breakpoint is a search through the history,
// not a re-execution: "run to" finds the first matching event after the cursor and seeks past it.
#pragma once

#include <cstdint>
#include <string>

#include "sim/trace/event.h"

namespace gosim::viz {

struct BreakCondition {
  EventKind kind = EventKind::kCount;  // kCount: any kind
  int64_t goid = 0;                    // 0: any goroutine
  VTime time = -1;                     // -1: any time; else the first event at or after it
  int32_t line = 0;                    // a source line; not matchable until events carry lines
  bool enabled = true;

  bool empty() const { return kind == EventKind::kCount && goid == 0 && time < 0 && line == 0; }
  // Lines need the interpreter's positions on events; until then such a condition never fires.
  bool matchable() const { return line == 0 && !empty(); }

  // `prev_time` is the time of the event before `e` (or -1 for the first event): a time
  // breakpoint fires once, on the event where virtual time reaches it.
  bool matches(const Event& e, VTime prev_time) const {
    if (!enabled || !matchable()) return false;
    if (kind != EventKind::kCount && e.kind != kind) return false;
    if (goid != 0 && e.g != goid) return false;
    if (time >= 0 && !(e.time >= time && prev_time < time)) return false;
    return true;
  }

  // "go_park G7 at ≥1.5ms", for lists and messages.
  std::string label() const;
};

}  // namespace gosim::viz
