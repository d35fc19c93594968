// runtime.GOMAXPROCS(n): stop the world, procresize, start the world — Go 1.19 runtime/debug.go
// GOMAXPROCS and proc.go stopTheWorldWithSema, procresize, (*p).destroy, startTheWorldWithSema.
//
// What Go does: GOMAXPROCS stops every P (running Gs are preempted to the global queue, Ps in
// system calls and idle Ps are taken), then procresize creates the new Ps (idle), destroys the
// removed ones (their local run queues, runnext first, go to the head of the global queue, their
// timers to the caller's P, their dead Gs to the global free list), keeps the caller's P if its
// id is below n and otherwise moves the caller to P0; every other P goes idle, or gets an M at
// once if its queue is not empty. startTheWorld then calls wakep.
//
// gosim simplifications: the world stops in one instant of virtual time (Go waits for each
// running G to reach a safe point); a G preempted on another P had already run ahead to its
// next runtime request, which it carries out when it runs again, so the remainder of its virtual
// CPU time for that stretch is dropped.
#include "sim/rt/emit.h"
#include "sim/rt/procresize.h"

#include <algorithm>
#include <stdexcept>

#include "sim/rt/proc.h"
#include "sim/rt/time.h"

namespace gosim {

namespace {

// Go: stopTheWorldWithSema (preemptall + the _Pgcstop of every other P) and gcstopm for the Ms
// that held them. Ps whose M is in a system call are taken from it (syscalltick++).
void stop_the_world(Model& md, int32_t pid) {
  const int32_t self_m = md.allp[static_cast<size_t>(pid)].m;
  for (P& pp : md.allp) {
    if (pp.id == pid) continue;
    ++pp.gen;  // its pending agenda item (if any) is stale now
    pp.scheduled = false;
    if (pp.status == PStatus::kSyscall) {
      ++pp.syscalltick;
    } else if (pp.status == PStatus::kRunning) {
      M& mp = md.allm[static_cast<size_t>(pp.m)];
      if (mp.curg != kNoG) {
        // preemptall: the G stops at a safe point and goes to the global queue (gopreempt_m).
        const GIdx gi = mp.curg;
        G& g = md.allg[static_cast<size_t>(gi)];
        g.status = GStatus::kRunnable;
        g.m = -1;
        g.preempt = false;
        mp.curg = kNoG;
        globrunqput(md, gi);
        emit_on_m(md, EventKind::kPreempt, pp.id, mp.id, g.goid);
      }
      if (mp.spinning) {
        mp.spinning = false;
        --md.sched.nmspinning;
      }
      // gcstopm: the M lets go of its P and sleeps.
      mp.p = -1;
      mp.parked = true;
      md.sched.midle.push_back(mp.id);
      pp.m = -1;
    }
    pp.status = PStatus::kGCStop;
  }
  md.sched.pidle.clear();
  // The event once every other P has stopped (its sentence says they are); each G preempted on
  // the way was its own event above, at the instant it went to the global queue.
  emit_on_m(md, EventKind::kStopTheWorld, pid, self_m, goid_of(md, md.allm[static_cast<size_t>(self_m)].curg),
          static_cast<int64_t>(md.allp.size()));
}

// Go: (*p).destroy — the removed P's work goes to the global queue, its timers to `keeper`.
void destroy_p(Model& md, int32_t victim, int32_t keeper) {
  P& pp = md.allp[static_cast<size_t>(victim)];
  int64_t moved = 0;
  // Pop from the tail of the local queue, push on the head of the global queue: the order
  // is kept, and runnext ends up in front of them all.
  while (pp.runqhead != pp.runqtail) {
    --pp.runqtail;
    md.sched.runq.push_front(pp.runq[pp.runqtail % kLocalRunqSize]);
    ++moved;
  }
  if (pp.runnext != kNoG) {
    md.sched.runq.push_front(pp.runnext);
    pp.runnext = kNoG;
    ++moved;
  }
  const int64_t timers = static_cast<int64_t>(pp.timers.size());
  std::vector<Timer> ts = std::move(pp.timers);
  pp.timers.clear();
  for (const Timer& t : ts) doaddtimer(md, keeper, t);  // Go: moveTimers
  // gfpurge: dead Gs go to the global free list.
  for (GIdx g : pp.gfree) md.sched.gfree.push_back(g);
  pp.gfree.clear();
  pp.status = PStatus::kDead;
  emit_on_m(md, EventKind::kProcResize, victim, -1, 0, 1, moved, timers);
}

}  // namespace

int32_t gomaxprocs_resize(Model& md, int32_t pid, int32_t nprocs, const CostModel& cost) {
  const auto old = static_cast<int32_t>(md.allp.size());
  if (nprocs <= 0) throw std::logic_error("procresize: invalid arg");
  const int32_t mid = md.allp[static_cast<size_t>(pid)].m;
  stop_the_world(md, pid);

  // Go: procresize. Grow: new Ps start idle with fresh state.
  for (int32_t i = old; i < nprocs; ++i) {
    md.allp.emplace_back();
    P& pp = md.allp.back();
    pp.id = i;
    pp.status = PStatus::kGCStop;
    pp.clock = md.engine.now;
    emit_on_m(md, EventKind::kProcResize, i, -1, 0, 0);
  }
  // Keep the current P if it survives, else release it and acquire P0.
  int32_t cur = pid;
  if (pid >= nprocs) {
    P& from = md.allp[static_cast<size_t>(pid)];
    P& to = md.allp[0];
    from.m = -1;
    from.status = PStatus::kGCStop;
    to.m = mid;
    to.status = PStatus::kRunning;
    ++to.gen;
    to.scheduled = false;
    md.allm[static_cast<size_t>(mid)].p = 0;
    cur = 0;
  }
  md.allp[static_cast<size_t>(cur)].status = PStatus::kRunning;
  // Destroy the removed Ps (highest first is not required; Go goes upwards) and trim allp.
  for (int32_t i = nprocs; i < old; ++i) destroy_p(md, i, cur);
  // Go: (*p).init allocates a new P's mcache; (*p).destroy's freemcache flushes a removed one's
  // spans and stack cache back to mcentral and the stack pools.
  // Its events go out as they happen (each is a pause point), on the resizing M and G.
  struct Sink final : heap::EventSink {
    Sink(Model& m, int32_t mid) : md(m), m(mid) {}
    void put(const Event& in) override {
      Event e = in;
      e.m = m;
      e.g = goid_of(md, md.allm[static_cast<size_t>(m)].curg);
      emit(md.engine, e);
    }
    Model& md;
    int32_t m;
  } sink(md, mid);
  heap::procresize(md.heap, nprocs, &sink);
  if (nprocs < old) md.allp.resize(static_cast<size_t>(nprocs));

  // Every other P: idle, or straight to an M when it has work (Go: the runnablePs list, started
  // by startTheWorldWithSema), from the highest id down as procresize walks them.
  std::vector<int32_t> runnable;
  for (int32_t i = nprocs - 1; i >= 0; --i) {
    if (i == cur) continue;
    P& pp = md.allp[static_cast<size_t>(i)];
    pp.status = PStatus::kIdle;
    pp.m = -1;
    if (runqempty(pp)) {
      md.sched.pidle.push_back(i);
    } else {
      runnable.push_back(i);
    }
  }
  emit_on_m(md, EventKind::kProcResize, cur, mid, goid_of(md, md.allm[static_cast<size_t>(mid)].curg), 2, old, nprocs);
  // Go: startTheWorldWithSema.
  for (int32_t i : runnable) startm(md, i, false, cur, cost);
  wakep(md, cur, cost);
  return cur;
}

}  // namespace gosim
