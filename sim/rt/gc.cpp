// The GC cycle on the virtual clock (see gc.h for the shape, docs/heap.md for the
// simplifications). Every step goes through the headless collector in sim/heap/mgc*.cpp and
// shows as events: the stop-the-world pauses, the phase changes, each root job, each scanned
// object with what it greyed, each assist, each swept span.
#include "sim/rt/emit.h"
#include "sim/rt/output.h"
#include "sim/rt/gc.h"

#include <algorithm>
#include <cmath>

#include "sim/rt/machine.h"
#include "sim/rt/netpoll.h"
#include "sim/rt/proc.h"
#include "sim/rt/stack.h"

namespace gosim {

namespace {

// The collector's events go into the trace the instant the collector makes them (so the state
// at a shade event has that object grey, and nothing of the next one), through RuntimeSink
// (sim/rt/emit.h), carrying the P (and M, G) they happened on.

// Go: stopTheWorldWithSema ... startTheWorldWithSema for a pause of `ns`: every other P running
// a goroutine stops at its next safe point for the pause (its next step moves later by `ns`).
// The P that stops the world waits the pause itself (the caller adds it to its own delay).
void stop_the_world_for(Model& md, int32_t pid, VTime ns, int64_t why) {
  Event e;
  e.kind = EventKind::kStopTheWorld;
  e.p = pid;
  e.m = md.allp[static_cast<size_t>(pid)].m;
  e.g = running_goid(md, pid);
  e.a = static_cast<int64_t>(md.allp.size());
  e.b = why;  // 1 sweep termination, 2 mark termination, 3 the what-if's stopped mark (describe.cpp)
  e.c = ns;
  emit(md.engine, e);
  for (P& pp : md.allp) {
    if (pp.id == pid || pp.status != PStatus::kRunning || !pp.scheduled) continue;
    ++pp.gen;  // the pending item is stale; a new one at the later time replaces it
    pp.clock = std::max(pp.clock, md.engine.now) + ns;
    md.engine.agenda.push(pp.clock, kItemPStep, pp.id, pp.gen);
  }
}

VTime scan_ns(int64_t bytes) { return bytes <= 0 ? 0 : (bytes + kGcScanBytesPerNs - 1) / kGcScanBytesPerNs; }

// What a drain did: scan work in bytes (what the pacer and assist credit count, as Go's
// gcWork.heapScanWork and friends) and the virtual time it took.
struct Drained {
  int64_t work = 0;
  VTime ns = 0;
};

// A turn of mark work as one event, after the drain and after its time is counted in the
// controller: who marked (a dedicated, fractional or idle worker, or an allocating goroutine's
// assist), on which P, for how long and how much. The drain's own events all carry the turn's
// start time, so this is where the trace says how long the turn took (the timeline's mark lanes).
void emit_mark_work(heap::EventOut ev, heap::MarkWorkerMode mode, const Drained& dr) {
  if (!ev || (dr.ns <= 0 && dr.work <= 0)) return;
  heap::emit(ev, EventKind::kGcMarkWork, -1, static_cast<int64_t>(mode), dr.ns, dr.work);
}

// How much a drain may do: scan work in bytes (an assist pays a debt in work, gcDrainN) or
// virtual time (a mark worker runs for a while: Go's workers poll the clock). < 0: no limit.
struct DrainBudget {
  int64_t work = -1;
  VTime ns = -1;
};

// Go: gcDrain: root jobs first (markroot), then grey objects, until the budget is spent.
Drained drain(Machine& mc, int32_t pid, DrainBudget budget, heap::EventOut ev) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  heap::GCDriver& d = h.gc.driver;
  Drained r;
  const auto add = [&](int64_t work, VTime ns) {
    r.work += work;
    r.ns += ns;
  };
  const auto left = [&] { return (budget.work < 0 || r.work < budget.work) && (budget.ns < 0 || r.ns < budget.ns); };
  if (d.globalsPending && left()) {
    d.globalsPending = false;
    heap::RootJob job = gc_globals_root(mc);
    const auto program_bytes = static_cast<int64_t>(job.scan_bytes);
    job.scan_bytes += kRuntimeGlobalsScan;  // the runtime's own data and bss (gc.h)
    heap::markroot(h, job, ev);
    // Counted as work in full (the pacer's globalsScan), timed at the bitmap's pace (gc.h).
    add(static_cast<int64_t>(job.scan_bytes) + 8,
        scan_ns(program_bytes + 8) + static_cast<VTime>(kRuntimeGlobalsScan) / kGcBitmapBytesPerNs);
  }
  while (d.greyNext < d.greyStacks.size() && left()) {
    const int64_t goid = d.greyStacks[d.greyNext];
    const auto gi = static_cast<GIdx>(d.greyIdx[d.greyNext]);
    ++d.greyNext;
    const G& g = md.allg[static_cast<size_t>(gi)];
    // The G may have exited (and its slot been reused by a new goid) since the cycle began.
    if (g.goid != goid || g.status == GStatus::kDead) continue;
    const heap::RootJob job = gc_stack_root(md, gi);
    heap::markroot(h, job, ev);
    add(static_cast<int64_t>(job.scan_bytes) + 8, scan_ns(static_cast<int64_t>(job.scan_bytes) + 8));
    // Go 1.19 scanstack: shrinkstack right after the scan, when the goroutine uses under a
    // quarter of its stack. A running G is left alone here (Go defers it to its next safe
    // point with preemptShrink; gosim simply skips it this cycle).
    if (g.status == GStatus::kRunning && goid != d.gcWaiter) continue;
    // Its events name the goroutine whose stack moves, not the one marking.
    RuntimeSink shrunk(md, pid, goid);
    shrinkstack(md, gi, pid, ev ? heap::EventOut(&shrunk) : heap::EventOut());
  }
  if (left()) {
    // Heap objects: work and time go together (kGcScanBytesPerNs), so either budget is bytes.
    int64_t rest = -1;
    if (budget.work >= 0) rest = budget.work - r.work;
    if (budget.ns >= 0) {
      const int64_t by_time = (budget.ns - r.ns) * kGcScanBytesPerNs;
      rest = rest < 0 ? by_time : std::min(rest, by_time);
    }
    const int64_t work = heap::gcDrain(h, rest, gc_pointer_finder(md), ev);
    add(work, scan_ns(work));
  }
  return r;
}

bool mark_work_left(const heap::Heap& h) {
  return h.gc.driver.globalsPending || h.gc.driver.greyNext < h.gc.driver.greyStacks.size() || !heap::gc_work_empty(h);
}

// Go: mgcsweep.go gcPaceSweeper: pages to sweep per byte allocated before the next trigger.
void pace_sweeper(heap::Heap& h) {
  heap::GCDriver& d = h.gc.driver;
  const uint64_t trigger = heap::gc_trigger(h).trigger;
  const uint64_t basis = h.stats.heapLive;
  int64_t distance = static_cast<int64_t>(trigger) - static_cast<int64_t>(basis) - (1 << 20);
  if (distance < static_cast<int64_t>(heap::kHeapPageSize)) distance = static_cast<int64_t>(heap::kHeapPageSize);
  const uint64_t pagesInUse = h.stats.inHeap / heap::kHeapPageSize;
  d.pagesSwept = 0;
  d.sweepHeapLiveBasis = basis;
  d.sweepPagesPerByte = static_cast<double>(pagesInUse) / static_cast<double>(distance);
}

// Sweeping is over: the phase goes back to off. Objects the model keeps state for outside
// simulated memory (channels, sync objects) lose it once their memory is free.
void sweep_done(Model& md, heap::EventOut ev) {
  heap::Heap& h = md.heap;
  heap::gcSweepDone(h, ev);
  auto freed = [&](uint64_t a) {
    const heap::ObjectRef o = heap::findObject(h, a);
    return o.span == heap::kNoSpan || heap::slot_colour(h, o.span, o.index) == heap::SlotColour::kFree;
  };
  for (auto it = md.chans.begin(); it != md.chans.end();) {
    const bool idle = it->second.recvq.empty() && it->second.sendq.empty();
    it = idle && it->first >= kArenaBase && freed(it->first) ? md.chans.erase(it) : std::next(it);
  }
  for (auto it = md.syncs.begin(); it != md.syncs.end();) {
    it = it->first >= kArenaBase && freed(it->first) ? md.syncs.erase(it) : std::next(it);
  }
}

// One span by the sweeper (Go: sweepone). Returns false when nothing was left to sweep.
bool sweep_one(Model& md, heap::EventOut ev) {
  heap::Heap& h = md.heap;
  if (h.gc.phase != heap::GCPhase::kSweep) return false;
  const heap::SpanIdx s = heap::sweepone(h, ev);
  if (s == heap::kNoSpan) {
    sweep_done(md, ev);
    return false;
  }
  ++h.gc.driver.sweptSpans;
  h.gc.driver.pagesSwept += h.spans[static_cast<size_t>(s)].npages;
  return true;
}

// Go: mgc.go gcMarkDone + gcMarkTermination, on P `pid`, `spent` ns after the current instant
// (the mark work this P did first). Returns the pause.
VTime mark_termination(Machine& mc, int32_t pid, VTime spent, heap::EventOut ev) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  const int64_t goid = running_goid(md, pid);
  // gosim: values the model keeps outside simulated memory (channel buffers, pending requests)
  // had no write barrier when they moved; they are rescanned inside the pause.
  std::vector<uint64_t> side;
  gc_runtime_side_pointers(md, side);
  heap::RootJob job;
  job.kind = heap::RootKind::kOther;
  job.pointers = std::move(side);
  heap::markroot(h, job, ev);
  const int64_t extra = heap::gcDrain(h, -1, gc_pointer_finder(md), ev);
  h.gc.controller.dedicatedMarkTime += scan_ns(extra);
  if (!heap::gc_work_empty(h)) return 0;
  stop_the_world_for(md, pid, kGcMarkTermStwNs, 2);
  heap::gcMarkDone(h, std::max(md.engine.now + spent, h.gc.work.tMark), ev);
  if (mc.config().check_gc) {
    const std::string broken = gc_check_reachable_marked(mc);
    if (!broken.empty()) {
      mc.fatal("gosim GC invariant: " + broken);
      return 0;
    }
  }
  const auto procs = static_cast<int64_t>(md.allp.size());
  const std::string line =
      heap::gcMarkTermination(h, kGcMarkTermStwNs, procs * (h.gc.work.tMarkTerm + kGcMarkTermStwNs), ev);
  h.gc.driver.greyStacks.clear();
  h.gc.driver.greyIdx.clear();
  h.gc.driver.greyNext = 0;
  h.gc.driver.assistBytes.clear();
  h.gc.driver.sweptSpans = 0;
  pace_sweeper(h);
  if (mc.config().gctrace) {
    // Go: gcMarkTermination prints with printlock: stderr, one line per cycle.
    const std::string text = line + "\n";
    Event w;
    w.kind = EventKind::kWrite;
    w.p = pid;
    w.m = md.allp[static_cast<size_t>(pid)].m;
    w.g = goid;
    w.a = 2;
    w.b = write_output(md, text);
    w.c = static_cast<int64_t>(text.size());
    emit(md.engine, w);
  }
  // Go: gcSweep readies bgsweep (ready(sweep.g, 0, true): into this P's runnext).
  for (size_t i = 0; i < md.allg.size(); ++i) {
    const G& g = md.allg[i];
    if (g.code.entry == kEntryBgsweep && g.status == GStatus::kWaiting) {
      goready(md, pid, static_cast<GIdx>(i), mc.config().cost);
      break;
    }
  }
  return kGcMarkTermStwNs;
}

// Go: mgc.go gcBgMarkStartWorkers — at a cycle's start, one mark-worker goroutine per P that
// has none yet (so the first GC, and the first after GOMAXPROCS grows). Each takes the next goid,
// which is why goroutines created after the first GC have ids GOMAXPROCS higher than before it.
// Go starts each worker and waits until it has parked (gcBgMarkWorker -> gopark, "GC worker
// (idle)"); gosim creates them parked and does their marking on the Ps (background_mark, gc.h),
// so they never leave that state and disturb no run queue.
constexpr uint64_t kSizeofGcBgMarkWorkerNode = 32;  // Go: mgc.go gcBgMarkWorkerNode

void gcBgMarkStartWorkers(Model& md, int32_t pid) {
  heap::GCDriver& d = md.heap.gc.driver;
  const int64_t creator = running_goid(md, pid);
  const GIdx parent = md.allp[static_cast<size_t>(pid)].m >= 0
                          ? md.allm[static_cast<size_t>(md.allp[static_cast<size_t>(pid)].m)].curg : kNoG;
  while (d.bgMarkWorkers < static_cast<int32_t>(md.allp.size())) {
    const GIdx gi = newproc1(md, pid, parent, kEntryGcBgMarkWorker, 0, true);
    G& g = md.allg[static_cast<size_t>(gi)];
    g.status = GStatus::kWaiting;
    g.waitreason = WaitReason::kGCWorkerIdle;
    g.waitsince = md.engine.now;
    ++d.bgMarkWorkers;  // counted as it is created (its go_create event)
    const int64_t worker_goid = g.goid;
    Event c;
    c.kind = EventKind::kGoCreate;
    c.p = pid;
    c.m = md.allp[static_cast<size_t>(pid)].m;
    c.g = g.goid;
    c.a = creator;
    c.b = kEntryGcBgMarkWorker;
    emit(md.engine, c);
    {
      // Go: gcBgMarkWorker's first act on its own stack: node := new(gcBgMarkWorkerNode), the
      // record it parks in the worker pool with (an lfnode, gp and m: 32 pointer-free bytes).
      RuntimeSink sink(md, pid, worker_goid);
      const heap::MallocResult r = heap::mallocgc(md.heap, pid, kSizeofGcBgMarkWorkerNode, false, true, &sink,
                                                  static_cast<int>(heap::AllocWhy::kGcBgMarkWorkerNode));
      md.mem.zero(r.addr, kSizeofGcBgMarkWorkerNode);
      md.allg[static_cast<size_t>(gi)].worker_node = r.addr;
    }
    Event park = c;
    park.kind = EventKind::kGoPark;
    park.a = static_cast<int64_t>(WaitReason::kGCWorkerIdle);
    park.b = 0;
    emit(md.engine, park);
  }
}

// Go: mgc.go gcStart, on P `pid`. Returns the sweep-termination pause (and, with the
// stop-the-world what-if, the whole mark phase and the second pause).
VTime gc_start(Machine& mc, int32_t pid, heap::GCTriggerKind trigger, bool forced, VTime spent,
               heap::EventOut ev) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  const heap::GCPhase phase = h.gc.phase;
  if (phase == heap::GCPhase::kOff || phase == heap::GCPhase::kSweep) gcBgMarkStartWorkers(md, pid);
  // Go: gcStart sweeps what the last cycle left (finishsweep_m) inside the pause.
  stop_the_world_for(md, pid, kGcSweepTermStwNs, 1);
  heap::GCStartArgs a;
  a.now = md.engine.now + spent;
  a.stw_ns = kGcSweepTermStwNs;
  a.procs = static_cast<int32_t>(md.allp.size());
  a.trigger = trigger;
  a.userForced = forced;
  a.globals_scan = mc.program().gc_globals().second + kRuntimeGlobalsScan;
  uint64_t stacks = 0;
  for (const G& g : md.allg) {
    if (g.status != GStatus::kDead) stacks += g.code.stack_hi - g.code.stack_lo;
  }
  a.stacks_scan = stacks;
  if (!heap::gcStart(h, a, ev)) return 0;
  clearpools(md);  // Go: gcStart calls clearpools() with the world stopped (part reflectlite)
  heap::GCDriver& d = h.gc.driver;
  d.globalsPending = true;
  std::vector<std::pair<int64_t, int32_t>> grey;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    // Go: gcMarkRootPrepare's work.stackRoots = allGsSnapshot(): every G but the dead ones
    // (scanstack returns at once for _Gdead), the runtime's own included (a mark worker's stack
    // holds its gcBgMarkWorkerNode), started or not (a G that has not run yet holds its go
    // statement's record). Simplified: gosim scans them in goid order, Go in allgs order, which
    // differs only where a dead G was reused.
    const G& g = md.allg[i];
    if (g.status != GStatus::kDead) grey.emplace_back(g.goid, static_cast<int32_t>(i));
  }
  std::sort(grey.begin(), grey.end());
  d.greyStacks.clear();
  d.greyIdx.clear();
  d.greyNext = 0;
  for (const auto& [goid, gi] : grey) {
    d.greyStacks.push_back(goid);
    d.greyIdx.push_back(gi);
  }
  d.assistBytes.clear();
  d.workerOwedNs = 0;
  d.fractionalNs.assign(md.allp.size(), 0);
  VTime pause = kGcSweepTermStwNs;
  if (mc.config().whatif.gc_stw) {
    // What-if: no concurrent mark. The world stays stopped while everything is marked: a
    // pause of its own (why 3), counted in the cycle's pause (gc.pauses_ns, PauseTotalNs) like
    // the two short ones. gctrace's clock shows it as the mark phase's (middle) time.
    const Drained dr = drain(mc, pid, DrainBudget{}, ev);
    const VTime t = dr.ns;
    h.gc.controller.dedicatedMarkTime += t * static_cast<int64_t>(md.allp.size());
    emit_mark_work(ev, heap::MarkWorkerMode::kDedicated, dr);
    h.gc.work.pauseNS += t;
    stop_the_world_for(md, pid, t, 3);
    pause += t + mark_termination(mc, pid, pause + t, ev);
  }
  return pause;
}

// Background mark work for a stretch of `ran` ns of mutator time on a P: the workers' share is
// u/(1-u) of it (u = 25%), spent draining. Returns the time the P gives to the workers.
VTime background_mark(Machine& mc, int32_t pid, VTime ran, heap::EventOut ev, bool* turn) {
  Model& md = mc.mutable_model();
  heap::GCController& c = md.heap.gc.controller;
  heap::GCDriver& d = md.heap.gc.driver;
  // Only dedicated workers mark beside the mutator; a fractional one runs when its P enters the
  // scheduler (gc_fractional_worker), as Go's does.
  if (c.dedicatedMarkWorkersNeeded <= 0) return 0;
  // Kept as mutator time and divided when spent, so how finely the program's steps are cut (one
  // request per call or per allocation) does not change the workers' share by rounding.
  d.workerOwedNs += std::max<VTime>(ran, 0);
  // Workers run in turns of at least 10 µs (Go: a fractional worker's slice), once enough
  // mutator time has passed to pay for one.
  if (d.workerOwedNs / 3 < kGcMinMarkSliceNs) return 0;
  *turn = true;
  if (!mark_work_left(md.heap)) return 0;
  const VTime slice = d.workerOwedNs / 3;
  d.workerOwedNs -= slice * 3;
  const Drained dr = drain(mc, pid, DrainBudget{-1, slice}, ev);
  heap::gcFlushBgCredit(md.heap, dr.work);
  const VTime t = dr.ns;
  c.dedicatedMarkTime += t;  // (fractional workers: gc_fractional_worker)
  emit_mark_work(ev, heap::MarkWorkerMode::kDedicated, dr);
  return t;
}

}  // namespace

void gc_init(Model& md, const Config& config) { heap::gcinit(md.heap, config.gogc, config.gomemlimit); }

VTime gc_after_request(Machine& mc, int32_t pid, GIdx gi, uint64_t alloc_bytes, uint64_t mallocs) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  if (h.gc.phase == heap::GCPhase::kOff && alloc_bytes == 0) return 0;
  const int64_t goid = md.allg[static_cast<size_t>(gi)].goid;
  // mallocgc's own time is the mutator's: it counts toward the workers' share like code does.
  const VTime malloc_ns = static_cast<VTime>(mallocs) * kMallocNs + static_cast<VTime>(alloc_bytes) / kMemclrBytesPerNs;
  const VTime ran = md.allg[static_cast<size_t>(gi)].req.cost + malloc_ns;
  RuntimeSink sink(md, pid, goid);
  const heap::EventOut ev(&sink);
  VTime t = malloc_ns;
  heap::GCDriver& d = h.gc.driver;
  if (h.gc.phase == heap::GCPhase::kSweep && alloc_bytes > 0) {
    // Go: deductSweepCredit: sweep in proportion to what was allocated since the last cycle.
    const auto target = static_cast<uint64_t>(d.sweepPagesPerByte *
                                              static_cast<double>(h.stats.heapLive > d.sweepHeapLiveBasis
                                                                      ? h.stats.heapLive - d.sweepHeapLiveBasis : 0));
    while (d.pagesSwept < target && sweep_one(md, ev)) t += kGcSweepSpanNs;
  }
  if (h.gc.phase == heap::GCPhase::kMark) {
    bool completion_point = false;  // an assist found no work left and ran gcMarkDone
    if (alloc_bytes > 0) {
      // Go: mallocgc's deductAssistCredit, then gcAssistAlloc when the G is in debt.
      int64_t& credit = d.assistBytes[goid];
      credit -= static_cast<int64_t>(alloc_bytes);
      heap::gc_revise(h);
      if (credit < 0) {
        const heap::AssistPlan plan = heap::gcAssistAlloc(h, credit, pid, ev);
        Drained dr;
        if (plan.scanWork > 0) dr = drain(mc, pid, DrainBudget{plan.scanWork, -1}, ev);
        const int64_t work = dr.work;
        // Go: gcAssistAlloc1 credits all the work done, 1 + assistBytesPerWork*workDone, even
        // past what was asked (a root job is indivisible: the globals' block pays ahead).
        credit = plan.newAssistBytes + (plan.scanWork > 0 ? 1 + heap::gc_assist_credit(h, work) : 0);
        const VTime at = dr.ns;
        h.gc.controller.assistTime += at;
        emit_mark_work(ev, heap::MarkWorkerMode::kNotWorker, dr);
        t += at;
        // Go: gcAssistAlloc1's completion point: the assist that finds no work left ends the
        // mark phase (gcMarkDone).
        if (plan.scanWork > 0 && !mark_work_left(h)) {
          completion_point = true;
          t += mark_termination(mc, pid, t, ev);
        }
      }
    }
    // Go: gcMarkDone runs when a mark worker finds no work left (gcBgMarkWorker): so the
    // mark phase ends at the workers' next turn, while the mutator keeps allocating (black).
    if (!completion_point) {
      bool turn = false;
      t += background_mark(mc, pid, ran, ev, &turn);
      if (turn && !mark_work_left(h)) t += mark_termination(mc, pid, t, ev);
    }
  }
  if (md.engine.finished) return 0;
  if (heap::gc_should_start(h)) t += gc_start(mc, pid, heap::GCTriggerKind::kHeap, false, t, ev);
  return t;
}

VTime gc_idle(Machine& mc, int32_t pid) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  if (h.gc.phase != heap::GCPhase::kMark) return 0;
  RuntimeSink sink(md, pid, 0);
  const heap::EventOut ev(&sink);
  const Drained dr = drain(mc, pid, DrainBudget{}, ev);
  const VTime t = dr.ns;
  h.gc.controller.idleMarkTime += t;
  emit_mark_work(ev, heap::MarkWorkerMode::kIdle, dr);
  VTime pause = 0;
  if (!mark_work_left(h)) pause = mark_termination(mc, pid, t, ev);
  return t + pause > 0 ? t + pause : 1;
}

VTime gc_fractional_worker(Machine& mc, int32_t pid) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  if (h.gc.phase != heap::GCPhase::kMark) return 0;
  heap::GCController& c = h.gc.controller;
  const double goal = c.fractionalUtilizationGoal;
  if (goal <= 0) return 0;
  heap::GCDriver& d = h.gc.driver;
  if (d.fractionalNs.size() < md.allp.size()) d.fractionalNs.resize(md.allp.size(), 0);
  int64_t& mine = d.fractionalNs[static_cast<size_t>(pid)];
  const VTime delta = md.engine.now - c.markStartTime;
  if (delta <= 0 || static_cast<double>(mine) >= goal * static_cast<double>(delta)) return 0;
  // Go: pollFractionalWorkerExit stops the worker once (mine + t) / (delta + t) > 1.2 * goal.
  const double exit_at = 1.2 * goal;
  const auto slice = static_cast<VTime>(std::ceil((exit_at * static_cast<double>(delta) - static_cast<double>(mine)) /
                                                  (1.0 - exit_at)));
  RuntimeSink sink(md, pid, running_goid(md, pid));
  const heap::EventOut ev(&sink);
  const Drained dr = drain(mc, pid, DrainBudget{-1, std::max<VTime>(slice, 1)}, ev);
  heap::gcFlushBgCredit(h, dr.work);
  VTime t = dr.ns;
  mine += t;
  c.fractionalMarkTime += t;
  emit_mark_work(ev, heap::MarkWorkerMode::kFractional, dr);
  if (!mark_work_left(h)) t += mark_termination(mc, pid, t, ev);  // Go: the last worker calls gcMarkDone
  return t;
}

VTime gc_runtime_goroutine(Machine& mc, int32_t pid, GIdx gi) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  const G& g = md.allg[static_cast<size_t>(gi)];
  RuntimeSink sink(md, pid, g.goid);
  const heap::EventOut ev(&sink);
  if (g.code.entry == kEntryBgsweep) {
    // Go: bgsweep: one span, then Gosched, until sweepone finds nothing.
    if (!sweep_one(md, ev)) {
      return -1;
    }
    ++h.gc.driver.bgSweptSpans;
    goschedImpl(md, pid);
    return kGcSweepSpanNs;
  }
  if (g.code.entry == kEntryForcegc && h.gc.driver.forcePending) {
    // Go: forcegchelper: gcStart(gcTrigger{kind: gcTriggerTime, now: nanotime()}), then park.
    h.gc.driver.forcePending = false;
    VTime t = 0;
    if (h.gc.phase == heap::GCPhase::kOff || h.gc.phase == heap::GCPhase::kSweep) {
      t = gc_start(mc, pid, heap::GCTriggerKind::kTime, false, 0, ev);
    }
    gopark(md, pid, WaitReason::kForceGCIdle);
    return t;
  }
  return -1;
}

VTime gc_full_cycle(Machine& mc, int32_t pid) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  const int64_t goid = running_goid(md, pid);
  RuntimeSink sink(md, pid, goid);
  const heap::EventOut ev(&sink);
  VTime t = 0;
  auto finish_mark = [&] {
    // Go parks runtime.GC's caller while the workers mark; gosim marks on the caller's P and
    // counts it as dedicated worker time (gctrace's background share), so the event says so too.
    const Drained dr = drain(mc, pid, DrainBudget{}, ev);
    const VTime w = dr.ns;
    h.gc.controller.dedicatedMarkTime += w;
    emit_mark_work(ev, heap::MarkWorkerMode::kDedicated, dr);
    t += w;
    if (h.gc.phase == heap::GCPhase::kMark) t += mark_termination(mc, pid, t, ev);
  };
  h.gc.driver.gcWaiter = goid;  // Go: runtime.GC parks its caller until the cycle is done
  struct Unpark {
    heap::GCDriver& d;
    ~Unpark() { d.gcWaiter = 0; }
  } unpark{h.gc.driver};
  // Go: runtime.GC waits for the cycle in progress (gcWaitOnMark), then runs a whole one.
  if (h.gc.phase == heap::GCPhase::kMark) finish_mark();
  if (md.engine.finished) return 0;
  t += gc_start(mc, pid, heap::GCTriggerKind::kCycle, true, t, ev);
  if (h.gc.phase == heap::GCPhase::kMark) finish_mark();
  if (md.engine.finished) return 0;
  // Go: runtime.GC sweeps every span itself before it returns (so MemStats are exact).
  while (sweep_one(md, ev)) t += kGcSweepSpanNs;
  return t;
}

void gc_newproc_barrier(Machine& mc, int32_t pid, GIdx creator, uint64_t record) {
  Model& md = mc.mutable_model();
  heap::Heap& h = md.heap;
  // A go statement without a record (a declared function, no arguments) passes no pointer.
  if (h.gc.phase != heap::GCPhase::kMark || static_cast<int64_t>(record) <= 0) return;
  const heap::GCDriver& d = h.gc.driver;
  const int64_t goid = md.allg[static_cast<size_t>(creator)].goid;
  const auto first = d.greyStacks.begin() + static_cast<std::ptrdiff_t>(d.greyNext);
  const bool stack_grey = std::binary_search(first, d.greyStacks.end(), goid);
  // The slot held nil before (a fresh G): only the insertion half can matter.
  RuntimeSink sink(md, pid, goid);
  const heap::EventOut ev(&sink);
  switch (mc.config().whatif.gc_barrier) {
    case 0: heap::gcWriteBarrier(h, 0, record, stack_grey, ev); break;  // hybrid
    case 2: heap::gcWriteBarrier(h, 0, record, true, ev); break;        // Dijkstra
    default: break;  // off, Yuasa: nothing shades the new pointer
  }
}

void gc_sysmon(Model& md, const CostModel& cost) {
  heap::Heap& h = md.heap;
  if (h.gc.driver.forcePending || !heap::gc_should_force(h, md.engine.now)) return;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    const G& g = md.allg[i];
    if (g.code.entry != kEntryForcegc || g.status != GStatus::kWaiting) continue;
    h.gc.driver.forcePending = true;
    md.allg[i].status = GStatus::kRunnable;  // injectglist wants runnable Gs
    injectglist(md, -1, {static_cast<GIdx>(i)}, cost);
    return;
  }
}

}  // namespace gosim
