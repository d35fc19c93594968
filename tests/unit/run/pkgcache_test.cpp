// The standard-library cache (sim/lang/pkgcache.h): a process parses and checks each GOROOT
// package once, and a program built over the cache is the same program as a cold load: the
// same output and the same trace hash, whatever other programs filled the cache before.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "sim/lang/pkgcache.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"

using namespace gosim;

namespace {

struct Ran {
  std::string output;
  std::string hash;
  size_t funcs = 0;
};

Scenario file_scenario(const std::string& name, const std::string& src) {
  Scenario s;
  s.id = "t";
  s.source_name = name;
  s.source = src;
  s.config.gomaxprocs = 1;
  return s;
}

Ran run(const Scenario& s) {
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  const RunReport r = run_to_end(mc, nullptr);
  return Ran{mc.model().output, r.trace_hash, 0};
}

// strings and strconv (with unicode, unicode/utf8, math, math/bits, errors, internal/...).
const char* kStrconv = R"(package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 20; i++ {
		b.WriteString(strconv.Itoa(i * 7))
		b.WriteByte(',')
	}
	parts := strings.Split(b.String(), ",")
	n, err := strconv.Atoi(parts[3])
	fmt.Println(len(parts), n, err, strings.ToUpper("héllo"), strconv.Quote("a\tb"))
}
)";

// unicode only: a subset of the packages above, in another order.
const char* kRunes = R"(package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Größe, 世界"
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsUpper(r) {
			n++
		}
		s = s[size:]
	}
	fmt.Println(n, utf8.RuneLen('界'))
}
)";

// errors and context: packages no other program here imports.
const char* kErrors = R"(package main

import (
	"context"
	"errors"
	"fmt"
)

var errBad = errors.New("bad")

type codeError struct{ code int }

func (e *codeError) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := fmt.Errorf("wrapped: %w", errBad)
	var ce *codeError
	wrapped := fmt.Errorf("op: %w", &codeError{7})
	fmt.Println(ctx.Err(), errors.Is(err, errBad), errors.As(wrapped, &ce), ce.code)
}
)";

}  // namespace

TEST_CASE("the standard-library cache parses and checks each GOROOT package once per process") {
  lang::stdlib_cache_reset();
  const Ran a = run(file_scenario("s.go", kStrconv));
  const lang::StdlibCacheStats first = lang::stdlib_cache_stats();
  CHECK(first.packages_checked >= 8);  // strings, strconv, unicode, unicode/utf8, math, math/bits, ...
  CHECK(first.files_parsed >= 40);
  CHECK(first.packages_reused == 0);
  const Ran b = run(file_scenario("s.go", kStrconv));
  const lang::StdlibCacheStats second = lang::stdlib_cache_stats();
  CHECK(second.files_parsed == first.files_parsed);  // nothing parsed again
  CHECK(second.packages_checked == first.packages_checked);
  CHECK(second.packages_reused == first.packages_checked);
  CHECK(b.output == a.output);
  CHECK(b.hash == a.hash);
  // A program importing a subset reuses them all; one importing new packages checks only those.
  run(file_scenario("r.go", kRunes));
  CHECK(lang::stdlib_cache_stats().files_parsed == first.files_parsed);
  run(file_scenario("e.go", kErrors));
  CHECK(lang::stdlib_cache_stats().packages_checked > first.packages_checked);
}

TEST_CASE("a program over a warm cache is the program a cold load builds: same output, same trace hash") {
  for (const char* src : {kStrconv, kRunes, kErrors}) {
    lang::stdlib_cache_reset();
    const Ran cold = run(file_scenario("p.go", src));
    // Fill the cache with other programs' packages first, in another order.
    lang::stdlib_cache_reset();
    for (const char* other : {kErrors, kRunes, kStrconv}) {
      if (other != src) run(file_scenario("o.go", other));
    }
    const Ran warm = run(file_scenario("p.go", src));
    CHECK(warm.output == cold.output);
    CHECK(warm.hash == cold.hash);
    CHECK_FALSE(cold.output.empty());
  }
  // A program's own types and objects never take the numbers of packages checked into the
  // cache during its own check (its methods on its own types stay its own).
  for (const char* src : {kErrors, kStrconv}) {
    setenv("GOSIM_CACHE", "off", 1);
    const Ran off = run(file_scenario("p.go", src));
    unsetenv("GOSIM_CACHE");
    lang::stdlib_cache_reset();
    const Ran first = run(file_scenario("p.go", src));
    CHECK(first.output == off.output);
    CHECK(first.hash == off.hash);
  }
  // And with the cache off (GOSIM_CACHE=off), as before the cache existed.
  lang::stdlib_cache_reset();
  const Ran warm = run(file_scenario("p.go", kStrconv));
  setenv("GOSIM_CACHE", "off", 1);
  const Ran off = run(file_scenario("p.go", kStrconv));
  unsetenv("GOSIM_CACHE");
  CHECK(off.hash == warm.hash);
  CHECK(off.output == warm.output);
}

TEST_CASE("a directory program's local packages are its own; the GOROOT ones it imports come from the cache") {
  namespace fs = std::filesystem;
  char tmpl[] = "/tmp/gosim_pkgcache_XXXXXX";
  REQUIRE(mkdtemp(tmpl) != nullptr);
  const fs::path dir = fs::path(tmpl) / "m";
  fs::create_directories(dir / "util");
  std::ofstream(dir / "go.mod") << "module example.com/m\n\ngo 1.19\n";
  std::ofstream(dir / "util" / "u.go")
      << "package util\n\nimport \"strings\"\n\nfunc Shout(s string) string { return strings.ToUpper(s) + \"!\" }\n";
  std::ofstream(dir / "main.go") << "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n\n\t\"example.com/m/util\"\n)\n\n"
                                    "func main() { fmt.Println(util.Shout(\"hi\"), strconv.Itoa(42)) }\n";
  Scenario s;
  s.id = "m";
  s.source_dir = dir.string();
  s.source_name = (dir / "main.go").string();
  s.program_name = "m/main.go";
  s.config.gomaxprocs = 1;
  lang::stdlib_cache_reset();
  const Ran cold = run(s);
  run(file_scenario("s.go", kStrconv));
  lang::stdlib_cache_reset();
  run(file_scenario("s.go", kStrconv));
  const int parsed = lang::stdlib_cache_stats().files_parsed;
  const Ran warm = run(s);
  CHECK(lang::stdlib_cache_stats().files_parsed == parsed);
  CHECK(cold.output == "HI! 42\n");
  CHECK(warm.output == cold.output);
  CHECK(warm.hash == cold.hash);
  fs::remove_all(tmpl);
}
