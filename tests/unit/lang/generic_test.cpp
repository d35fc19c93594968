// Generics (sim/lang/check_generic.cpp, check_infer.cpp): gosim stencils per type-argument
// list, so what later stages see is one ordinary function per instance, named as Go's
// tracebacks name it, and instance types that print as Go prints them.
#include <doctest/doctest.h>

#include "sim/lang/check.h"

using namespace gosim::lang;

namespace {

std::unique_ptr<Package> check_ok(const std::string& src) {
  CheckResult r = check_file("g.go", src);
  std::string diags;
  for (const auto& d : r.diags) diags += d.str() + "\n";
  INFO(diags);
  REQUIRE(r.ok());
  return std::move(r.pkg);
}

std::vector<const FuncInfo*> funcs_named(const Package& p, const std::string& name) {
  std::vector<const FuncInfo*> out;
  for (const FuncInfo* fi : p.all_funcs) {
    if (fi->name == name) out.push_back(fi);
  }
  return out;
}

std::string first_diag(const std::string& src) {
  CheckResult r = check_file("g.go", src);
  REQUIRE(!r.diags.empty());
  return r.diags[0].str();
}

}  // namespace

TEST_CASE("one instance per distinct list of type arguments, named like Go's traceback names it") {
  auto p = check_ok(R"(package main

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	_ = Map([]int{1}, func(i int) int { return i })
	_ = Map([]int{2}, func(i int) int { return i + 1 })
	_ = Map([]int{3}, func(i int) string { return "" })
}
)");
  // Map[int,int] (used twice) and Map[int,string]; the generic declaration itself is no body.
  CHECK(funcs_named(*p, "Map[...]").size() == 2);
  CHECK(funcs_named(*p, "Map").empty());
}

TEST_CASE("an instance type prints its type arguments; its methods are the instance's own") {
  auto p = check_ok(R"(package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p *Pair[K, V]) Set(v V) { p.Val = v }

var x Pair[string, int]

func main() { x.Set(1) }
)");
  const Object* x = p->scope->lookup("x");
  REQUIRE(x != nullptr);
  CHECK(type_string(x->type) == "Pair[string, int]");
  REQUIRE(x->type->methods.size() == 1);
  CHECK(type_string(x->type->methods[0]->type) == "func(v int)");
  CHECK(funcs_named(*p, "(*Pair[...]).Set").size() == 1);
}

TEST_CASE("constraint type inference keeps the named slice type (S ~[]E)") {
  auto p = check_ok(R"(package main

type Vec []float64

func Scale[S ~[]E, E ~int | ~float64](s S, k E) S { return s }

var v = Scale(Vec{1}, 2)

func main() {}
)");
  CHECK(type_string(p->scope->lookup("v")->type) == "Vec");
}

TEST_CASE("errors read as go build's") {
  CHECK(first_diag("package main\n\nfunc Eq[T comparable](a, b T) bool { return a == b }\n\nfunc main() { _ = Eq([]int{1}, nil) }\n") ==
        "g.go:5:21: []int does not implement comparable");
  CHECK(first_diag("package main\n\nfunc Z[T any]() (z T) { return }\n\nfunc main() { _ = Z() }\n") ==
        "g.go:5:20: cannot infer T (g.go:3:8)");
  CHECK(first_diag("package main\n\nfunc Z[T any]() (z T) { return }\n\nfunc main() { f := Z; _ = f }\n") ==
        "g.go:5:20: cannot use generic function Z without instantiation");
  CHECK(first_diag("package main\n\nfunc C[T ~string](a T) T { return a }\n\nfunc main() { _ = C[int](1) }\n") ==
        "g.go:5:21: int does not implement ~string (int missing in ~string)");
}
