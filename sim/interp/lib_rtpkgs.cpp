// sync/atomic, sync.Cond and time's Timer, Ticker and AfterFunc: the library side. Atomic
// operations and timer changes happen right here, in the instruction that calls them (Go: an
// atomic is one LOCK-prefixed instruction; Stop and Reset take the P's timer lock, never park),
// each with its event; Cond's notifyList waits and wakes go to the runtime as requests
// (sim/rt/notify_list.cpp), because they park and ready goroutines.
#include "sim/interp/alg.h"
#include "sim/trace/atomic_op.h"
#include "sim/interp/exec.h"
#include "sim/lang/object.h"
#include "sim/rt/chan.h"
#include "sim/rt/time.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {

constexpr const char* kNilDeref =
    "runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

int width_bytes(AtomicWidth w) {
  return w == AtomicWidth::kInt32 || w == AtomicWidth::kUint32 || w == AtomicWidth::kBool ? 4 : 8;
}

}  // namespace

// Go: sync/atomic/doc.go and type.go. A method of atomic.Int64 and friends is the function of
// the same name on the receiver's v field, which is at offset 0, so both read the same block:
// the word's address first, then the operands (at 8, as Go's ABI lays them out).
bool Exec::atomic_lib(int64_t id, uint64_t args, uint64_t results) {
  const int64_t k = id - static_cast<int64_t>(LibFunc::AtomicOpsBegin);
  const auto op = static_cast<AtomicOp>(k / 8);
  const auto w = static_cast<AtomicWidth>(k % 8);
  const uint64_t addr = ld8(args);
  if (addr == 0) {
    panic_text(kNilDeref);
    return requested_;
  }
  const int n = width_bytes(w);
  const int arg_n = w == AtomicWidth::kBool ? 1 : n;  // a bool operand is one byte; the word is a uint32
  auto operand = [&](int i) { return mem_.load(args + 8 + static_cast<uint64_t>(i * arg_n), arg_n); };
  auto put = [&](uint64_t v) {
    if (results != 0) mem_.store(results, v, w == AtomicWidth::kBool ? 1 : n);
  };
  const uint64_t mask = n == 4 ? 0xffffffffULL : ~0ULL;
  const uint64_t old = mem_.load(addr, n);
  uint64_t now = old;
  int64_t code = atomic_code(op, w);
  switch (op) {
    case AtomicOp::kAdd:
      now = (old + operand(0)) & mask;  // wraps around like Go's LOCK XADD
      mem_.store(addr, now, n);
      put(now);
      break;
    case AtomicOp::kLoad:
      put(w == AtomicWidth::kBool ? (old != 0) : old);
      break;
    case AtomicOp::kStore:
      now = operand(0);
      if (w == AtomicWidth::kPointer) write_barrier(addr, args + 8, 8);  // Go: atomicstorep's barrier
      mem_.store(addr, now, n);
      break;
    case AtomicOp::kSwap:
      now = operand(0);
      if (w == AtomicWidth::kPointer) write_barrier(addr, args + 8, 8);
      mem_.store(addr, now, n);
      put(w == AtomicWidth::kBool ? (old != 0) : old);
      break;
    case AtomicOp::kCompareAndSwap: {
      const bool swapped = old == operand(0);
      if (swapped) {
        now = operand(1);
        if (w == AtomicWidth::kPointer) write_barrier(addr, args + 16, 8);
        mem_.store(addr, now, n);
        code |= kAtomicSwapped;
      }
      if (results != 0) mem_.store(results, swapped ? 1 : 0, 1);
      break;
    }
  }
  heap::emit(mc_.code_events(gi_), EventKind::kAtomic, -1, code, static_cast<int64_t>(addr), static_cast<int64_t>(now));
  return false;
}

// Go: sync/atomic/value.go. A Value is an interface's two words, type first; the first Store
// fixes the type, and later ones must use the same.
bool Exec::atomic_value_lib(int64_t id, uint64_t args, uint64_t results) {
  const uint64_t v = ld8(args);
  if (v == 0) {
    panic_text(kNilDeref);
    return requested_;
  }
  const auto lf = static_cast<LibFunc>(id);
  const uint64_t typ = ld8(v);
  auto event = [&](AtomicOp op, bool swapped) {
    heap::emit(mc_.code_events(gi_), EventKind::kAtomic, -1,
               atomic_code(op, AtomicWidth::kValue) | (swapped ? kAtomicSwapped : 0), static_cast<int64_t>(v),
               static_cast<int64_t>(ld8(v + 8)));
  };
  auto store_new = [&](uint64_t src) {
    write_barrier(v, src, 16);
    mem_.copy(v, src, 16);
  };
  switch (lf) {
    case LibFunc::AtomicValueLoad:
      if (results != 0) {
        st8(results, typ);
        st8(results + 8, typ == 0 ? 0 : ld8(v + 8));
      }
      event(AtomicOp::kLoad, false);
      return false;
    case LibFunc::AtomicValueStore:
    case LibFunc::AtomicValueSwap: {
      const bool swap = lf == LibFunc::AtomicValueSwap;
      const uint64_t nt = ld8(args + 8);
      if (nt == 0) {
        panic_text(swap ? "sync/atomic: swap of nil value into Value" : "sync/atomic: store of nil value into Value");
        return requested_;
      }
      if (typ != 0 && typ != nt) {
        panic_text(swap ? "sync/atomic: swap of inconsistently typed value into Value"
                        : "sync/atomic: store of inconsistently typed value into Value");
        return requested_;
      }
      if (swap && results != 0) {
        st8(results, typ);
        st8(results + 8, typ == 0 ? 0 : ld8(v + 8));
      }
      store_new(args + 8);
      event(swap ? AtomicOp::kSwap : AtomicOp::kStore, false);
      return false;
    }
    case LibFunc::AtomicValueCompareAndSwap: {
      const uint64_t old_at = args + 8, new_at = args + 24;
      const uint64_t ot = ld8(old_at), nt = ld8(new_at);
      auto done = [&](bool swapped) {
        if (results != 0) mem_.store(results, swapped ? 1 : 0, 1);
        event(AtomicOp::kCompareAndSwap, swapped);
        return false;
      };
      if (nt == 0) {
        panic_text("sync/atomic: compare and swap of nil value into Value");
        return requested_;
      }
      if (ot != 0 && nt != ot) {
        panic_text("sync/atomic: compare and swap of inconsistently typed values");
        return requested_;
      }
      if (typ == 0) {
        if (ot != 0) return done(false);
        store_new(new_at);
        return done(true);
      }
      if (typ != nt) {
        panic_text("sync/atomic: compare and swap of inconsistently typed value into Value");
        return requested_;
      }
      // Go: `if i != old` on the current value as an interface: may panic on an uncomparable type.
      std::string p;
      const bool eq = Alg(mod_, mem_).equal(v, old_at, -1, &p);
      if (!p.empty()) {
        panic_text(p);
        return requested_;
      }
      if (!eq) return done(false);
      write_barrier(v + 8, new_at + 8, 8);
      mem_.copy(v + 8, new_at + 8, 8);
      return done(true);
    }
    default:
      return false;
  }
}

// Go: time/sleep.go and tick.go over runtime/time.go's addtimer, deltimer and modtimer.
bool Exec::timer_lib(int64_t id, uint64_t args, uint64_t results) {
  Model& md = mc_.mutable_model();
  const auto lf = static_cast<LibFunc>(id);
  // Go: time.when(d) — nanotime() + d, or nanotime() for d <= 0; the G's own clock.
  const VTime now = mc_.now() + executed_ * mc_.config().cost.instr_ns;
  auto when = [&](int64_t d) { return d <= 0 ? now : (now + d < 0 ? INT64_MAX : now + d); };
  auto op_event = [&](int op, int32_t kind, VTime w, bool pending) {
    heap::emit(mc_.code_events(gi_), EventKind::kTimerOp, -1, op | (kind << 4), w, pending ? 1 : 0);
  };
  switch (lf) {
    case LibFunc::TimeNewTimer:
    case LibFunc::TimeNewTicker:
    case LibFunc::TimeAfterFunc:
    case LibFunc::TimeTick: {
      const auto d = static_cast<int64_t>(ld8(args));
      const bool ticker = lf == LibFunc::TimeNewTicker || lf == LibFunc::TimeTick;
      if (lf == LibFunc::TimeTick && d <= 0) {  // Go: Tick returns nil for d <= 0
        if (results != 0) st8(results, 0);
        return false;
      }
      if (ticker && d <= 0) {
        panic_text("non-positive interval for NewTicker");  // Go: panic(errors.New(...))
        return requested_;
      }
      TimerState ts;
      ts.kind = lf == LibFunc::TimeAfterFunc ? 3 : ticker ? 2 : 1;
      ts.when = when(d);
      ts.period = ticker ? d : 0;
      if (lf == LibFunc::TimeAfterFunc) {
        ts.f = TimerFunc::kGoFunc;
        ts.arg = ld8(args + 8);  // f: a func value is its funcval pointer
      } else {
        // Go: c := make(chan Time, 1) — Time holds a *Location, so makechan allocates the
        // hchan and the buffer apart.
        ts.arg = alloc(96, true);
        alloc(24, true);
        makechan(md, ts.arg, 24, 1);
        md.chans[ts.arg].made_by = lf == LibFunc::TimeTick ? HChan::Maker::kTick : ticker ? HChan::Maker::kTicker : HChan::Maker::kTimer;
      }
      // Go: &Timer{C: c, r: runtimeTimer{...}} (80 bytes; Ticker is the same shape).
      const uint64_t t = alloc(80, true);
      if (lf != LibFunc::TimeAfterFunc) st8(t, ts.arg);  // C
      st8(t + 16, static_cast<uint64_t>(ts.when));       // r.when
      st8(t + 24, static_cast<uint64_t>(ts.period));     // r.period
      st8(t + 48, ts.arg);                               // r.arg's data word
      md.timers[t] = ts;
      addtimer(md, current_p(), t);
      op_event(0, ts.kind, ts.when, false);
      if (results != 0) st8(results, lf == LibFunc::TimeTick ? ts.arg : t);
      return false;
    }
    case LibFunc::TimeTimerStop:
    case LibFunc::TimeTickerStop:
    case LibFunc::TimeTimerReset:
    case LibFunc::TimeTickerReset: {
      const uint64_t t = ld8(args);
      if (t == 0) {
        panic_text(kNilDeref);
        return requested_;
      }
      const bool reset = lf == LibFunc::TimeTimerReset || lf == LibFunc::TimeTickerReset;
      const auto d = reset ? static_cast<int64_t>(ld8(args + 8)) : 0;
      if (lf == LibFunc::TimeTickerReset && d <= 0) {
        panic_text("non-positive interval for Ticker.Reset");
        return requested_;
      }
      const auto it = md.timers.find(t);
      if (it == md.timers.end()) {  // Go: t.r.f == nil — a Timer or Ticker not made by New*
        if (lf == LibFunc::TimeTickerStop) return false;  // Go: stopTimer on a zero timer: nothing
        panic_text(lf == LibFunc::TimeTimerStop    ? "time: Stop called on uninitialized Timer"
                   : lf == LibFunc::TimeTimerReset ? "time: Reset called on uninitialized Timer"
                                                   : "time: Reset called on uninitialized Ticker");
        return requested_;
      }
      const int32_t kind = it->second.kind;
      bool pending = false;
      VTime w = 0;
      if (!reset) {
        pending = deltimer(md, t);
      } else {
        w = when(d);
        const VTime period = lf == LibFunc::TimeTickerReset ? d : it->second.period;
        pending = modtimer(md, current_p(), t, w, period);
        st8(t + 24, static_cast<uint64_t>(period));
      }
      op_event(reset ? 2 : 1, kind, w, pending);
      if (results != 0 && (lf == LibFunc::TimeTimerStop || lf == LibFunc::TimeTimerReset)) {
        mem_.store(results, pending ? 1 : 0, 1);
      }
      return false;
    }
    default:
      return false;
  }
}

// Go: sync/cond.go NewCond, Signal, Broadcast and Wait; runtime/sema.go notifyListAdd.
bool Exec::cond_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto lf = static_cast<LibFunc>(id);
  if (lf == LibFunc::SyncNewCond) {
    const uint64_t c = alloc(56, true);  // Go: &Cond{L: l}
    write_barrier(c, args, 16, true);
    mem_.copy(c, args, 16);
    if (results != 0) st8(results, c);
    return false;
  }
  const uint64_t c = ld8(args);
  if (c == 0) {
    panic_text(kNilDeref);
    return requested_;
  }
  // Go: copyChecker.check — the checker holds its own address once used; a copy of the Cond
  // carries the original's address, which is not the copy's.
  const uint64_t checker = c + 48;
  if (ld8(checker) == 0) {
    st8(checker, checker);
  } else if (ld8(checker) != checker) {
    panic_text("sync.Cond is copied");
    return requested_;
  }
  const uint64_t notify = c + 16;
  switch (lf) {
    case LibFunc::SyncCondWait:
      // The program's own sync.(*Cond).Wait body (sim/ir/lower_cond.cpp): Add, L.Unlock, Wait, L.Lock.
      push_frame(mod_.cond_wait_fn, args, 0, 0);
      return false;
    case LibFunc::SyncNotifyListAdd: {
      // Go: notifyListAdd — atomic.Xadd(&l.wait, 1) - 1: the caller's ticket.
      const uint64_t t = mem_.load(notify, 4);
      mem_.store(notify, (t + 1) & 0xffffffffULL, 4);
      if (results != 0) mem_.store(results, t, 4);
      return false;
    }
    case LibFunc::SyncNotifyListWait:
    case LibFunc::SyncCondSignal:
    case LibFunc::SyncCondBroadcast: {
      Request r;
      r.kind = lf == LibFunc::SyncNotifyListWait ? ReqKind::kNotifyListWait
               : lf == LibFunc::SyncCondSignal   ? ReqKind::kNotifyListNotifyOne
                                                 : ReqKind::kNotifyListNotifyAll;
      r.a = static_cast<int64_t>(notify);
      if (lf == LibFunc::SyncNotifyListWait) r.b = static_cast<int64_t>(mem_.load(args + 8, 4));
      request(std::move(r));
      return true;
    }
    default:
      return false;
  }
}

bool Exec::rtpkgs_lib(int64_t id, uint64_t args, uint64_t results) {
  if (id >= static_cast<int64_t>(LibFunc::AtomicOpsBegin) && id <= static_cast<int64_t>(LibFunc::AtomicOpsEnd)) {
    return atomic_lib(id, args, results);
  }
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::AtomicValueLoad: case LibFunc::AtomicValueStore: case LibFunc::AtomicValueSwap:
    case LibFunc::AtomicValueCompareAndSwap:
      return atomic_value_lib(id, args, results);
    case LibFunc::TimeNewTimer: case LibFunc::TimeNewTicker: case LibFunc::TimeAfterFunc: case LibFunc::TimeTick:
    case LibFunc::TimeTimerStop: case LibFunc::TimeTickerStop: case LibFunc::TimeTimerReset: case LibFunc::TimeTickerReset:
      return timer_lib(id, args, results);
    case LibFunc::SyncNewCond: case LibFunc::SyncCondWait: case LibFunc::SyncCondSignal: case LibFunc::SyncCondBroadcast:
    case LibFunc::SyncNotifyListAdd: case LibFunc::SyncNotifyListWait:
      return cond_lib(id, args, results);
    default:
      panic_text("gosim: this library function is not implemented yet (id " + std::to_string(id) + ")");
      return requested_;
  }
}

}  // namespace gosim::interp
