// Where "run to breakpoint" stops: an event kind, a goroutine, a virtual time, a source line.
// The fields that are set must all hold.
//
// A line breakpoint works at the granularity of events: it fires on the first event whose
// goroutine is at that line of the Go source when the event happens (the session records each
// event's line, see Session::event_line). Straight-line code between two events has no event
// to stop on, so a line with no runtime work on it (x := 1) is reached only as part of the next
// event's line, never by itself.
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
  int32_t line = 0;                    // a source line of the scenario's Go file; 0: any
  bool enabled = true;

  bool empty() const { return kind == EventKind::kCount && goid == 0 && time < 0 && line == 0; }
  bool matchable() const { return !empty(); }

  // `prev_time` is the time of the event before `e` (or -1 for the first event): a time
  // breakpoint fires once, on the event where virtual time reaches it. `e_line` is the source
  // line of the event's goroutine (0: none).
  bool matches(const Event& e, VTime prev_time, int32_t e_line = 0) const {
    if (!enabled || !matchable()) return false;
    if (kind != EventKind::kCount && e.kind != kind) return false;
    if (line != 0 && e_line != line) return false;
    if (goid != 0 && e.g != goid) return false;
    if (time >= 0 && !(e.time >= time && prev_time < time)) return false;
    return true;
  }

  // "go_park G7 at ≥1.5ms", for lists and messages.
  std::string label() const;
};

}  // namespace gosim::viz
