// --check-events rules for the scheduler's events: G lifecycle, Ps and Ms, system calls,
// sysmon, GOMAXPROCS, and the program's output and end. Each states what the event's sentence
// (sim/rt/describe.cpp) promises about the state at the instant the event is emitted.
#include <fmt/format.h>

#include "sim/rt/output.h"
#include "sim/rt/check_events_internal.h"
#include "sim/rt/proc.h"
#include "sim/rt/stack.h"
#include "sim/rt/syscall.h"

namespace gosim::check {

namespace {

const P& pp_of(const Model& md, int32_t p) { return md.allp[static_cast<size_t>(p)]; }
const M& mm_of(const Model& md, int32_t m) { return md.allm[static_cast<size_t>(m)]; }
const G& gg_of(const Model& md, GIdx g) { return md.allg[static_cast<size_t>(g)]; }

// "" when G `goid` exists and is runnable, on no run queue and nobody's current G: in transit
// from a queue to execute (globrunqget, runqsteal hand the G over to run it at once).
std::string runnable_in_hand(const Model& md, int64_t goid) {
  const GIdx g = find_g(md, goid);
  if (g == kNoG) return fmt::format("no G has goid {}", goid);
  const G& gg = gg_of(md, g);
  if (gg.status != GStatus::kRunnable || !where_queued(md, g).empty() || m_running(md, g) >= 0) return g_state(md, g);
  return {};
}

// Where a runqput(next=true) left gp: runnext, or with the no-runnext what-if the local ring (or
// the global queue when the ring was full).
std::string check_put_next(const Model& md, int32_t p, GIdx g) {
  if (!valid_p(md, p)) return fmt::format("P{} does not exist", p);
  const P& pp = pp_of(md, p);
  const bool ok = md.whatif.no_runnext ? (in_local_ring(pp, g) || in_global(md, g)) : pp.runnext == g;
  if (gg_of(md, g).status != GStatus::kRunnable || !ok || m_running(md, g) >= 0) return g_state(md, g);
  return {};
}

// The G kicked out of runnext went to the tail of the ring (or, the ring full, to the global queue).
std::string check_kicked(const Model& md, int32_t p, int64_t goid) {
  if (goid == 0) return {};
  const GIdx k = find_g(md, goid);
  if (k == kNoG) return fmt::format("the kicked G{} does not exist", goid);
  if (gg_of(md, k).status != GStatus::kRunnable || !(in_local_ring(pp_of(md, p), k) || in_global(md, k))) {
    return "kicked: " + g_state(md, k);
  }
  return {};
}

// G `goid` is the current G of M m, which holds P p (and P p is running with M m).
std::string check_runs_on(const Model& md, int64_t goid, int32_t p, int32_t m) {
  const GIdx g = find_g(md, goid);
  if (g == kNoG) return fmt::format("no G has goid {}", goid);
  if (!valid_p(md, p) || !valid_m(md, m)) return fmt::format("P{} or M{} does not exist", p, m);
  const G& gg = gg_of(md, g);
  const P& pp = pp_of(md, p);
  const M& mm = mm_of(md, m);
  if (gg.status != GStatus::kRunning || mm.curg != g || !where_queued(md, g).empty()) return g_state(md, g);
  if (pp.status != PStatus::kRunning || pp.m != m || mm.p != p) {
    return fmt::format("P{} is status {} with M{}; M{} holds P{}", p, static_cast<int>(pp.status), pp.m, m, mm.p);
  }
  return {};
}

std::string go_create(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  const G& gg = gg_of(md, g);
  if (gg.parent_goid != e.a || gg.code.entry != e.b) {
    return fmt::format("G{} has parent G{} and entry {}", e.g, gg.parent_goid, gg.code.entry);
  }
  // Go: newproc1 gives the G its stack (malg or gfget) before it can run: at least 2 KiB.
  if (gg.code.stack_lo == 0 || gg.code.stack_hi - gg.code.stack_lo < kStackMin) {
    return fmt::format("G{} has no stack ([{:#x}, {:#x}))", e.g, gg.code.stack_lo, gg.code.stack_hi);
  }
  if (e.b == kEntryGcBgMarkWorker) {
    // A mark worker is created parked (sim/rt/gc.cpp): on no queue, run by nobody.
    if (gg.status != GStatus::kWaiting || !where_queued(md, g).empty() || m_running(md, g) >= 0) return g_state(md, g);
    return {};
  }
  if (auto s = check_put_next(md, e.p, g); !s.empty()) return s;
  return check_kicked(md, e.p, e.c);
}

std::string go_start(const Model& md, const Event& e) {
  if (auto s = check_runs_on(md, e.g, e.p, e.m); !s.empty()) return s;
  if (e.b == 0 && pp_of(md, e.p).schedtick != static_cast<uint32_t>(e.c)) {
    return fmt::format("P{}'s schedtick is {}", e.p, pp_of(md, e.p).schedtick);
  }
  return {};
}

std::string go_park(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  const G& gg = gg_of(md, g);
  if (gg.status != GStatus::kWaiting || gg.waitreason != static_cast<WaitReason>(e.a) || !where_queued(md, g).empty() ||
      m_running(md, g) >= 0) {
    return g_state(md, g);
  }
  return {};
}

std::string go_ready(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  if (auto s = check_put_next(md, e.p, g); !s.empty()) return s;
  const P& pp = pp_of(md, e.p);
  const int64_t readier = valid_m(md, pp.m) ? goid_of(md, mm_of(md, pp.m).curg) : 0;
  if (readier != e.a) return fmt::format("P{} runs G{}, not the readier G{}", e.p, readier, e.a);
  return check_kicked(md, e.p, e.b);
}

std::string go_sched(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  const bool queued = e.a ? valid_p(md, e.p) && in_local_ring(pp_of(md, e.p), g) : in_global(md, g);
  if (gg_of(md, g).status != GStatus::kRunnable || !queued || m_running(md, g) >= 0) return g_state(md, g);
  return {};
}

std::string go_exit(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  if (gg_of(md, g).status != GStatus::kDead || !where_queued(md, g).empty() || m_running(md, g) >= 0) return g_state(md, g);
  return {};
}

std::string runq_overflow(const Model& md, const Event& e) {
  const auto& q = md.sched.runq;
  if (static_cast<int64_t>(q.size()) != e.b) return fmt::format("the global queue holds {}", q.size());
  if (q.empty() || goid_of(md, q.back()) != e.g) return fmt::format("the global queue ends with G{}", q.empty() ? 0 : goid_of(md, q.back()));
  const uint32_t left = runqlen(pp_of(md, e.p));
  if (left != kLocalRunqSize / 2) return fmt::format("P{}'s local queue holds {}", e.p, left);
  for (int64_t i = 0; i < e.a && i < static_cast<int64_t>(q.size()); ++i) {
    const GIdx g = q[q.size() - 1 - static_cast<size_t>(i)];
    if (gg_of(md, g).status != GStatus::kRunnable) return g_state(md, g);
  }
  return {};
}

std::string global_runq_get(const Model& md, const Event& e) {
  if (static_cast<int64_t>(md.sched.runq.size()) != e.b) return fmt::format("the global queue holds {}", md.sched.runq.size());
  return runnable_in_hand(md, e.g);
}

std::string steal(const Model& md, const Event& e) {
  if (auto s = runnable_in_hand(md, e.g); !s.empty()) return s;
  if (e.c == 0 && runqlen(pp_of(md, e.p)) < static_cast<uint32_t>(e.b - 1)) {
    return fmt::format("P{}'s local queue holds {}, fewer than the {} others stolen", e.p, runqlen(pp_of(md, e.p)), e.b - 1);
  }
  return {};
}

std::string proc_idle(const Model& md, const Event& e) {
  const P& pp = pp_of(md, e.p);
  bool listed = false;
  for (int32_t p : md.sched.pidle) listed = listed || p == e.p;
  if (pp.status != PStatus::kIdle || pp.m != -1 || !listed) {
    return fmt::format("P{} is status {} with M{}, {} the idle list", e.p, static_cast<int>(pp.status), pp.m,
                       listed ? "on" : "not on");
  }
  if (!valid_m(md, e.m)) return fmt::format("M{} does not exist", e.m);
  const M& mm = mm_of(md, e.m);
  if (!mm.parked || mm.p != -1 || mm.spinning) return fmt::format("M{} holds P{}, parked={}, spinning={}", e.m, mm.p, mm.parked, mm.spinning);
  return {};
}

std::string proc_wake(const Model& md, const Event& e) {
  const P& pp = pp_of(md, e.p);
  if (!valid_m(md, e.m)) return fmt::format("M{} does not exist", e.m);
  const M& mm = mm_of(md, e.m);
  if (pp.status != PStatus::kRunning || pp.m != e.m || mm.p != e.p || mm.parked) {
    return fmt::format("P{} is status {} with M{}; M{} holds P{}, parked={}", e.p, static_cast<int>(pp.status), pp.m, e.m,
                       mm.p, mm.parked);
  }
  return {};
}

std::string timer_fire(const Model& md, const Event& e) {
  if (md.engine.now - e.a != e.b) return fmt::format("now is {} ns, the timer was due at {}", md.engine.now, e.a);
  if (e.g == 0) return {};  // a channel timer (time.After): its send follows
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  for (const P& pp : md.allp) {
    for (const Timer& t : pp.timers) {
      if (t.g == g && t.when == e.a) return fmt::format("P{}'s timer heap still holds G{}'s timer", pp.id, e.g);
    }
  }
  // The sleeper is readied by the next event (goready), not yet.
  const G& gg = gg_of(md, g);
  if (gg.status != GStatus::kWaiting || gg.waitreason != WaitReason::kSleep) return g_state(md, g);
  return {};
}

// An atomic operation leaves its word holding the value the event names (atomic.Value: the data word).
std::string atomic_rule(const Model& md, const Event& e) {
  const int64_t width = e.a % 8;
  const int n = width == 1 || width == 3 || width == 4 || width == 6 ? 8 : 4;
  const uint64_t at = static_cast<uint64_t>(e.b) + (width == 6 ? 8 : 0);
  const uint64_t have = md.mem.load(at, n);
  const uint64_t want = static_cast<uint64_t>(e.c) & (n == 4 ? 0xffffffffULL : ~0ULL);
  if (have != want) return fmt::format("the word at {:#x} holds {}, not {}", at, have, want);
  return {};
}

// A started or reset timer is in some P's heap (or marked modified); a stopped pending one is
// marked deleted.
std::string timer_op(const Model& md, const Event& e) {
  const int64_t op = e.a & 15;
  size_t in_heaps = 0;
  for (const P& pp : md.allp) {
    for (const Timer& t : pp.timers) in_heaps += t.obj != 0;
  }
  bool deleted = false, waiting_or_modified = false;
  for (const auto& [obj, ts] : md.timers) {
    deleted = deleted || ts.status == TimerStatus::kDeleted;
    waiting_or_modified = waiting_or_modified || ts.status == TimerStatus::kWaiting ||
                          ts.status == TimerStatus::kModifiedEarlier || ts.status == TimerStatus::kModifiedLater;
  }
  if (op == 0 && (in_heaps == 0 || !waiting_or_modified)) return "no started timer is waiting in a P's heap";
  if (op == 1 && e.c != 0 && !deleted) return "no timer is marked timerDeleted";
  if (op == 2 && !waiting_or_modified) return "no timer is waiting or marked modified";
  return {};
}

std::string preempt(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  if (gg_of(md, g).status != GStatus::kRunnable || !in_global(md, g) || m_running(md, g) >= 0) return g_state(md, g);
  return {};
}

std::string sysmon_preempt(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  const P& pp = pp_of(md, e.p);
  if (!gg_of(md, g).preempt) return fmt::format("G{}'s preempt flag is not set", e.g);
  if (pp.m < 0 || mm_of(md, pp.m).curg != g) return g_state(md, g) + fmt::format("; P{} has M{}", e.p, pp.m);
  return {};
}

std::string retake(const Model& md, const Event& e) {
  const P& pp = pp_of(md, e.p);
  if (pp.status == PStatus::kSyscall || pp.m != -1) return fmt::format("P{} is status {} with M{}", e.p, static_cast<int>(pp.status), pp.m);
  return {};
}

std::string syscall_enter(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG || !valid_m(md, e.m)) return fmt::format("no G{} or no M{}", e.g, e.m);
  const M& mm = mm_of(md, e.m);
  const P& pp = pp_of(md, e.p);
  if (gg_of(md, g).status != GStatus::kSyscall || mm.curg != g) return g_state(md, g);
  if (mm.p != -1 || mm.oldp != e.p || pp.status != PStatus::kSyscall || pp.m != -1) {
    return fmt::format("M{} holds P{} (oldp P{}); P{} is status {} with M{}", e.m, mm.p, mm.oldp, e.p,
                       static_cast<int>(pp.status), pp.m);
  }
  return {};
}

std::string syscall_exit(const Model& md, const Event& e) {
  if (e.a != static_cast<int64_t>(SyscallExitPath::kSlow)) return check_runs_on(md, e.g, e.p, e.m);
  const GIdx g = find_g(md, e.g);
  if (g == kNoG || !valid_m(md, e.m)) return fmt::format("no G{} or no M{}", e.g, e.m);
  if (gg_of(md, g).status != GStatus::kRunnable || !in_global(md, g) || m_running(md, g) >= 0) return g_state(md, g);
  const M& mm = mm_of(md, e.m);
  if (!mm.parked || mm.p != -1) return fmt::format("M{} holds P{}, parked={}", e.m, mm.p, mm.parked);
  return {};
}

std::string write(const Model& md, const Event& e) {
  const uint64_t written = md.output_dropped + md.output.size();
  if (e.b < 0 || e.c < 0 || static_cast<uint64_t>(e.b + e.c) > written) {
    return fmt::format("the output holds {} bytes, not the {} up to the end of this write", written, e.b + e.c);
  }
  return {};
}

std::string program_exit(const Model& md, const Event& e) {
  if (md.exit_kind != ExitKind::kExited || md.exit_code != e.a) {
    return fmt::format("exit kind {}, exit code {}", static_cast<int>(md.exit_kind), md.exit_code);
  }
  return {};
}

std::string fatal(const Model& md, const Event& e) {
  if (md.exit_kind != ExitKind::kFatal || md.exit_code != e.a) {
    return fmt::format("exit kind {}, exit code {}", static_cast<int>(md.exit_kind), md.exit_code);
  }
  return {};
}

std::string deadlock(const Model& md, const Event& e) {
  int64_t waiting = 0;
  for (const G& g : md.allg) waiting += g.status == GStatus::kWaiting || g.status == GStatus::kPreempted;
  if (waiting != e.a) return fmt::format("{} goroutines are waiting", waiting);
  for (const M& m : md.allm) {
    if (!m.parked && !m.sysmon) return fmt::format("M{} is not asleep (holds P{}, current G index {})", m.id, m.p, m.curg);
  }
  return {};
}

std::string limit(const Model& md, const Event& e) {
  if (!md.engine.finished || md.engine.limit != static_cast<LimitKind>(e.a) || md.engine.limit_value != e.b) {
    return fmt::format("finished={}, limit {} at {}", md.engine.finished, static_cast<int>(md.engine.limit), md.engine.limit_value);
  }
  return {};
}

std::string stop_the_world(const Model& md, const Event& e) {
  const P& self = pp_of(md, e.p);
  if (self.status != PStatus::kRunning || self.m != e.m) return fmt::format("P{} is status {} with M{}", e.p, static_cast<int>(self.status), self.m);
  if (e.b != 0) return {};  // the GC's pauses delay the other Ps' next steps (sim/rt/gc.cpp)
  for (const P& pp : md.allp) {
    if (pp.id == e.p) continue;
    if (pp.status != PStatus::kGCStop || pp.m != -1) return fmt::format("P{} is status {} with M{}", pp.id, static_cast<int>(pp.status), pp.m);
  }
  for (const M& m : md.allm) {
    if (m.id != e.m && m.curg != kNoG && gg_of(md, m.curg).status == GStatus::kRunning) {
      return fmt::format("M{} still runs G{}", m.id, gg_of(md, m.curg).goid);
    }
  }
  return {};
}

std::string proc_resize(const Model& md, const Event& e) {
  if (e.a == 2) {
    if (static_cast<int64_t>(md.allp.size()) != e.c) return fmt::format("there are {} Ps", md.allp.size());
    const P& pp = pp_of(md, e.p);
    if (pp.status != PStatus::kRunning || pp.m != e.m || !valid_m(md, e.m) || mm_of(md, e.m).p != e.p) {
      return fmt::format("P{} is status {} with M{}", e.p, static_cast<int>(pp.status), pp.m);
    }
    return {};
  }
  if (!valid_p(md, e.p)) return fmt::format("P{} does not exist", e.p);
  const P& pp = pp_of(md, e.p);
  const PStatus want = e.a == 0 ? PStatus::kGCStop : PStatus::kDead;
  if (pp.status != want || pp.m != -1 || !runqempty(pp)) {
    return fmt::format("P{} is status {} with M{} and {} queued", e.p, static_cast<int>(pp.status), pp.m,
                       runqlen(pp) + (pp.runnext != kNoG));
  }
  if (e.a == 1 && (!pp.timers.empty() || static_cast<int64_t>(md.sched.runq.size()) < e.b)) {
    return fmt::format("P{} keeps {} timers; the global queue holds {}", e.p, pp.timers.size(), md.sched.runq.size());
  }
  return {};
}

}  // namespace

void add_sched_rules(RuleTable& t) {
  add(t, EventKind::kGoCreate, "go_create: the new G exists with that parent and entry and a stack, runnable, in the P's runnext "
      "(a mark worker: parked, on no queue); a kicked G is at the tail of the P's local queue or in the global queue", go_create);
  add(t, EventKind::kGoStart, "go_start: the G is _Grunning, the current G of the P's M, on no run queue; the P's "
      "schedtick is the one named", go_start);
  add(t, EventKind::kGoPark, "go_park: the G is _Gwaiting with that wait reason, on no run queue, run by no M", go_park);
  add(t, EventKind::kGoReady, "go_ready: the G is runnable in the P's runnext, readied by the P's current G; a kicked G "
      "is in the local or global queue", go_ready);
  add(t, EventKind::kGoSched, "go_sched: the G is runnable, run by no M, in the global queue (goyield: the P's local "
      "queue)", go_sched);
  add(t, EventKind::kGoExit, "go_exit: the G is _Gdead, on no run queue, run by no M", go_exit);
  add(t, EventKind::kRunqOverflow, "runq_overflow: the global queue holds the named count, ends with the G, and the P's "
      "local queue holds 128", runq_overflow);
  add(t, EventKind::kGlobalRunqGet, "global_runq_get: the global queue holds the named count left; the G taken is "
      "runnable, in hand (on no queue, run by no M)", global_runq_get);
  add(t, EventKind::kSteal, "steal: the G to run is runnable and in hand; the others stolen are on the thief's local "
      "queue", steal);
  add(t, EventKind::kProcIdle, "proc_idle: the P is _Pidle on the idle list without an M; its M sleeps holding no P", proc_idle);
  add(t, EventKind::kProcWake, "proc_wake: the P is _Prunning with the M, which holds it and is awake", proc_wake);
  add(t, EventKind::kTimerFire, "timer_fire: the timer is off every P's heap, it fired `late` after `when`, and its "
      "sleeper is still waiting (goready follows)", timer_fire);
  add(t, EventKind::kAtomic, "atomic: the word the operation touched holds the value named", atomic_rule);
  add(t, EventKind::kTimerOp, "timer_op: a started or reset timer is waiting (or marked modified) in a P's heap; a "
      "pending timer that was stopped is marked timerDeleted", timer_op);
  add(t, EventKind::kPreempt, "preempt: the G is runnable in the global queue, run by no M", preempt);
  add(t, EventKind::kSysmonPreempt, "sysmon_preempt: the G still runs on the P and its preempt flag is set", sysmon_preempt);
  add(t, EventKind::kRetake, "retake: the P is no longer _Psyscall and has no M", retake);
  add(t, EventKind::kSyscallEnter, "syscall_enter: the G is _Gsyscall on its M, which holds no P (oldp is the P); the "
      "P is _Psyscall without an M", syscall_enter);
  add(t, EventKind::kSyscallExit, "syscall_exit: fast paths: the G runs on the M, which holds the P; slow path: the G "
      "is runnable in the global queue and the M sleeps", syscall_exit);
  add(t, EventKind::kWrite, "write: the output holds the written byte range", write);
  add(t, EventKind::kProgramExit, "program_exit: the program has exited with the named status", program_exit);
  add(t, EventKind::kFatal, "fatal: the program has died (fatal) with the named status", fatal);
  add(t, EventKind::kDeadlock, "deadlock: every M sleeps and the named number of goroutines wait", deadlock);
  add(t, EventKind::kLimit, "limit: the run is finished at the named limit and value", limit);
  add(t, EventKind::kStopTheWorld, "stop_the_world: the P runs with its M; for GOMAXPROCS every other P is _Pgcstop "
      "without an M and no other M runs a G", stop_the_world);
  add(t, EventKind::kProcResize, "proc_resize: a created P is _Pgcstop and empty; a destroyed one _Pdead, empty, "
      "without timers; at the end GOMAXPROCS Ps exist and the caller's P runs with its M", proc_resize);
}

}  // namespace gosim::check
