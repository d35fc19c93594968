// Go: runtime/stack.go — a goroutine stack that grows and shrinks by copying.
//
// Stacks grow down, from g.stack.hi towards g.stack.lo; each function's frame sits below its
// caller's (the ASCII picture at the top of stack.go). Every function prologue compares SP with
// g.stackguard0 = stack.lo + _StackGuard (obj6.go stacksplit, three shapes by frame size);
// when the check fails the function calls morestack, and newstack allocates a stack twice as
// big (more if the frame still would not fit), copystack moves the used part to the top of the
// new stack, adjusts every pointer into the old range and frees the old stack. During a GC,
// shrinkstack halves a stack that is less than a quarter used.
//
// What gosim simplifies: Go adjusts only the words its stack maps say are pointers; gosim has no
// stack maps and adjusts every word of the used stack whose value falls in the old range (a
// conservative rule: an integer that happens to equal a stack address would move too). The
// frame sizes are gosim's interpreter frames (sim/ir), not the real compiler's (see
// sim/ir/frames.h for what the real ABI would use). Channel waits (sudogs) copy the element
// into the runtime's own structures, so no sudog points into a stack; gosim's side tables
// keyed by an address (sync state, semaphores) are re-keyed when the object they describe moves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/lang.h"
#include "sim/rt/runtime2.h"

namespace gosim {

constexpr uint64_t kStackMin = 2048;   // Go: _StackMin (= _FixedStack on linux/amd64)
constexpr uint64_t kStackGuard = 928;  // Go: _StackGuard on linux/amd64 (StackGuardMultiplier 1)
constexpr uint64_t kStackSmall = 128;  // Go: _StackSmall — SP may sit this far below the guard
constexpr uint64_t kStackBig = 4096;   // Go: _StackBig — frames above it check for wrap-around
constexpr uint64_t kStackLimit = kStackGuard - kStackSmall;  // Go: _StackLimit (800)

// Go: g.stackguard0 outside of a preemption request.
inline uint64_t stackguard0(const GCode& c) { return c.stack_lo + kStackGuard; }
// The G's stack pointer: the lowest byte its frames use (stack.hi for a G with no frame yet).
inline uint64_t stack_sp(const GCode& c) { return c.frames.empty() ? c.stack_hi : c.frames.back().fp; }

// The prologue the compiler emits for a frame of this size (Go: obj6.go stacksplit and the
// leaf rule in preprocess: a function with a frame under _StackSmall that calls nothing is
// marked NOSPLIT and has no check at all).
enum class SplitCheck : uint8_t {
  kNosplit,  // no check
  kSmall,    // framesize <= _StackSmall: CMPQ SP, stackguard0; JLS morestack
  kLarge,    // framesize <= _StackBig:   LEAQ -(framesize-_StackSmall)(SP), R12; CMPQ R12, stackguard0
  kHuge,     // larger: the subtraction is checked for wrap-around first
};
SplitCheck split_check_kind(int64_t framesize, bool leaf);
const char* split_check_name(SplitCheck k);
// Go: obj6.go stacksplit — true when the prologue of a function whose frame is `framesize`
// bytes, entered with stack pointer `sp`, calls morestack.
bool stacksplit_fails(uint64_t sp, uint64_t guard, int64_t framesize, bool leaf = false);

// Go: stack.go newstack — the new size: double, then keep doubling until the frame plus the
// guard fits above what is already used (funcMaxSPDelta + _StackGuard).
uint64_t newstack_size(uint64_t oldsize, uint64_t used, int64_t framesize);

// The two lines newstack prints before throw("stack overflow").
std::string stack_overflow_text(uint64_t limit, uint64_t sp, uint64_t lo, uint64_t hi);

struct CopyStackResult {
  uint64_t old_lo = 0, old_hi = 0, new_lo = 0, new_hi = 0;
  uint64_t copied = 0;    // bytes moved: old.hi - sp
  int64_t adjusted = 0;   // pointers into the old range that were rewritten
};

// Go: stack.go copystack — moves G gi's stack to a new one of `newsize` bytes (from P p's
// stack cache, or the pool when p < 0): copies the used part, adjusts pointers in the frames,
// the defer records, closure contexts and pending network results, frees the old stack, and
// emits a kCopyStack event (plus the allocator's stack events) into `out` when given.
CopyStackResult copystack(Model& md, GIdx gi, uint64_t newsize, int32_t p, heap::EventOut out);

// Go: stack.go shrinkstack — called by the GC for each goroutine it scans (scanstack): halves
// the stack when the goroutine uses less than a quarter of it (counting _StackLimit for nosplit
// calls), never below 2 KiB, never for a G in a system call or without a stack. Returns true
// when the stack was shrunk (a kCopyStack event then went to `out`).
bool shrinkstack(Model& md, GIdx gi, int32_t p, heap::EventOut out);

// kCall and kReturn: a = function entry | depth << 32 (the frame's index in the goroutine's
// stack: 0 for its first function); kCall b, c = the frame [lo, hi); kReturn b = the frame's lo,
// c = the caller's entry (-1: the goroutine's first function returned).
inline int64_t call_a(int32_t fn, size_t depth) {
  return static_cast<int64_t>(static_cast<uint32_t>(fn)) | static_cast<int64_t>(depth) << 32;
}
inline int32_t call_fn(const Event& e) { return static_cast<int32_t>(e.a & 0xffffffff); }
inline int64_t call_depth(const Event& e) { return e.a >> 32; }

// Event arguments. kMorestack: a = function entry | framesize << 32, b = SP, c = stackguard0.
inline int64_t morestack_a(int32_t fn, int64_t framesize) {
  return static_cast<int64_t>(static_cast<uint32_t>(fn)) | (framesize << 32);
}
inline int64_t morestack_fn(const Event& e) { return e.kind == EventKind::kMorestack ? static_cast<int32_t>(e.a & 0xffffffff) : 0; }
inline int64_t morestack_framesize(const Event& e) { return e.a >> 32; }
// kCopyStack: a = old.lo, b = new.lo, c = log2(old size) | log2(new size) << 6 | copied << 12
// (30 bits) | adjusted << 42 (21 bits, saturated).
int64_t copystack_event_c(const CopyStackResult& r);
CopyStackResult copystack_from_event(const Event& e);

// The sentences for kMorestack and kCopyStack (fn_name: the function whose prologue failed).
std::string describe_stack_event(const Event& e, const std::string& fn_name, Lang lang = Lang::kEn);

}  // namespace gosim
