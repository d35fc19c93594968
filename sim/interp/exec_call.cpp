// Calls through a closure or an interface, go and defer statements, making closures, library
// calls and panics.
// The general loop (exec.cpp step_until) hands these instructions here by family. (A direct
// call and a return, the hottest of the family, stay in step_until: push_frame and ret, stack.cpp.)
// Go: the compiler's CALL/RET sequences, runtime/proc.go newproc (go), runtime/panic.go deferproc and gopanic (defer, panic).
#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/int_binop.h"
#include "sim/interp/interp.h"
#include "sim/heap/heap.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

Flow Exec::exec_call(const ir::Instr& in, const Operands& o) {
  [[maybe_unused]] const uint64_t fp = o.fp, A = o.A, B = o.B, C = o.C;
  switch (in.op) {
    case Op::kCallClosure: {
      const uint64_t fv = ld8(C);
      if (fv == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return Flow::kNext;
      }
      push_frame(static_cast<int32_t>(ld8(fv)), A, fv, B);
      break;
    }
    case Op::kMakeClosure: {
      const uint64_t fv = alloc(8 + 8 * static_cast<uint64_t>(in.c));
      st8(fv, static_cast<uint64_t>(in.imm));
      if (in.c > 0) mem_.copy(fv + 8, B, 8 * static_cast<size_t>(in.c));
      st8(A, fv);
      break;
    }
    case Op::kGo:
    case Op::kDefer: {
      GCode& c = code();
      const Frame& fr = c.frames.back();
      const ir::Function& f = mod_.funcs[static_cast<size_t>(fr.fn)];
      int32_t fn = static_cast<int32_t>(in.imm);
      uint64_t ctx = 0;
      if (in.imm == -1) {
        ctx = ld8(C);
        fn = static_cast<int32_t>(ld8(ctx));
      }
      if (in.op == Op::kDefer) {
        DeferRec d;
        d.frame = c.frames.size() - 1;
        d.fn = in.imm <= -2 ? in.imm : fn;
        d.ctx = ctx;
        // A library call's block is b bytes; a function's, its parameter block.
        const size_t n = in.imm <= -2 ? static_cast<size_t>(in.b) : static_cast<size_t>(mod_.funcs[static_cast<size_t>(fn)].params_size);
        d.args = mem_.read_string(A, n);
        c.defers.push_back(std::move(d));
        break;
      }
      // Go 1.17+ (walk/order.go wrapGoDefer): `go f(x)` runs a wrapper closure holding x, and f
      // too when it is not a declared function: {wrapper code, f, x} on the heap. `go f()` of a
      // declared function needs no wrapper and allocates nothing. gosim's record has Go's size:
      // its first word (Go: the wrapper's code pointer) says which function runs and where the
      // go statement is (function index, creator index, line), then f's funcval, then x.
      const ir::Function& callee = mod_.funcs[static_cast<size_t>(fn)];
      const uint64_t packed = static_cast<uint64_t>(fn) | (static_cast<uint64_t>(fr.fn) << 20) |
                              ((static_cast<uint64_t>(f.pos_of[static_cast<size_t>(fr.pc - 1)].line) & 0x7fffff) << 40);
      const uint64_t ctx_words = in.imm == -1 ? 8 : 0;
      const uint64_t packed_word = packed | (ctx_words != 0 ? uint64_t{1} << 63 : 0);
      int64_t arg;
      if (ctx_words == 0 && callee.params_size == 0) {
        arg = -static_cast<int64_t>(packed) - 1;  // no record: everything is in the word
      } else {
        const uint64_t rec = alloc(8 + ctx_words + static_cast<uint64_t>(callee.params_size));
        st8(rec, packed_word);
        if (ctx_words != 0) st8(rec + 8, ctx);
        if (callee.params_size > 0) mem_.copy(rec + 8 + ctx_words, A, static_cast<size_t>(callee.params_size));
        arg = static_cast<int64_t>(rec);
      }
      Request r;
      r.kind = ReqKind::kGo;
      r.a = fn;
      r.b = arg;
      request(std::move(r));
      return Flow::kYield;
    }
    case Op::kLib:
      if (lib(in.imm, A, B)) return Flow::kYield;
      break;
    case Op::kPanicStr: panic_text(str_at(A)); return Flow::kNext;
    case Op::kCallIface:
      if (!call_iface(in, C)) return Flow::kNext;
      break;
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
