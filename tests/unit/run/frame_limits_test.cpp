// Frames and types too large for Go: refused at build time with go build's messages (go1.19.8),
// never wrapped to a negative 32-bit frame.
#include <doctest/doctest.h>

#include <string>

#include "sim/run/build.h"

using namespace gosim;

namespace {

std::string first_error(const std::string& src) {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = src;
  const Build b = build_program(s);
  return b.errors.empty() ? "" : b.errors[0].str();
}

}  // namespace

TEST_CASE("an array type of 2^50 bytes or more is larger than the address space") {
  CHECK(first_error("package main\n\nvar x [9223372036854775807]string\n\nfunc main() { println(len(x)) }\n") ==
        "t.go:3:5: type [9223372036854775807]string larger than address space");
  CHECK(first_error("package main\n\ntype T [1 << 62]int64\n\nfunc main() { var p *T; println(p == nil) }\n") ==
        "t.go:3:6: type [4611686018427387904]int64 larger than address space");
  // Just under the limit is a valid type (the variable goes to the heap).
  CHECK(first_error("package main\n\ntype T [1 << 46]int64\n\nfunc main() { var p *T; println(p == nil) }\n").empty());
}

TEST_CASE("an array length past int64 must be an integer (types2's message)") {
  CHECK(first_error("package main\n\nvar x [1 << 63]int\n\nfunc main() { println(len(x)) }\n") ==
        "t.go:3:8: array length 1 << 63 (untyped int constant 9223372036854775808) must be integer");
}

TEST_CASE("a function whose arguments reach 1 GB: stack frame too large, once, at the callee") {
  CHECK(first_error("package main\n\ntype Big [1 << 31]byte\n\nfunc f(a Big) byte { return a[7] }\n\n"
                    "func main() {\n\tvar p = new(Big)\n\tprintln(f(*p))\n}\n") ==
        "t.go:5:6: stack frame too large (>1GB): 0 MB locals + 2048 MB args");
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = "package main\n\ntype Big [1 << 31]byte\n\nfunc f(a Big) byte { return a[7] }\n\nfunc main() {\n\tvar p = new(Big)\n\tprintln(f(*p))\n}\n";
  CHECK(build_program(s).errors.size() == 1);
}

TEST_CASE("arguments under 1 GB still build, with exact frame sizes") {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = "package main\n\ntype Big [1 << 28]byte\n\nfunc f(a Big) byte { return a[7] }\n\nfunc main() {\n\tvar b Big\n\tprintln(f(b))\n}\n";
  ir::Module m;
  REQUIRE(lower_program(s, &m).empty());
  bool saw_f = false;
  for (const ir::Function& f : m.funcs) {
    INFO(f.name);
    CHECK(f.frame_size > 0);
    if (f.name == "main.f") {
      saw_f = true;
      CHECK(f.params_size == (1 << 28));
    }
  }
  CHECK(saw_f);
}
