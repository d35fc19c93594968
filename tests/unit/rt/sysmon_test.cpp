// Timers, sysmon and system calls, with C++ goroutine bodies (Go 1.19 time.go / proc.go).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/rt/invariants.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

Config config(int32_t procs) {
  Config c;
  c.gomaxprocs = procs;
  return c;
}

// Runs to the end; the scheduler's invariants must hold after every event.
std::vector<Event> run_all(Machine& mc) {
  std::vector<Event> out;
  while (auto e = mc.step()) {
    out.push_back(*e);
    const std::string broken = check_sched_invariants(mc.model());
    if (!broken.empty()) FAIL_CHECK("after event " << e->seq << ": " << broken);
  }
  return out;
}

const Event* find(const std::vector<Event>& evs, EventKind k) {
  for (const Event& e : evs) {
    if (e.kind == k) return &e;
  }
  return nullptr;
}

Request write_req(const std::string& text) {
  Request w = req(ReqKind::kWrite, 1);
  w.text = text;
  return w;
}

// sleeper(ms): time.Sleep(ms), then print ms.
GTask sleeper(Machine& mc, GIdx gi) {
  auto& r = regs(mc, gi, 1);
  const int64_t ms = mc.g(gi).code.arg;
  if (r[0] == 0) {
    r[0] = 1;
    mc.request(gi, req(ReqKind::kSleep, ms * 1'000'000));
    co_await Suspend{};
  }
  if (regs(mc, gi, 1)[0] == 1) {
    regs(mc, gi, 1)[0] = 2;
    mc.request(gi, write_req(std::to_string(ms) + "\n"));
    co_await Suspend{};
  }
}

// main: go sleeper(30); go sleeper(10); go sleeper(20); time.Sleep(100ms)
GTask sleepers_main(Machine& mc, GIdx gi) {
  static const int64_t kMs[] = {30, 10, 20};
  for (;;) {
    auto& r = regs(mc, gi, 1);
    if (r[0] < 3) {
      mc.request(gi, req(ReqKind::kGo, 1, kMs[r[0]]));
      ++r[0];
      co_await Suspend{};
      continue;
    }
    if (r[0] == 3) {
      r[0] = 4;
      mc.request(gi, req(ReqKind::kSleep, 100'000'000));
      co_await Suspend{};
      continue;
    }
    co_return;
  }
}

// spinner: a loop with no function calls and no runtime calls, forever.
GTask spinner(Machine& mc, GIdx gi) {
  for (;;) {
    mc.request(gi, req(ReqKind::kWork, 0, 0, 1000));
    co_await Suspend{};
  }
}

// main: go spinner(); runtime.Gosched(); print "main"
GTask spin_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    switch (r[0]++) {
      case 0: mc.request(gi, req(ReqKind::kGo, 1)); break;
      case 1: mc.request(gi, req(ReqKind::kGosched)); break;
      case 2: mc.request(gi, write_req("main\n")); break;
      default: co_return;
    }
    co_await Suspend{};
  }
}

// worker: print "worker"
GTask worker(Machine& mc, GIdx gi) {
  auto& r = regs(mc, gi, 1);
  if (r[0] == 0) {
    r[0] = 1;
    mc.request(gi, write_req("worker\n"));
    co_await Suspend{};
  }
}

// main: go worker(); a blocking syscall of `syscall_ns`; print "main"
int64_t syscall_ns = 5'000'000;
GTask syscall_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    switch (r[0]++) {
      case 0: mc.request(gi, req(ReqKind::kGo, 1)); break;
      case 1: mc.request(gi, req(ReqKind::kSyscall, syscall_ns)); break;
      case 2: mc.request(gi, write_req("main\n")); break;
      default: co_return;
    }
    co_await Suspend{};
  }
}

}  // namespace

TEST_CASE("time.Sleep: sleepers wake in the order of their deadlines, on the virtual clock") {
  TestProgram prog;
  prog.add("main.main", sleepers_main);
  prog.add("main.sleeper", sleeper);
  for (int32_t procs : {1, 4}) {
    Machine mc(prog, config(procs));
    mc.start(0);
    const auto evs = run_all(mc);
    CHECK(mc.model().output == "10\n20\n30\n");
    CHECK(mc.model().exit_code == 0);
    const Event* fire = find(evs, EventKind::kTimerFire);
    REQUIRE(fire);
    CHECK(fire->time >= 10'000'000);
    CHECK(fire->time < 10'100'000);  // the P wakes when the timer is due, not at a poll tick
  }
}

TEST_CASE("a pending timer is not a deadlock: checkdead waits for it") {
  TestProgram prog;
  prog.add("main.main", sleepers_main);
  prog.add("main.sleeper", sleeper);
  Machine mc(prog, config(1));
  mc.start(0);
  const auto evs = run_all(mc);
  CHECK(find(evs, EventKind::kDeadlock) == nullptr);
  CHECK(find(evs, EventKind::kProcIdle) != nullptr);  // everyone slept at some point
}

TEST_CASE("sysmon preempts a goroutine that runs 10ms without a schedule") {
  TestProgram prog;
  prog.add("main.main", spin_main);
  prog.add("main.spinner", spinner);
  Machine mc(prog, config(1));
  mc.start(0);
  const auto evs = run_all(mc);
  const Event* ask = find(evs, EventKind::kSysmonPreempt);
  const Event* stop = find(evs, EventKind::kPreempt);
  REQUIRE(ask);
  REQUIRE(stop);
  CHECK(ask->g == 6);
  CHECK(ask->a >= 10'000'000);      // ran for at least forcePreemptNS
  CHECK(ask->time < 12'000'000);    // noticed within a sysmon tick or so
  CHECK(stop->time - ask->time <= 1000);  // stopped at its next safe point
  CHECK(mc.model().output == "main\n");
}

TEST_CASE("a long system call loses its P to sysmon, and the other goroutine runs meanwhile") {
  TestProgram prog;
  prog.add("main.main", syscall_main);
  prog.add("main.worker", worker);
  syscall_ns = 5'000'000;
  Machine mc(prog, config(1));
  mc.start(0);
  const auto evs = run_all(mc);
  const Event* retake = find(evs, EventKind::kRetake);
  REQUIRE(retake);
  CHECK(retake->time < 1'000'000);  // a couple of 20us sysmon ticks, not the whole call
  CHECK(mc.model().output == "worker\nmain\n");
  const Event* exit = find(evs, EventKind::kSyscallExit);
  REQUIRE(exit);
  CHECK(exit->a == 1);  // its old P was taken; it found that P idle again
  CHECK(exit->time >= 5'000'000);
}

TEST_CASE("a short system call takes its P straight back: the exitsyscall fast path") {
  TestProgram prog;
  prog.add("main.main", syscall_main);
  prog.add("main.worker", worker);
  syscall_ns = 2'000;  // shorter than a sysmon tick
  Machine mc(prog, config(1));
  mc.start(0);
  const auto evs = run_all(mc);
  CHECK(find(evs, EventKind::kRetake) == nullptr);
  const Event* exit = find(evs, EventKind::kSyscallExit);
  REQUIRE(exit);
  CHECK(exit->a == 0);
  CHECK(mc.model().output == "main\n");  // main returns before the worker ever runs
}

TEST_CASE("schedtrace: sysmon prints SCHED lines in Go 1.19's format on the virtual clock") {
  TestProgram prog;
  prog.add("main.main", spin_main);
  prog.add("main.spinner", spinner);
  Config c = config(1);
  c.schedtrace_ms = 5;
  Machine mc(prog, c);
  mc.start(0);
  run_all(mc);
  const std::string& out = mc.model().output;
  // First line at sysmon's first turn; then every 5ms. The spinner (G6) runs; main waits in
  // the global queue after its Gosched (runqueue=1); runfinq (G5), kicked out of runnext by
  // G6, waits in P0's ring ([1]).
  CHECK(out.rfind("SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=2 spinningthreads=0 idlethreads=0 runqueue=1 [1]\n", 0) == 0);
  // The next line comes at the first sysmon turn at least 5ms later; by then sysmon's sleep has
  // backed off to milliseconds, so it is a little late, as in real Go.
  const size_t second = out.find("SCHED ", 1);
  REQUIRE(second != std::string::npos);
  const int ms = std::stoi(out.substr(second + 6));
  CHECK(ms >= 5);
  CHECK(ms < 8);
  CHECK(out.find("ms: gomaxprocs=1 idleprocs=0 threads=2 spinningthreads=0 idlethreads=0 runqueue=1 [1]\n", second) ==
        out.find("ms:", second));
  CHECK(out.substr(out.size() - 5) == "main\n");
}

TEST_CASE("scheddetail adds P, M (newest first) and G lines") {
  TestProgram prog;
  prog.add("main.main", spin_main);
  prog.add("main.spinner", spinner);
  Config c = config(1);
  c.schedtrace_ms = 5;
  c.scheddetail = true;
  Machine mc(prog, c);
  mc.start(0);
  run_all(mc);
  const std::string& out = mc.model().output;
  const std::string first = out.substr(0, out.find("SCHED ", 1));
  CHECK(first ==
        "SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=2 spinningthreads=0 idlethreads=0 runqueue=1 gcwaiting=0 "
        "nmidlelocked=0 stopwait=0 sysmonwait=0\n"
        "  P0: status=1 schedtick=2 syscalltick=0 m=0 runqsize=1 gfreecnt=0 timerslen=0\n"
        "  M1: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=2 dying=0 spinning=false blocked=false lockedg=-1\n"
        "  M0: p=0 curg=6 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1\n"
        "  G1: status=1() m=-1 lockedm=-1\n"
        "  G2: status=4(force gc (idle)) m=-1 lockedm=-1\n"
        "  G3: status=4(GC sweep wait) m=-1 lockedm=-1\n"
        "  G4: status=4(GC scavenge wait) m=-1 lockedm=-1\n"
        "  G5: status=1() m=-1 lockedm=-1\n"
        "  G6: status=2() m=0 lockedm=-1\n");
}

TEST_CASE("what-if asyncpreemptoff: a loop without calls is never preempted and starves main") {
  TestProgram prog;
  prog.add("main.main", spin_main);
  prog.add("main.spinner", spinner);
  Config c = config(1);
  c.whatif.no_async_preempt = true;
  c.limits.max_virtual_time_ns = 100'000'000;
  Machine mc(prog, c);
  mc.start(0);
  const auto evs = run_all(mc);
  CHECK(find(evs, EventKind::kSysmonPreempt) != nullptr);  // sysmon still asks...
  CHECK(find(evs, EventKind::kPreempt) == nullptr);        // ...but no safe point comes
  CHECK(mc.model().output.empty());                       // main never prints
  CHECK(evs.back().kind == EventKind::kLimit);
}

TEST_CASE("what-if no runnext: the first goroutine created runs first") {
  PingPong::pairs = 2;
  PingPong::rounds = 1;
  const TestProgram prog = PingPong::program();
  Config c = config(1);
  c.whatif.no_runnext = true;
  Machine mc(prog, c);
  mc.start(0);
  auto park = mc.run_until([](const Event& e) { return e.kind == EventKind::kGoPark && e.g == 1; });
  REQUIRE(park);
  auto start = mc.run_until([](const Event& e) { return e.kind == EventKind::kGoStart; });
  REQUIRE(start);
  CHECK(start->g == 5);  // runfinq (G5) queued first; then G6, the first user goroutine
  start = mc.run_until([](const Event& e) { return e.kind == EventKind::kGoStart; });
  CHECK(start->g == 6);
}
