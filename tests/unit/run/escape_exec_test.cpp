// Execution follows the escape analysis (sim/ir/lower_escape.cpp): what does not escape lives in
// the frame and makes no mallocgc call; what escapes, or is moved to heap, does. The decisions
// quoted in each case and the expected outputs come from go1.19 (`go build -gcflags='-m -l'`,
// `go run`) on the same source.
#include <doctest/doctest.h>

#include <string>

#include "sim/ir/lower.h"
#include "sim/lang/check.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/rt/startup.h"

using namespace gosim;

namespace {

struct Counted {
  std::string output;
  int exit_code = -1;
  int mallocs_of_size = 0;  // kMalloc events whose requested size is the one asked for
  int copystacks = 0;
};

Counted run_counting(const std::string& src, int64_t size) {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = src;
  s.config.gomaxprocs = 1;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  Counted c;
  const RunReport r = run_to_end(
      mc,
      [&](const Machine&, const Event& e) {
        // Go's start-up allocations (gcenable's 112-byte channel) are not the program's sites.
        if (e.kind == EventKind::kMalloc && e.b == size && !is_startup_alloc(heap::malloc_event_why(e.c))) {
          ++c.mallocs_of_size;
        }
        if (e.kind == EventKind::kCopyStack) ++c.copystacks;
      },
      false);
  c.output = mc.model().output;
  c.exit_code = r.exit_code;
  return c;
}

// T is 56 bytes: no other allocation in these programs has that size.
const char* kLocal = R"(package main

type T struct{ a, b, c, d, e, f, g int }

func sum(n int) int {
	t := &T{a: n}
	u := new(T)
	u.b = 2
	var v T
	p := &v
	p.c = 3
	s := make([]T, 2)
	s[1].d = 4
	w := []T{{e: 5}}
	f := func() int { return t.a + u.b + p.c + s[1].d + w[0].e }
	return f()
}

func main() {
	total := 0
	for i := 0; i < 10; i++ {
		total += sum(i)
	}
	println(total)
}
)";

const char* kEscaping = R"(package main

type T struct{ a, b, c, d, e, f, g int }

var keep []*T

func mk(n int) *T {
	t := &T{a: n}
	return t
}

func main() {
	for i := 0; i < 10; i++ {
		keep = append(keep, mk(i))
	}
	var v T
	v.b = 7
	keep = append(keep, &v)
	println(len(keep), keep[3].a, keep[10].b)
}
)";

// x's address is taken and a closure that does not escape captures it by reference: Go keeps x
// in main's frame, and the deep recursion copies the stack several times.
const char* kStackPointer = R"(package main

import "fmt"

type point struct{ x, y int }

func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return grow(n-1) + pad[n%64]
}

func main() {
	x := 41
	p := &x
	q := &point{1, 2}
	f := func() int { x++; return x }
	s := make([]int, 4)
	s[1] = 7
	total := grow(2000)
	*p += 1
	q.y += f()
	fmt.Println(*p, x, q.x, q.y, s[1], total)
}
)";

}  // namespace

TEST_CASE("sites that do not escape are frame storage: no mallocgc") {
  // go1.19 -m -l: &T{...}, new(T), make([]T, 2), []T{...} and the func literal do not escape.
  const Counted c56 = run_counting(kLocal, 56);
  CHECK(c56.output == "185\n");
  CHECK(c56.exit_code == 0);
  CHECK(c56.mallocs_of_size == 0);
  CHECK(run_counting(kLocal, 112).mallocs_of_size == 0);  // make([]T, 2)'s array
}

TEST_CASE("an escaping &T{} and a variable moved to heap call mallocgc each time") {
  // go1.19 -m -l: "&T{...} escapes to heap" (in mk, run 10 times), "moved to heap: v".
  const Counted c = run_counting(kEscaping, 56);
  CHECK(c.output == "11 3 7\n");
  CHECK(c.mallocs_of_size == 11);
}

TEST_CASE("a pointer to a frame variable stays valid across stack growth") {
  const Counted c = run_counting(kStackPointer, 8);
  CHECK(c.output == "43 43 1 45 7 2001000\n");
  CHECK(c.copystacks >= 5);  // 2 KB to beyond 512 KB
  // x stays in main's frame: the IR's variable table says so.
  Scenario s;
  s.source_name = "t.go";
  s.source = kStackPointer;
  ir::Module m;
  REQUIRE(lower_program(s, &m).empty());
  bool found = false;
  for (const ir::Function& f : m.funcs) {
    if (f.name != "main.main") continue;
    for (const ir::VarInfo& v : f.vars) {
      if (v.name == "x") {
        found = true;
        CHECK_FALSE(v.on_heap);
      }
    }
  }
  CHECK(found);
}
