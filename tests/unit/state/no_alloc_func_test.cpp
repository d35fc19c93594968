// A no_alloc event's Go-function column (the log, the Controls bar, `gosim run --events`,
// `gosim state`'s "func" and "file", --trace-jsonl) names the Go function that decides not to
// allocate, as Go 1.19 has it: convT16/convT32/convT64 return a pointer into staticuint64s
// (iface.go), convTstring and convTslice point at zeroVal, the compiler's walk.dataWord makes a
// bool the interface's data word with no call at all, and slicebytetostring/concatstrings use the
// caller's 32-byte buf (string.go). Not "runtime.mallocgc (not called)" for all of them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/trace/jsonl.h"

using namespace gosim;

namespace {

constexpr const char* kConversions = R"(package main

var sink interface{}

//go:noinline
func conv(a int16, b int32, c int64, t bool, s string, sl []int, bs []byte, u string) int {
	sink = a
	sink = b
	sink = c
	sink = t
	sink = s
	sink = sl
	x := string(bs)
	y := x + u
	return len(y)
}

func main() {
	if conv(1, 2, 3, true, "", nil, []byte("hi"), "yo") != 4 {
		panic("len")
	}
}
)";

}  // namespace

TEST_CASE("no_alloc names the function that decides: convT16/32/64, dataWord, convTstring, convTslice, the buf users") {
  Scenario s;
  s.id = "no_alloc";
  s.source_name = "no_alloc.go";
  s.source = kConversions;
  s.config.gomaxprocs = 1;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  std::vector<std::string> funcs, files, lines;
  run_to_end(
      mc,
      [&](const Machine&, const Event& e) {
        if (e.kind != EventKind::kNoAlloc) return;
        funcs.emplace_back(event_go_func(e));
        files.emplace_back(event_go_file(e));
        std::string line;
        write_jsonl(line, e, "");
        lines.push_back(line);
      },
      false);
  const std::vector<std::string> want = {
      "runtime.convT16",     "runtime.convT32",    "runtime.convT64",
      "cmd/compile walk.dataWord", "runtime.convTstring", "runtime.convTslice",
      "runtime.slicebytetostring(buf)", "runtime.concatstrings(buf)"};
  const std::vector<std::string> want_files = {"iface.go",  "iface.go", "iface.go",  "cmd/compile/internal/walk/convert.go",
                                               "iface.go",  "iface.go", "string.go", "string.go"};
  CHECK(funcs == want);
  CHECK(files == want_files);
  REQUIRE(lines.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    INFO(lines[i]);
    CHECK(lines[i].find("\"func\":\"" + want[i] + "\",\"file\":\"" + want_files[i] + "\"") != std::string::npos);
  }
}
