// Issue #17 item 4: the source panel's highlighted line is the line of the goroutine the step is
// about. Events that belong to no goroutine (sysmon's retake, a proc_wake starting an M) used
// to fall back to G1: right after G7 entered its system call, two events highlighted main's
// wg.Wait() instead of G7's syscall.Nanosleep line.
#include "tests/unit/viz_ui/viz_harness.h"

#include "visualizer/session/source_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

// The 1-based number of the first event of `kind` at or after event `from`.
uint64_t find_kind(const Session& s, EventKind kind, uint64_t from = 1) {
  for (uint64_t n = from; n <= s.size(); ++n) {
    if (s.events()[n - 1].kind == kind) return n;
  }
  FAIL("no event of that kind");
  return 0;
}

int32_t line_containing(const Session& s, const std::string& text) {
  const std::vector<std::string> lines = split_source_lines(s.source_text());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find(text) != std::string::npos) return static_cast<int32_t>(i) + 1;
  }
  FAIL("no such line: " << text);
  return 0;
}

}  // namespace

TEST_CASE("after syscall_enter, retake and proc_wake keep the source on the syscall's line") {
  Imgui ctx;
  Session s;
  open(s, "syscall_handoff/syscall_handoff.json");
  VizApp app(s);
  prepare(app);
  const int32_t nanosleep = line_containing(s, "syscall.Nanosleep(");
  const int32_t wait = line_containing(s, "wg.Wait()");
  const uint64_t enter = find_kind(s, EventKind::kSyscallEnter);
  const uint64_t retake = find_kind(s, EventKind::kRetake, enter);
  const uint64_t wake = find_kind(s, EventKind::kProcWake, retake);
  REQUIRE(s.events()[retake - 1].g == 0);  // the events this is about carry no goroutine
  REQUIRE(s.events()[wake - 1].g == 0);
  for (uint64_t n : {enter, retake, wake}) {
    INFO("event " << n << " " << event_info(s.events()[n - 1].kind).name);
    s.seek(n);
    const json lay = draw(app, 2);
    CHECK(lay["source_highlight"].get<int32_t>() == nanosleep);
    CHECK(story_goid(s) == s.events()[enter - 1].g);
  }
  // The syscall's return: G7 is still at its call; the next event with a goroutine moves on.
  const uint64_t exit = find_kind(s, EventKind::kSyscallExit, wake);
  s.seek(exit);
  CHECK(draw(app, 2)["source_highlight"].get<int32_t>() == nanosleep);
  // And main, parked in wg.Wait(), is where the highlight goes when the story is G1's again.
  s.seek(find_kind(s, EventKind::kGoStart, find_kind(s, EventKind::kSemRelease, exit)));
  REQUIRE(s.current()->g == 1);
  CHECK(draw(app, 2)["source_highlight"].get<int32_t>() == wait);
}

TEST_CASE("a goroutine selected by the user overrides the event's goroutine") {
  Imgui ctx;
  Session s;
  open(s, "syscall_handoff/syscall_handoff.json");
  VizApp app(s);
  prepare(app);
  s.seek(find_kind(s, EventKind::kRetake));
  app.settings().selection = Selection{Selection::Kind::kG, 1};
  CHECK(draw(app, 2)["source_highlight"].get<int32_t>() == line_containing(s, "wg.Wait()"));
}

TEST_CASE("the source panel's code starts close to the line numbers: no wide empty token column") {
  // The column before the code holds the breakpoint gutter, the line number and the goroutine
  // tokens. It used to be 1.4 + 2.4 ("0000") + 0.6 + 3.6 font sizes (+10 px) on every line,
  // a wide band beside the file's top where no goroutine ever is; now the numbers take the
  // file's digits and the tokens their labels' width.
  Imgui ctx;
  Session s;
  open(s, "hello/hello.json");
  VizApp app(s);
  prepare(app);
  // In main.main at line 12, G1's token alone in the column: its Println's write (found by kind,
  // not as event 60: Go's start-up heap, part startup18, takes some 190 events before main).
  s.seek(find_kind(s, EventKind::kWrite));
  const json lay = draw(app, 3);
  const float fs = ImGui::GetFontSize();  // the UI font; the source's mono font is the same size
  REQUIRE_FALSE(lay["source_rows"].empty());
  bool tokens_seen = false;
  for (const json& r : lay["source_rows"]) {
    const float code_x = r["tokens"][2].get<float>() - r["row"][0].get<float>();
    INFO("line " << r["line"] << ": code at +" << code_x << " px, font " << fs);
    CHECK(code_x <= fs * 5.6f + 10);
    tokens_seen = tokens_seen || r["tokens_shown"].get<int>() > 0;
  }
  CHECK(tokens_seen);
}
