// Goroutine stacks (sim/rt/stack.cpp, sim/interp/stack.cpp): the prologue's check, newstack's
// doubling with copystack's events, pointers into a moved stack, the stack limit's fatal error,
// shrinkstack. Programs' expected output is what real Go 1.19.8 printed for the same source
// (`go run`; the sources are also in tests/conformance/lang as stack_*.go).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/heap/mgc_state.h"
#include "sim/rt/stack.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"

using namespace gosim;

namespace {

struct Ran {
  std::string output;
  int exit_code = -1;
  std::vector<Event> events;
};

Scenario scenario(const std::string& name, const std::string& src, int64_t max_stack = 0) {
  Scenario s;
  s.id = name;
  s.source_name = name + ".go";
  s.source = src;
  s.config.gomaxprocs = 1;
  if (max_stack > 0) s.config.limits.max_stack_bytes = max_stack;
  return s;
}

Ran run(const Scenario& s) {
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  Ran out;
  const RunReport r = run_to_end(mc, [&](const Machine&, const Event& e) { out.events.push_back(e); }, false);
  out.output = mc.model().output;
  out.exit_code = r.exit_code;
  return out;
}

std::vector<CopyStackResult> copies(const Ran& r, int64_t goid = 1) {
  std::vector<CopyStackResult> out;
  for (const Event& e : r.events) {
    if (e.kind == EventKind::kCopyStack && e.g == goid) out.push_back(copystack_from_event(e));
  }
  return out;
}

const char* kGrow = R"(package main

import "fmt"

// Each call's frame holds a 16-word array, so the recursion needs a bigger stack every few
// hundred calls.
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

func main() {
	fmt.Println("sum", depth(300))
}
)";

const char* kPtr = R"(package main

import "fmt"

// A pointer to main's local variable travels down a deep recursion. Each level's frame is big,
// so the stack is copied to bigger ranges on the way down; the pointer must follow the copy.
func walk(p *int, n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		*p += 1000
		return *p
	}
	*p += 1
	return walk(p, n-1) + pad[0]
}

func main() {
	x := 1
	p := &x
	r := walk(p, 400)
	fmt.Println("x =", x, "*p =", *p, "r =", r, "same:", p == &x)
}
)";

const char* kForever = R"(package main

func f(n int) int {
	var buf [16]int
	buf[n%16] = n
	return f(n+1) + buf[0]
}

func main() {
	println(f(0))
}
)";

}  // namespace

TEST_CASE("stacksplit: the three prologue shapes of obj6.go compare SP with stackguard0") {
  const uint64_t guard = 0xc000100000 + kStackGuard;
  // Small frame: morestack when SP <= guard.
  CHECK(stacksplit_fails(guard, guard, 64));
  CHECK_FALSE(stacksplit_fails(guard + 8, guard, 64));
  // Large frame: SP-(framesize-128) <= guard.
  CHECK(stacksplit_fails(guard + 1000 - 128, guard, 1000));
  CHECK_FALSE(stacksplit_fails(guard + 1000 - 128 + 8, guard, 1000));
  // Huge frame: the same comparison, after the wrap-around check.
  CHECK(stacksplit_fails(100, guard, 8192));
  CHECK(split_check_kind(8192, false) == SplitCheck::kHuge);
  // A leaf under _StackSmall is NOSPLIT: no check at all.
  CHECK_FALSE(stacksplit_fails(guard - 64, guard, 64, /*leaf=*/true));
  CHECK(split_check_kind(128, true) == SplitCheck::kSmall);
}

TEST_CASE("newstack doubles, and keeps doubling until the frame and the guard fit") {
  CHECK(newstack_size(2048, 1500, 64) == 4096);
  CHECK(newstack_size(2048, 1500, 5000) == 8192);  // 4096-1500 < 5000+928
  CHECK(newstack_size(8192, 8000, 100) == 16384);
}

TEST_CASE("a recursion grows the stack 2K -> 4K -> 8K -> 16K: each copy starts where the last one ended") {
  const Ran r = run(scenario("grow", kGrow));
  CHECK(r.output == "sum 45150\n");  // real Go 1.19.8
  CHECK(r.exit_code == 0);
  const std::vector<CopyStackResult> cs = copies(r);
  REQUIRE(cs.size() >= 3);
  uint64_t size = 2048;
  for (size_t i = 0; i < cs.size(); ++i) {
    CAPTURE(i);
    CHECK(cs[i].old_hi - cs[i].old_lo == size);
    CHECK(cs[i].new_hi - cs[i].new_lo == 2 * size);
    CHECK(cs[i].copied > 0);
    CHECK(cs[i].copied <= size);
    if (i > 0) {
      CHECK(cs[i].old_lo == cs[i - 1].new_lo);
      CHECK(cs[i].old_hi == cs[i - 1].new_hi);
    }
    size *= 2;
  }
  // Each copy is preceded by the failed prologue check that asked for it.
  int64_t morestacks = 0;
  for (size_t i = 0; i < r.events.size(); ++i) {
    if (r.events[i].kind != EventKind::kMorestack) continue;
    ++morestacks;
    const Event& e = r.events[i];
    CHECK(stacksplit_fails(static_cast<uint64_t>(e.b), static_cast<uint64_t>(e.c), morestack_framesize(e)));
    CHECK(morestack_framesize(e) > static_cast<int64_t>(kStackSmall));  // depth's frame: the large-frame check
  }
  CHECK(morestacks == static_cast<int64_t>(cs.size()));
}

TEST_CASE("a pointer to a stack variable stays valid when the stack moves") {
  const Ran r = run(scenario("ptr", kPtr));
  CHECK(r.output == "x = 1401 *p = 1401 r = 6601 same: true\n");  // real Go 1.19.8
  const std::vector<CopyStackResult> cs = copies(r);
  REQUIRE(cs.size() >= 3);
  int64_t adjusted = 0;
  for (const CopyStackResult& c : cs) adjusted += c.adjusted;
  CHECK(adjusted > 0);
}

TEST_CASE("the stack limit: Go's two runtime lines, fatal error: stack overflow, exit 2") {
  const Ran r = run(scenario("overflow", kForever, 65536));
  CHECK(r.exit_code == 2);
  const std::string& out = r.output;
  CHECK(out.rfind("runtime: goroutine stack exceeds 65536-byte limit\nruntime: sp=0xc", 0) == 0);
  CHECK(out.find("]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw(...)\n\truntime/panic.go:1047\n"
                 "runtime.newstack(...)\n\truntime/stack.go:1103\nruntime.morestack(...)\n\truntime/asm_amd64.s:570\n\n"
                 "goroutine 1 [running]:\nmain.f(...)\n\toverflow.go:3\nmain.f(...)\n\toverflow.go:6\n") != std::string::npos);
  CHECK(out.find("...additional frames elided...\n") != std::string::npos);
  // The last stack was 64 KiB: the next doubling would pass the limit.
  const std::vector<CopyStackResult> cs = copies(r);
  REQUIRE(!cs.empty());
  CHECK(cs.back().new_hi - cs.back().new_lo == 65536);
  // Go prints the fatal error and then exits: the runtime's write comes just before the last event.
  REQUIRE(r.events.size() >= 2);
  CHECK(r.events[r.events.size() - 2].kind == EventKind::kWrite);
}

TEST_CASE("the default limit is Go's maxstacksize, 1e9 bytes") {
  CHECK(Config{}.limits.max_stack_bytes == 1'000'000'000);
}

TEST_CASE("shrinkstack halves a stack used less than a quarter, never below 2 KiB") {
  // main grows its stack in a deep call, returns from it, then sleeps with almost nothing used.
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

func main() {
	x := 7
	p := &x
	fmt.Println(depth(300))
	time.Sleep(time.Millisecond)
	*p += 1
	fmt.Println(x, *p)
}
)";
  Scenario s = scenario("shrink", src);
  Build b = build_program(s);
  REQUIRE(b.errors.empty());
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  // Stop when main parks in time.Sleep.
  auto ev = mc.run_until([](const Event& e) { return e.kind == EventKind::kGoPark && e.g == 1; });
  REQUIRE(ev.has_value());
  Model& md = mc.mutable_model();
  GIdx main_g = kNoG;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].goid == 1) main_g = static_cast<GIdx>(i);
  }
  REQUIRE(main_g != kNoG);
  const GCode& c = md.allg[static_cast<size_t>(main_g)].code;
  const uint64_t grown = c.stack_hi - c.stack_lo;
  REQUIRE(grown >= 16384);
  std::vector<Event> out;
  uint64_t size = grown;
  while (shrinkstack(md, main_g, -1, &out)) {
    CHECK(c.stack_hi - c.stack_lo == size / 2);
    size /= 2;
  }
  // It stopped because the next half would be used a quarter or more, or below 2 KiB.
  const uint64_t used = c.stack_hi - stack_sp(c) + kStackLimit;
  CHECK((used >= size / 4 || size / 2 < kStackMin));
  CHECK(size >= kStackMin);
  CHECK(size < grown);
  int64_t copy_events = 0;
  for (const Event& e : out) {
    if (e.kind != EventKind::kCopyStack) continue;
    ++copy_events;
    CHECK(e.g == 1);  // the moved goroutine, whoever runs the GC
    const CopyStackResult cr = copystack_from_event(e);
    CHECK(cr.new_hi - cr.new_lo == (cr.old_hi - cr.old_lo) / 2);
  }
  CHECK(copy_events >= 1);
  // The program carries on with its moved stack and its pointer.
  run_to_end(mc, nullptr, false);
  CHECK(mc.model().output == "45150\n8 8\n");
}

TEST_CASE("shrinkstack leaves a 2 KiB stack alone") {
  const char* src = R"(package main

import "time"

func main() {
	time.Sleep(time.Millisecond)
}
)";
  Scenario s = scenario("small", src);
  Build b = build_program(s);
  REQUIRE(b.errors.empty());
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  REQUIRE(mc.run_until([](const Event& e) { return e.kind == EventKind::kGoPark && e.g == 1; }).has_value());
  Model& md = mc.mutable_model();
  GIdx main_g = kNoG;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].goid == 1) main_g = static_cast<GIdx>(i);
  }
  std::vector<Event> out;
  CHECK_FALSE(shrinkstack(md, main_g, -1, &out));
  CHECK(out.empty());
  const GCode& c = md.allg[static_cast<size_t>(main_g)].code;
  CHECK(c.stack_hi - c.stack_lo == kStackMin);
}

TEST_CASE("the GC shrinks stacks it scans: one halving per cycle, parked goroutines included") {
  // main and a worker both grow their stacks, then the worker parks on a channel while main
  // runs the collector three times. Every cycle scans both stacks (gcDrain -> scanstack) and
  // halves each one still used less than a quarter (shrinkstack).
  const char* src = R"(package main

import (
	"fmt"
	"runtime"
)

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

func main() {
	ch := make(chan int)
	go func() {
		v := depth(150)
		ch <- v
		ch <- <-ch + 1
	}()
	fmt.Println(depth(150), <-ch)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	ch <- 41
	fmt.Println(<-ch)
}
)";
  const Ran r = run(scenario("gcshrink", src));
  CHECK(r.output == "11325 11325\n42\n");  // real Go 1.19.8
  for (int64_t goid : {int64_t{1}, int64_t{6}}) {  // main and the go statement's G (Go numbers it 6)
    CAPTURE(goid);
    std::vector<CopyStackResult> shrinks;
    for (const CopyStackResult& c : copies(r, goid)) {
      if (c.new_hi - c.new_lo < c.old_hi - c.old_lo) shrinks.push_back(c);
    }
    // 64 KiB -> 32 -> 16 -> 8: three cycles, three halvings, each from where the last ended.
    REQUIRE(shrinks.size() == 3);
    CHECK(shrinks[0].old_hi - shrinks[0].old_lo == 65536);
    for (size_t i = 0; i < shrinks.size(); ++i) {
      CHECK(shrinks[i].new_hi - shrinks[i].new_lo == (shrinks[i].old_hi - shrinks[i].old_lo) / 2);
      if (i > 0) CHECK(shrinks[i].old_lo == shrinks[i - 1].new_lo);
    }
  }
  // Each shrink happened during a mark phase, right after that goroutine's stack root job.
  bool marking = false;
  int64_t in_mark = 0, last_root_goid = 0;
  for (const Event& e : r.events) {
    if (e.kind == EventKind::kGcPhase) marking = e.b == static_cast<int64_t>(heap::GCPhase::kMark);
    if (e.kind == EventKind::kGcMarkRoot) last_root_goid = e.b;
    if (e.kind != EventKind::kCopyStack) continue;
    const CopyStackResult c = copystack_from_event(e);
    if (c.new_hi - c.new_lo >= c.old_hi - c.old_lo) continue;
    CHECK(marking);
    CHECK(last_root_goid == e.g);
    ++in_mark;
  }
  CHECK(in_mark == 6);
}
