// The instruction loop.
#include "sim/interp/exec.h"

#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/hmap.h"
#include "sim/interp/interp.h"
#include "sim/lang/object.h"
#include "sim/heap/heap.h"
#include "sim/rt/stack.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

namespace {
constexpr int64_t kSliceBudget = 10'000;  // instructions between preemption points (~10µs)

// Go's integer arithmetic and comparisons on a kind's bits. x and y come sign- or zero-extended
// from memory; for a shift y is the raw count (the caller has refused a negative one). A value
// is stored at the kind's size, a comparison as one byte; division by zero is the caller's panic.
struct IntResult {
  enum Kind : uint8_t { kValue, kBool, kDivZero } kind = kValue;
  int64_t v = 0;
};

[[gnu::always_inline]] inline IntResult int_binop(ir::BinOp op, NumKind kind, int64_t x, int64_t y) {
  const bool sgn = ir::num_signed(kind);
  const auto ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
  const int bits = 8 * ir::num_size(kind);
  IntResult r;
  switch (op) {
    case ir::BinOp::kAdd: r.v = static_cast<int64_t>(ux + uy); break;
    case ir::BinOp::kSub: r.v = static_cast<int64_t>(ux - uy); break;
    case ir::BinOp::kMul: r.v = static_cast<int64_t>(ux * uy); break;
    case ir::BinOp::kDiv:
    case ir::BinOp::kRem:
      if (y == 0) {
        r.kind = IntResult::kDivZero;
      } else if (sgn && y == -1) {
        r.v = op == ir::BinOp::kDiv ? static_cast<int64_t>(0 - ux) : 0;  // no trap on MinInt/-1
      } else if (sgn) {
        r.v = op == ir::BinOp::kDiv ? x / y : x % y;
      } else {
        r.v = static_cast<int64_t>(op == ir::BinOp::kDiv ? ux / uy : ux % uy);
      }
      break;
    case ir::BinOp::kAnd: r.v = x & y; break;
    case ir::BinOp::kOr: r.v = x | y; break;
    case ir::BinOp::kXor: r.v = x ^ y; break;
    case ir::BinOp::kAndNot: r.v = x & ~y; break;
    case ir::BinOp::kShl: r.v = uy >= static_cast<uint64_t>(bits) ? 0 : static_cast<int64_t>(ux << uy); break;
    case ir::BinOp::kShr:
      if (sgn) {
        r.v = uy >= static_cast<uint64_t>(bits) ? (x < 0 ? -1 : 0) : (x >> uy);
      } else {
        const uint64_t mask = bits == 64 ? ~uint64_t{0} : ((uint64_t{1} << bits) - 1);
        r.v = uy >= static_cast<uint64_t>(bits) ? 0 : static_cast<int64_t>((ux & mask) >> uy);
      }
      break;
    default: {
      r.kind = IntResult::kBool;
      const bool uns = !sgn && kind != NumKind::kBool;
      bool c = false;
      switch (op) {
        case ir::BinOp::kEq: c = x == y; break;
        case ir::BinOp::kNe: c = x != y; break;
        case ir::BinOp::kLt: c = uns ? ux < uy : x < y; break;
        case ir::BinOp::kLe: c = uns ? ux <= uy : x <= y; break;
        case ir::BinOp::kGt: c = uns ? ux > uy : x > y; break;
        default: c = uns ? ux >= uy : x >= y; break;
      }
      r.v = c ? 1 : 0;
    }
  }
  return r;
}
}  // namespace

int32_t Exec::current_p() {
  const int32_t m = g().m;
  const int32_t p = m >= 0 ? mc_.model().allm[static_cast<size_t>(m)].p : -1;
  return p >= 0 ? p : 0;
}

// Go: mallocgc, on the P this G runs on. Its events go out as they happen; the G yields after
// this instruction (G::code_event), so the trace shows each allocation where it happened.
uint64_t Exec::alloc(uint64_t size, bool has_pointers) {
  Model& m = mc_.mutable_model();
  const heap::MallocResult r = heap::mallocgc(m.heap, current_p(), size, has_pointers, true, mc_.code_events(gi_));
  if (r.level == heap::AllocLevel::kZero) return r.addr;
  mem_.zero(r.addr, size);
  return r.addr;
}

std::string Exec::str_at(uint64_t addr) const {
  const uint64_t p = ld8(addr);
  const uint64_t n = ld8(addr + 8);
  return n == 0 ? std::string() : mem_.read_string(p, n);
}

uint64_t Exec::new_string(const std::string& s) {
  if (s.empty()) return 0;
  const uint64_t p = alloc(s.size(), false);  // string bytes hold no pointers (noscan, tiny if small)
  mem_.write(p, s.data(), s.size());
  return p;
}

void Exec::request(Request r) {
  r.cost = executed_ * mc_.config().cost.instr_ns;
  executed_ = 0;
  mc_.request(gi_, std::move(r));
  requested_ = true;
}

Request& Exec::begin_request(ReqKind kind) {
  Request& r = g().req;
  reset_request(r);
  r.kind = kind;
  return r;
}

void Exec::commit_request() {
  g().req.cost = executed_ * mc_.config().cost.instr_ns;
  executed_ = 0;
  requested_ = true;
}

bool Exec::ret() {
  GCode& c = code();
  const size_t depth = c.frames.size() - 1;
  if (!c.defers.empty() && c.defers.back().frame == depth) {
    // Run the most recent deferred call; kRet runs again when it returns.
    DeferRec d = c.defers.back();
    c.defers.pop_back();
    c.frames.back().pc -= 1;  // come back to this kRet when the deferred call is done
    c.frames.back().at_return = true;  // Go: deferreturn, at the function's closing line
    if (d.fn <= -2) {
      const uint64_t block = scratch_page(g().goid);
      mem_.write(block, d.args.data(), d.args.size());
      lib(-2 - d.fn, block, 0);
      return true;
    }
    push_deferred(d);
    return true;
  }
  const Frame fr = c.frames.back();
  const ir::Function& f = mod_.funcs[static_cast<size_t>(fr.fn)];
  for (const ir::Function::HeapResult& hr : f.heap_results) {
    const uint64_t cell = ld8(fr.fp + static_cast<uint64_t>(hr.ptr_slot));
    if (cell) mem_.copy(fr.fp + static_cast<uint64_t>(hr.result_off), cell, static_cast<size_t>(hr.size));
  }
  if (fr.ret_to != 0 && f.results_size > 0) {
    mem_.copy(fr.ret_to, fr.fp + static_cast<uint64_t>(f.results_offset), static_cast<size_t>(f.results_size));
  }
  c.frames.pop_back();
  if (mc_.config().call_events) {
    heap::emit(mc_.code_events(gi_), EventKind::kReturn, -1, call_a(fr.fn, c.frames.size()), static_cast<int64_t>(fr.fp),
               c.frames.empty() ? -1 : c.frames.back().fn);
  }
  if (fr.deferred_call && c.panic.active) {
    if (c.panic.recovered) {
      // Go: recovery — the frame that deferred the call returns normally (its remaining
      // deferred calls run as part of that return); the frames above it are gone.
      const auto keep = static_cast<size_t>(c.panic.unwind_frame) + 1;
      c.frames.resize(keep);
      while (!c.defers.empty() && c.defers.back().frame >= keep) c.defers.pop_back();
      Frame& back = c.frames.back();
      back.pc = static_cast<int32_t>(mod_.funcs[static_cast<size_t>(back.fn)].code.size()) - 1;
      c.panic = PanicState{};
    } else {
      continue_panic();
    }
  }
  return !c.frames.empty();
}

bool Exec::run() {
  if (code().frames.empty()) {
    if (code().started) return false;  // finished earlier (a fresh coroutine after restore)
    start();
  }
  if (!g().req_panic.empty()) {
    // The library call it was in panicked (in_lib stays set, so the trace shows it).
    const std::string msg = g().req_panic;
    g().req_panic.clear();
    panic_text(msg);
    if (requested_) return true;
  } else if (code().panic.resume) {
    code().panic.resume = false;
    code().in_lib = -1;  // the deferred library call finished: its frames leave the trace
    continue_panic();
    if (requested_) return true;
  }
  if (code().net_pending != 0) finish_net();  // back from a network call
  code().in_lib = -1;
  return step_until(0);
}

// Go: fmt calls a value's Error or String method. gosim runs it to completion right here; a
// method that needs the runtime (blocks, sleeps, prints) is refused with a panic.
MethodResult Exec::call_method(uint64_t type_word, uint64_t data_word) {
  MethodResult r;
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(ir::type_of_word(type_word))];
  const ir::TypeDesc::Method* m = nullptr;
  for (const char* want : {"Error", "String"}) {
    for (const auto& cand : td.methods) {
      if (!m && cand.name == want) m = &cand;
    }
  }
  if (!m && td.name == "time.Duration") {
    r.kind = MethodResult::Kind::kReturned;
    r.method = "String";
    r.text = duration_string(static_cast<int64_t>(ld8(data_word)));
    return r;
  }
  if (m && m->lib >= 0) {  // a library method, run natively
    r.kind = MethodResult::Kind::kReturned;
    r.method = m->name;
    if (m->lib == static_cast<int32_t>(lang::LibFunc::TimeDurationString)) {
      r.text = duration_string(static_cast<int64_t>(ld8(data_word)));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::ErrorString) && ld8(data_word) != 0) {
      r.text = str_at(ld8(data_word));
    } else {
      r.kind = MethodResult::Kind::kPanicked;
      r.text = "gosim: this library method cannot run inside fmt";
    }
    return r;
  }
  if (!m || m->fn < 0) return r;
  r.method = m->name;
  const ir::Function& f = mod_.funcs[static_cast<size_t>(m->fn)];
  // The receiver: the boxed value itself (a copy), or for a pointer type the pointer.
  const uint64_t block = scratch_page(g().goid) + kPageSize / 2;
  mem_.copy(block, data_word, static_cast<size_t>(std::min<int64_t>(td.size, f.params_size)));
  const size_t depth = code().frames.size();
  const std::string saved_panic = code().panic.text;
  push_frame(m->fn, block, 0, block + static_cast<uint64_t>(f.results_offset));
  if (!step_until(depth) || requested_) {
    r.kind = MethodResult::Kind::kPanicked;
    r.text = "gosim: a " + m->name + " method that needs the runtime is not supported";
    return r;
  }
  r.kind = MethodResult::Kind::kReturned;
  r.text = str_at(block + static_cast<uint64_t>(f.results_offset));
  return r;
}

FmtContext Exec::fmt_context() {
  FmtContext fc{mod_, mem_};
  fc.call_method = [this](uint64_t tw, uint64_t dw) { return call_method(tw, dw); };
  return fc;
}

// The interpreter's fast lane (gosim's, not Go's): one instruction that only moves numbers
// between memory slots. None of these can call, return, allocate, block, emit an event or panic:
// each checks first and, when it would, returns false without running, and the general loop
// (step_until's switch) runs it instead. `count` is the instructions run since the last request
// including this one, for the preemption budget of a backward jump.
// Inlined into both loops: as a call it cost more than most of the instructions it runs.
[[gnu::always_inline]] inline bool Exec::simple_step(const ir::Instr* code, uint64_t fp, int32_t& pc, int64_t count) {
  const ir::Instr& in = code[pc];
  const uint64_t A = fp + static_cast<uint64_t>(static_cast<int64_t>(in.a));
  const uint64_t B = fp + static_cast<uint64_t>(static_cast<int64_t>(in.b));
  switch (in.op) {
    case Op::kConst: write_num(A, in.kind, in.imm); break;
    case Op::kMove: mem_.copy(A, B, static_cast<size_t>(in.imm)); break;
    case Op::kZero: mem_.zero(A, static_cast<size_t>(in.imm)); break;
    case Op::kAddr: st8(A, B); break;
    case Op::kSliceLen: st8(A, ld8(B + 8)); break;
    case Op::kJmp:
      // A backward jump at the end of the time slice is a preemption point: the general loop's.
      if (in.imm < pc && count >= kSliceBudget) return false;
      pc = static_cast<int32_t>(in.imm);
      return true;
    case Op::kJmpIf:
    case Op::kJmpIfNot:
      if ((mem_.load(A, 1) != 0) == (in.op == Op::kJmpIf)) {
        pc = static_cast<int32_t>(in.imm);
        return true;
      }
      break;
    case Op::kLoad:
    case Op::kOffset: {
      const uint64_t p = ld8(B);
      if (p == 0) return false;  // the nil dereference panics in the general loop
      if (in.op == Op::kLoad) {
        mem_.copy(A, p, static_cast<size_t>(in.imm));
      } else {
        st8(A, p + static_cast<uint64_t>(in.imm));
      }
      break;
    }
    case Op::kBinary: {
      if (in.kind == NumKind::kStr || in.kind == NumKind::kIface || in.kind == NumKind::kF64) return false;
      const auto op = static_cast<ir::BinOp>(in.sub);
      if (op == ir::BinOp::kShl || op == ir::BinOp::kShr) return false;  // the count's own width and sign
      const uint64_t C = fp + static_cast<uint64_t>(static_cast<int64_t>(in.c));
      const bool word = ir::num_size(in.kind) == 8;  // int, uint, int64, pointers: no extension
      const int64_t x = word ? static_cast<int64_t>(ld8(B)) : read_num(B, in.kind);
      const int64_t y = word ? static_cast<int64_t>(ld8(C)) : read_num(C, in.kind);
      const IntResult res = int_binop(op, in.kind, x, y);
      if (res.kind == IntResult::kDivZero) return false;  // the panic is the general loop's
      if (res.kind == IntResult::kBool) {
        mem_.store(A, static_cast<uint64_t>(res.v), 1);
      } else {
        write_num(A, in.kind, res.v);
      }
      break;
    }
    default: return false;
  }
  ++pc;
  return true;
}

// Runs the fast lane until an instruction needs the general loop. After these instructions the
// general loop's checks (a request, a new event, a frame change) cannot fire, so none is made.
// Counting is the same: `executed_` and the preemption budget see exactly the instructions run,
// so virtual time does not change.
void Exec::run_simple(Frame& fr, const ir::Function& f) {
  const ir::Instr* code = f.code.data();
  int32_t pc = fr.pc;
  int64_t n = 0;
  while (simple_step(code, fr.fp, pc, executed_ + n + 1)) ++n;
  fr.pc = pc;
  executed_ += n;
}

bool Exec::step_until(size_t depth) {
  for (;;) {
    GCode& c = code();
    if (c.frames.size() <= depth) return true;
    Frame& fr = c.frames.back();
    const ir::Function& f = mod_.funcs[static_cast<size_t>(fr.fn)];
    // Events still waiting (the G's first run: its stack) go out after one instruction, as ever.
    if (!g().code_event) {
      run_simple(fr, f);
    } else if (simple_step(f.code.data(), fr.fp, fr.pc, executed_ + 1)) {
      ++executed_;
      if (depth > 0) continue;  // (the checks at `next` below: only the pending events apply)
      begin_request(ReqKind::kWork);  // an allocation is a runtime event: show it now
      commit_request();
      return true;
    }
    const ir::Instr& in = f.code[static_cast<size_t>(fr.pc)];
    ++fr.pc;
    ++executed_;
    const uint64_t fp = fr.fp;
    const uint64_t A = fp + static_cast<uint64_t>(static_cast<int64_t>(in.a));
    const uint64_t B = fp + static_cast<uint64_t>(static_cast<int64_t>(in.b));
    const uint64_t C = fp + static_cast<uint64_t>(static_cast<int64_t>(in.c));
    switch (in.op) {
      case Op::kConst:
      case Op::kMove:
      case Op::kZero:
      case Op::kAddr:
      case Op::kSliceLen:
      case Op::kJmpIf:
      case Op::kJmpIfNot:
        break;  // simple_step always runs these
      case Op::kCtx: st8(A, fr.ctx); break;
      case Op::kLoad:
      case Op::kStore:
      case Op::kOffset: {
        const uint64_t p = ld8(in.op == Op::kStore ? A : B);
        if (p == 0) {
          panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
          goto next;
        }
        if (in.op == Op::kLoad) mem_.copy(A, p, static_cast<size_t>(in.imm));
        if (in.op == Op::kStore) {
          write_barrier(p, B, static_cast<uint64_t>(in.imm));  // Go: the compiler's barrier on pointer stores
          mem_.copy(p, B, static_cast<size_t>(in.imm));
        }
        if (in.op == Op::kOffset) st8(A, p + static_cast<uint64_t>(in.imm));
        break;
      }
      case Op::kBinary: {
        const auto op = static_cast<ir::BinOp>(in.sub);
        if (in.kind == NumKind::kStr) {
          const std::string x = str_at(B), y = str_at(C);
          bool r = false;
          switch (op) {
            case ir::BinOp::kEq: r = x == y; break;
            case ir::BinOp::kNe: r = x != y; break;
            case ir::BinOp::kLt: r = x < y; break;
            case ir::BinOp::kLe: r = x <= y; break;
            case ir::BinOp::kGt: r = x > y; break;
            default: r = x >= y; break;
          }
          mem_.store(A, r ? 1 : 0, 1);
          break;
        }
        if (in.kind == NumKind::kIface) {
          // Go: runtime efaceeq — equal dynamic types, then equal values (compared by type).
          std::string bad;
          const bool eq = Alg(mod_, mem_).equal(B, C, -1, &bad);
          if (!bad.empty()) {
            panic_text(bad);
            goto next;
          }
          mem_.store(A, (op == ir::BinOp::kEq) == eq ? 1 : 0, 1);
          break;
        }
        if (in.kind == NumKind::kF64) {
          double x, y;
          const uint64_t xb = ld8(B), yb = ld8(C);
          std::memcpy(&x, &xb, 8);
          std::memcpy(&y, &yb, 8);
          double r = 0;
          int cmp = -1;
          switch (op) {
            case ir::BinOp::kAdd: r = x + y; break;
            case ir::BinOp::kSub: r = x - y; break;
            case ir::BinOp::kMul: r = x * y; break;
            case ir::BinOp::kDiv: r = x / y; break;
            case ir::BinOp::kEq: cmp = x == y; break;
            case ir::BinOp::kNe: cmp = x != y; break;
            case ir::BinOp::kLt: cmp = x < y; break;
            case ir::BinOp::kLe: cmp = x <= y; break;
            case ir::BinOp::kGt: cmp = x > y; break;
            case ir::BinOp::kGe: cmp = x >= y; break;
            default: break;
          }
          if (cmp >= 0) {
            mem_.store(A, static_cast<uint64_t>(cmp), 1);
          } else {
            uint64_t rb;
            std::memcpy(&rb, &r, 8);
            st8(A, rb);
          }
          break;
        }
        const int64_t x = read_num(B, in.kind);
        int64_t y;
        if (op == ir::BinOp::kShl || op == ir::BinOp::kShr) {
          const int ysize = static_cast<int>(in.imm & 0xff);
          const bool ysigned = (in.imm & 0x100) != 0;
          const uint64_t raw = mem_.load(C, ysize > 0 ? ysize : 8);
          if (ysigned) {
            const int64_t sy = ysize == 8 ? static_cast<int64_t>(raw) : ysize == 4 ? static_cast<int32_t>(raw)
                               : ysize == 2 ? static_cast<int16_t>(raw) : static_cast<int8_t>(raw);
            if (sy < 0) {
              panic_text("runtime error: negative shift amount");
              goto next;
            }
          }
          y = static_cast<int64_t>(raw);
        } else {
          y = read_num(C, in.kind);
        }
        const IntResult res = int_binop(op, in.kind, x, y);
        if (res.kind == IntResult::kDivZero) {
          panic_text("runtime error: integer divide by zero");
          goto next;
        }
        if (res.kind == IntResult::kBool) {
          mem_.store(A, static_cast<uint64_t>(res.v), 1);
        } else {
          write_num(A, in.kind, res.v);
        }
        break;
      }
      case Op::kNeg:
        if (in.kind == NumKind::kF64) {
          st8(A, ld8(B) ^ (uint64_t{1} << 63));
        } else {
          write_num(A, in.kind, static_cast<int64_t>(0 - static_cast<uint64_t>(read_num(B, in.kind))));
        }
        break;
      case Op::kNot: mem_.store(A, mem_.load(B, 1) ? 0 : 1, 1); break;
      case Op::kCom: write_num(A, in.kind, ~read_num(B, in.kind)); break;
      case Op::kConv: {
        const auto to = static_cast<NumKind>(in.sub);
        if (in.kind == NumKind::kF64) {
          double d;
          const uint64_t b = ld8(B);
          std::memcpy(&d, &b, 8);
          if (to == NumKind::kF64) {
            st8(A, b);
          } else {
            write_num(A, to, ir::num_signed(to) ? static_cast<int64_t>(d) : static_cast<int64_t>(static_cast<uint64_t>(d)));
          }
        } else if (to == NumKind::kF64) {
          const int64_t v = read_num(B, in.kind);
          const double d = ir::num_signed(in.kind) ? static_cast<double>(v) : static_cast<double>(static_cast<uint64_t>(v));
          uint64_t b;
          std::memcpy(&b, &d, 8);
          st8(A, b);
        } else {
          write_num(A, to, read_num(B, in.kind));
        }
        break;
      }
      case Op::kStrCat: {
        const uint64_t xl = ld8(B + 8), yl = ld8(C + 8);
        if (xl == 0 || yl == 0) {
          mem_.copy(A, xl == 0 ? C : B, 16);
          break;
        }
        // Go: runtime/string.go concatstrings + rawstring: one new noscan object, both copied
        // in simulated memory (no host copy of strings that may be gigabytes long).
        const uint64_t xp = ld8(B), yp = ld8(C);
        const uint64_t p = alloc(xl + yl, false);
        mem_.copy(p, xp, static_cast<size_t>(xl));
        mem_.copy(p + xl, yp, static_cast<size_t>(yl));
        st8(A, p);
        st8(A + 8, xl + yl);
        break;
      }
      case Op::kJmp:
        if (in.imm < fr.pc - 1 && executed_ >= kSliceBudget) {
          fr.pc = static_cast<int32_t>(in.imm);
          begin_request(ReqKind::kWork);
          commit_request();
          return true;
        }
        fr.pc = static_cast<int32_t>(in.imm);
        break;
      case Op::kCall:
        push_frame(static_cast<int32_t>(in.imm), A, 0, B);
        break;
      case Op::kCallClosure: {
        const uint64_t fv = ld8(C);
        if (fv == 0) {
          panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
          goto next;
        }
        push_frame(static_cast<int32_t>(ld8(fv)), A, fv, B);
        break;
      }
      case Op::kRet:
        if (!ret()) return false;
        if (requested_) return true;
        if (code().frames.size() <= depth) return true;
        break;
      case Op::kNew: st8(A, alloc(static_cast<uint64_t>(in.imm), mod_.types[static_cast<size_t>(in.c)].has_pointers)); break;
      case Op::kMakeClosure: {
        const uint64_t fv = alloc(8 + 8 * static_cast<uint64_t>(in.c));
        st8(fv, static_cast<uint64_t>(in.imm));
        if (in.c > 0) mem_.copy(fv + 8, B, 8 * static_cast<size_t>(in.c));
        st8(A, fv);
        break;
      }
      case Op::kGo:
      case Op::kDefer: {
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
        // Go 1.17+: `go f(x)` runs a wrapper closure holding f and x: a heap record.
        const ir::Function& callee = mod_.funcs[static_cast<size_t>(fn)];
        const uint64_t rec = alloc(32 + static_cast<uint64_t>(callee.params_size));
        st8(rec, static_cast<uint64_t>(fn));
        st8(rec + 8, ctx);
        st8(rec + 16, static_cast<uint64_t>(fr.fn));
        st8(rec + 24, static_cast<uint64_t>(f.pos_of[static_cast<size_t>(fr.pc - 1)].line));
        if (callee.params_size > 0) mem_.copy(rec + 32, A, static_cast<size_t>(callee.params_size));
        Request r;
        r.kind = ReqKind::kGo;
        r.a = fn;
        r.b = static_cast<int64_t>(rec);
        request(std::move(r));
        return true;
      }
      case Op::kLib:
        if (lib(in.imm, A, B)) return true;
        break;
      case Op::kBoxIface: {
        const uint64_t box = alloc(static_cast<uint64_t>(in.imm), mod_.types[static_cast<size_t>(in.c)].has_pointers);
        if (in.imm > 0) mem_.copy(box, B, static_cast<size_t>(in.imm));
        st8(A, ir::type_word(in.c));
        st8(A + 8, box);
        break;
      }
      case Op::kMakeChan: {
        // Go: makechan allocates hchan (96 bytes) and the buffer in one object.
        const int64_t cap = in.b >= 0 ? static_cast<int64_t>(ld8(B)) : 0;
        // Go: runtime/chan.go makechan: elem.size*size must not overflow nor pass maxAlloc-hchanSize.
        uint64_t buf = 0;
        if (cap < 0 || __builtin_mul_overflow(static_cast<uint64_t>(cap), static_cast<uint64_t>(in.imm), &buf) ||
            buf > heap::kMaxAlloc - 96) {
          panic_text("makechan: size out of range");
          goto next;
        }
        const uint64_t ch = alloc(96 + buf);
        st8(A, ch);
        Request r;
        r.kind = ReqKind::kMakeChan;
        r.a = static_cast<int64_t>(ch);
        r.b = in.imm;
        r.c = cap;
        request(std::move(r));
        return true;
      }
      case Op::kChanSend: {
        Request& r = begin_request(ReqKind::kChanSend);
        r.a = static_cast<int64_t>(ld8(A));
        r.b = in.c;
        r.text.resize(static_cast<size_t>(in.imm));
        mem_.read(B, r.text.data(), r.text.size());
        commit_request();
        return true;
      }
      case Op::kChanRecv: {
        Request& r = begin_request(ReqKind::kChanRecv);
        r.a = static_cast<int64_t>(ld8(B));
        r.b = in.c;
        commit_request();
        return true;
      }
      case Op::kChanResult: {
        const ChanResult& res = g().chanres;
        if (in.a >= 0 && in.imm > 0) {
          std::string data = res.data;
          data.resize(static_cast<size_t>(in.imm), '\0');
          mem_.write(A, data.data(), data.size());
        }
        if (in.b >= 0) mem_.store(B, res.ok ? 1 : 0, 1);
        if (in.c >= 0) st8(C, static_cast<uint64_t>(static_cast<int64_t>(res.selected)));
        break;
      }
      case Op::kChanClose: {
        Request r;
        r.kind = ReqKind::kChanClose;
        r.a = static_cast<int64_t>(ld8(A));
        request(std::move(r));
        return true;
      }
      case Op::kSelect: {
        Request r;
        r.kind = ReqKind::kSelect;
        r.b = in.b;
        for (int64_t i = 0; i < in.imm; ++i) {
          const uint64_t d = A + 32 * static_cast<uint64_t>(i);
          SelectCase sc;
          sc.chan = ld8(d);
          sc.send = ld8(d + 24) != 0;
          if (sc.send) sc.data = mem_.read_string(ld8(d + 8), static_cast<size_t>(ld8(d + 16)));
          r.cases.push_back(std::move(sc));
        }
        request(std::move(r));
        return true;
      }
      case Op::kIndexAddr: {
        const uint64_t base = ld8(B);
        if (base == 0) {
          panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
          goto next;
        }
        st8(A, base + ld8(C) * static_cast<uint64_t>(in.imm));
        break;
      }
      case Op::kMakeSlice: {
        const auto len = static_cast<int64_t>(ld8(B));
        const auto cap = in.c >= 0 ? static_cast<int64_t>(ld8(C)) : len;
        const auto esize = static_cast<uint64_t>(in.imm & 0xffffffff);
        // Go: runtime/slice.go makeslice: cap*size must not overflow nor pass maxAlloc; when it
        // does, len is checked the same way first, so a huge len reads "len out of range".
        auto too_big = [esize](int64_t n) {
          uint64_t mem = 0;
          return n < 0 || __builtin_mul_overflow(static_cast<uint64_t>(n), esize, &mem) || mem > heap::kMaxAlloc;
        };
        if (too_big(cap) || len > cap) {
          panic_text(too_big(len) ? "runtime error: makeslice: len out of range" : "runtime error: makeslice: cap out of range");
          goto next;
        }
        const uint64_t p = alloc(static_cast<uint64_t>(cap) * esize, mod_.types[static_cast<size_t>(in.imm >> 32)].has_pointers);
        st8(A, p);
        st8(A + 8, static_cast<uint64_t>(len));
        st8(A + 16, static_cast<uint64_t>(cap));
        break;
      }
      case Op::kAppend: {
        // Go: runtime/slice.go growslice (1.19): double below 256 elements, then grow by
        // (newcap + 3*256)/4 until it fits, and round the bytes up to a size class.
        const auto esize = static_cast<uint64_t>(in.imm & 0xffffffff);
        const bool elem_ptrs = mod_.types[static_cast<size_t>(in.imm >> 32)].has_pointers;
        uint64_t ptr = ld8(B), len = ld8(B + 8), cap = ld8(B + 16);
        const uint64_t add_ptr = ld8(C), add_len = ld8(C + 8);
        const uint64_t need = len + add_len;
        if (need > cap) {
          // Go: growslice: the new length overflowed int ("cap < old.cap").
          if (need > static_cast<uint64_t>(INT64_MAX)) {
            panic_text("runtime error: growslice: cap out of range");
            goto next;
          }
          uint64_t newcap = cap;
          const uint64_t doublecap = newcap + newcap;
          if (need > doublecap) {
            newcap = need;
          } else if (cap < 256) {
            newcap = doublecap;
          } else {
            while (newcap < need) newcap += (newcap + 3 * 256) / 4;
          }
          // Go: growslice: the grown capacity's bytes must not pass maxAlloc.
          if (esize > 0 && newcap > heap::kMaxAlloc / esize) {
            panic_text("runtime error: growslice: cap out of range");
            goto next;
          }
          if (esize > 0) newcap = heap::roundupsize(newcap * esize) / esize;
          const uint64_t np = alloc(newcap * esize, elem_ptrs);
          if (len > 0 && elem_ptrs) write_barrier(np, ptr, len * esize, /*src_only=*/true);
          if (len > 0) mem_.copy(np, ptr, len * esize);
          ptr = np;
          cap = newcap;
        }
        if (add_len > 0 && elem_ptrs) write_barrier(ptr + len * esize, add_ptr, add_len * esize);
        if (add_len > 0) mem_.copy(ptr + len * esize, add_ptr, add_len * esize);
        st8(A, ptr);
        st8(A + 8, need);
        st8(A + 16, cap);
        break;
      }
      case Op::kSliceExpr: {
        // Go: the compiler's bounds checks and runtime/panic.go panicSlice* messages.
        const uint64_t esize = static_cast<uint64_t>(in.imm & 0xffffffff);
        const bool has_high = (in.imm & ir::kSliceHasHigh) != 0, has_max = (in.imm & ir::kSliceHasMax) != 0;
        const bool is_str = (in.imm & ir::kSliceString) != 0;
        const std::string with = (in.imm & ir::kSliceLenMsg) ? "length" : "capacity";
        const uint64_t ptr = ld8(B), len = ld8(B + 8), cap = is_str ? len : ld8(B + 16);
        const uint64_t lo = ld8(C);
        const uint64_t hi = has_high ? ld8(C + 8) : len;
        const uint64_t mx = has_max ? ld8(C + 16) : cap;
        auto fail = [&](const std::string& what) {
          panic_text("runtime error: slice bounds out of range " + what);
        };
        auto s64 = [](uint64_t v) { return std::to_string(static_cast<int64_t>(v)); };
        if (has_max && mx > cap) {
          fail("[::" + s64(mx) + "] with " + with + " " + std::to_string(cap));
          goto next;
        }
        if (has_max && hi > mx) {
          fail("[:" + s64(hi) + ":" + s64(mx) + "]");
          goto next;
        }
        if (!has_max && hi > cap) {
          fail("[:" + s64(hi) + "] with " + (is_str ? std::string("length") : with) + " " + std::to_string(is_str ? len : cap));
          goto next;
        }
        if (lo > hi) {
          fail("[" + s64(lo) + ":" + s64(hi) + (has_max ? ":]" : "]"));
          goto next;
        }
        st8(A, hi - lo == 0 && !is_str && mx - lo == 0 ? ptr : ptr + lo * esize);
        st8(A + 8, hi - lo);
        if (!is_str) st8(A + 16, mx - lo);
        break;
      }
      case Op::kDecodeRune: {
        // Go: runtime/utf8.go decoderune — invalid bytes decode as U+FFFD, width 1.
        const uint64_t p = ld8(B), n = ld8(B + 8), i = ld8(C);
        auto byte_at = [&](uint64_t k) { return static_cast<uint32_t>(mem_.load(p + k, 1)); };
        uint32_t r = 0xFFFD, w = 1;
        const uint32_t b0 = byte_at(i);
        auto cont = [&](uint64_t k) { return i + k < n && (byte_at(i + k) & 0xC0) == 0x80; };
        if (b0 < 0x80) {
          r = b0;
        } else if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) {
          r = ((b0 & 0x1F) << 6) | (byte_at(i + 1) & 0x3F);
          w = 2;
        } else if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
          r = ((b0 & 0x0F) << 12) | ((byte_at(i + 1) & 0x3F) << 6) | (byte_at(i + 2) & 0x3F);
          w = 3;
          if (r < 0x800 || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD, w = 1;
        } else if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
          r = ((b0 & 0x07) << 18) | ((byte_at(i + 1) & 0x3F) << 12) | ((byte_at(i + 2) & 0x3F) << 6) | (byte_at(i + 3) & 0x3F);
          w = 4;
          if (r < 0x10000 || r > 0x10FFFF) r = 0xFFFD, w = 1;
        }
        mem_.store(A, r, 4);
        mem_.store(A + 4, w, 4);
        break;
      }
      case Op::kPanicStr: panic_text(str_at(A)); goto next;
      case Op::kBounds: {
        const uint64_t i = ld8(A), n = ld8(B);
        if (i >= n) {
          panic_text("runtime error: index out of range [" + std::to_string(static_cast<int64_t>(i)) + "] with length " +
                     std::to_string(n));
          goto next;
        }
        break;
      }
      case Op::kEqual: {
        std::string bad;
        const bool eq = Alg(mod_, mem_).equal(B, C, static_cast<int32_t>(in.imm), &bad);
        if (!bad.empty()) {
          panic_text(bad);
          goto next;
        }
        mem_.store(A, (eq != (in.sub != 0)) ? 1 : 0, 1);
        break;
      }
      case Op::kMakeMap: {
        // Go: runtime/map.go makemap: a negative hint is no hint (overLoadFactor is false), and
        // so is one whose buckets would pass maxAlloc (checked in makemap).
        const int64_t hint = in.b >= 0 ? static_cast<int64_t>(ld8(B)) : 0;
        st8(A, makemap(in.c, hint < 0 ? 0 : hint));
        break;
      }
      case Op::kMapLoad: {
        const uint64_t h = ld8(B);
        uint64_t slot = 0;
        if (!map_find(h, C, &slot)) goto next;
        const int32_t mt = h ? static_cast<int32_t>(ld8(h + kHmapType)) : -1;
        // The value size: from the map when there is one; a nil map's zero value needs the
        // instruction's type, which the lowering passes in the ok word's high half.
        const MapShape s = map_shape(mod_, mt >= 0 ? mt : static_cast<int32_t>(in.imm >> 32));
        if (slot) {
          mem_.copy(A, slot + s.val_off, s.val_size);
        } else {
          mem_.zero(A, s.val_size);
        }
        const int64_t ok = (in.imm & 0xffffffff) - 1;
        if (ok >= 0) mem_.store(fp + static_cast<uint64_t>(ok), slot ? 1 : 0, 1);
        break;
      }
      case Op::kMapAssign: {
        uint64_t val = 0;
        if (!mapassign(ld8(B), C, &val)) goto next;
        st8(A, val);
        break;
      }
      case Op::kMapDelete:
        if (!mapdelete(ld8(B), C)) goto next;
        break;
      case Op::kMapLen: {
        const uint64_t h = ld8(B);
        st8(A, h ? ld8(h + kHmapCount) : 0);
        break;
      }
      case Op::kMapIterInit: mapiterinit(A, ld8(B)); break;
      case Op::kMapIterNext:
        if (!mapiternext(A, (in.imm & 1) ? B : 0, (in.imm & 2) ? C : 0)) goto next;
        break;
      case Op::kAssert:
        if (!assert_type(in, A, B, fp)) goto next;
        break;
      case Op::kCallIface:
        if (!call_iface(in, C)) goto next;
        break;
      case Op::kStrConv: str_conv(static_cast<ir::StrConv>(in.sub), A, B); break;
      case Op::kCopy: {
        // Go: copy moves min(len(dst), len(src)) elements, overlapping or not (memmove).
        const uint64_t n = std::min(ld8(B + 8), ld8(C + 8));
        if (n > 0) write_barrier(ld8(B), ld8(C), n * static_cast<uint64_t>(in.imm));  // Go: typedslicecopy
        if (n > 0) mem_.copy(ld8(B), ld8(C), n * static_cast<uint64_t>(in.imm));
        st8(A, n);
        break;
      }
      case Op::kNilCheck:
        if (ld8(A) == 0) {
          panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
          goto next;
        }
        break;
    }
  next:
    if (requested_) return true;
    if (g().code_event && depth == 0) {
      // An allocation is a runtime event: show it before the program goes on (Go: mallocgc).
      begin_request(ReqKind::kWork);
      commit_request();
      return true;
    }
    if (code().frames.size() <= depth) return depth > 0;
  }
}

}  // namespace gosim::interp
