// Which instant of a run `gosim state --at` means, and a Machine stopped exactly there.
//
// Every event is a pause point: the Machine copies its model at the instant event `seq` is
// emitted when capture_at(seq) was armed beforehand (sim/rt/machine.h), even when one engine
// step emits many events. A number is such a seq; `end` and the selectors (kind:NAME, line:N,
// g:N, each with an optional #K for the K-th match) need the run once to find the seq, then
// run again with the capture armed: runs are deterministic, so the second run passes through
// the same events.
//
// --at 0 is the model right after start(): the runtime's start-up (M0, P0, the main goroutine
// and the runtime's own goroutines) is set up, and the events it emitted are still to be handed
// out, so state 0 already holds what they describe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sim/base/config.h"
#include "sim/rt/machine.h"
#include "sim/rt/program.h"
#include "sim/trace/event.h"

namespace gosim::state {

struct AtSpec {
  enum class Kind : uint8_t { kSeq, kEnd, kKind, kLine, kGoroutine };
  Kind kind = Kind::kSeq;
  uint64_t seq = 0;                      // kSeq
  EventKind event = EventKind::kCount;   // kKind
  int64_t n = 0;                         // kLine: the line; kGoroutine: the goid
  uint64_t nth = 1;                      // #K: the K-th match (1-based)
  std::string text;                      // as the user wrote it, for messages
};

// Parses an --at value; on failure returns nullopt and sets *error to a sentence (an unknown
// kind lists the known ones).
std::optional<AtSpec> parse_at(std::string_view s, std::string* error);

// A machine stopped right after the chosen event (or after start, for --at 0), with state()
// the exact model there.
struct StateAt {
  std::unique_ptr<Machine> machine;
  std::optional<Event> event;  // the event; none for --at 0
  uint64_t seq = 0;
  std::string error;           // non-empty: the spec names no event of this run
};

StateAt run_to(const Program& program, int32_t main_entry, const Config& config, const AtSpec& at);

}  // namespace gosim::state
