// Levels of detail: which events a learner steps through, reads in the event log and sees on
// the timeline. The one table of which kind belongs to which level is in detail_level.cpp; the
// visualizer (stepping, event log, timeline), the lesson engine and `gosim run --events --detail`
// all read it from here.
//
//   sched  the scheduler's story: Gs, Ps, Ms, queues, sync, channels, syscalls, the netpoller,
//          timers, sysmon, stop-the-world, the program's output and end
//   mem    + memory: mallocs and the allocator's levels, goroutine stacks, the GC cycle (phases,
//          pacer, roots, assists, write barriers)
//   all    + the fine grain: every call and return, each object the collector greys or scans,
//          each span it sweeps
//
// The levels are gosim's teaching choice, not something Go has; they only hide events, never
// change the run (every level records and replays the same trace).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "sim/trace/event.h"

namespace gosim {

enum class DetailLevel : uint8_t { kSched = 0, kMem = 1, kAll = 2 };

// The lowest level that shows events of kind `k`.
DetailLevel detail_level_of(EventKind k);

// Whether level `level` shows events of kind `k` (the levels nest: sched ⊂ mem ⊂ all).
inline bool detail_shows(DetailLevel level, EventKind k) {
  return static_cast<uint8_t>(detail_level_of(k)) <= static_cast<uint8_t>(level);
}

// The name lessons and scenarios use: "scheduler", "memory", "all".
std::string_view detail_level_name(DetailLevel level);
// Accepts the JSON names and the CLI's short ones ("sched", "mem", "all"); nullopt otherwise.
std::optional<DetailLevel> parse_detail_level(std::string_view name);

}  // namespace gosim
