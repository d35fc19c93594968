// The instruction loop: the fast lane (simple_step, run_simple) and the general loop
// (step_until), which runs jumps and the frame-local instructions itself and hands every other
// instruction to its family's file: exec_call.cpp (calls, returns, go, defer, panic),
// exec_memory.cpp (pointers, new, indexing, slices), exec_chan.cpp (channels, select),
// exec_map.cpp (maps), exec_value.cpp (arithmetic, conversions, interfaces).
#include "sim/interp/exec.h"

#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/hmap.h"
#include "sim/interp/int_binop.h"
#include "sim/interp/interp.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"
#include "sim/heap/heap.h"
#include "sim/rt/stack.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

namespace {
constexpr int64_t kSliceBudget = 10'000;  // instructions between preemption points (~10µs)
}  // namespace

int32_t Exec::current_p() {
  const int32_t m = g().m;
  const int32_t p = m >= 0 ? mc_.model().allm[static_cast<size_t>(m)].p : -1;
  return p >= 0 ? p : 0;
}

// Go: mallocgc, on the P this G runs on. Its events go out as they happen; the G yields after
// this instruction (G::code_event), so the trace shows each allocation where it happened.
uint64_t Exec::alloc(uint64_t size, bool has_pointers, heap::AllocWhy why) {
  Model& m = mc_.mutable_model();
  const heap::MallocResult r =
      heap::mallocgc(m.heap, current_p(), size, has_pointers, true, mc_.code_events(gi_), static_cast<int>(why));
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
  if (!code().frames.empty()) code().frames.back().at_safe_point = false;  // running again: past the back-edge it stopped at
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
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::TimeTimeString)) {  // part io
      r.text = gotime::time_string(time_at(data_word));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::TimeMonthString)) {
      r.text = gotime::month_string(static_cast<int64_t>(ld8(data_word)));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::TimeWeekdayString)) {
      r.text = gotime::weekday_string(static_cast<int64_t>(ld8(data_word)));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::TimeLocationString)) {  // part tutorial
      r.text = ld8(data_word) == 0 ? "UTC" : str_at(ld8(data_word));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::ReflectKindString)) {  // part reflect
      r.text = rk::kind_string(ld8(data_word));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::ReflectTypeString)) {  // *rtype: the type word
      r.text = mod_.types[static_cast<size_t>(ir::type_of_word(ld8(data_word)))].name;
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::ErrorString) && ld8(data_word) != 0) {
      r.text = str_at(ld8(data_word));
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::RfChanDirString)) {  // part template
      const auto d = static_cast<int64_t>(ld8(data_word));
      r.text = d == 2 ? "chan<-" : d == 1 ? "<-chan" : d == 3 ? "chan" : "ChanDir" + std::to_string(d);
    } else if (vfs_method_text(m->lib, data_word, &r.text)) {  // part vfs2: os's errors and FileMode
    } else if (m->lib == static_cast<int32_t>(lang::LibFunc::TimeParseErrorError) && ld8(data_word) != 0) {
      // part lang19: Go's (*time.ParseError).Error (lib_parse.cpp runs the same for a call).
      const uint64_t pe = ld8(data_word);
      const std::string value = gotime::quote(str_at(pe + 16)), msg = str_at(pe + 64);
      r.text = msg.empty() ? "parsing time " + value + " as " + gotime::quote(str_at(pe)) + ": cannot parse " +
                                 gotime::quote(str_at(pe + 48)) + " as " + gotime::quote(str_at(pe + 32))
                           : "parsing time " + value + msg;
    } else {
      r.kind = MethodResult::Kind::kPanicked;
      r.text = "gosim: this library method cannot run inside fmt";
    }
    return r;
  }
  if (!m || m->fn < 0) return r;
  r.method = m->name;
  const ir::Function& f = mod_.funcs[static_cast<size_t>(m->fn)];
  // The receiver: the boxed value itself (a copy), or for a pointer type the pointer; a value
  // method of *T gets the T it points to.
  uint64_t recv = data_word;
  int64_t recv_size = td.size;
  if (td.kind == ir::TypeKind::kPointer && !m->ptr_recv) {
    // Go: the autogenerated (*T).String wrapper dereferences, and panics on nil (panicwrap);
    // fmt's catchPanic then prints <nil> for the nil receiver.
    const ir::TypeDesc& et = mod_.types[static_cast<size_t>(td.elem)];
    recv = ld8(data_word);
    if (recv == 0) {
      r.kind = MethodResult::Kind::kPanicked;
      r.text = "value method " + et.name + "." + m->name + " called using nil *" +
               et.name.substr(et.name.find('.') + 1) + " pointer";
      return r;
    }
    recv_size = et.size;
  }
  const uint64_t block = scratch_page(g().goid) + kPageSize / 2;
  mem_.copy(block, recv, static_cast<size_t>(std::min<int64_t>(recv_size, f.params_size)));
  const size_t depth = code().frames.size();
  const std::string saved_panic = code().panic.text;
  push_frame(m->fn, block, 0, block + static_cast<uint64_t>(f.results_offset));
  const bool returned = step_until(depth);
  if (mc_.model().engine.finished) {
    // The method ran into the virtual-time limit: the run is over, nothing more is printed.
    code().frames.resize(depth);
    r.kind = MethodResult::Kind::kReturned;
    return r;
  }
  if (!returned || requested_) {
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
      // A backward jump (or one to itself: `for {}`) at the end of the time slice is a
      // preemption point: the general loop's.
      if (in.imm <= pc && count >= kSliceBudget) return false;
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
    case Op::kIndexAddr: {
      const uint64_t base = ld8(B);
      if (base == 0) return false;  // the nil dereference panics in exec_memory
      const uint64_t C = fp + static_cast<uint64_t>(static_cast<int64_t>(in.c));
      st8(A, base + ld8(C) * static_cast<uint64_t>(in.imm));
      break;
    }
    case Op::kBounds:
      if (in.sub == ir::kBoundsConvert || ld8(A) >= ld8(B)) return false;  // the panics are exec_memory's
      break;
    case Op::kBinary: {
      if (in.kind == NumKind::kStr || in.kind == NumKind::kIface || ir::num_float(in.kind)) return false;
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

// Go has no such check: gosim's CPU-time and virtual-time limits, for code that runs without
// yielding (a method fmt calls). The stretch so far costs executed_ instructions past the item's
// `now` and past the CPU time already counted.
bool Exec::past_time_limit() {
  const Limits& lim = mc_.config().limits;
  const VTime ran = executed_ * mc_.config().cost.instr_ns;
  EngineState& es = mc_.mutable_model().engine;
  if (mc_.model().cpu_ns + ran > lim.max_cpu_time_ns) {
    stop_at_limit(es, LimitKind::kMaxCpuTime, lim.max_cpu_time_ns);
    return true;
  }
  if (mc_.model().engine.now + ran <= lim.max_virtual_time_ns) return false;
  es.now = lim.max_virtual_time_ns;
  stop_at_limit(es, LimitKind::kMaxVirtualTime, lim.max_virtual_time_ns);
  return true;
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
    const Operands ops{fp, A, B, C};
    Flow flow = Flow::kNext;
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
      case Op::kJmp: {
        const bool backward = in.imm < fr.pc;  // fr.pc is already past the jump: `for {}` counts
        fr.pc = static_cast<int32_t>(in.imm);
        if (backward && executed_ >= kSliceBudget) {
          // A backward jump at the end of the time slice (`for {}` is a jump to itself): an
          // asynchronous safe point, where the engine's limits and sysmon's preemption apply.
          if (depth == 0) {
            fr.at_safe_point = true;  // cleared when the G runs again (Exec::run)
            begin_request(ReqKind::kWork);
            commit_request();
            return true;
          }
          // Inside a String or Error method run for fmt the G cannot yield: check the
          // virtual-time limit here, so a method that never returns still ends the run.
          if (past_time_limit()) return false;
        }
        break;
      }
      // Direct calls and returns run here: the hottest of the calls family, and as a call of
      // exec_call they cost fib 3-8% more host instructions (callgrind).
      case Op::kCall: push_frame(static_cast<int32_t>(in.imm), A, 0, B); break;
      case Op::kRet:
        if (!ret()) return false;
        break;
      case Op::kCallClosure:
      case Op::kGo:
      case Op::kDefer:
      case Op::kMakeClosure:
      case Op::kLib:
      case Op::kCallIface:
      case Op::kPanicStr:
        flow = exec_call(in, ops);
        break;
      case Op::kLoad:
      case Op::kStore:
      case Op::kOffset:
      case Op::kNew:
      case Op::kIndexAddr:
      case Op::kNilCheck:
      case Op::kBounds:
      case Op::kMakeSlice:
      case Op::kAppend:
      case Op::kSliceExpr:
      case Op::kCopy:
        flow = exec_memory(in, ops);
        break;
      case Op::kMakeChan:
      case Op::kChanSend:
      case Op::kChanRecv:
      case Op::kChanResult:
      case Op::kChanClose:
      case Op::kSelect:
        flow = exec_chan(in, ops);
        break;
      case Op::kMakeMap:
      case Op::kMapLoad:
      case Op::kMapAssign:
      case Op::kMapDelete:
      case Op::kMapLen:
      case Op::kMapIterInit:
      case Op::kMapIterNext:
        flow = exec_map(in, ops);
        break;
      case Op::kBinary:
      case Op::kNeg:
      case Op::kNot:
      case Op::kCom:
      case Op::kConv:
      case Op::kStrCat:
      case Op::kDecodeRune:
      case Op::kEqual:
      case Op::kBoxIface:
      case Op::kAssert:
      case Op::kStrConv:
        flow = exec_value(in, ops);
        break;
    }
    if (flow == Flow::kYield) return true;
    if (flow == Flow::kDone) return false;
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
