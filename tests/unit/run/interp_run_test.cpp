// Go programs through the whole pipeline (check, lower, interpret on the runtime model).
// Expected outputs are what `GOMAXPROCS=1 go run` prints for the same source (go1.19.8).
#include <doctest/doctest.h>

#include <string>

#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/trace/jsonl.h"

using namespace gosim;

namespace {

struct Ran {
  std::string output;
  int exit_code = -1;
  std::string hash;
};

Scenario go_scenario(const std::string& src) {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = src;
  s.config.gomaxprocs = 1;
  return s;
}

Ran run_go(const std::string& src, int32_t procs = 1) {
  Scenario s = go_scenario(src);
  s.config.gomaxprocs = procs;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  const RunReport r = run_to_end(mc, nullptr);
  return Ran{mc.model().output, r.exit_code, r.trace_hash};
}

const char* kHello = R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	fmt.Println("hello, world")
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("hello from goroutine", id)
		}(i)
	}
	wg.Wait()
	fmt.Println("all goroutines done")
}
)";

}  // namespace

TEST_CASE("hello with goroutines prints what GOMAXPROCS=1 go run prints (runnext first)") {
  const Ran r = run_go(kHello);
  CHECK(r.output ==
        "hello, world\nhello from goroutine 3\nhello from goroutine 1\nhello from goroutine 2\nall goroutines done\n");
  CHECK(r.exit_code == 0);
}

TEST_CASE("recursion, closures over loop variables (Go 1.19 shares one i) and defer order") {
  const Ran r = run_go(R"(package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var fs []func()
	_ = fs
	counter := 0
	inc := func() int { counter++; return counter }
	inc()
	inc()
	fmt.Println(fib(20), counter)
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
}
)");
  CHECK(r.output == "6765 2\ndeferred 2\ndeferred 1\ndeferred 0\n");
}

TEST_CASE("a deep recursion grows the goroutine stack by copying and keeps its values") {
  const Ran r = run_go(R"(package main

import "fmt"

func depth(n int) int {
	var pad [8]int
	pad[0] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(500))
}
)");
  CHECK(r.output == "500\n");
}

TEST_CASE("channels: unbuffered hand-off, range until close, select with default") {
  const Ran r = run_go(R"(package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	select {
	case v := <-ch:
		fmt.Println("closed channel gives", v)
	default:
		fmt.Println("default")
	}
}
)");
  CHECK(r.output == "got 0\ngot 1\ngot 2\nclosed channel gives 0\n");
}

TEST_CASE("runtime errors end the program like Go: panic message, goroutine trace, exit 2") {
  const Ran r = run_go(R"(package main

func main() {
	a, b := 10, 0
	println(a / b)
}
)");
  CHECK(r.exit_code == 2);
  CHECK(r.output == "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main(...)\n\tt.go:5\n");
}

TEST_CASE("an interpreted run restored from a checkpoint replays the same event bytes") {
  Scenario s = go_scenario(kHello);
  s.config.gomaxprocs = 2;
  Build b = build_program(s);
  REQUIRE(b.errors.empty());
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  auto trace = [&](uint64_t n) {
    std::string out;
    for (uint64_t i = 0; i < n; ++i) {
      auto e = mc.step();
      if (!e) break;
      write_jsonl(out, *e, mc.describe(*e));
    }
    return out;
  };
  trace(15);  // in the middle: goroutines created, some parked in WaitGroup.Wait
  const Checkpoint cp = mc.checkpoint();
  const std::string first = trace(1000);
  const std::string out1 = mc.model().output;
  mc.restore(cp);
  const std::string second = trace(1000);
  CHECK(first.size() > 200);
  CHECK(first == second);
  CHECK(mc.model().output == out1);
}

TEST_CASE("the same Go program and seed give the same trace hash; GOMAXPROCS changes the run") {
  const Ran a = run_go(kHello, 4);
  const Ran b = run_go(kHello, 4);
  CHECK(a.hash == b.hash);
  CHECK(run_go(kHello, 1).hash != a.hash);
}
