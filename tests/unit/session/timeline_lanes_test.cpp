// The timeline's lanes (visualizer/session/timeline_lanes.cpp) and stepping at a level of detail
// (visualizer/session/detail_step.cpp): synthetic events for the exact states, a recorded
// malloc-heavy scenario for the filtered stepping.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/heap/mgc.h"
#include "sim/heap/mgc_state.h"
#include "sim/rt/runtime2.h"
#include "visualizer/session/detail_step.h"
#include "visualizer/session/session.h"
#include "visualizer/session/timeline_index.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

Event ev(VTime t, EventKind k, int32_t p, int32_t m, int64_t g, int64_t a = 0, int64_t b = 0) {
  Event e;
  e.time = t;
  e.kind = k;
  e.p = p;
  e.m = m;
  e.g = g;
  e.a = a;
  e.b = b;
  return e;
}

TimelineIndex index_of(const std::vector<Event>& events, VTime end) {
  TimelineIndex ix;
  ix.clear(2);
  for (size_t i = 0; i < events.size(); ++i) ix.add(events[i], static_cast<uint32_t>(i));
  ix.finish(end, static_cast<uint32_t>(events.size() - 1));
  return ix;
}

}  // namespace

TEST_CASE("M lanes: running, in a syscall (kept after a retake), idle in stopm, looking for work") {
  const std::vector<Event> e = {
      ev(0, EventKind::kGoCreate, 0, 0, 7),
      ev(10, EventKind::kGoStart, 0, 0, 7),
      ev(20, EventKind::kSyscallEnter, 0, 0, 7),
      ev(30, EventKind::kRetake, 0, 0, 0),                 // sysmon takes P0; M0 stays in the call
      ev(31, EventKind::kProcWake, 0, 1, 0, 1, -1),        // M1 gets P0 to look for work
      ev(40, EventKind::kProcIdle, 0, 1, 0),               // nothing to do: M1 sleeps
      ev(50, EventKind::kSyscallExit, -1, 0, 7, 2, -1),    // slow path: no P, G7 to the global queue
  };
  const TimelineIndex ix = index_of(e, 60);
  const TimelineLanes& tl = ix.lanes();
  REQUIRE(tl.ms() == 2);
  const auto& m0 = tl.m_slices(0);
  REQUIRE(m0.size() == 3);
  CHECK(m0[0].state == MState::kRunning);
  CHECK(m0[0].goid == 7);
  CHECK(m0[0].start == 10);
  CHECK(m0[0].end == 20);
  CHECK(m0[1].state == MState::kSyscall);
  CHECK(m0[1].goid == 7);
  CHECK(m0[1].start == 20);
  CHECK(m0[1].end == 50);  // the retake did not end it
  CHECK(m0[2].state == MState::kIdle);
  const auto& m1 = tl.m_slices(1);
  REQUIRE(m1.size() == 2);
  CHECK(m1[0].state == MState::kLooking);
  CHECK(m1[0].end == 40);
  CHECK(m1[1].state == MState::kIdle);
  CHECK(m1[1].end == 60);
  // sysmon's lane has the retake.
  REQUIRE(tl.sysmon_events().size() == 1);
  CHECK(e[tl.sysmon_events()[0]].kind == EventKind::kRetake);
}

TEST_CASE("goroutine rows: runnable, running on a P, waiting with Go's wait reason, syscall; and a wake-up flow") {
  const auto reason = static_cast<int64_t>(WaitReason::kChanReceive);
  const std::vector<Event> e = {
      ev(0, EventKind::kGoCreate, 0, 0, 1),
      ev(0, EventKind::kGoStart, 0, 0, 1),
      ev(5, EventKind::kGoCreate, 0, 0, 2, 1),
      ev(6, EventKind::kGoPark, 0, 0, 1, reason),
      ev(7, EventKind::kGoStart, 1, 1, 2),
      ev(9, EventKind::kGoReady, 1, 1, 1, 2),       // G2 on P1 wakes G1
      ev(12, EventKind::kGoExit, 1, 1, 2),
      ev(15, EventKind::kGoStart, 0, 0, 1),
      ev(18, EventKind::kSteal, 1, 1, 3, 0, 1),     // P1 steals from P0
  };
  const TimelineIndex ix = index_of(e, 20);
  const TimelineLanes& tl = ix.lanes();
  REQUIRE(tl.goids() == std::vector<int64_t>{1, 2});
  const auto& g1 = tl.g_slices(1);
  REQUIRE(g1.size() == 5);
  CHECK(g1[0].state == GState::kRunnable);
  CHECK(g1[1].state == GState::kRunning);
  CHECK(g1[1].p == 0);
  CHECK(g1[2].state == GState::kWaiting);
  CHECK(g1[2].reason == static_cast<uint8_t>(reason));
  CHECK(g1[2].start == 6);
  CHECK(g1[2].end == 9);
  CHECK(g1[3].state == GState::kRunnable);
  CHECK(g1[4].state == GState::kRunning);
  CHECK(g1[4].end == 20);
  const auto& g2 = tl.g_slices(2);
  REQUIRE(g2.size() == 2);
  CHECK(g2[1].state == GState::kRunning);
  CHECK(g2[1].p == 1);
  CHECK(g2[1].end == 12);  // exited
  // Who woke whom: from P1 at the go_ready to P0 at G1's go_start; and the steal, P0 -> P1.
  REQUIRE(tl.flows().size() == 2);
  const Flow& w = tl.flows()[0];
  CHECK(w.kind == Flow::kWake);
  CHECK(w.goid == 1);
  CHECK(w.t0 == 9);
  CHECK(w.p0 == 1);
  CHECK(w.t1 == 15);
  CHECK(w.p1 == 0);
  CHECK(w.event == 5);
  const Flow& st = tl.flows()[1];
  CHECK(st.kind == Flow::kSteal);
  CHECK(st.p0 == 0);
  CHECK(st.p1 == 1);
}

TEST_CASE("GC lane: one slice per phase, off ends the cycle") {
  auto ph = [](heap::GCPhase p) { return static_cast<int64_t>(p); };
  const std::vector<Event> e = {
      ev(100, EventKind::kGcPhase, 0, 0, 1, ph(heap::GCPhase::kOff), ph(heap::GCPhase::kSweepTerm)),
      ev(110, EventKind::kGcPhase, 0, 0, 1, ph(heap::GCPhase::kSweepTerm), ph(heap::GCPhase::kMark)),
      ev(200, EventKind::kGcPhase, 0, 0, 1, ph(heap::GCPhase::kMark), ph(heap::GCPhase::kMarkTerm)),
      ev(210, EventKind::kGcPhase, 0, 0, 1, ph(heap::GCPhase::kMarkTerm), ph(heap::GCPhase::kSweep)),
      ev(300, EventKind::kGcPhase, 0, 0, 1, ph(heap::GCPhase::kSweep), ph(heap::GCPhase::kOff)),
  };
  const TimelineIndex ix = index_of(e, 400);
  const auto& gc = ix.lanes().gc();
  REQUIRE(gc.size() == 4);
  CHECK(gc[0].phase == static_cast<uint8_t>(heap::GCPhase::kSweepTerm));
  CHECK(gc[0].end == 110);
  CHECK(gc[1].phase == static_cast<uint8_t>(heap::GCPhase::kMark));
  CHECK(gc[3].phase == static_cast<uint8_t>(heap::GCPhase::kSweep));
  CHECK(gc[3].end == 300);
  CHECK(ix.lanes().gc_events().size() == 5);
}

TEST_CASE("stepping at the scheduler level over a malloc-heavy program never lands on a malloc event") {
  Session s;
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/mcache_refill/mcache_refill.json").empty());
  const std::vector<Event>& ev = s.events();
  size_t mallocs = 0, sched_level = 0;
  for (const Event& e : ev) {
    mallocs += e.kind == EventKind::kMalloc;
    sched_level += detail_shows(DetailLevel::kSched, e.kind);
  }
  REQUIRE(mallocs > 100);  // the program is malloc-heavy
  std::vector<uint64_t> forward;
  uint64_t c = 0;
  for (;;) {
    const uint64_t n = step_at_detail(ev, c, 1, DetailLevel::kSched);
    if (n == c) break;
    c = n;
    forward.push_back(c);
    if (c < ev.size()) {  // the end of the run is always a stop
      INFO("cursor " << c << ": " << event_info(ev[c - 1].kind).name);
      CHECK(ev[c - 1].kind != EventKind::kMalloc);
      CHECK(detail_shows(DetailLevel::kSched, ev[c - 1].kind));
    }
  }
  CHECK(c == ev.size());
  CHECK(forward.size() >= sched_level);
  CHECK(forward.size() <= sched_level + 1);
  // Back retraces the same stops.
  for (size_t i = forward.size(); i-- > 1;) {
    c = step_at_detail(ev, c, -1, DetailLevel::kSched);
    CHECK(c == forward[i - 1]);
  }
  CHECK(step_at_detail(ev, forward[0], -1, DetailLevel::kSched) == 0);
  // The session itself ends where stepping says.
  s.seek(step_at_detail(ev, 0, 5, DetailLevel::kSched));
  CHECK(s.cursor() == forward[4]);
  // At "memory" the mallocs are stops again; at "all" every event is.
  CHECK(step_at_detail(ev, 0, 1, DetailLevel::kAll) == 1);
  size_t mem_stops_on_malloc = 0;
  for (uint64_t m = 0, n; (n = step_at_detail(ev, m, 1, DetailLevel::kMem)) != m; m = n) {
    mem_stops_on_malloc += ev[n - 1].kind == EventKind::kMalloc;
  }
  CHECK(mem_stops_on_malloc == mallocs);
}

TEST_CASE("an M running G1 keeps its slice when a runtime goroutine parks at creation on the same M") {
  const std::vector<Event> e = {
      ev(0, EventKind::kGoCreate, 0, 0, 1),
      ev(0, EventKind::kGoStart, 0, 0, 1),
      ev(1, EventKind::kGoCreate, 0, 0, 2, 1),
      ev(1, EventKind::kGoPark, 0, 0, 2, static_cast<int64_t>(WaitReason::kForceGCIdle)),
  };
  const TimelineIndex ix = index_of(e, 50);
  REQUIRE(ix.lanes().m_slices(0).size() == 1);
  CHECK(ix.lanes().m_slices(0)[0].goid == 1);
  CHECK(ix.lanes().m_slices(0)[0].end == 50);
}

TEST_CASE("mark lanes: each gc_mark_work turn on its P, by mode; turns charged to one request lie end to end") {
  using heap::MarkWorkerMode;
  auto work = [](VTime t, int32_t p, int64_t g, MarkWorkerMode mode, VTime ns) {
    Event x = ev(t, EventKind::kGcMarkWork, p, p, g, static_cast<int64_t>(mode), ns);
    x.c = ns * 2;
    return x;
  };
  const std::vector<Event> e = {
      ev(0, EventKind::kGoCreate, 0, 0, 7),
      ev(5, EventKind::kGoStart, 0, 0, 7),
      work(100, 0, 7, MarkWorkerMode::kNotWorker, 40),   // G7's assist on P0: 100..140
      work(100, 0, 7, MarkWorkerMode::kDedicated, 30),   // then the workers' share, same instant: 140..170
      work(120, 1, 0, MarkWorkerMode::kIdle, 50),        // P1 had nothing to run
      work(300, 0, 7, MarkWorkerMode::kFractional, 10),  // a later turn starts at its own time
      work(400, 1, 0, MarkWorkerMode::kIdle, 0),         // no time: no slice
  };
  const TimelineIndex ix = index_of(e, 500);
  const TimelineLanes& tl = ix.lanes();
  REQUIRE(tl.mark_procs() == 2);
  const auto& p0 = tl.mark_slices(0);
  REQUIRE(p0.size() == 3);
  CHECK(p0[0].mode == static_cast<uint8_t>(MarkWorkerMode::kNotWorker));
  CHECK(p0[0].goid == 7);
  CHECK(p0[0].start == 100);
  CHECK(p0[0].end == 140);
  CHECK(p0[0].work == 80);
  CHECK(p0[0].first_event == 2);
  CHECK(p0[1].mode == static_cast<uint8_t>(MarkWorkerMode::kDedicated));
  CHECK(p0[1].start == 140);
  CHECK(p0[1].end == 170);
  CHECK(p0[2].mode == static_cast<uint8_t>(MarkWorkerMode::kFractional));
  CHECK(p0[2].start == 300);
  const auto& p1 = tl.mark_slices(1);
  REQUIRE(p1.size() == 1);
  CHECK(p1[0].mode == static_cast<uint8_t>(MarkWorkerMode::kIdle));
  CHECK(p1[0].end == 170);
  // Mark work is GC work: its events are ticks in the GC lane too.
  CHECK(tl.gc_events().size() == 5);
}

TEST_CASE("mark lanes from a run: gc_pacer's two Ps mark as fractional workers and its goroutines assist") {
  Session s;
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/gc_pacer/gc_pacer.json").empty());
  const TimelineLanes& tl = s.timeline().lanes();
  REQUIRE(tl.mark_procs() == 2);
  size_t assists = 0, fractional = 0, dedicated = 0, idle = 0;
  VTime assist_ns = 0;
  for (size_t p = 0; p < 2; ++p) {
    VTime last_end = 0;
    for (const MarkSlice& m : tl.mark_slices(p)) {
      CHECK(m.start >= last_end);  // one P marks one thing at a time
      CHECK(m.end > m.start);
      last_end = m.end;
      const Event& e = s.events()[m.first_event];
      CHECK(e.kind == EventKind::kGcMarkWork);
      CHECK(e.p == static_cast<int32_t>(p));
      switch (static_cast<heap::MarkWorkerMode>(m.mode)) {
        case heap::MarkWorkerMode::kNotWorker:
          ++assists;
          assist_ns += m.end - m.start;
          CHECK(m.goid > 0);
          break;
        case heap::MarkWorkerMode::kFractional: ++fractional; break;
        case heap::MarkWorkerMode::kDedicated: ++dedicated; break;
        case heap::MarkWorkerMode::kIdle: ++idle; break;
      }
    }
  }
  // GOMAXPROCS=2: Go's 25% goal is half a P, so no dedicated worker, a fractional one per P
  // (gcControllerState.startCycle).
  CHECK(assists > 0);
  CHECK(fractional > 0);
  CHECK(dedicated == 0);
  size_t assist_events = 0;
  for (const Event& e : s.events()) assist_events += e.kind == EventKind::kGcAssist && e.b > 0;
  CHECK(assists <= assist_events);  // an assist that found work left has its turn
  CHECK(assist_ns > 0);
  MESSAGE("assists " << assists << " of " << assist_events << ", fractional turns " << fractional << ", idle " << idle);
}
