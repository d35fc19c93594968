// Marking, the write barrier and one whole cycle (Go 1.19 runtime/mgc.go, mgcmark.go,
// mbarrier.go) on a small object graph built with mallocgc. The graph lives in a map the
// PointerFinder reads, standing in for the interpreter's typed memory.
#include <doctest/doctest.h>

#include <map>
#include <vector>

#include "sim/heap/mgc.h"

using namespace gosim;
using namespace gosim::heap;

namespace {

struct Graph {
  std::map<uint64_t, std::vector<uint64_t>> edges;  // object -> pointer values it holds
  PointerFinder finder() {
    return [this](uint64_t obj, uint64_t, std::vector<uint64_t>& out) {
      auto it = edges.find(obj);
      if (it != edges.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    };
  }
};

uint64_t obj(Heap& h) { return mallocgc(h, 0, 32, true, true).addr; }

SlotColour colour(const Heap& h, uint64_t addr) {
  const ObjectRef r = findObject(h, addr);
  return slot_colour(h, r.span, r.index);
}

RootJob globals(std::vector<uint64_t> ptrs) { return RootJob{RootKind::kGlobals, 0, 64, std::move(ptrs)}; }
RootJob stack(int64_t goid, std::vector<uint64_t> ptrs) { return RootJob{RootKind::kStack, goid, 2048, std::move(ptrs)}; }

}  // namespace

TEST_CASE("roots and drain mark exactly the reachable objects; sweep frees the rest") {
  Heap h(1);
  Graph g;
  const uint64_t A = obj(h), B = obj(h), C = obj(h), D = obj(h), E = obj(h), F = obj(h);
  g.edges[A] = {B};
  g.edges[B] = {C, A + 8};  // an interior pointer back to A: a cycle
  g.edges[C] = {};
  g.edges[D] = {E};  // D -> E, but nothing reaches D
  std::vector<Event> ev;
  REQUIRE(gcStart(h, GCStartArgs{1000, 10, 1}, &ev));
  CHECK(h.gc.phase == GCPhase::kMark);
  CHECK(h.gc_marking);
  const std::vector<uint64_t> g1 = markroot(h, globals({A, 0x1234}), &ev);  // a non-heap value is ignored
  CHECK(g1 == std::vector<uint64_t>{A});
  markroot(h, stack(1, {C}), &ev);
  CHECK(colour(h, A) == SlotColour::kGrey);
  CHECK(colour(h, B) == SlotColour::kWhite);
  CHECK_FALSE(gcMarkDone(h, 2000, &ev));  // grey objects left
  // Drain one object: the last greyed (C, from the stack) is scanned first.
  CHECK(gcDrain(h, 1, g.finder(), &ev) == 32);
  CHECK(colour(h, C) == SlotColour::kBlack);
  CHECK(colour(h, A) == SlotColour::kGrey);
  const int64_t work = gcDrain(h, -1, g.finder(), &ev);
  CHECK(work == 64);  // A then B
  for (uint64_t x : {A, B, C}) CHECK(colour(h, x) == SlotColour::kBlack);
  for (uint64_t x : {D, E, F}) CHECK(colour(h, x) == SlotColour::kWhite);
  CHECK(gc_check_no_black_to_white(h, g.finder()) == "");
  // The scan of A reported B as greyed, in a kGcScanObject event.
  bool saw = false;
  for (const Event& e : ev) {
    if (e.kind == EventKind::kGcScanObject && static_cast<uint64_t>(e.a) == A) saw = e.c == 1;
  }
  CHECK(saw);
  REQUIRE(gcMarkDone(h, 5000, &ev));
  CHECK(h.gc.phase == GCPhase::kMarkTerm);
  gcMarkTermination(h, 20, 0, &ev);
  CHECK(h.gc.phase == GCPhase::kSweep);
  CHECK(h.gc.controller.heapMarked == 96);
  CHECK(h.stats.heapLive == 96);
  finishsweep_m(h, &ev);
  gcSweepDone(h, &ev);
  CHECK(h.gc.phase == GCPhase::kOff);
  for (uint64_t x : {D, E, F}) CHECK(colour(h, x) == SlotColour::kFree);
  for (uint64_t x : {A, B, C}) CHECK(colour(h, x) == SlotColour::kWhite);  // allocated, ready for the next cycle
  CHECK(gc_check_reachable_allocated(h, {A, B, C}) == "");
  CHECK(gc_check_reachable_allocated(h, {D}) != "");
  CHECK(heap_invariants(h) == "");
  for (const Event& e : ev) {
    if (e.kind >= EventKind::kGcPhase && e.kind <= EventKind::kGcPacer) CHECK(describe_gc_event(e) != "?");
  }
}

TEST_CASE("objects allocated during marking are black and survive the cycle") {
  Heap h(1);
  Graph g;
  gcStart(h, GCStartArgs{0, 0, 1});
  const uint64_t N = obj(h);  // unreachable, but allocated black (mallocgc's gcmarknewobject)
  CHECK(colour(h, N) == SlotColour::kBlack);
  REQUIRE(gcMarkDone(h, 10));
  gcMarkTermination(h, 0, 0);
  finishsweep_m(h, nullptr);
  CHECK(colour(h, N) == SlotColour::kWhite);
  CHECK(h.gc.controller.heapMarked == 32);
}

TEST_CASE("deletion barrier: a pointer moved from the heap into a scanned stack stays alive") {
  // The stack of G1 is scanned (black) first; then G1 loads A.f (= B) into a local and clears
  // A.f. Without the barrier nothing would ever grey B: A no longer points to it and the black
  // stack is not rescanned, so the sweep would free an object G1 still uses.
  for (const bool with_barrier : {true, false}) {
    CAPTURE(with_barrier);
    Heap h(1);
    Graph g;
    const uint64_t A = obj(h), B = obj(h);
    g.edges[A] = {B};
    gcStart(h, GCStartArgs{0, 0, 1});
    markroot(h, stack(1, {}), nullptr);  // G1's stack: nothing yet, now black
    markroot(h, globals({A}), nullptr);
    // G1: local = A.f; A.f = nil. Stack writes have no barrier; the heap write does.
    g.edges[A] = {};
    std::vector<Event> ev;
    if (with_barrier) CHECK(gcWriteBarrier(h, B, 0, /*stack_grey=*/false, &ev) == 1);
    gcDrain(h, -1, g.finder(), nullptr);
    REQUIRE(gcMarkDone(h, 10));
    gcMarkTermination(h, 0, 0);
    finishsweep_m(h, nullptr);
    if (with_barrier) {
      CHECK(gc_check_reachable_allocated(h, {B}) == "");
      REQUIRE(ev.size() == 2);
      CHECK(ev[0].kind == EventKind::kGcWriteBarrier);  // the barrier announces the shade (cause first)
      CHECK(static_cast<uint64_t>(ev[0].a) == B);
      CHECK(ev[0].c == 1);                              // the deletion half will shade B
      CHECK(ev[1].kind == EventKind::kGcShade);
      CHECK(static_cast<uint64_t>(ev[1].a) == B);
    } else {
      CHECK(gc_check_reachable_allocated(h, {B}) != "");  // the bug the barrier prevents
    }
  }
}

TEST_CASE("insertion barrier: while the stack is grey the new pointer is shaded too") {
  Heap h(1);
  Graph g;
  const uint64_t A = obj(h), C = obj(h);
  gcStart(h, GCStartArgs{0, 0, 1});
  markroot(h, globals({A}), nullptr);
  gcDrain(h, -1, g.finder(), nullptr);  // A is black
  // G2, stack not yet scanned, stores its local C into A.f: A (black) -> C (white) unless shaded.
  g.edges[A] = {C};
  CHECK(gc_check_no_black_to_white(h, g.finder()) != "");  // the checker sees the violation
  CHECK(gcWriteBarrier(h, 0, C, /*stack_grey=*/true) == 1);
  CHECK(colour(h, C) == SlotColour::kGrey);
  CHECK(gc_check_no_black_to_white(h, g.finder()) == "");
  // With a black stack the new value is not shaded (the hybrid barrier's rule).
  const uint64_t D = obj(h);  // black: allocated during mark
  CHECK(gcWriteBarrier(h, 0, D, false) == 0);
  // Outside marking the barrier is off.
  gcDrain(h, -1, g.finder(), nullptr);
  gcMarkDone(h, 1);
  gcMarkTermination(h, 0, 0);
  CHECK(gcWriteBarrier(h, A, C, true) == 0);
}

TEST_CASE("the cycle: phases, pauses, counters and the gctrace line") {
  Heap h(4);
  Graph g;
  const uint64_t A = obj(h);
  obj(h);
  std::vector<Event> ev;
  CHECK_FALSE(gcMarkDone(h, 0));  // no cycle running
  REQUIRE(gcStart(h, GCStartArgs{1000000000, 50000, 4}, &ev));
  CHECK_FALSE(gcStart(h, GCStartArgs{1000000000, 50000, 4}));  // already running
  CHECK(h.gc.controller.dedicatedMarkWorkersNeeded == 1);
  CHECK(h.gc.controller.fractionalUtilizationGoal == 0);
  markroot(h, globals({A}), &ev);
  gcDrain(h, -1, g.finder(), &ev);
  h.gc.controller.dedicatedMarkTime = 2900000;
  REQUIRE(gcMarkDone(h, 1003050000, &ev));
  const std::string line = gcMarkTermination(h, 20000, 4LL * 1003070000, &ev);
  // clock: 50000 -> 0.050, 3000000 -> 3.0, 20000 -> 0.020; cpu: 4*50000 -> 0.20, assist 0,
  // background 2.9, idle 0, 4*20000 -> 0.080; util = (200000+2900000+80000)/4012280000 -> 0%.
  CHECK(line == "gc 1 @1.000s 0%: 0.050+3.0+0.020 ms clock, 0.20+0/2.9/0+0.080 ms cpu, 0->0->0 MB, 4 MB goal, "
                "0 MB stacks, 0 MB globals, 4 P");
  CHECK(h.stats.numGC == 1);
  CHECK(h.stats.pauseTotalNs == 70000);
  CHECK(h.gc.pauseNs == std::vector<int64_t>{70000});
  CHECK(h.gc.lastGCNanotime == 1003070000);
  // Marked 32 bytes; sweep not done, so sweepDistMinTrigger = 32 + 1 MiB; the goal is still
  // heapMinimum 4194304 (nextGC); the trigger is the 61/64 bound measured from heapMarked:
  // ((4194304-32)/64)*61 + 32 = 65535*61 + 32 = 3997667 (mgcpacer.go:1203).
  CHECK(h.gc.controller.heapMarked == 32);
  CHECK(h.stats.nextGC == 4194304);
  CHECK(gc_trigger(h).trigger == 3997667);
  std::vector<GCPhase> phases;
  for (const Event& e : ev) {
    if (e.kind == EventKind::kGcPhase) phases.push_back(static_cast<GCPhase>(e.b));
    if (e.kind >= EventKind::kGcPhase && e.kind <= EventKind::kGcPacer) CHECK(describe_gc_event(e) != "?");
  }
  CHECK(phases == std::vector<GCPhase>{GCPhase::kSweepTerm, GCPhase::kMark, GCPhase::kMarkTerm, GCPhase::kSweep});
  // A second cycle may start while sweeping: gcStart finishes the sweep first.
  REQUIRE(gcStart(h, GCStartArgs{2000000000, 1000, 4}, &ev));
  CHECK(h.sweepdone);
  CHECK(h.gc.work.cycles == 2);
}
