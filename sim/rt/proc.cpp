// Go 1.19 runtime/proc.go, the run-queue and G-lifecycle half.
//
// What Go does: each P owns a 256-slot ring of runnable Gs plus one `runnext` slot; a new or
// freshly woken G goes to runnext so it runs next and inherits the time slice; a full ring
// spills half of itself to the global queue; every 61st schedule the global queue gets a turn
// so it cannot starve; an idle P steals half of a busy P's ring.
//
// What gosim simplifies (and says so in the event sentences): there are no locks or atomics
// because only one agenda item is processed at a time; the 3 µs usleep before stealing a
// running P's runnext is not modeled (the steal happens at once). findRunnable runs timers and a
// non-blocking netpoll as Go's does; the GC mark worker check at its top is in machine.cpp.
#include "sim/rt/proc.h"
#include "sim/heap/heap.h"
#include "sim/heap/mgc.h"
#include "sim/heap/sizeclasses.h"
#include "sim/rt/emit.h"
#include "sim/rt/stack.h"

#include "sim/rt/netpoll.h"
#include "sim/rt/time.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace gosim {

namespace {

constexpr int64_t kGoidCacheBatch = 16;  // Go: _GoidCacheBatch

int32_t cur_m(const Model& md, int32_t pid) { return md.allp[static_cast<size_t>(pid)].m; }

[[noreturn]] void throw_rt(const char* what) { throw std::logic_error(what); }

}  // namespace

int64_t goid_of(const Model& md, GIdx g) { return g == kNoG ? 0 : md.allg[static_cast<size_t>(g)].goid; }

GIdx find_g(const Model& md, int64_t goid) {
  if (goid <= 0) return kNoG;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].goid == goid) return static_cast<GIdx>(i);
  }
  return kNoG;
}

uint32_t runqlen(const P& pp) { return pp.runqtail - pp.runqhead; }

bool runqempty(const P& pp) { return pp.runqhead == pp.runqtail && pp.runnext == kNoG; }

// Go: runtime/proc.go runqput
int64_t runqput(Model& md, int32_t pid, GIdx gp, bool next) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  if (md.whatif.no_runnext) next = false;  // what-if: no runnext slot
  int64_t kicked = 0;
  if (next) {
    const GIdx old = pp.runnext;
    pp.runnext = gp;
    if (old == kNoG) return 0;
    // The old runnext is not lost: it goes to the tail of the ring like any other G.
    gp = old;
    kicked = goid_of(md, old);
  }
  if (runqlen(pp) < kLocalRunqSize) {
    pp.runq[pp.runqtail % kLocalRunqSize] = gp;
    ++pp.runqtail;
    return kicked;
  }
  runqputslow(md, pid, gp);
  return kicked;
}

// Go: runtime/proc.go runqputslow
void runqputslow(Model& md, int32_t pid, GIdx gp) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  const uint32_t n = runqlen(pp) / 2;
  if (n != kLocalRunqSize / 2) throw_rt("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; ++i) {
    md.sched.runq.push_back(pp.runq[(pp.runqhead + i) % kLocalRunqSize]);
  }
  pp.runqhead += n;
  md.sched.runq.push_back(gp);
  emit_at(md, EventKind::kRunqOverflow, pid, goid_of(md, gp), n + 1, static_cast<int64_t>(md.sched.runq.size()));
}

// Go: runtime/proc.go runqget
Found runqget(Model& md, int32_t pid) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  if (pp.runnext != kNoG) {
    const GIdx g = pp.runnext;
    pp.runnext = kNoG;
    return Found{g, true, RunSource::kRunnext};
  }
  if (pp.runqhead == pp.runqtail) return Found{};
  const GIdx g = pp.runq[pp.runqhead % kLocalRunqSize];
  ++pp.runqhead;
  return Found{g, false, RunSource::kLocal};
}

// Go: runtime/proc.go globrunqput
void globrunqput(Model& md, GIdx gp) { md.sched.runq.push_back(gp); }

// Go: runtime/proc.go globrunqget
GIdx globrunqget(Model& md, int32_t pid, int32_t max, bool fairness) {
  auto& q = md.sched.runq;
  if (q.empty()) return kNoG;
  const int32_t gomaxprocs = static_cast<int32_t>(md.allp.size());
  int32_t n = static_cast<int32_t>(q.size()) / gomaxprocs + 1;
  n = std::min<int32_t>(n, static_cast<int32_t>(q.size()));
  if (max > 0 && n > max) n = max;
  n = std::min<int32_t>(n, static_cast<int32_t>(kLocalRunqSize / 2));
  const GIdx gp = q.front();
  q.pop_front();
  for (int32_t i = 1; i < n; ++i) {
    const GIdx g1 = q.front();
    q.pop_front();
    runqput(md, pid, g1, false);
  }
  emit_at(md, EventKind::kGlobalRunqGet, pid, goid_of(md, gp), n, static_cast<int64_t>(q.size()), fairness ? 1 : 0);
  return gp;
}

// Go: runtime/proc.go runqgrab + runqsteal
GIdx runqsteal(Model& md, int32_t pid, int32_t victim, bool steal_runnext) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  P& p2 = md.allp[static_cast<size_t>(victim)];
  uint32_t n = runqlen(p2);
  n = n - n / 2;  // the larger half
  if (n == 0) {
    if (!steal_runnext || p2.runnext == kNoG) return kNoG;
    // Go sleeps 3 µs first when p2 is running, hoping p2 schedules its runnext itself;
    // gosim takes it at once (see the file comment).
    const GIdx g = p2.runnext;
    p2.runnext = kNoG;
    emit_at(md, EventKind::kSteal, pid, goid_of(md, g), victim, 1, 1);
    return g;
  }
  GIdx batch[kLocalRunqSize / 2 + 1];
  for (uint32_t i = 0; i < n; ++i) batch[i] = p2.runq[(p2.runqhead + i) % kLocalRunqSize];
  p2.runqhead += n;
  // The last G grabbed runs now; the others go to the thief's ring in order.
  const GIdx gp = batch[n - 1];
  if (runqlen(pp) + (n - 1) > kLocalRunqSize) throw_rt("runqsteal: runq overflow");
  for (uint32_t i = 0; i + 1 < n; ++i) {
    pp.runq[pp.runqtail % kLocalRunqSize] = batch[i];
    ++pp.runqtail;
  }
  emit_at(md, EventKind::kSteal, pid, goid_of(md, gp), victim, n, 0);
  return gp;
}

namespace {

// Go: runtime/proc.go randomOrder — visits every P once, starting anywhere, stepping by a
// random number coprime with GOMAXPROCS.
struct StealOrder {
  uint32_t count, pos, inc;
  static std::vector<uint32_t> coprimes(uint32_t count) {
    std::vector<uint32_t> out;
    for (uint32_t i = 1; i <= count; ++i) {
      if (std::gcd(i, count) == 1) out.push_back(i);
    }
    return out;
  }
};

}  // namespace

// Go: runtime/proc.go stealWork
Found stealWork(Model& md, int32_t pid, int32_t mid, const CostModel& cost) {
  const uint32_t count = static_cast<uint32_t>(md.allp.size());
  const std::vector<uint32_t> coprimes = StealOrder::coprimes(count);
  M& mp = md.allm[static_cast<size_t>(mid)];
  constexpr int kStealTries = 4;
  for (int i = 0; i < kStealTries; ++i) {
    const bool last_pass = i == kStealTries - 1;
    const uint32_t r = mp.rand.fastrand();
    uint32_t pos = r % count;
    const uint32_t inc = coprimes[r / count % coprimes.size()];
    for (uint32_t k = 0; k < count; ++k, pos = (pos + inc) % count) {
      const int32_t victim = static_cast<int32_t>(pos);
      if (victim == pid) continue;
      // Timers of any P, idle or not, are run by thieves on the last pass (Go: timerpMask);
      // what they wake lands in our runnext.
      if (last_pass && !md.allp[pos].timers.empty() && checkTimers(md, victim, pid, cost) > 0) {
        if (Found f = runqget(md, pid); f.g != kNoG) return f;
      }
      // Idle Ps have empty queues (Go checks idlepMask).
      if (md.allp[pos].status == PStatus::kIdle || md.whatif.no_steal) continue;
      const GIdx g = runqsteal(md, pid, victim, last_pass);
      if (g != kNoG) return Found{g, false, RunSource::kStolen};
    }
  }
  return Found{};
}

namespace {

// Go: runtime/proc.go gfget — a dead G from this P's cache, refilled from the global list.
GIdx gfget(Model& md, P& pp) {
  if (pp.gfree.empty() && !md.sched.gfree.empty()) {
    while (pp.gfree.size() < 32 && !md.sched.gfree.empty()) {
      pp.gfree.push_back(md.sched.gfree.back());
      md.sched.gfree.pop_back();
    }
  }
  if (pp.gfree.empty()) return kNoG;
  const GIdx g = pp.gfree.back();
  pp.gfree.pop_back();
  return g;
}

// Go: runtime/proc.go gfput — keep at most 64 locally, spilling down to 32.
void gfput(Model& md, P& pp, GIdx g) {
  pp.gfree.push_back(g);
  if (pp.gfree.size() >= 64) {
    while (pp.gfree.size() >= 32) {
      md.sched.gfree.push_back(pp.gfree.back());
      pp.gfree.pop_back();
    }
  }
}

// Go: runtime/runtime2.go g — unsafe.Sizeof(g{}) on linux/amd64 in Go 1.19: malg's
// mallocgc(0x188, g type) lands in size class 416.
constexpr uint64_t kSizeofG = 392;

// Go: runtime/proc.go malg — `newg := new(g)` when gfget found no dead G to reuse: the user's
// goroutines, the runtime's own (G1-G5) and the GC's mark workers alike. It is an allocation
// like any other (MemStats counts it; a heap trigger may follow), made on the creator's P.
// Simplified: the m structs, g0 and gsignal Gs that newm allocates for each new thread are not
// allocated (docs/heap.md).
uint64_t malg_new_g(Model& md, int32_t pid) {
  RuntimeSink sink(md, pid, running_goid(md, pid));
  const heap::MallocResult r =
      heap::mallocgc(md.heap, pid, kSizeofG, true, true, &sink, static_cast<int>(heap::AllocWhy::kMalg));
  if (r.level != heap::AllocLevel::kZero) md.mem.zero(r.addr, kSizeofG);
  return r.addr;
}

// Go: runtime/proc.go allgadd — `allgs = append(allgs, gp)`: growslice when allgs is full
// (1, 2, 4, 8, ... pointers), the old entries copied over.
void allgadd(Model& md, int32_t pid, uint64_t gobj) {
  if (md.allgs_len == md.allgs_cap) {
    const uint64_t newcap = heap::roundupsize(heap::growslice_newcap(md.allgs_cap, md.allgs_len + 1) * 8) / 8;
    RuntimeSink sink(md, pid, running_goid(md, pid));
    const heap::MallocResult r =
        heap::mallocgc(md.heap, pid, newcap * 8, true, true, &sink, static_cast<int>(heap::AllocWhy::kAllgadd));
    md.mem.zero(r.addr, newcap * 8);
    if (md.allgs_len > 0) {
      // Go: growslice's bulkBarrierPreWriteSrcOnly: while marking, what is copied is shaded.
      if (md.heap.gc_marking) {
        for (uint64_t i = 0; i < md.allgs_len; ++i) heap::shade(md.heap, md.mem.load(md.allgs_ptr + 8 * i, 8), &sink);
      }
      md.mem.copy(r.addr, md.allgs_ptr, md.allgs_len * 8);
    }
    md.allgs_ptr = r.addr;
    md.allgs_cap = newcap;
  }
  md.mem.store(md.allgs_ptr + 8 * md.allgs_len, gobj, 8);
  ++md.allgs_len;
}

}  // namespace

// Go: runtime/proc.go newproc + newproc1
GIdx newproc1(Model& md, int32_t pid, GIdx parent, int32_t entry, int64_t arg, bool system) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  GIdx gi = gfget(md, pp);
  uint64_t gobj = 0;
  const bool fresh = gi == kNoG;
  if (fresh) {
    gobj = malg_new_g(md, pid);
    gi = static_cast<GIdx>(md.allg.size());
    md.allg.emplace_back();
  }
  G& g = md.allg[static_cast<size_t>(gi)];
  if (!fresh) gobj = g.gobj;
  if (pp.goidcache == pp.goidcacheend) {
    md.sched.goidgen += kGoidCacheBatch;
    pp.goidcache = md.sched.goidgen - (kGoidCacheBatch - 1);
    pp.goidcacheend = pp.goidcache + kGoidCacheBatch;
  }
  // Go: gfget hands out a dead G with the stack it died with (a standard 2 KiB one; gfput freed
  // any other), so a program that keeps starting goroutines reuses the same few stacks.
  const uint64_t stack_lo = g.code.stack_lo, stack_hi = g.code.stack_hi;
  g = G{};
  g.code.stack_lo = stack_lo;
  g.code.stack_hi = stack_hi;
  g.gobj = gobj;
  g.goid = pp.goidcache++;
  g.parent_goid = goid_of(md, parent);
  g.code.entry = entry;
  g.code.arg = arg;
  g.system = system;
  // Go: a new G gets its stack here, before it is runnable: malg(_StackMin) when gfget found no
  // dead G, or gfget's stackalloc(_StackMin) for a dead G whose stack gfput freed. It is _Gdead
  // meanwhile (Go: casgstatus(newg, _Gidle, _Gdead)). gosim numbers the G first, so the state at
  // the stack_alloc event can name it (Go assigns goid a few lines later; nothing between):
  // the event is the new G's, as go_create is, though its creator's M does the work.
  if (g.code.stack_lo == 0) {
    g.status = GStatus::kDead;
    RuntimeSink sink(md, pid, g.goid);
    stackalloc_g(md, gi, pid, &sink);
  }
  if (fresh) allgadd(md, pid, gobj);  // Go: newproc1 adds a new G to allgs after malg
  g.status = GStatus::kRunnable;
  if (!system) ++md.live_goroutines;
  return gi;
}

GIdx newproc(Model& md, int32_t pid, GIdx parent, int32_t entry, int64_t arg, bool system) {
  const GIdx gi = newproc1(md, pid, parent, entry, arg, system);
  const int64_t kicked = runqput(md, pid, gi, true);
  const G& g = md.allg[static_cast<size_t>(gi)];
  emit_at(md, EventKind::kGoCreate, pid, g.goid, g.parent_goid, entry, kicked);
  return gi;
}

// Go: runtime/proc.go execute
void execute(Model& md, int32_t pid, const Found& f) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  M& mp = md.allm[static_cast<size_t>(pp.m)];
  G& g = md.allg[static_cast<size_t>(f.g)];
  if (g.status != GStatus::kRunnable) throw_rt("execute: bad g status");
  mp.curg = f.g;
  g.m = mp.id;
  g.status = GStatus::kRunning;
  // Go leaves waitreason as it was: scheddetail shows a runnable G as "status=1(chan receive)".
  g.preempt = false;
  if (!f.inherit_time) ++pp.schedtick;
  emit_at(md, EventKind::kGoStart, pid, g.goid, static_cast<int64_t>(f.source), f.inherit_time ? 1 : 0, pp.schedtick);
}

// Go: runtime/proc.go gopark + park_m
void gopark(Model& md, int32_t pid, WaitReason reason) {
  M& mp = md.allm[static_cast<size_t>(cur_m(md, pid))];
  G& g = md.allg[static_cast<size_t>(mp.curg)];
  g.status = GStatus::kWaiting;
  g.waitreason = reason;
  g.waitsince = md.engine.now;
  g.m = -1;
  mp.curg = kNoG;
  emit_at(md, EventKind::kGoPark, pid, g.goid, static_cast<int64_t>(reason));
}

// Go: runtime/proc.go goready + ready
void goready(Model& md, int32_t pid, GIdx gp, const CostModel& cost) {
  G& g = md.allg[static_cast<size_t>(gp)];
  if (g.status != GStatus::kWaiting) throw_rt("goready: bad g status");
  g.status = GStatus::kRunnable;
  const M& mp = md.allm[static_cast<size_t>(cur_m(md, pid))];
  const int64_t readier = goid_of(md, mp.curg);
  const int64_t kicked = runqput(md, pid, gp, true);
  emit_at(md, EventKind::kGoReady, pid, g.goid, readier, kicked);
  wakep(md, pid, cost);
}

// Go: runtime/proc.go goschedImpl
void goschedImpl(Model& md, int32_t pid, bool preempted) {
  M& mp = md.allm[static_cast<size_t>(cur_m(md, pid))];
  G& g = md.allg[static_cast<size_t>(mp.curg)];
  g.status = GStatus::kRunnable;
  g.m = -1;
  const GIdx gi = mp.curg;
  mp.curg = kNoG;
  globrunqput(md, gi);
  if (!preempted) emit_at(md, EventKind::kGoSched, pid, g.goid);
}

// Go: runtime/proc.go goyield_m
void goyield(Model& md, int32_t pid) {
  M& mp = md.allm[static_cast<size_t>(cur_m(md, pid))];
  G& g = md.allg[static_cast<size_t>(mp.curg)];
  g.status = GStatus::kRunnable;
  g.m = -1;
  const GIdx gi = mp.curg;
  mp.curg = kNoG;
  runqput(md, pid, gi, false);
  emit_at(md, EventKind::kGoSched, pid, g.goid, 1);
}

// Go: runtime/proc.go goexit0
void goexit0(Model& md, int32_t pid) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  M& mp = md.allm[static_cast<size_t>(pp.m)];
  const GIdx gi = mp.curg;
  G& g = md.allg[static_cast<size_t>(gi)];
  g.status = GStatus::kDead;
  g.m = -1;
  g.req = Request{};
  // Go: gfput keeps a standard-size stack with the dead G for its next use and frees any other
  // (one that grew), so the stack a dead G held is never lost.
  uint64_t stack_lo = g.code.stack_lo, stack_hi = g.code.stack_hi;
  g.code = GCode{};
  if (stack_hi - stack_lo != kStackMin && stack_lo != 0) {
    RuntimeSink sink(md, pid, g.goid);
    heap::stackfree(md.heap, pid, stack_lo, stack_hi - stack_lo, &sink);
    stack_lo = stack_hi = 0;
  }
  g.code.stack_lo = stack_lo;
  g.code.stack_hi = stack_hi;
  if (!g.system) --md.live_goroutines;
  mp.curg = kNoG;
  gfput(md, pp, gi);
  // The event after the change it reports: at the pause the G is dead and off its M.
  emit_at(md, EventKind::kGoExit, pid, g.goid);
}

namespace {

int32_t pidleget(Model& md) {
  if (md.sched.pidle.empty()) return -1;
  const int32_t pid = md.sched.pidle.back();
  md.sched.pidle.pop_back();
  return pid;
}

// Go: runtime/proc.go mget / newm — an idle M, or a new thread.
int32_t mget_or_new(Model& md, bool* created) {
  *created = md.sched.midle.empty();
  if (!*created) {
    const int32_t mid = md.sched.midle.back();
    md.sched.midle.pop_back();
    md.allm[static_cast<size_t>(mid)].parked = false;
    return mid;
  }
  M m;
  m.id = static_cast<int32_t>(md.allm.size());
  m.rand = fastrand_for_m(md.seed, m.id);
  md.allm.push_back(m);
  return m.id;
}

}  // namespace

// Go: runtime/proc.go startm
int32_t startm(Model& md, int32_t pid, bool spinning, int32_t waker_pid, const CostModel& cost) {
  if (pid < 0) {
    pid = pidleget(md);
    if (pid < 0) return -1;
  } else {
    auto& idle = md.sched.pidle;
    idle.erase(std::remove(idle.begin(), idle.end(), pid), idle.end());
  }
  bool created = false;
  const int32_t mid = mget_or_new(md, &created);
  P& pp = md.allp[static_cast<size_t>(pid)];
  M& mp = md.allm[static_cast<size_t>(mid)];
  pp.status = PStatus::kRunning;
  pp.m = mid;
  mp.p = pid;
  mp.spinning = spinning;
  if (spinning) ++md.sched.nmspinning;
  emit_at(md, EventKind::kProcWake, pid, 0, created ? 1 : 0, waker_pid);
  // The woken thread needs real time to start; its P begins looking for work after that.
  pp.clock = md.engine.now + cost.wakep_ns;
  pp.scheduled = true;
  md.engine.agenda.push(pp.clock, kItemPStep, pid, pp.gen);
  return pid;
}

// Go: runtime/proc.go wakep
void wakep(Model& md, int32_t waker_pid, const CostModel& cost) {
  if (md.sched.pidle.empty() || md.sched.nmspinning != 0) return;
  startm(md, -1, true, waker_pid, cost);
}

// Go: runtime/proc.go handoffp (without Go's checks for GC mark work and a trace reader)
void handoffp(Model& md, int32_t pid, const CostModel& cost) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  pp.m = -1;
  const int32_t gomaxprocs = static_cast<int32_t>(md.allp.size());
  const int32_t npidle = static_cast<int32_t>(md.sched.pidle.size());
  // Local or global work: start an M for it at once.
  if (!runqempty(pp) || !md.sched.runq.empty()) {
    startm(md, pid, false, -1, cost);
    return;
  }
  // Nobody spinning and no idle P: this P should look for work itself.
  if (md.sched.nmspinning + npidle == 0) {
    startm(md, pid, true, -1, cost);
    return;
  }
  // The last running P, and no M is polling the network: keep an M on it. (gosim has no M
  // blocked in netpoll, so sched.lastpoll is never 0 here.)
  if (npidle == gomaxprocs - 1) {
    startm(md, pid, false, -1, cost);
    return;
  }
  pp.status = PStatus::kIdle;
  md.sched.pidle.push_back(pid);
}

// Go: runtime/proc.go resetspinning
void resetspinning(Model& md, int32_t pid, const CostModel& cost) {
  M& mp = md.allm[static_cast<size_t>(cur_m(md, pid))];
  if (!mp.spinning) return;
  mp.spinning = false;
  --md.sched.nmspinning;
  if (md.sched.nmspinning < 0) throw_rt("resetspinning: negative nmspinning");
  wakep(md, pid, cost);
}

// Go: runtime/proc.go findRunnable
Found findRunnable(Model& md, int32_t pid, const CostModel& cost) {
  // Each pass that goes back to the top found work on another P's queue, which the next pass
  // steals; a model fault that keeps finding it and never taking it would loop here without an
  // event, where no limit of the run can stop it, so the passes are bounded.
  constexpr int kMaxPasses = 64;
  for (int pass = 0;; ++pass) {
    if (pass == kMaxPasses) throw_rt("findRunnable: work on another P's queue that no pass could take");
    checkTimers(md, pid, pid, cost);
    P& pp = md.allp[static_cast<size_t>(pid)];
    // Fairness: every 61st schedtick, one G from the global queue first.
    if (pp.schedtick % 61 == 0 && !md.sched.runq.empty()) {
      const GIdx g = globrunqget(md, pid, 1, true);
      if (g != kNoG) return Found{g, false, RunSource::kGlobal};
    }
    if (Found f = runqget(md, pid); f.g != kNoG) return f;
    if (!md.sched.runq.empty()) {
      const GIdx g = globrunqget(md, pid, 0, false);
      if (g != kNoG) return Found{g, false, RunSource::kGlobal};
    }
    // A non-blocking netpoll: run the first ready G, inject the rest.
    if (md.net.waiters > 0 || !md.net.ready.empty()) {
      const std::vector<GIdx> list = netpoll(md, pid, false);
      if (!list.empty()) {
        injectglist(md, pid, std::vector<GIdx>(list.begin() + 1, list.end()), cost);
        md.allg[static_cast<size_t>(list[0])].status = GStatus::kRunnable;
        return Found{list[0], false, RunSource::kNetpoll};
      }
    }
    M& mp = md.allm[static_cast<size_t>(pp.m)];
    const int32_t gomaxprocs = static_cast<int32_t>(md.allp.size());
    const int32_t npidle = static_cast<int32_t>(md.sched.pidle.size());
    // Spinning Ms are limited to half the busy Ps, so idle Ps do not burn CPU in a crowd.
    if (mp.spinning || 2 * md.sched.nmspinning < gomaxprocs - npidle) {
      if (!mp.spinning) {
        mp.spinning = true;
        ++md.sched.nmspinning;
      }
      if (Found f = stealWork(md, pid, mp.id, cost); f.g != kNoG) return f;
    }
    // Nothing found. A spinning M re-checks every P once after dropping its own, so work that
    // appeared meanwhile is not stranded (Go: the checkRunqsNoP step). It goes back to the top
    // only to steal that work, so under the no-steal what-if it must not: the work on another
    // P's queue can never be taken and the M would spin for ever; it stops (stopm) instead.
    if (mp.spinning && !md.whatif.no_steal) {
      bool work = false;
      for (const P& p2 : md.allp) {
        if (p2.id != pid && p2.status != PStatus::kIdle && !runqempty(p2)) work = true;
      }
      if (work) {
        mp.spinning = false;
        --md.sched.nmspinning;
        continue;
      }
    }
    return Found{};
  }
}

// Go: runtime/proc.go checkdead
bool checkdead(const Model& md) {
  for (const M& m : md.allm) {
    if (!m.parked && !m.sysmon) return false;  // running, spinning or in a system call
  }
  // A G waiting for the network keeps an M in netpoll: Go never calls that a deadlock.
  if (md.net.waiters > 0 || !md.net.in_flight.empty()) return false;
  for (const P& pp : md.allp) {
    if (!pp.timers.empty()) return false;  // a timer will wake someone
  }
  return true;
}

// Go: runtime/proc.go releasep + pidleput + stopm
void park_p(Model& md, int32_t pid) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  M& mp = md.allm[static_cast<size_t>(pp.m)];
  const int32_t mid = mp.id;
  if (mp.spinning && !md.whatif.no_steal) {
    mp.spinning = false;
    --md.sched.nmspinning;
  }
  mp.p = -1;
  mp.parked = true;
  md.sched.midle.push_back(mp.id);
  pp.m = -1;
  pp.status = PStatus::kIdle;
  md.sched.pidle.push_back(pid);
  // Emitted once the P is on the idle list and its M asleep (the M is named; the P no longer has one).
  Event e;
  e.kind = EventKind::kProcIdle;
  e.p = pid;
  e.m = mid;
  emit(md.engine, e);
}

}  // namespace gosim
