// Scheduler invariants hold after every single event, for several GOMAXPROCS and seeds.
#include <doctest/doctest.h>

#include <string>

#include "sim/rt/invariants.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

// Runs to the end checking after each event; returns the first violation with its event.
std::string first_violation(Machine& mc, uint64_t* events) {
  *events = 0;
  while (auto e = mc.step()) {
    ++*events;
    const std::string err = check_sched_invariants(mc.model());
    if (!err.empty()) return "after event " + std::to_string(e->seq) + " (" + mc.describe(*e) + "): " + err;
  }
  return {};
}

}  // namespace

TEST_CASE("every G in exactly one place, no P running two Gs, spinning Ms bounded: GOMAXPROCS 1-8, 3 seeds") {
  PingPong::pairs = 24;
  PingPong::rounds = 15;
  const TestProgram prog = PingPong::program();
  for (int32_t procs : {1, 2, 4, 8}) {
    for (uint64_t seed : {1, 2, 3}) {
      Config c;
      c.gomaxprocs = procs;
      c.seed = seed;
      Machine mc(prog, c);
      mc.start(0);
      uint64_t events = 0;
      const std::string err = first_violation(mc, &events);
      INFO("GOMAXPROCS=" << procs << " seed=" << seed);
      CHECK(err == "");
      CHECK(events > 1000);
      CHECK(mc.model().exit_code == 0);
    }
  }
}

TEST_CASE("the checker catches a G queued twice") {
  Model md;
  P p;
  p.status = PStatus::kRunning;
  p.m = 0;
  md.allp.push_back(p);
  M m;
  m.p = 0;
  md.allm.push_back(m);
  G g;
  g.goid = 7;
  g.status = GStatus::kRunnable;
  md.allg.push_back(g);
  md.allp[0].runnext = 0;
  CHECK(check_sched_invariants(md) == "");
  md.sched.runq.push_back(0);
  CHECK(check_sched_invariants(md) == "G7 is in 2 run queues");
}

// (The sleep, syscall, preemption, sync, channel and network tests check these invariants
// after every event too.)
TEST_CASE("invariants hold when sysmon runs every 20us on 4 Ps") {
  PingPong::pairs = 6;
  PingPong::rounds = 40;
  const TestProgram prog = PingPong::program();
  Config c;
  c.gomaxprocs = 4;
  c.whatif.sysmon_period_us = 20;
  Machine mc(prog, c);
  mc.start(0);
  uint64_t events = 0;
  CHECK(first_violation(mc, &events) == "");
}
