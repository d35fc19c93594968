#include <doctest/doctest.h>

#include "sim/base/diag.h"

using gosim::Diagnostic;

TEST_CASE("a diagnostic with a position reads like go build") {
  Diagnostic d{"hello.go", {3, 7}, "", "unsupported: goto (gosim supports break, continue and return)"};
  CHECK(d.str() == "hello.go:3:7: unsupported: goto (gosim supports break, continue and return)");
}

TEST_CASE("a diagnostic without a position falls back to the JSON pointer") {
  Diagnostic d{"s.json", {}, "/config/GOMAXPROCS", "missing required key"};
  CHECK(d.str() == "s.json: /config/GOMAXPROCS: missing required key");
}
