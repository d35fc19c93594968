// runtime.GOMAXPROCS(n): stop the world, procresize, start the world (Go 1.19 proc.go).
#include <doctest/doctest.h>

#include <deque>
#include <set>
#include <string>

#include "sim/rt/invariants.h"
#include "sim/rt/proc.h"
#include "sim/rt/procresize.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

// nprocs running Ps, each with its own M; `ngs` Gs (goids 1..ngs), runnable and on no queue.
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
  for (int32_t i = 0; i < ngs; ++i) {
    G g;
    g.goid = i + 1;
    g.status = GStatus::kRunnable;
    md.allg.push_back(g);
  }
  return md;
}

void run_on(Model& md, int32_t pid, GIdx g) {
  md.allm[static_cast<size_t>(md.allp[static_cast<size_t>(pid)].m)].curg = g;
  md.allg[static_cast<size_t>(g)].status = GStatus::kRunning;
  md.allg[static_cast<size_t>(g)].m = md.allp[static_cast<size_t>(pid)].m;
}

int count_kind(const Model& md, EventKind k) {
  int n = 0;
  for (const Event& e : md.engine.pending) n += e.kind == k;
  return n;
}

}  // namespace

TEST_CASE("procresize 4 -> 2: removed Ps' queues go to the head of the global queue, runnext first") {
  Model md = make_model(4, 5);
  run_on(md, 0, 0);  // the caller
  run_on(md, 3, 1);  // a G running on a P that will be removed
  runqput(md, 3, 2, false);
  runqput(md, 3, 3, false);
  runqput(md, 3, 4, true);
  md.allp[3].timers.push_back(Timer{5'000'000, 2});
  const int32_t cur = gomaxprocs_resize(md, 0, 2, CostModel{});
  CHECK(cur == 0);
  REQUIRE(md.allp.size() == 2);
  // stopTheWorld preempted G2 (index 1) to the global queue; destroy then pushed P3's ring
  // (G3, G4) and its runnext (G5) on the head, runnext in front.
  CHECK(md.sched.runq == std::deque<GIdx>{4, 2, 3, 1});
  CHECK(md.allg[1].status == GStatus::kRunnable);
  // The caller keeps its P and its G; P3's timer moved to the caller's P.
  CHECK(md.allp[0].status == PStatus::kRunning);
  CHECK(md.allm[0].curg == 0);
  CHECK(md.allp[0].timers.size() == 1);
  // P1 went idle, then startTheWorld's wakep gave it a spinning M (the last one that slept).
  CHECK(md.allp[1].status == PStatus::kRunning);
  CHECK(md.allp[1].m == 3);
  CHECK(md.allm[3].spinning);
  CHECK(md.sched.nmspinning == 1);
  CHECK(count_kind(md, EventKind::kStopTheWorld) == 1);
  CHECK(count_kind(md, EventKind::kPreempt) == 1);
  CHECK(count_kind(md, EventKind::kProcResize) == 3);  // P2 and P3 destroyed, then the resize
  CHECK(check_sched_invariants(md) == "");
}

TEST_CASE("procresize from a P that is removed: the caller's M moves to P0") {
  Model md = make_model(4, 2);
  run_on(md, 0, 0);  // P0 was running another G
  run_on(md, 3, 1);  // the caller on P3
  const int32_t cur = gomaxprocs_resize(md, 3, 1, CostModel{});
  CHECK(cur == 0);
  REQUIRE(md.allp.size() == 1);
  CHECK(md.allp[0].m == 3);
  CHECK(md.allm[3].p == 0);
  CHECK(md.allm[3].curg == 1);
  CHECK(md.sched.runq == std::deque<GIdx>{0});  // P0's G was preempted to the global queue
  CHECK(md.sched.pidle.empty());
  CHECK(check_sched_invariants(md) == "");
}

TEST_CASE("procresize 1 -> 4: the new Ps are idle, the caller keeps P0") {
  Model md = make_model(1, 1);
  run_on(md, 0, 0);
  gomaxprocs_resize(md, 0, 4, CostModel{});
  REQUIRE(md.allp.size() == 4);
  for (int32_t i = 1; i < 4; ++i) CHECK(md.allp[static_cast<size_t>(i)].id == i);
  // Nothing to run anywhere: wakep still starts one spinning M on the last idle P put there.
  CHECK(md.sched.pidle.size() == 2);
  CHECK(md.sched.nmspinning == 1);
  CHECK(count_kind(md, EventKind::kProcResize) == 4);  // 3 created + done
  CHECK(check_sched_invariants(md) == "");
}

namespace {

// main: GOMAXPROCS(4), start 8 busy workers, sleep until they are done, GOMAXPROCS(1), exit.
int32_t g_worker_entry = 1;
GTask resize_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);  // pc, spawned
    switch (r[0]) {
      case 0:
        r[0] = 1;
        mc.request(gi, req(ReqKind::kGomaxprocs, 4));
        co_await Suspend{};
        continue;
      case 1:
        if (r[1] == 8) { r[0] = 2; continue; }
        ++r[1];
        mc.request(gi, req(ReqKind::kGo, g_worker_entry));
        co_await Suspend{};
        continue;
      case 2:
        r[0] = 3;
        mc.request(gi, req(ReqKind::kSleep, 50'000'000));
        co_await Suspend{};
        continue;
      case 3:
        r[0] = 4;
        mc.request(gi, req(ReqKind::kGomaxprocs, 1));
        co_await Suspend{};
        continue;
      default:
        mc.request(gi, req(ReqKind::kExit));
        co_await Suspend{};
        continue;
    }
  }
}
GTask busy_worker(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    if (r[0] == 5) co_return;
    ++r[0];
    mc.request(gi, req(ReqKind::kWork, 0, 0, 1'000'000));  // 1 ms of work at a time
    co_await Suspend{};
  }
}

}  // namespace

TEST_CASE("GOMAXPROCS(4) from a 1-P program: other Ps then run the workers; invariants hold after every event") {
  TestProgram prog;
  prog.add("main.main", resize_main);
  g_worker_entry = prog.add("main.worker", busy_worker);
  for (uint64_t seed : {1, 2, 3}) {
    Config c;
    c.gomaxprocs = 1;
    c.seed = seed;
    Machine mc(prog, c);
    mc.start(0);
    std::set<int32_t> ps_that_ran;
    int stws = 0;
    std::string err;
    while (auto e = mc.step()) {
      if (e->kind == EventKind::kGoStart) ps_that_ran.insert(e->p);
      stws += e->kind == EventKind::kStopTheWorld;
      if (err.empty()) err = check_sched_invariants(mc.model());
    }
    INFO("seed " << seed);
    CHECK(err == "");
    CHECK(stws == 2);
    CHECK(ps_that_ran.size() == 4);
    CHECK(mc.model().allp.size() == 1);
    CHECK(mc.model().exit_kind == ExitKind::kExited);
    CHECK(mc.model().exit_code == 0);
  }
}
