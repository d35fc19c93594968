// Library calls in the visualizer (issue 19): with library calls folded, stepping never stops
// inside one (the events keep the trace's numbers), and the stacks view marks library frames and
// folds each run of them into one row; the source line stays the user's.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "sim/rt/stack.h"
#include "sim/run/lib_calls.h"
#include "visualizer/session/detail_step.h"
#include "visualizer/session/session.h"
#include "visualizer/session/stacks_view.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

const std::string kProgram = std::string(GOSIM_SOURCE_DIR) + "/tests/unit/cli/data/libcalls.go";

int source_line_of(const std::string& needle) {
  std::ifstream f(kProgram);
  std::string l;
  for (int n = 1; std::getline(f, l); ++n) {
    if (l.find(needle) != std::string::npos) return n;
  }
  return -1;
}

}  // namespace

TEST_CASE("with library calls folded, next and prev stop at every event outside them and at none inside") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  const auto& ev = s.events();
  const auto& marks = s.lib_marks();
  REQUIRE(marks.size() == ev.size());
  uint64_t folded = 0;
  for (uint64_t i = 0; i < ev.size(); ++i) folded += s.lib_folded(i) ? 1 : 0;
  REQUIRE(folded > ev.size() / 2);  // package initialization and the calls of strings/strconv
  uint64_t stops = 0;
  for (uint64_t c = 0, n; (n = step_at_detail(ev, c, 1, DetailLevel::kAll, &marks)) != c; c = n) {
    CHECK_FALSE(s.lib_folded(n - 1));
    ++stops;
  }
  CHECK(stops == ev.size() - folded);
  uint64_t back = 0;
  for (uint64_t c = ev.size(), n; (n = step_at_detail(ev, c, -1, DetailLevel::kAll, &marks)) != c; c = n) {
    if (n > 0) CHECK_FALSE(s.lib_folded(n - 1));
    ++back;
  }
  CHECK(back == stops);  // the last back step lands on 0, the start
  // Unfolded, every event is a stop, as before.
  CHECK(step_at_detail(ev, 0, static_cast<int64_t>(ev.size()), DetailLevel::kAll) == ev.size());
  uint64_t all = 0;
  for (uint64_t c = 0, n; (n = step_at_detail(ev, c, 1, DetailLevel::kAll)) != c; c = n) ++all;
  CHECK(all == ev.size());
}

TEST_CASE("inside a library call the stack marks and folds library frames and the line stays the user's") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  const auto& ev = s.events();
  // The deepest call inside strconv.Itoa (strconv.FormatInt -> strconv.small): frames runtime.main,
  // main.main, then three of strconv.
  uint64_t at = 0;
  for (uint64_t i = 0; i < ev.size() && at == 0; ++i) {
    if (ev[i].kind == EventKind::kCall && call_depth(ev[i]) == 4 && s.lib_group(i) != 0 &&
        s.lib_calls()->group(s.lib_group(i)).line > 0) {
      at = i + 1;
    }
  }
  REQUIRE(at > 0);
  s.seek(at);
  const int itoa_line = source_line_of("strconv.Itoa(");
  CHECK(s.event_line(at - 1) == itoa_line);
  const StackView v = build_stack_view(s, ev[at - 1].g);
  REQUIRE(v.frames.size() == 5);
  CHECK(v.frames[0].func == "runtime.main");
  CHECK(v.frames[0].library);
  CHECK(v.frames[1].func == "main.main");
  CHECK_FALSE(v.frames[1].library);
  CHECK(v.frames[1].line == itoa_line);
  for (size_t k = 2; k < 5; ++k) {
    CHECK(v.frames[k].library);
    CHECK(v.frames[k].func.starts_with("strconv."));
  }
  const std::vector<StackRow> folded = stack_rows(v, true);
  REQUIRE(folded.size() == 3);
  CHECK(folded[0].folded);
  CHECK(folded[0].packages == "runtime");
  CHECK_FALSE(folded[1].folded);
  CHECK(folded[1].first == 1);
  CHECK(folded[2].folded);
  CHECK(folded[2].count == 3);
  CHECK(folded[2].packages == "strconv");
  CHECK(stack_rows(v, false).size() == 5);
}

// Issue 19's Done-when program (tests/conformance/lang/l2_done_when.go: strings.Builder,
// strconv.Itoa, sort.Ints, a generic Map, an embedded struct, sync/atomic, context.WithCancel):
// each library call it makes is one folded group at the user's line that made the call.
TEST_CASE("the Done-when program's library calls fold under the user's lines that make them") {
  const std::string prog = std::string(GOSIM_SOURCE_DIR) + "/tests/conformance/lang/l2_done_when.go";
  std::vector<std::string> lines{""};
  {
    std::ifstream f(prog);
    for (std::string l; std::getline(f, l);) lines.push_back(l);
  }
  Session s;
  REQUIRE(s.open_scenario(prog).empty());
  std::set<std::string> entries;
  for (const LibGroup& g : s.lib_calls()->groups()) {
    if (g.line <= 0) continue;
    // "line 35: strconv.Itoa — 3 calls in strconv (3); …": the entry, then its short name.
    const std::string d = s.lib_calls()->describe(g);
    const size_t colon = d.find(": "), dash = d.find(" \xe2\x80\x94 ");
    REQUIRE(colon != std::string::npos);
    REQUIRE(dash != std::string::npos);
    const std::string entry = d.substr(colon + 2, dash - colon - 2);
    const std::string short_name = entry.substr(entry.rfind('.') + 1);
    REQUIRE(static_cast<size_t>(g.line) < lines.size());
    INFO(d);
    // A func value the library returned (context.WithCancel's cancel, "WithCancel.func1") is
    // called by the variable's name; a named function by its own.
    if (short_name.rfind("func", 0) != 0) CHECK(lines[static_cast<size_t>(g.line)].find(short_name + "(") != std::string::npos);
    else CHECK(lines[static_cast<size_t>(g.line)].find("()") != std::string::npos);
    CHECK(g.folded > 0);
    entries.insert(entry);
  }
  for (const char* want : {"sort.Ints", "strconv.Itoa", "strings.(*Builder).WriteString", "context.WithCancel"}) {
    INFO(want);
    CHECK(entries.count(want) == 1);
  }
}
