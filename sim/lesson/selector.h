// Where a lesson step stops: `gosim state --at`'s selectors (docs/state.md) plus two lesson
// extensions.
//
//   N | 0 | end                 an event number (0: right after start), or the run's end
//   kind:NAME  line:N  g:N  p:N  the first event of that kind / whose goroutine is at source
//                                line N when it is emitted / concerning goroutine N / on P N
//   A&B&…                        the first event that matches every part
//   …#K                          the K-th match instead of the first (applies to the whole &)
//   next:SEL                     the first match after the previous stop of the same run
//                                (for a question's reveal_at: after the step's own stop)
//
// Resolving needs the run's events: sim/lesson/run.cpp records them once (kind, g, p and the
// goroutine's line at emission) and resolves every selector of the run against that record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/trace/event.h"

namespace gosim::lesson {

struct Selector {
  enum class Kind : uint8_t { kSeq, kEnd, kMatch };
  struct Part {
    enum class What : uint8_t { kKind, kLine, kGoroutine, kP };
    What what = What::kKind;
    EventKind event = EventKind::kCount;  // kKind
    int64_t n = 0;                        // kLine: the line; kGoroutine: goid; kP: P id
  };
  Kind kind = Kind::kSeq;
  bool next = false;        // next: prefix
  uint64_t seq = 0;         // kSeq
  std::vector<Part> parts;  // kMatch, all must hold
  uint64_t nth = 1;         // #K
  std::string text;         // as written

  bool needs_lines() const;
};

// One event of a run as selectors see it.
struct EventRecord {
  uint64_t seq = 0;
  EventKind kind = EventKind::kCount;
  int64_t g = 0;
  int32_t p = -1;
  int32_t line = 0;  // the line goroutine g was at when the event was emitted (0: unknown)
};

struct SelectorError {
  size_t offset = 0;  // byte offset in the selector text where the problem starts
  std::string message;
};

std::optional<Selector> parse_selector(std::string_view text, SelectorError* error);

bool selector_matches(const Selector& sel, const EventRecord& e);

// The event number `sel` names in a run whose events are `events` (in order), counting matches
// only after event `after` when sel.next is set. nullopt with *error set when it names nothing
// ("kind:steal#3 never happens; the run has 2", "event 900 is past the end: the run has 412 events").
// For `end` the result is the last event's number (*is_end set): the state there is the final one.
std::optional<uint64_t> resolve_selector(const Selector& sel, const std::vector<EventRecord>& events, uint64_t after,
                                         bool* is_end, std::string* error);

}  // namespace gosim::lesson
