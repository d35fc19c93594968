// GoTraceWriter's event table: which gosim event becomes which Go 1.19 tracer event, in which
// P's batch. Go emits its events at these places (runtime/proc.go, chan.go, mgc.go …):
//
//   go_create       EvGoCreate [g, start stack, creator's stack]     newproc1 -> traceGoCreate
//   go_start        EvGoStart [g, seq]                                execute -> traceGoStart
//   go_park         EvGoBlock{Send,Recv,Select,Sync,Cond,Net,GC}, EvGoSleep, EvGoStop or
//                   EvGoBlock by wait reason                          gopark's traceEv argument
//   go_ready        EvGoUnblock [g, seq, waker's stack] on the waker's P   ready -> traceGoUnpark
//   netpoll         EvGoUnblock for each goroutine it readied            findRunnable, injectglist
//   go_sched        EvGoSched                                         goschedImpl
//   preempt         EvGoPreempt                                       gopreempt_m
//   go_exit         EvGoEnd                                           goexit0
//   syscall_enter   EvGoSysCall                                       reentersyscall
//   retake          EvGoSysBlock + EvProcStop on the retaken P        retake
//   syscall_exit    EvGoSysExit (after a block) then EvGoStart if it got a P   exitsyscall
//   proc_wake       EvProcStart [thread]                              acquirep
//   proc_idle       EvProcStop                                        releasep (stopm)
//   stop_the_world  EvProcStop for every other P                      releasep in gcstopm
//   gc_phase        EvGCStart + EvGCSTWStart(sweep termination), EvGCSTWDone, EvGCSTWStart(mark
//                   termination), EvGCDone + EvGCSTWDone + EvGCSweepStart, EvGCSweepDone
//   gc_assist       EvGCMarkAssistStart + EvGCMarkAssistDone          gcAssistAlloc
//   gc_pacer        EvHeapGoal                                        gcControllerCommit
//   (heapLive moves) EvHeapAlloc                                      mcache refill/releaseAll
//   proc_resize     EvGomaxprocs                                      procresize
//
// The start of a trace is what runtime/trace.Start writes before the program's first event:
// EvGomaxprocs and EvProcStart for P0. The runtime's background goroutines, which gosim parks
// before they ever run, are written as Go's StartTrace writes goroutines found blocked:
// EvGoWaiting.
#include "sim/export/go_trace.h"

#include "sim/rt/machine.h"
#include "sim/rt/proc.h"

namespace gosim::exporter {

namespace {

// Go: the traceEv argument each gopark call site passes (chan.go, select.go, sema.go,
// time.go, netpoll.go, mgcmark.go …); the runtime's own idle goroutines use EvGoBlock.
uint8_t block_event(WaitReason r) {
  switch (r) {
    case WaitReason::kChanReceive: return kEvGoBlockRecv;
    case WaitReason::kChanSend: return kEvGoBlockSend;
    case WaitReason::kSelect: return kEvGoBlockSelect;
    case WaitReason::kSemacquire: return kEvGoBlockSync;
    case WaitReason::kSyncCondWait: return kEvGoBlockCond;
    case WaitReason::kSleep: return kEvGoSleep;
    case WaitReason::kIOWait: return kEvGoBlockNet;
    case WaitReason::kGCAssistWait: return kEvGoBlockGC;
    // gopark(nil, nil, …, traceEvGoStop, …): a nil channel or select{} never wakes.
    case WaitReason::kChanReceiveNilChan:
    case WaitReason::kChanSendNilChan:
    case WaitReason::kSelectNoCases: return kEvGoStop;
    default: return kEvGoBlock;
  }
}

}  // namespace

void GoTraceWriter::on_event(const Machine& mc, const Event& e) {
  // One tick per event at least, so events of one virtual instant keep gosim's order.
  uint64_t tick = static_cast<uint64_t>(e.time) * kTicksPerNs;
  if (started_ && tick <= last_tick_) tick = last_tick_ + 1;
  if (!started_) {
    started_ = true;
    put(0, kEvGomaxprocs, tick, {static_cast<uint64_t>(mc.config().gomaxprocs), 0});
    ensure_proc(0, 0, tick);
  }
  last_tick_ = tick;
  translate(mc, e, tick);
  // Go: traceHeapAlloc after every change of gcController.heapLive.
  const uint64_t live = mc.model().heap.stats.heapLive;
  if (live != heap_live_) {
    heap_live_ = live;
    last_tick_ = ++tick;
    put(e.p, kEvHeapAlloc, tick, {live});
  }
}

void GoTraceWriter::translate(const Machine& mc, const Event& e, uint64_t tick) {
  switch (e.kind) {
    case EventKind::kGoCreate: {
      GState& g = gs_[e.g];
      if (g.st != GSt::kDead || g.started) {
        ++dropped_;
        return;
      }
      // The creator is the P's running goroutine (or none, for G1); stacks before the put so
      // the dictionaries are complete.
      const uint64_t start = start_stack(mc, e.g);
      const uint64_t creator = stack_of(mc, e.a);
      put(e.p, kEvGoCreate, tick, {static_cast<uint64_t>(e.g), start, creator});
      g.st = GSt::kRunnable;
      g.seq = 1;
      return;
    }
    case EventKind::kGoStart: {
      const auto it = gs_.find(e.g);
      if (it == gs_.end() || it->second.st != GSt::kRunnable || e.p < 0 || ps_[e.p].g != 0) {
        ++dropped_;
        return;
      }
      ensure_proc(e.p, e.m, tick);
      start_g(e.p, e.m, e.g, tick);
      return;
    }
    case EventKind::kGoPark: go_park(mc, e, tick); return;
    case EventKind::kNetpoll: netpoll(mc, e, tick); return;
    case EventKind::kGoReady: {
      const auto it = gs_.find(e.g);
      if (it == gs_.end() || it->second.st != GSt::kWaiting) {
        ++dropped_;
        return;
      }
      const uint64_t stk = stack_of(mc, e.a);
      put(e.p, kEvGoUnblock, tick, {static_cast<uint64_t>(e.g), it->second.seq, stk});
      ++it->second.seq;
      it->second.st = GSt::kRunnable;
      return;
    }
    case EventKind::kGoSched:
      if (!stop_running(mc, e.g, kEvGoSched, tick, GSt::kRunnable)) ++dropped_;
      return;
    case EventKind::kPreempt:
      if (!stop_running(mc, e.g, kEvGoPreempt, tick, GSt::kRunnable)) ++dropped_;
      return;
    case EventKind::kGoExit:
      if (!stop_running(mc, e.g, kEvGoEnd, tick, GSt::kDead)) ++dropped_;
      return;
    case EventKind::kSyscallEnter: {
      GState& g = gs_[e.g];
      if (g.st != GSt::kRunning) {
        ++dropped_;
        return;
      }
      put(g.p, kEvGoSysCall, tick, {stack_of(mc, e.g)});
      g.in_syscall = true;
      return;
    }
    case EventKind::kRetake: {
      PState& p = ps_[e.p];
      const auto it = gs_.find(p.g);
      if (p.g != 0 && it != gs_.end() && it->second.in_syscall) {
        put(e.p, kEvGoSysBlock, tick, {});
        it->second.st = GSt::kWaiting;
        it->second.sys_blocked = true;
        it->second.p = -1;
        p.g = 0;
      }
      stop_proc(e.p, tick);
      return;
    }
    case EventKind::kSyscallExit: syscall_exit(mc, e, tick); return;
    case EventKind::kProcWake: ensure_proc(e.p, e.m, tick); return;
    case EventKind::kProcIdle: stop_proc(e.p, tick); return;
    case EventKind::kStopTheWorld:
      // Go: gcstopm -> releasep: every other P lets go of its M (their Gs were preempted).
      for (auto& [pid, p] : ps_) {
        if (pid != e.p && pid >= 0) stop_proc(pid, tick);
      }
      return;
    case EventKind::kGcPhase: gc_phase(mc, e, tick); return;
    case EventKind::kGcAssist:
      put(e.p, kEvGCMarkAssistStart, tick, {stack_of(mc, e.g)});
      put(e.p, kEvGCMarkAssistDone, tick, {});
      return;
    case EventKind::kGcPacer: put(e.p, kEvHeapGoal, tick, {static_cast<uint64_t>(e.b)}); return;
    case EventKind::kProcResize:
      if (e.a == 1) stop_proc(e.p, tick);                                              // a P destroyed
      if (e.a == 2) put(e.p, kEvGomaxprocs, tick, {static_cast<uint64_t>(e.c), stack_of(mc, e.g)});  // done
      return;
    default: return;
  }
}

void GoTraceWriter::go_park(const Machine& mc, const Event& e, uint64_t tick) {
  GState& g = gs_[e.g];
  const auto reason = static_cast<WaitReason>(e.a);
  if (g.st == GSt::kRunning) {
    const uint8_t type = block_event(reason);
    if (!stop_running(mc, e.g, type, tick, type == kEvGoStop ? GSt::kDead : GSt::kWaiting)) ++dropped_;
    return;
  }
  if (g.st == GSt::kRunnable && !g.started && g.seq == 1) {
    // Go: StartTrace's EvGoWaiting for a goroutine that is blocked and never ran in the trace.
    put(e.p, kEvGoWaiting, tick, {static_cast<uint64_t>(e.g)});
    g.st = GSt::kWaiting;
    g.seq = 2;
    return;
  }
  ++dropped_;
}

// Go: findRunnable/injectglist — each goroutine netpoll returns is unparked (traceGoUnpark
// with no stack). gosim's event names only the count; the goroutines are those the trace has
// waiting that the model has made runnable (or already running) by now.
void GoTraceWriter::netpoll(const Machine& mc, const Event& e, uint64_t tick) {
  for (auto& [goid, g] : gs_) {
    if (g.st != GSt::kWaiting || g.sys_blocked) continue;
    const GIdx gi = find_g(mc.model(), goid);
    if (gi == kNoG) continue;
    const GStatus now = mc.g(gi).status;
    if (now != GStatus::kRunnable && now != GStatus::kRunning) continue;
    put(e.p, kEvGoUnblock, tick, {static_cast<uint64_t>(goid), g.seq, 0});
    ++g.seq;
    g.st = GSt::kRunnable;
  }
}

void GoTraceWriter::syscall_exit(const Machine& mc, const Event& e, uint64_t tick) {
  (void)mc;
  GState& g = gs_[e.g];
  if (!g.in_syscall) {
    ++dropped_;
    return;
  }
  g.in_syscall = false;
  // Kept its P (nobody retook it): Go writes nothing, the G just goes on.
  if (!g.sys_blocked && g.st == GSt::kRunning && e.p == g.p) return;
  if (!g.sys_blocked) {
    // It lost its P without a retake event (a stop-the-world took it): block it there first.
    put(g.p, kEvGoSysBlock, tick, {});
    ps_[g.p].g = 0;
    g.st = GSt::kWaiting;
    g.p = -1;
  }
  // Go: exitsyscall -> traceGoSysExit [g, seq, 0: the event's own time].
  g.sys_blocked = false;
  put(-1, kEvGoSysExit, tick, {static_cast<uint64_t>(e.g), g.seq, 0});
  ++g.seq;
  g.st = GSt::kRunnable;
  // exitsyscallfast_pidle: it runs at once on an idle P (Go writes EvGoStart there too).
  if (e.p >= 0 && ps_[e.p].g == 0) {
    ensure_proc(e.p, e.m, tick);
    start_g(e.p, e.m, e.g, tick);
  }
}

void GoTraceWriter::gc_phase(const Machine& mc, const Event& e, uint64_t tick) {
  // Go: mgc.go gcStart (traceGCStart, traceGCSTWStart(1)), gcMarkDone (traceGCSTWStart(0)),
  // gcMarkTermination (traceGCDone), startTheWorldWithSema (traceGCSTWDone).
  switch (e.b) {
    case 1:  // sweep termination
      if (!gc_running_) {
        put(e.p, kEvGCStart, tick, {gc_seq_++, stack_of(mc, e.g)});
        gc_running_ = true;
      }
      if (!stw_) put(e.p, kEvGCSTWStart, tick, {1});
      stw_ = true;
      return;
    case 2:  // mark: the world starts again
    case 4:  // sweep
      if (e.b == 4 && gc_running_) {
        put(e.p, kEvGCDone, tick, {});
        gc_running_ = false;
      }
      if (stw_) put(e.p, kEvGCSTWDone, tick, {});
      stw_ = false;
      if (e.b == 4 && sweep_p_ == -2) {
        put(e.p, kEvGCSweepStart, tick, {stack_of(mc, e.g)});
        sweep_p_ = e.p;
      }
      return;
    case 3:  // mark termination
      if (!stw_) put(e.p, kEvGCSTWStart, tick, {0});
      stw_ = true;
      return;
    case 0:  // off: the sweep is done
      if (sweep_p_ != -2) put(sweep_p_, kEvGCSweepDone, tick, {0, 0});
      sweep_p_ = -2;
      return;
    default: return;
  }
}

bool GoTraceWriter::stop_running(const Machine& mc, int64_t goid, uint8_t type, uint64_t tick, GSt next) {
  const auto it = gs_.find(goid);
  if (it == gs_.end() || it->second.st != GSt::kRunning) return false;
  GState& g = it->second;
  // EvGoEnd and EvGoSysBlock have no stack; the others end with one.
  if (type == kEvGoEnd) {
    put(g.p, type, tick, {});
  } else {
    put(g.p, type, tick, {stack_of(mc, goid)});
  }
  ps_[g.p].g = 0;
  g.st = next;
  g.p = -1;
  return true;
}

void GoTraceWriter::start_g(int32_t pid, int32_t m, int64_t goid, uint64_t tick) {
  (void)m;
  GState& g = gs_[goid];
  put(pid, kEvGoStart, tick, {static_cast<uint64_t>(goid), g.seq});
  ++g.seq;
  g.st = GSt::kRunning;
  g.started = true;
  g.p = pid;
  ps_[pid].g = goid;
}

void GoTraceWriter::ensure_proc(int32_t pid, int32_t m, uint64_t tick) {
  if (pid < 0) return;
  PState& p = ps_[pid];
  if (p.running) return;
  put(pid, kEvProcStart, tick, {static_cast<uint64_t>(m < 0 ? 0 : m)});
  p.running = true;
}

void GoTraceWriter::stop_proc(int32_t pid, uint64_t tick) {
  if (pid < 0) return;
  PState& p = ps_[pid];
  if (!p.running || p.g != 0) return;
  put(pid, kEvProcStop, tick, {});
  p.running = false;
}

}  // namespace gosim::exporter
