// A goroutine's stack at the cursor, arranged the way the Goroutine stacks panel draws it.
//
// Built from the model and the program's IR (headless, so the UI test can compare pixels with
// the same facts): the stack's bounds [lo, hi) with hi at the top, the guard Go's function
// prologues compare SP with (stack.lo + _StackGuard), and each frame of interpreted Go from
// the outermost (highest addresses) to the innermost, with its parameters, results and
// locals read from simulated memory. gosim keeps return addresses in the G (Frame::pc of the
// caller) rather than in the stack; the view shows where Go would keep one, at the top of
// each callee's frame, and says so.
//
// Stack moves: the event at the cursor may be part of one (morestack, stack_alloc of the new
// stack, copystack, stack_free of the old; a GC's shrinkstack has the last three).
// stack_growth_at_cursor() finds both ranges from the copystack event (bytes copied, pointers
// adjusted), or from the stack_alloc/stack_free pair when there is none, and the words of the
// new stack that point into it when the model still holds that stack.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/interp/frame_view.h"
#include "sim/rt/runtime2.h"

namespace gosim::viz {

class Session;

constexpr uint64_t kStackGuard = 928;  // Go 1.19 stack.go _StackGuard on linux/amd64

// The frames and their variables come from sim/interp/frame_view.h (gosim state reads the same).
using StackSlot = interp::FrameSlot;
using StackFrameView = interp::FrameView;

struct StackView {
  int64_t goid = 0;
  GIdx gi = kNoG;
  bool exists = false;      // the G is alive at the cursor
  bool has_stack = false;   // stack bounds are set (interpreted Go)
  GStatus status = GStatus::kIdle;
  std::string entry;        // the G's function
  uint64_t lo = 0, hi = 0;  // Go: g.stack
  uint64_t guard = 0;       // Go: g.stackguard0 = lo + _StackGuard
  uint64_t used = 0;        // hi - the innermost frame's fp
  std::vector<StackFrameView> frames;  // outermost first (highest addresses first)
};

StackView build_stack_view(const Session& s, int64_t goid);

// The ledger's rows, outermost first: one frame each, or, with fold_lib, one row for each run of
// consecutive library frames (sim/interp/lib_frames.h) naming their packages in call order.
struct StackRow {
  size_t first = 0, count = 1;  // frames[first, first + count)
  bool folded = false;
  std::string packages;         // "strings, strconv" (folded rows)
};
std::vector<StackRow> stack_rows(const StackView& v, bool fold_lib);

// A stack copied to a bigger one, at event index `i` (0-based) of the run.
struct StackGrowth {
  int64_t goid = 0;
  uint64_t old_lo = 0, old_hi = 0;
  uint64_t new_lo = 0, new_hi = 0;
  uint32_t copy_event = 0;     // the copystack (or stack_free) event
  uint64_t copied = 0;         // bytes in use that moved (0: unknown)
  int64_t adjusted_count = -1; // pointers copystack rewrote (-1: unknown)
  bool model_on_new = false;   // the model at the cursor still has the G on the new stack
  // Addresses of words in the copied part of the new stack that point into it (the pointers
  // copystack adjusted), when model_on_new.
  std::vector<uint64_t> adjusted;
  bool grows() const { return new_hi - new_lo > old_hi - old_lo; }
};
// The growth the last event that happened (or its partner just before/after) belongs to.
std::optional<StackGrowth> stack_growth_at_cursor(const Session& s);

// One bar per live goroutine with a stack: bytes used vs the stack's size.
struct StackBar {
  int64_t goid = 0;
  uint64_t used = 0, size = 0;
  GStatus status = GStatus::kIdle;
};
std::vector<StackBar> stack_bars(const Session& s);

}  // namespace gosim::viz
