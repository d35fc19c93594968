// timer_op stands for four Go 1.19 runtime functions (runtime/time.go): time.startTimer calls
// addtimer, stopTimer deltimer, Timer.Reset goes through resetTimer to resettimer and
// Ticker.Reset through modTimer to modtimer. The event's Go-function column (the log, the
// Controls bar, `gosim run --events`, `gosim state`'s "func") must name the one the program
// called, not runtime.modtimer for all of them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/trace/jsonl.h"

using namespace gosim;

namespace {

constexpr const char* kTimers = R"(package main

import "time"

func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	t.Reset(time.Minute)
	k := time.NewTicker(time.Second)
	k.Reset(2 * time.Second)
	k.Stop()
	f := time.AfterFunc(time.Hour, func() {})
	f.Reset(time.Minute)
	t.Stop()
	f.Stop()
}
)";

}  // namespace

TEST_CASE("timer_op names the runtime function of its operation: addtimer, deltimer, resettimer, modtimer") {
  Scenario s;
  s.id = "timers";
  s.source_name = "timers.go";
  s.source = kTimers;
  s.config.gomaxprocs = 1;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  std::vector<std::string> funcs, lines;
  run_to_end(
      mc,
      [&](const Machine&, const Event& e) {
        if (e.kind != EventKind::kTimerOp) return;
        funcs.emplace_back(event_go_func(e));
        std::string line;
        write_jsonl(line, e, "");
        lines.push_back(line);
      },
      false);
  const std::vector<std::string> want = {
      "runtime.addtimer",   "runtime.deltimer", "runtime.resettimer", "runtime.addtimer", "runtime.modtimer",
      "runtime.deltimer",   "runtime.addtimer", "runtime.resettimer", "runtime.deltimer", "runtime.deltimer"};
  CHECK(funcs == want);
  REQUIRE(lines.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    INFO(lines[i]);
    CHECK(lines[i].find("\"func\":\"" + want[i] + "\"") != std::string::npos);
  }
}
