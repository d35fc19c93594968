// A goroutine's interpreted frames read back from the model: each frame's function and line,
// its bounds in the stack, and its parameters, results and locals with their values read from
// simulated memory. Headless, so the visualizer's Goroutine stacks panel (visualizer/session/
// stacks_view.h), `gosim state` and the tests all read the same facts.
//
// A frame's line is the statement being executed: the instruction before its pc (Go: funcline
// of pc-1 in a traceback of a return address, or of a goroutine blocked inside a call into the
// runtime), except for a frame stopped at a safe point (a preempted loop's back-edge: Go shows
// the line of the instruction it runs next) or running its deferred calls at return.
// Variables come from the IR's VarInfo (name, type, offset from fp); a variable the compiler
// moved to the heap ("moved to heap: x") has a pointer in its slot, and the value is read
// through it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/runtime2.h"

namespace gosim::interp {

struct FrameSlot {
  enum class Kind : uint8_t { kParam, kResult, kLocal };
  Kind kind = Kind::kLocal;
  std::string name;
  std::string type;
  int32_t offset = 0;  // from the frame's fp
  int32_t size = 8;
  bool on_heap = false;    // the slot holds a pointer to the variable (moved to heap)
  uint64_t heap_addr = 0;  // on_heap: where the variable lives (0: not yet allocated)
  std::string value;       // the variable's value as a learner reads it ("" when on_heap and not allocated)
};
const char* frame_slot_kind_name(FrameSlot::Kind k);  // "param", "result", "local"

struct FrameView {
  int32_t fn = -1;
  std::string func;   // "main.worker"
  int32_t line = 0;   // the line it is at (the call it waits on, for outer frames)
  uint64_t fp = 0;    // lowest address
  uint64_t size = 0;  // frame_size
  int32_t params_size = 0, results_offset = 0, results_size = 0;
  std::vector<FrameSlot> slots;  // by offset, high to low (as a stack is drawn)
  bool innermost = false;
  bool library = false;    // a standard-library frame (lib_frames.h); set by views that mark them
  std::string returns_to;  // "main.main line 12" (the caller), "" for the outermost
  uint64_t top() const { return fp + size; }
};

// The line frame f (of function fn) is at: see the top of this file. Both the state views and
// the interpreter's traceback use it, so `gosim state`, tracebacks and the visualizer agree.
int32_t frame_line(const ir::Function& fn, const Frame& f);

// A value of IR type `type` at addr, as a learner reads it: 42, "hi", len=3 cap=4 ptr=0x…,
// {1, 2, …}, nil, 0xc000010000.
std::string format_value(const Memory& mem, const ir::Module& mod, int32_t type, uint64_t addr, int depth = 0);

// G gi's frames, outermost first (highest addresses first); empty for a G without
// interpreted frames.
std::vector<FrameView> frame_views(const Model& md, const ir::Module& mod, GIdx gi);

// The source line G gi is at in `md`: its innermost frame's line; a runnable G that has not
// started yet is at its function's line; 0 for runtime goroutines, dead or idle ones.
int32_t line_in_model(const Model& md, const ir::Module& mod, GIdx gi);

}  // namespace gosim::interp
