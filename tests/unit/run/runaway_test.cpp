// Runaway programs: a loop that makes no runtime event still costs virtual time, reaches the
// preemption points sysmon needs, and ends at a named limit. Expected outputs are what
// `GOMAXPROCS=1 go run` prints (go1.19.8).
#include <doctest/doctest.h>

#include <string>

#include "sim/run/build.h"
#include "sim/run/runner.h"

using namespace gosim;

namespace {

struct Ran {
  std::string output;
  RunReport report;
  VTime end = 0;
};

Ran run_go(const std::string& src, const Config& config) {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = src;
  s.config = config;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  Ran r;
  r.report = run_to_end(mc, nullptr);
  r.output = mc.model().output;
  r.end = mc.model().engine.now;
  return r;
}

Config one_p() {
  Config c;
  c.gomaxprocs = 1;
  return c;
}

// `for {}` lowers to one jump to itself: the shortest loop there is.
const char* kEmptyLoop = "package main\n\nfunc main() { for {} }\n";

const char* kSpinner = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
}
)";

}  // namespace

TEST_CASE("for {} (a jump to itself) costs virtual time and stops at max_virtual_time") {
  Config c = one_p();
  c.limits.max_virtual_time_ns = 20'000'000;
  const Ran r = run_go(kEmptyLoop, c);
  CHECK(r.report.limit == LimitKind::kMaxVirtualTime);
  CHECK(r.report.limit_value == 20'000'000);
  CHECK(r.end == 20'000'000);
  CHECK(limit_message(r.report) ==
        "gosim: the run reached max_virtual_time (20 ms of virtual time); raise it with --max-time-ms or in the "
        "scenario's config.limits");
}

TEST_CASE("for {} stops at max_events: its preemption points reach the engine") {
  Config c = one_p();
  c.limits.max_events = 30;  // sysmon preempts the loop every 20 ms: 4 events each
  const Ran r = run_go(kEmptyLoop, c);
  CHECK(r.report.limit == LimitKind::kMaxEvents);
}

TEST_CASE("sysmon preempts a spinning goroutine after 10ms at GOMAXPROCS=1: main wakes up as in Go") {
  const Ran r = run_go(kSpinner, one_p());
  CHECK(r.output == "main woke up\n");
  CHECK(r.report.exit_code == 0);
  CHECK(r.report.limit == LimitKind::kNone);
  CHECK(r.end >= 50'000'000);
}

TEST_CASE("asyncpreemptoff: the spinner is never preempted, so the run ends at the time limit") {
  Config c = one_p();
  c.whatif.no_async_preempt = true;
  c.limits.max_virtual_time_ns = 200'000'000;
  const Ran r = run_go(kSpinner, c);
  CHECK(r.output.empty());
  CHECK(r.report.limit == LimitKind::kMaxVirtualTime);
}

TEST_CASE("every instruction costs virtual time: a longer empty loop takes longer") {
  auto loop = [](int n) {
    return "package main\n\nfunc main() {\n\tfor i := 0; i < " + std::to_string(n) + "; i++ {\n\t}\n}\n";
  };
  const Ran a = run_go(loop(100'000), one_p());
  const Ran b = run_go(loop(200'000), one_p());
  // Four instructions an iteration (compare, branch, add, jump) at instr_ns = 1.
  CHECK(b.end - a.end >= 400'000);
}

TEST_CASE("a String method that never returns (run inside fmt, where the G cannot yield) ends at the limit") {
  Config c = one_p();
  c.limits.max_virtual_time_ns = 30'000'000;
  const Ran r = run_go(R"(package main

import "fmt"

type T struct{}

func (T) String() string {
	for {
	}
}

func main() { fmt.Println(T{}) }
)",
                       c);
  CHECK(r.report.limit == LimitKind::kMaxVirtualTime);
  CHECK(r.output.empty());
}
