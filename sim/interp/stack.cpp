// Calls and the goroutine stack, from the interpreter's side: a G's first stack and frame, a
// call's frame, the prologue's stack check and newstack (Go: runtime/stack.go newstack,
// cmd/internal/obj/x86/obj6.go stacksplit). The stack operations themselves (copystack,
// shrinkstack, the check's arithmetic) are in sim/rt/stack.cpp, where the GC can reach them.
//
// A frame of an interpreted function is frame_size bytes (its IR frame: parameters, results,
// locals, temporaries), placed right below its caller's frame; the G's SP is the lowest frame's
// base. Before placing a frame, the call runs the check the compiler's prologue would run for
// a frame of that size (Go compares the SP at entry, before the frame is allocated, which is
// what gosim's SP is at that moment). When it fails: a kMorestack event, then newstack sizes
// the new stack and copystack moves the frames there (kCopyStack), then the frame is placed.
#include <algorithm>
#include <stdexcept>

#include "sim/rt/output.h"
#include "sim/heap/heap.h"
#include "sim/interp/exec.h"
#include "sim/interp/interp.h"
#include "sim/rt/stack.h"

namespace gosim::interp {

namespace {

// Go: obj6.go preprocess — a function that calls nothing gets no stack check when its frame is
// under _StackSmall. In the IR, anything that can run Go code below this frame is a call.
bool is_leaf(const ir::Function& f) {
  for (const ir::Instr& in : f.code) {
    switch (in.op) {
      case ir::Op::kCall: case ir::Op::kCallClosure: case ir::Op::kCallIface: case ir::Op::kLib:
      case ir::Op::kDefer: case ir::Op::kGo:
        return false;
      default: break;
    }
  }
  return true;
}

uint64_t moved(uint64_t v, uint64_t lo, uint64_t hi, int64_t delta) {
  return v >= lo && v < hi ? static_cast<uint64_t>(static_cast<int64_t>(v) + delta) : v;
}

}  // namespace

void Exec::start() {
  GCode& c = code();
  // Go: the G got its stack in newproc1 (malg or gfget), before it was runnable (sim/rt/proc.cpp).
  if (c.stack_lo == 0) throw std::logic_error("start: a goroutine without a stack");
  c.started = true;
  if (c.arg == 0) {  // main
    push_frame(c.entry, 0, 0, 0);
    return;
  }
  // A go statement's record (exec_call.cpp kGo): the packed word (function, creator function,
  // line), the funcval when the callee was one, the parameters. A negative arg is the packed
  // word alone: a declared function without arguments, for which Go allocates no wrapper.
  const bool no_record = c.arg < 0;
  const uint64_t rec = no_record ? 0 : static_cast<uint64_t>(c.arg);
  const uint64_t packed = no_record ? static_cast<uint64_t>(-(c.arg + 1)) : ld8(rec);
  const auto fn = static_cast<int32_t>(packed & 0xfffff);
  c.go_fn = static_cast<int32_t>((packed >> 20) & 0xfffff);
  c.go_line = static_cast<int32_t>((packed >> 40) & 0x7fffff);
  const bool has_ctx = (packed >> 63) != 0;
  if (no_record) {
    // A goroutine time.AfterFunc started: its f is the funcval, and no go statement made it
    // (Go's traceback says "created by time.goFunc"; gosim names no creator).
    if (c.start_ctx != 0) c.go_fn = -1;
    push_frame(fn, 0, c.start_ctx, 0);
    return;
  }
  // The funcval word is there when the go statement called a func value (Go: captured f).
  push_frame(fn, rec + (has_ctx ? 16 : 8), has_ctx ? ld8(rec + 8) : 0, 0);
}

void Exec::push_frame(int32_t fn, uint64_t args, uint64_t ctx, uint64_t ret_to) {
  const ir::Function& f = mod_.funcs[static_cast<size_t>(fn)];
  uint64_t sp = stack_sp(code());
  if (stacksplit_fails(sp, stackguard0(code()), f.frame_size) &&
      !(f.frame_size < static_cast<int64_t>(kStackSmall) && is_leaf(f))) {
    // args, ctx and ret_to may point into the stack that is about to move.
    const uint64_t lo = code().stack_lo, hi = code().stack_hi;
    if (!newstack(fn, f.frame_size)) return;  // stack overflow: the program is dead
    const int64_t delta = static_cast<int64_t>(code().stack_hi) - static_cast<int64_t>(hi);
    args = moved(args, lo, hi, delta);
    ctx = moved(ctx, lo, hi, delta);
    ret_to = moved(ret_to, lo, hi, delta);
    sp = stack_sp(code());
  }
  const uint64_t fp = (sp - static_cast<uint64_t>(f.frame_size)) & ~uint64_t{7};
  mem_.zero(fp, static_cast<size_t>(f.frame_size));
  if (f.params_size > 0 && args != 0) mem_.copy(fp, args, static_cast<size_t>(f.params_size));
  code().frames.push_back(Frame{fn, 0, fp, ctx, ret_to});
  if (mc_.config().call_events) {
    heap::emit(mc_.code_events(gi_), EventKind::kCall, -1, call_a(fn, code().frames.size() - 1), static_cast<int64_t>(fp),
               static_cast<int64_t>(fp + static_cast<uint64_t>(f.frame_size)));
  }
}

// A deferred call's frame, its parameters copied in from the defer record (Go 1.13+ keeps
// defer records on the stack, so running one allocates nothing).
void Exec::push_deferred(const DeferRec& d) {
  const size_t depth = code().frames.size();
  push_frame(static_cast<int32_t>(d.fn), 0, d.ctx, 0);
  if (code().frames.size() == depth) return;  // the stack overflowed
  const ir::Function& f = mod_.funcs[static_cast<size_t>(d.fn)];
  const size_t n = std::min(d.args.size(), static_cast<size_t>(f.params_size));
  if (n > 0) mem_.write(code().frames.back().fp, d.args.data(), n);
}

// Go: runtime/stack.go newstack, reached from the prologue through morestack.
bool Exec::newstack(int32_t fn, int64_t framesize) {
  GCode& c = code();
  const uint64_t sp = stack_sp(c);
  const int32_t p = current_p();
  heap::emit(mc_.code_events(gi_), EventKind::kMorestack, p, morestack_a(fn, framesize), static_cast<int64_t>(sp),
             static_cast<int64_t>(stackguard0(c)));
  const uint64_t oldsize = c.stack_hi - c.stack_lo;
  const uint64_t newsize = newstack_size(oldsize, c.stack_hi - sp, framesize);
  const int64_t limit = mc_.config().limits.max_stack_bytes;
  if (limit > 0 && newsize > static_cast<uint64_t>(limit)) {
    // Go: newstack prints the limit and the stack, then throw("stack overflow"). The events
    // that led here are out already (they go out as they happen).
    const int32_t m = g().m;
    Model& md = mc_.mutable_model();
    const std::string text = stack_overflow_text(static_cast<uint64_t>(limit), sp, c.stack_lo, c.stack_hi);
    const int64_t offset = write_output(md, text);
    mc_.emit_event(EventKind::kWrite, p, m, g().goid, 2, offset, static_cast<int64_t>(text.size()));
    // Go's traceback shows the function whose prologue failed, at its declaration's line, and
    // throw's own frames as "runtime stack:". The frame record exists only for the dump.
    const ir::Function& f = mod_.funcs[static_cast<size_t>(fn)];
    Frame shown{fn, static_cast<int32_t>(f.code.size()), sp, 0, 0};
    shown.at_return = true;
    c.frames.push_back(shown);
    mc_.fatal("stack overflow\n\nruntime stack:\nruntime.throw(...)\n\truntime/panic.go:1047\n"
              "runtime.newstack(...)\n\truntime/stack.go:1103\nruntime.morestack(...)\n\truntime/asm_amd64.s:570");
    code().frames.pop_back();
    Request r;
    r.kind = ReqKind::kWork;  // stop here: the engine has finished
    request(std::move(r));
    return false;
  }
  copystack(mc_.mutable_model(), gi_, newsize, p, mc_.code_events(gi_));
  return true;
}

}  // namespace gosim::interp
