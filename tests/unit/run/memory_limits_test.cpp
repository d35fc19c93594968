// Memory in running programs (issue 20): dead goroutines' stacks are reused (Go: gfput/gfget),
// the heap limit ends a run as Go's out-of-memory death, freed spans give host memory back,
// the output is kept as a bounded tail, and max_goroutines counts the goroutines go statements
// started.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "sim/rt/output.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/scenario/scenario.h"

using namespace gosim;

namespace {

struct Ran {
  std::string output;
  int exit_code = -1;
  ExitKind exit_kind = ExitKind::kRunning;
  LimitKind limit = LimitKind::kNone;
  std::map<EventKind, int64_t> kinds;
  uint64_t output_dropped = 0;
  size_t host_chunks = 0;
  uint64_t stack_inuse = 0;
};

Ran run(const std::string& src, Config cfg) {
  Scenario s;
  s.id = "mem";
  s.source_name = "mem.go";
  s.source = src;
  s.config = cfg;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  Ran out;
  const RunReport r = run_to_end(mc, [&](const Machine&, const Event& e) { ++out.kinds[e.kind]; }, false);
  out.output = mc.model().output;
  out.exit_code = r.exit_code;
  out.exit_kind = r.exit_kind;
  out.limit = r.limit;
  out.output_dropped = mc.model().output_dropped;
  out.host_chunks = mc.model().mem.host_chunks();
  out.stack_inuse = mc.model().heap.stats.inStacks;
  return out;
}

Config one_p() {
  Config c;
  c.gomaxprocs = 1;
  c.call_events = false;
  return c;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("goroutines created one after another reuse the dead ones' stacks (gfput keeps, gfget hands out)") {
  Ran r = run(R"(package main

import "fmt"

func main() {
	done := make(chan int)
	sum := 0
	for i := 0; i < 5000; i++ {
		go func(i int) { done <- i }(i)
		sum += <-done
	}
	fmt.Println(sum)
}
)", one_p());
  CHECK(r.output == "12497500\n");
  CHECK(r.kinds[EventKind::kGoCreate] >= 5000);
  // main's stack, the runtime's helpers' and the first worker's; every later worker gets a dead
  // G with its 2 KiB stack. Before, each of the 5000 took a fresh stack (and never gave it back).
  CHECK(r.kinds[EventKind::kStackAlloc] < 10);
  CHECK(r.stack_inuse <= 64u << 10);
}

TEST_CASE("a dead goroutine whose stack grew frees it: only 2 KiB stacks are kept with dead Gs") {
  Ran r = run(R"(package main

import "fmt"

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

func main() {
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { done <- deep(100) }()
		fmt.Println(<-done)
	}
}
)", one_p());
  CHECK(r.output == "5050\n5050\n5050\n");
  CHECK(r.kinds[EventKind::kCopyStack] >= 3);
  // Every grown stack went back at exit (gfput's stackfree) besides the copies' old stacks.
  CHECK(r.kinds[EventKind::kStackFree] >= r.kinds[EventKind::kCopyStack] + 3);
}

TEST_CASE("max_heap_bytes ends the run as Go's out-of-memory death, with a line naming the limit") {
  Config c = one_p();
  c.limits.max_heap_bytes = 32 << 20;
  Ran r = run(R"(package main

var keep [][]byte

func main() {
	for {
		keep = append(keep, make([]byte, 1<<20))
	}
}
)", c);
  CHECK(r.exit_code == 2);
  CHECK(r.exit_kind == ExitKind::kFatal);
  CHECK(r.output.rfind("fatal error: runtime: out of memory\n", 0) == 0);
  CHECK(has(r.output, "goroutine 1 [running]:\nmain.main"));
  CHECK(has(r.output, "gosim: the simulated heap reached max_heap_bytes"));
  CHECK(has(r.output, "--max-heap-bytes"));
}

TEST_CASE("sizes are checked against maxAlloc in Go 1.19's order before mallocgc") {
  auto msg = [](const std::string& body) {
    Ran r = run("package main\n\nimport \"fmt\"\n\nfunc main() {\n" + body + "\n}\n", one_p());
    CHECK(r.exit_code == 2);
    return r.output.substr(0, r.output.find('\n'));
  };
  CHECK(msg("n := 1 << 50\nfmt.Println(len(make([]byte, n)))") == "panic: runtime error: makeslice: len out of range");
  CHECK(msg("n := 3\nfmt.Println(len(make([]byte, n, n-5)))") == "panic: runtime error: makeslice: cap out of range");
  CHECK(msg("n := 1 << 62\nfmt.Println(cap(make(chan int64, n)))") == "panic: makechan: size out of range");
  CHECK(msg("n := 1 << 47\nfmt.Println(len(make([]byte, n)))") ==
        "runtime: out of memory: cannot allocate 140737488355328-byte block (4161536 in use)");
  CHECK(msg("n := 1 << 40\nfmt.Println(len(make([]byte, n)))") == "fatal error: runtime: out of memory");
  // A negative or huge map hint is no hint at all (Go: makemap), not a panic.
  const Ran m = run("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := -1\n\tfmt.Println(len(make(map[int]int, n)))\n}\n",
                    one_p());
  CHECK(m.exit_code == 0);
  CHECK(m.output == "0\n");
}

TEST_CASE("freed spans give their host memory back: a dropped 64 MiB slice leaves no chunks behind") {
  Ran r = run(R"(package main

import (
	"fmt"
	"runtime"
)

func fill() int {
	b := make([]byte, 64<<20)
	for i := 0; i < len(b); i += 1024 {
		b[i] = 1
	}
	return len(b)
}

func main() {
	fmt.Println(fill())
	runtime.GC()
	runtime.GC()
	fmt.Println("done")
}
)", one_p());
  CHECK(r.output == "67108864\ndone\n");
  // 64 MiB touched = 65536 chunks of 1 KiB while alive; the swept span's pages were released.
  CHECK(r.host_chunks < 4096);
}

TEST_CASE("the model keeps a bounded tail of the output and says how much it dropped") {
  Ran r = run(R"(package main

import "fmt"

func main() {
	line := ""
	for i := 0; i < 999; i++ {
		line += "x"
	}
	for i := 0; i < 3000; i++ {
		fmt.Println(line)
	}
	fmt.Println("end")
}
)", one_p());
  CHECK(r.exit_code == 0);
  CHECK(r.output.size() <= kOutputKeep);
  CHECK(r.output_dropped > 0);
  CHECK(r.output_dropped + r.output.size() == 3000u * 1000 + 4);
  CHECK(r.output.size() >= 4);
  CHECK(r.output.substr(r.output.size() - 4) == "end\n");
  Model md;
  md.output = r.output;
  md.output_dropped = r.output_dropped;
  CHECK(output_text(md).rfind("[… " + std::to_string(r.output_dropped) + " earlier bytes of output dropped …]\n", 0) == 0);
  // A write is always kept whole, and an offset from before the window reads as nothing.
  CHECK(output_slice(md, 0, 10).empty());
  CHECK(output_slice(md, static_cast<int64_t>(r.output_dropped + r.output.size() - 4), 4) == "end\n");
}

TEST_CASE("max_goroutines counts the goroutines go statements started, not main") {
  const char* src = R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	block := make(chan int)
	wg.Add(100)
	for i := 0; i < 100; i++ {
		go func() {
			wg.Done()
			<-block
		}()
	}
	wg.Wait()
	fmt.Println("all started")
}
)";
  Config c = one_p();
  c.limits.max_goroutines = 100;
  const Ran ok = run(src, c);
  CHECK(ok.output == "all started\n");
  CHECK(ok.exit_code == 0);
  c.limits.max_goroutines = 99;
  const Ran stopped = run(src, c);
  CHECK(stopped.exit_kind == ExitKind::kLimit);
  CHECK(stopped.limit == LimitKind::kMaxGoroutines);
}
