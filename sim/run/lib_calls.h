// Library calls folded under the user's line (issue 19): a view of the trace, never a change to it.
//
// A program that imports strings or strconv runs their Go source, and every call in it is an
// event like the user's own calls: a three-line program makes a thousand. A learner reads the
// user's line that called into the library ("line 10: strings.Repeat") and what the runtime did
// for it (its mallocs, its stack growth, a park), not each frame of strings.(*Builder).grow.
//
// The rule (docs/visualizer.md, "Library calls"). Library code is what Program::is_library says
// (sim/interp/lib_frames.h: GOROOT's packages and runtime.main's package initialization). A
// *library call* starts at a call event into a library function made by a frame at depth >= 0
// when the goroutine is not inside one already, and ends with that frame's return event. Its
// events are the goroutine's events in between that library code makes: calls whose callee is
// library code, returns of library functions, and every other event of the goroutine while its
// innermost frame is library code. A user function the library calls back (a less function, a
// String method) is user code again: its events are not the library call's.
// Of a library call's events, the folded ones are its calls, returns and sync/atomic operations
// (the library's inner workings); the runtime events stay visible under it (go_create, park and
// ready, system calls, writes, GC phases and assists, the mallocs it makes, morestack and
// copystack of the goroutine's stack), because they are what the user's line costs. Package
// initialization before main.main, and a goroutine the library itself started, have no user line:
// there the allocator's and the stack's events are folded too (counted in the summary), and only
// the scheduler's stay visible.
//
// The goroutine's first frame (runtime.main, or a library function started by `go`) is never
// folded itself: its call and return are the goroutine starting and ending. Without call events
// (--no-call-events) nothing is folded.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sim/base/lang.h"
#include "sim/rt/program.h"
#include "sim/trace/event.h"

namespace gosim {

struct LibGroup {
  int64_t goid = 0;
  uint64_t first_seq = 0, last_seq = 0;  // the goroutine's events in it lie in [first, last]
  VTime first_time = 0;
  int32_t entry_fn = -1;   // the library function the user's code called ("strings.Repeat")
  int32_t caller_fn = -1;  // the frame that called it (the user's function, or runtime.main)
  int32_t line = 0;        // the user's line making the call; 0: none (initialization, a library G)
  bool has_user = false;   // a user frame is below it on the goroutine's stack
  uint32_t calls = 0;      // library calls made, the entry included
  uint32_t events = 0;     // events in it
  uint32_t folded = 0;     // of those, folded
  uint32_t mallocs_folded = 0;
  std::vector<std::pair<std::string, uint32_t>> packages;  // calls by package, first seen first
  bool open = true;
};

// What add() decided for one event.
struct LibMark {
  uint32_t group = 0;   // 1 + the index of the library call it belongs to; 0: none
  bool folded = false;  // hidden in the collapsed view (counted in the group's summary)
  bool closes = false;  // the last event of its library call
};

class LibCalls {
 public:
  explicit LibCalls(const Program& program) : program_(&program) {}

  // Feeds the trace's events in order. user_line: Program::user_line of the event's goroutine at
  // the instant the event was emitted (0 when unknown).
  LibMark add(const Event& e, int32_t user_line);
  // Closes every library call still open (the run ended inside one).
  void finish();

  const std::vector<LibGroup>& groups() const { return groups_; }
  const LibGroup& group(uint32_t mark) const { return groups_[mark - 1]; }

  // The summary a learner reads: "line 10: strings.Repeat — 19 calls in strings (19); 38 library
  // events folded".
  std::string describe(const LibGroup& g, Lang lang = Lang::kEn) const;

 private:
  struct GStack {
    std::vector<int32_t> fns;  // the tracked frames' functions, outermost first
    uint32_t group = 0;        // the open library call (1 + index), 0: none
    size_t group_depth = 0;    // the depth of its entry frame
  };
  bool lib(int32_t fn) const { return program_->is_library(fn); }
  void count_call(LibGroup& g, int32_t fn);

  const Program* program_;
  std::unordered_map<int64_t, GStack> stacks_;  // by goid (looked up, never iterated)
  std::vector<LibGroup> groups_;
};

// Whether an event of a library call is folded: its calls, returns and atomic operations always;
// with no user line (initialization, a library goroutine) also the allocator's and the stack's.
bool lib_event_folded(EventKind k, bool has_user);

}  // namespace gosim
