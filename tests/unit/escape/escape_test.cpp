// Escape analysis: the solver's rules on hand-built graphs, and whole-program decisions
// whose expected lines were printed by the real compiler (go1.19.8, `go build
// -gcflags='-m -l'`; the -m -m capture lines for the closure rule).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/escape/escape.h"
#include "sim/escape/graph.h"
#include "sim/lang/check.h"

namespace gosim::escape {
namespace {

std::vector<std::string> decide(const std::string& src, bool explain = false) {
  lang::CheckResult r = lang::check_file("t.go", src);
  REQUIRE_MESSAGE(r.ok(), (r.diags.empty() ? std::string() : r.diags[0].str()));
  Options o;
  o.explain = explain;
  std::vector<std::string> lines = format_decisions(analyze(*r.pkg, o), "./t.go");
  lines.erase(lines.begin());  // "# command-line-arguments"
  return lines;
}

bool has(const std::vector<std::string>& lines, const std::string& want) {
  for (const std::string& l : lines) {
    if (l == want) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("walkOne: an address stored in the heap escapes; a value does not") {
  Graph g;
  Location* a = g.new_loc(LocKind::Site, nullptr, 1, false);
  Location* b = g.new_loc(LocKind::Site, nullptr, 1, false);
  Location* tmp = g.new_loc(LocKind::Temp, nullptr, 1, false);
  g.flow(Hole{tmp, -1}, a);          // tmp = &a
  g.flow(Hole{&g.heap_loc, 0}, tmp);  // heap = tmp
  g.flow(Hole{tmp, 0}, b);           // tmp = b (b's value, not its address)
  g.walk_all();
  CHECK(a->escapes);
  CHECK_FALSE(b->escapes);
}

TEST_CASE("walkOne: derefs floor at 0 after an address-of, so *(&x) carries no address") {
  Graph g;
  Location* x = g.new_loc(LocKind::Site, nullptr, 1, false);
  Location* p = g.new_loc(LocKind::Temp, nullptr, 1, false);
  Location* q = g.new_loc(LocKind::Temp, nullptr, 1, false);
  g.flow(Hole{p, -1}, x);            // p = &x
  g.flow(Hole{q, 1}, p);             // q = *p
  g.flow(Hole{&g.heap_loc, 0}, q);   // heap = q
  g.walk_all();
  CHECK_FALSE(x->escapes);
}

TEST_CASE("outlives: a variable of an outer loop depth outlives an inner one") {
  Graph g;
  Location outer;
  outer.loop_depth = 1;
  Location inner;
  inner.loop_depth = 2;
  CHECK(g.outlives(&outer, &inner));
  CHECK_FALSE(g.outlives(&inner, &outer));
}

TEST_CASE("leaks: optimize drops result paths no shorter than the heap path; the tag round trip") {
  Leaks l;
  l.add_heap(1);
  l.add_result(0, 1);
  l.add_result(1, 0);
  l.optimize();
  CHECK(l.heap() == 1);
  CHECK(l.result(0) == -1);
  CHECK(l.result(1) == 0);
  Leaks h;
  h.add_heap(0);
  h.add_result(0, 0);
  CHECK(h.as_tag().result(0) == -1);  // an empty tag means "leaks to heap" only
  l.add_heap(0);
  CHECK(l.heap() == 0);  // the minimum wins
}

TEST_CASE("levels: leak to a result counts dereferences") {
  auto lines = decide(
      "package main\n\nfunc deref2(pp **int) *int { return *pp }\nfunc deref3(ppp ***int) *int { return **ppp }\n"
      "func id(p *int) *int { return p }\n\nvar g *int\n\nfunc store(p *int) { g = p }\n\nfunc main() {}\n");
  CHECK(has(lines, "./t.go:3:13: leaking param: pp to result ~r0 level=1"));
  CHECK(has(lines, "./t.go:4:13: leaking param: ppp to result ~r0 level=2"));
  CHECK(has(lines, "./t.go:5:9: leaking param: p to result ~r0 level=0"));
  CHECK(has(lines, "./t.go:9:12: leaking param: p"));
}

TEST_CASE("closure capture: by value when <= 128 bytes and never reassigned, else by reference") {
  const std::string src =
      "package main\n\nfunc byValue() func() int {\n\tx := 1\n\treturn func() int { return x }\n}\n\n"
      "func byRefReassigned() func() int {\n\tx := 1\n\tf := func() int { return x }\n\tx = 2\n\treturn f\n}\n\n"
      "func byRefLarge() func() int {\n\tvar a [17]int\n\treturn func() int { return a[0] }\n}\n\n"
      "func byValueMax() func() int {\n\tvar a [16]int\n\treturn func() int { return a[0] }\n}\n\n"
      "func main() {}\n";
  const std::vector<std::string> want = {
      "./t.go:5:9: func literal escapes to heap",  "./t.go:9:2: moved to heap: x",
      "./t.go:10:7: func literal escapes to heap", "./t.go:16:6: moved to heap: a",
      "./t.go:17:9: func literal escapes to heap", "./t.go:22:9: func literal escapes to heap",
  };
  CHECK(decide(src) == want);
  auto explained = decide(src, true);
  CHECK(has(explained, "./t.go:4:2: byValue capturing by value: x (addr=false assign=false width=8)"));
  CHECK(has(explained, "./t.go:9:2: byRefReassigned capturing by ref: x (addr=false assign=true width=8)"));
  CHECK(has(explained, "./t.go:16:6: byRefLarge capturing by ref: a (addr=false assign=false width=136)"));
  CHECK(has(explained, "./t.go:21:6: byValueMax capturing by value: a (addr=false assign=false width=128)"));
}

TEST_CASE("too large: explicit variables over 10 MB, implicit allocations over 64 KB") {
  const std::string src =
      "package main\n\nfunc a() int {\n\tp := new([65536]byte)\n\tq := new([65537]byte)\n"
      "\ts := make([]byte, 65536)\n\tt := make([]byte, 65537)\n\tvar big [10 << 20]byte\n"
      "\tvar bigger [10<<20 + 1]byte\n\treturn len(p) + len(q) + len(s) + len(t) + len(big) + len(bigger)\n}\n\n"
      "func main() { a() }\n";
  const std::vector<std::string> want = {
      "./t.go:9:6: moved to heap: bigger",
      "./t.go:4:10: new([65536]byte) does not escape",
      "./t.go:5:10: new([65537]byte) escapes to heap",
      "./t.go:6:11: make([]byte, 65536) does not escape",
      "./t.go:7:11: make([]byte, 65537) escapes to heap",
  };
  CHECK(decide(src) == want);
}

TEST_CASE("loop depth: the address of a loop variable stored outside the loop escapes") {
  auto lines = decide(
      "package main\n\nfunc f() int {\n\tvar p *int\n\tfor i := 0; i < 2; i++ {\n\t\tv := i\n\t\tp = &v\n\t}\n"
      "\treturn *p\n}\n\nfunc main() { f() }\n");
  CHECK(lines == std::vector<std::string>{"./t.go:6:3: moved to heap: v"});
}

TEST_CASE("data API: variables and sites by object and position") {
  lang::CheckResult r = lang::check_file(
      "t.go", "package main\n\ntype T struct{ a int }\n\nfunc f() *T {\n\tt := T{1}\n\treturn &t\n}\n\n"
              "func g() int {\n\tp := &T{2}\n\treturn p.a\n}\n\nfunc main() { f(); g() }\n");
  REQUIRE(r.ok());
  const Result res = analyze(*r.pkg);
  const lang::FuncInfo* f = r.pkg->funcs_decl[0]->func;
  REQUIRE(f != nullptr);
  REQUIRE(!f->locals.empty());
  CHECK(res.moved_to_heap(f->locals[0]));  // t
  const lang::FuncInfo* g = r.pkg->funcs_decl[1]->func;
  CHECK_FALSE(res.moved_to_heap(g->locals[0]));  // p itself stays in the frame
  const Site* s = res.site_at(Pos{11, 7});
  REQUIRE(s != nullptr);
  CHECK(s->what == "&T{...}");
  CHECK_FALSE(s->escapes);
  CHECK_FALSE(res.site_escapes(Pos{11, 7}));
}

}  // namespace gosim::escape
