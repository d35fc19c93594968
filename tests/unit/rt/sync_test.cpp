// package sync on the runtime model (Go 1.19 sync/mutex.go, waitgroup.go), with C++ bodies.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/rt/invariants.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

constexpr uint64_t kMu = 0xc000010000;
constexpr uint64_t kWg = 0xc000010100;

Request write_req(const std::string& text) {
  Request w = req(ReqKind::kWrite, 1);
  w.text = text;
  return w;
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

// worker(i): defer wg.Done(); print i
GTask wg_worker(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    const int64_t i = mc.g(gi).code.arg;
    switch (r[0]++) {
      case 0: mc.request(gi, write_req("worker " + std::to_string(i) + "\n")); break;
      case 1: mc.request(gi, req(ReqKind::kWgAdd, static_cast<int64_t>(kWg), -1)); break;
      default: co_return;
    }
    co_await Suspend{};
  }
}

// main: wg.Add(3); go worker(1..3); wg.Wait(); print "done"
GTask wg_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    const int64_t pc = r[0]++;
    if (pc == 0) {
      mc.request(gi, req(ReqKind::kWgAdd, static_cast<int64_t>(kWg), 3));
    } else if (pc <= 3) {
      mc.request(gi, req(ReqKind::kGo, 1, pc));
    } else if (pc == 4) {
      mc.request(gi, req(ReqKind::kWgWait, static_cast<int64_t>(kWg)));
    } else if (pc == 5) {
      mc.request(gi, write_req("done\n"));
    } else {
      co_return;
    }
    co_await Suspend{};
  }
}

// holder: 20 times { Lock; 2ms of work; Unlock }, then print "holder done"
GTask holder(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);  // pc, round
    if (r[1] == 20) {
      if (r[0] == 0) {
        r[0] = 1;
        mc.request(gi, write_req("holder done\n"));
        co_await Suspend{};
      }
      co_return;
    }
    switch (r[0]) {
      case 0: mc.request(gi, req(ReqKind::kMutexLock, static_cast<int64_t>(kMu))); break;
      case 1: mc.request(gi, req(ReqKind::kWork, 0, 0, 2'000'000)); break;
      default: mc.request(gi, req(ReqKind::kMutexUnlock, static_cast<int64_t>(kMu))); break;
    }
    r[0] = (r[0] + 1) % 3;
    if (r[0] == 0) ++r[1];
    co_await Suspend{};
  }
}

// waiter: Lock; print "waiter got it"; Unlock
GTask waiter(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    switch (r[0]++) {
      case 0: mc.request(gi, req(ReqKind::kMutexLock, static_cast<int64_t>(kMu))); break;
      case 1: mc.request(gi, write_req("waiter got it\n")); break;
      case 2: mc.request(gi, req(ReqKind::kMutexUnlock, static_cast<int64_t>(kMu))); break;
      default: co_return;
    }
    co_await Suspend{};
  }
}

// main: go waiter(); go holder() (last, so it runs first and takes the lock); then wait on a semaphore that the test never releases, so the
// run ends in a deadlock report once both are done (that is enough to see their output).
GTask mutex_main(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 1);
    switch (r[0]++) {
      case 0: mc.request(gi, req(ReqKind::kGo, 2)); break;
      case 1: mc.request(gi, req(ReqKind::kGo, 1)); break;
      default: mc.request(gi, req(ReqKind::kSemacquire, 0x77)); break;
    }
    co_await Suspend{};
  }
}

GTask unlock_unlocked(Machine& mc, GIdx gi) {
  mc.request(gi, req(ReqKind::kMutexUnlock, static_cast<int64_t>(kMu)));
  co_await Suspend{};
}

GTask negative_wg(Machine& mc, GIdx gi) {
  auto& r = regs(mc, gi, 1);
  if (r[0] == 0) {
    r[0] = 1;
    mc.request(gi, req(ReqKind::kWgAdd, static_cast<int64_t>(kWg), -1));
    co_await Suspend{};
  }
  // The body raises what the runtime left in req_panic; here the test just reports it.
  mc.request(gi, write_req("panic: " + mc.g(gi).req_panic + "\n"));
  co_await Suspend{};
}

}  // namespace

TEST_CASE("WaitGroup: Wait parks in semacquire until the counter reaches zero") {
  TestProgram prog;
  prog.add("main.main", wg_main);
  prog.add("main.worker", wg_worker);
  Config c;
  c.gomaxprocs = 1;
  Machine mc(prog, c);
  mc.start(0);
  const auto evs = run_all(mc);
  // runnext: the last goroutine created runs first, then the local queue in order.
  CHECK(mc.model().output == "worker 3\nworker 1\nworker 2\ndone\n");
  bool main_parked = false;
  for (const Event& e : evs) {
    if (e.kind == EventKind::kGoPark && e.g == 1) main_parked = e.a == static_cast<int64_t>(WaitReason::kSemacquire);
  }
  CHECK(main_parked);
}

TEST_CASE("Mutex: a waiter starved for over 1ms gets the lock handed over (starvation mode)") {
  TestProgram prog;
  prog.add("main.main", mutex_main);
  prog.add("main.holder", holder);
  prog.add("main.waiter", waiter);
  Config c;
  c.gomaxprocs = 1;
  Machine mc(prog, c);
  mc.start(0);
  const auto evs = run_all(mc);
  // In normal mode the holder barges back in after each Unlock (the woken waiter sits in
  // runnext while the holder keeps the P). When sysmon preempts the holder, the waiter retries,
  // finds it has waited over 1ms and switches the mutex to starvation mode; the holder's next
  // Unlock hands the lock over and yields its P to the waiter (goyield).
  int handoffs = 0;
  bool preempted = false;
  for (const Event& e : evs) {
    handoffs += e.kind == EventKind::kGoSched && e.a == 1;
    preempted = preempted || e.kind == EventKind::kPreempt;
  }
  CHECK(preempted);
  CHECK(handoffs == 1);
  const std::string& out = mc.model().output;
  CHECK(out.find("waiter got it\n") < out.find("holder done\n"));
  CHECK(mc.model().syncs.at(kMu).state == 0);  // unlocked, normal mode, nobody waiting
}

TEST_CASE("unlock of an unlocked mutex is a fatal error, exit 2") {
  TestProgram prog;
  prog.add("main.main", unlock_unlocked);
  Config c;
  c.gomaxprocs = 1;
  Machine mc(prog, c);
  mc.start(0);
  run_all(mc);
  CHECK(mc.model().exit_code == 2);
  CHECK(mc.model().output.rfind("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n", 0) == 0);
}

TEST_CASE("a negative WaitGroup counter panics in the goroutine that called Add") {
  TestProgram prog;
  prog.add("main.main", negative_wg);
  Config c;
  c.gomaxprocs = 1;
  Machine mc(prog, c);
  mc.start(0);
  run_all(mc);
  CHECK(mc.model().output == "panic: sync: negative WaitGroup counter\n");
}
