// The Machine end to end with C++ goroutine bodies: scheduling, checkpoints, determinism,
// deadlock and limits.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "sim/rt/proc.h"
#include "sim/trace/hash.h"
#include "sim/trace/jsonl.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

Config config(int32_t procs, uint64_t seed = 1) {
  Config c;
  c.gomaxprocs = procs;
  c.seed = seed;
  return c;
}

std::string trace_of(Machine& mc, uint64_t max = ~0ull) {
  std::string out;
  for (uint64_t i = 0; i < max; ++i) {
    auto e = mc.step();
    if (!e) break;
    write_jsonl(out, *e, mc.describe(*e));
  }
  return out;
}

std::string hash_run(const Program& prog, const Config& c) {
  Machine mc(prog, c);
  mc.start(0);
  TraceHasher h;
  while (auto e = mc.step()) h.add(*e);
  h.add_bytes(mc.model().output);
  return h.hex();
}

}  // namespace

TEST_CASE("ping-pong over semaphores runs to the end and main's return exits 0") {
  PingPong::pairs = 3;
  PingPong::rounds = 5;
  const TestProgram prog = PingPong::program();
  Machine mc(prog, config(1));
  mc.start(0);
  mc.run();
  CHECK(mc.model().exit_kind == ExitKind::kExited);
  CHECK(mc.model().exit_code == 0);
  CHECK(mc.model().live_goroutines == 1);  // only main was alive when it returned
}

TEST_CASE("the first goroutine created under GOMAXPROCS=1 runs from runnext right after main blocks") {
  PingPong::pairs = 2;
  PingPong::rounds = 1;
  const TestProgram prog = PingPong::program();
  Machine mc(prog, config(1));
  mc.start(0);
  // Goroutines 2-5 are the runtime's own, so main creates G6..G9, then parks on the done
  // semaphore; G9 was created last, so it sits in runnext and runs first, inheriting main's
  // time slice.
  auto park = mc.run_until([](const Event& e) { return e.kind == EventKind::kGoPark && e.g == 1; });
  REQUIRE(park);
  auto start = mc.run_until([](const Event& e) { return e.kind == EventKind::kGoStart; });
  REQUIRE(start);
  CHECK(start->g == 9);
  CHECK(start->a == static_cast<int64_t>(RunSource::kRunnext));
}

TEST_CASE("checkpoint at k, run to N, restore k, run to N again: the same bytes") {
  PingPong::pairs = 6;
  PingPong::rounds = 20;
  const TestProgram prog = PingPong::program();
  for (int32_t procs : {1, 3}) {
    Machine mc(prog, config(procs, 7));
    mc.start(0);
    const uint64_t k = 137;
    trace_of(mc, k);
    const Checkpoint cp = mc.checkpoint();
    const std::string first = trace_of(mc, 500);
    mc.restore(cp);
    const std::string second = trace_of(mc, 500);
    CHECK(first.size() > 1000);
    CHECK(first == second);
    // And the restored run finishes the same way as an uninterrupted one.
    mc.run();
    CHECK(mc.model().exit_code == 0);
  }
}

TEST_CASE("restore at any point between two engine steps, a goroutine's pending exit included, and run on: the same events") {
  PingPong::pairs = 3;
  PingPong::rounds = 4;
  const TestProgram prog = PingPong::program();
  const Config c = config(2);
  Machine ref(prog, c);
  ref.start(0);
  std::vector<std::string> lines;
  std::vector<uint64_t> boundaries;  // event counts after which nothing emitted waits
  while (auto e = ref.step()) {
    std::string line;
    write_jsonl(line, *e, ref.describe(*e));
    lines.push_back(line);
    if (ref.at_boundary()) boundaries.push_back(lines.size());
  }
  REQUIRE(boundaries.size() > 20);
  int exits_pending = 0;
  for (const uint64_t k : boundaries) {
    Machine mc(prog, c);
    mc.start(0);
    for (uint64_t i = 0; i < k; ++i) mc.step();
    REQUIRE(mc.at_boundary());
    const Checkpoint cp = mc.checkpoint();
    for (const G& g : cp.model.allg) exits_pending += g.req.kind == ReqKind::kExit && g.status == GStatus::kRunning;
    trace_of(mc, 5);  // run on a little, then go back: every coroutine is dropped and rebuilt
    mc.restore(cp);
    std::string rest;
    for (uint64_t i = k; i < lines.size(); ++i) rest += lines[i];
    INFO("restored after event " << k);
    CHECK(trace_of(mc) == rest);
  }
  // Restores where a G had asked to exit and nobody had handled it yet (goexit0 must not index
  // a coroutine the restore dropped): the case the visualizer used to dodge by delaying checkpoints.
  CHECK(exits_pending > 0);
}

TEST_CASE("the same program, config and seed give the same trace hash") {
  PingPong::pairs = 8;
  PingPong::rounds = 10;
  const TestProgram prog = PingPong::program();
  for (int32_t procs : {1, 2, 4}) {
    CHECK(hash_run(prog, config(procs, 3)) == hash_run(prog, config(procs, 3)));
  }
}

TEST_CASE("with GOMAXPROCS=4 idle Ps are woken and steal work") {
  PingPong::pairs = 8;
  PingPong::rounds = 10;
  const TestProgram prog = PingPong::program();
  Machine mc(prog, config(4));
  mc.start(0);
  std::set<int32_t> ps_that_ran;
  int steals = 0, wakes = 0;
  while (auto e = mc.step()) {
    if (e->kind == EventKind::kGoStart) ps_that_ran.insert(e->p);
    steals += e->kind == EventKind::kSteal;
    wakes += e->kind == EventKind::kProcWake;
  }
  CHECK(ps_that_ran.size() == 4);
  CHECK(steals > 0);
  CHECK(wakes > 0);
  CHECK(mc.model().exit_code == 0);
}

namespace {
// main parks on a semaphore nobody releases.
GTask stuck_main(Machine& mc, GIdx gi) {
  for (;;) {
    mc.request(gi, req(ReqKind::kSemacquire, 0x1234));
    co_await Suspend{};
  }
}
GTask spawn_forever(Machine& mc, GIdx gi) {
  for (;;) {
    mc.request(gi, req(ReqKind::kGo, 1));
    co_await Suspend{};
  }
}
GTask sleeper(Machine& mc, GIdx gi) {
  for (;;) {
    mc.request(gi, req(ReqKind::kSemacquire, 0x999));
    co_await Suspend{};
  }
}
GTask hello_main(Machine& mc, GIdx gi) {
  auto& r = regs(mc, gi, 1);
  if (r[0] == 0) {
    r[0] = 1;
    Request w = req(ReqKind::kWrite, 1);
    w.text = "hello\n";
    mc.request(gi, w);
    co_await Suspend{};
  }
  mc.request(gi, req(ReqKind::kOsExit, 3));
  co_await Suspend{};
}
}  // namespace

TEST_CASE("a program whose every goroutine sleeps forever dies like Go: deadlock, exit 2") {
  TestProgram prog;
  prog.add("main.main", stuck_main);
  Machine mc(prog, config(2));
  mc.start(0);
  mc.run();
  CHECK(mc.model().exit_kind == ExitKind::kFatal);
  CHECK(mc.model().exit_code == 2);
  CHECK(mc.model().output.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n", 0) == 0);
}

TEST_CASE("a program that spawns without end stops at max_goroutines, which names itself") {
  TestProgram prog;
  prog.add("main.main", spawn_forever);
  prog.add("main.sleeper", sleeper);
  Config c = config(1);
  c.limits.max_goroutines = 1000;
  Machine mc(prog, c);
  mc.start(0);
  Event last;
  while (auto e = mc.step()) last = *e;
  CHECK(last.kind == EventKind::kLimit);
  CHECK(static_cast<LimitKind>(last.a) == LimitKind::kMaxGoroutines);
  CHECK(mc.describe(last).find("max_goroutines") != std::string::npos);
}

TEST_CASE("start-up leaves the runtime's goroutines 2-5 as Go 1.19 does before main.main") {
  TestProgram prog;
  prog.add("main.main", stuck_main);
  Machine mc(prog, config(1));
  mc.start(0);
  const Model& md = mc.model();
  REQUIRE(md.allg.size() == 5);
  CHECK(md.allg[0].goid == 1);
  CHECK(md.allg[0].status == GStatus::kRunning);
  CHECK(md.allg[1].waitreason == WaitReason::kForceGCIdle);
  CHECK(md.allg[2].waitreason == WaitReason::kGCSweepWait);
  CHECK(md.allg[3].waitreason == WaitReason::kGCScavengeWait);
  CHECK(md.allg[4].status == GStatus::kRunnable);  // runfinq waits in runnext
  CHECK(md.allp[0].runnext == 4);
  CHECK(md.allp[0].schedtick == 2);
  CHECK(md.live_goroutines == 1);
  // When main blocks, runfinq runs and parks in "finalizer wait"; then the deadlock dump
  // shows only main, as Go's does.
  mc.run();
  CHECK(md.allg[4].waitreason == WaitReason::kFinalizerWait);
  CHECK(md.output == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\nmain.main(...)\n\ttest.go:0\n");
}

TEST_CASE("program output is recorded with its write event and os.Exit sets the status") {
  TestProgram prog;
  prog.add("main.main", hello_main);
  Machine mc(prog, config(1));
  mc.start(0);
  auto w = mc.run_until([](const Event& e) { return e.kind == EventKind::kWrite; });
  REQUIRE(w);
  CHECK(w->a == 1);
  CHECK(mc.describe(*w) == "G1 wrote \"hello\\n\" to stdout");
  mc.run();
  CHECK(mc.model().output == "hello\n");
  CHECK(mc.model().exit_code == 3);
}
