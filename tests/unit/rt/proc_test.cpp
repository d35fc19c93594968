// One scheduler rule per test, on a Model set up by hand (Go 1.19 proc.go is the reference).
#include <doctest/doctest.h>

#include "sim/rt/proc.h"

using namespace gosim;

namespace {

// nprocs Ps, each with its own M; `ngs` runnable Gs not yet on any queue (goids 1..ngs).
Model make_model(int32_t nprocs, int32_t ngs) {
  Model md;
  for (int32_t i = 0; i < nprocs; ++i) {
    P p;
    p.id = i;
    p.status = PStatus::kRunning;
    p.m = i;
    md.allp.push_back(p);
    M m;
    m.id = i;
    m.p = i;
    m.rand = fastrand_for_m(1, i);
    md.allm.push_back(m);
  }
  heap::procresize(md.heap, nprocs, {});  // newproc1 takes a new G's stack from its P's stack cache
  for (int32_t i = 0; i < ngs; ++i) {
    G g;
    g.goid = i + 1;
    g.status = GStatus::kRunnable;
    md.allg.push_back(g);
  }
  return md;
}

int count_kind(const Model& md, EventKind k) {
  int n = 0;
  for (const Event& e : md.engine.pending) n += e.kind == k;
  return n;
}

}  // namespace

TEST_CASE("runqput with next puts the G in runnext and kicks the old one to the tail") {
  Model md = make_model(1, 3);
  CHECK(runqput(md, 0, 0, true) == 0);
  CHECK(md.allp[0].runnext == 0);
  CHECK(runqput(md, 0, 1, true) == 1);  // goid 1 was kicked
  CHECK(md.allp[0].runnext == 1);
  CHECK(runqlen(md.allp[0]) == 1);
  CHECK(md.allp[0].runq[0] == 0);
}

TEST_CASE("runqget takes runnext first, inheriting the time slice, then the ring's head") {
  Model md = make_model(1, 3);
  runqput(md, 0, 0, false);
  runqput(md, 0, 1, false);
  runqput(md, 0, 2, true);
  Found f = runqget(md, 0);
  CHECK(f.g == 2);
  CHECK(f.inherit_time);
  f = runqget(md, 0);
  CHECK(f.g == 0);
  CHECK_FALSE(f.inherit_time);
  CHECK(runqget(md, 0).g == 1);
  CHECK(runqget(md, 0).g == kNoG);
}

TEST_CASE("runqputslow moves 128 + the new G to the global queue when the ring is full") {
  Model md = make_model(1, 300);
  for (GIdx g = 0; g < 256; ++g) runqput(md, 0, g, false);
  CHECK(runqlen(md.allp[0]) == 256);
  CHECK(md.sched.runq.empty());
  runqput(md, 0, 256, false);
  CHECK(runqlen(md.allp[0]) == 128);
  REQUIRE(md.sched.runq.size() == 129);
  CHECK(md.sched.runq.front() == 0);     // the oldest half goes, in order
  CHECK(md.sched.runq[127] == 127);
  CHECK(md.sched.runq.back() == 256);    // then the G being inserted
  CHECK(runqget(md, 0).g == 128);        // the ring keeps the newer half
  CHECK(count_kind(md, EventKind::kRunqOverflow) == 1);
  CHECK(md.engine.pending.back().a == 129);
}

TEST_CASE("globrunqget takes size/GOMAXPROCS + 1, runs the first and queues the rest locally") {
  Model md = make_model(4, 20);
  for (GIdx g = 0; g < 20; ++g) globrunqput(md, g);
  const GIdx first = globrunqget(md, 0, 0, false);
  CHECK(first == 0);
  // 20/4 + 1 = 6 taken: one runs, five go to P0's ring.
  CHECK(runqlen(md.allp[0]) == 5);
  CHECK(md.sched.runq.size() == 14);
  CHECK(md.engine.pending.back().a == 6);
}

TEST_CASE("globrunqget with max 1 (the fairness check) takes exactly one") {
  Model md = make_model(1, 10);
  for (GIdx g = 0; g < 10; ++g) globrunqput(md, g);
  CHECK(globrunqget(md, 0, 1, true) == 0);
  CHECK(runqlen(md.allp[0]) == 0);
  CHECK(md.sched.runq.size() == 9);
}

TEST_CASE("globrunqget never takes more than half a local queue") {
  Model md = make_model(1, 300);
  for (GIdx g = 0; g < 300; ++g) globrunqput(md, g);
  globrunqget(md, 0, 0, false);
  CHECK(runqlen(md.allp[0]) == 127);  // 128 taken, one of them runs
  CHECK(md.sched.runq.size() == 172);
}

TEST_CASE("every 61st schedtick findRunnable serves the global queue before the local one") {
  Model md = make_model(1, 3);
  runqput(md, 0, 0, false);
  globrunqput(md, 1);
  md.allp[0].schedtick = 61;
  Found f = findRunnable(md, 0, CostModel{});
  CHECK(f.g == 1);
  CHECK(f.source == RunSource::kGlobal);
  md.allp[0].schedtick = 62;
  globrunqput(md, 2);
  f = findRunnable(md, 0, CostModel{});
  CHECK(f.g == 0);  // local first on other ticks
  CHECK(f.source == RunSource::kLocal);
}

TEST_CASE("runqsteal takes the larger half of the victim's ring and runs the last one grabbed") {
  Model md = make_model(2, 5);
  for (GIdx g = 0; g < 5; ++g) runqput(md, 1, g, false);
  const GIdx g = runqsteal(md, 0, 1, false);
  // 5 - 5/2 = 3 grabbed (G0, G1, G2): G2 runs now, G0 and G1 wait in P0's ring.
  CHECK(g == 2);
  CHECK(runqlen(md.allp[0]) == 2);
  CHECK(runqlen(md.allp[1]) == 2);
  CHECK(runqget(md, 0).g == 0);
}

TEST_CASE("runnext is stolen only when the thief is allowed to (the last of the 4 passes)") {
  Model md = make_model(2, 1);
  runqput(md, 1, 0, true);
  CHECK(runqsteal(md, 0, 1, false) == kNoG);
  CHECK(runqsteal(md, 0, 1, true) == 0);
  CHECK(md.allp[1].runnext == kNoG);
}

TEST_CASE("stealWork finds work on another P and skips idle Ps") {
  Model md = make_model(4, 4);
  md.allp[2].status = PStatus::kIdle;
  runqput(md, 2, 0, false);  // an idle P's queue is never looked at
  runqput(md, 3, 1, false);
  runqput(md, 3, 2, false);
  const Found f = stealWork(md, 0, 0, CostModel{});
  CHECK(f.g == 1);  // 2 - 2/2 = 1 grabbed: G1
  CHECK(f.source == RunSource::kStolen);
  CHECK(runqlen(md.allp[2]) == 1);
}

TEST_CASE("newproc hands out goids in per-P batches of 16") {
  Model md = make_model(2, 0);
  const GIdx a = newproc(md, 0, kNoG, 0, 0);
  const GIdx b = newproc(md, 1, kNoG, 0, 0);
  const GIdx c = newproc(md, 0, kNoG, 0, 0);
  CHECK(md.allg[static_cast<size_t>(a)].goid == 1);
  CHECK(md.allg[static_cast<size_t>(b)].goid == 17);  // P1's batch starts after P0's
  CHECK(md.allg[static_cast<size_t>(c)].goid == 2);
}

TEST_CASE("a dead G is reused by the next newproc on the same P, with a new goid") {
  Model md = make_model(1, 0);
  const GIdx a = newproc(md, 0, kNoG, 0, 0);
  Found f = runqget(md, 0);
  execute(md, 0, f);
  goexit0(md, 0);
  const GIdx b = newproc(md, 0, kNoG, 0, 0);
  CHECK(b == a);
  CHECK(md.allg[static_cast<size_t>(b)].goid == 2);
  CHECK(md.allg.size() == 1);
}

TEST_CASE("execute advances schedtick only when the G does not inherit the time slice") {
  Model md = make_model(1, 2);
  runqput(md, 0, 0, false);
  runqput(md, 0, 1, true);
  Found f = runqget(md, 0);  // runnext
  execute(md, 0, f);
  CHECK(md.allp[0].schedtick == 0);
  goexit0(md, 0);
  f = runqget(md, 0);
  execute(md, 0, f);
  CHECK(md.allp[0].schedtick == 1);
}

TEST_CASE("wakep starts at most one spinning M, and only when a P is idle") {
  Model md = make_model(1, 0);
  // Two more Ps, idle, without Ms.
  for (int32_t i = 1; i <= 2; ++i) {
    P p;
    p.id = i;
    md.allp.push_back(p);
    md.sched.pidle.push_back(i);
  }
  CostModel cost;
  wakep(md, 0, cost);
  CHECK(md.sched.nmspinning == 1);
  CHECK(md.allm.size() == 2);       // a new M was made
  CHECK(md.sched.pidle.size() == 1);
  wakep(md, 0, cost);               // someone is already spinning: nothing happens
  CHECK(md.sched.nmspinning == 1);
  CHECK(md.sched.pidle.size() == 1);
  CHECK(md.engine.agenda.size() == 1);
  CHECK(md.engine.agenda.top().time == cost.wakep_ns);
}
