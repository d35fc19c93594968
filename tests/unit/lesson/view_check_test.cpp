// A step's select and highlights must name something at its stop (sim/lesson/view_check.h):
// lesson 05 kept highlighting a channel at an address the heap no longer gave it, and nothing
// failed. The fixture lesson (tests/lesson/01-runnext-mini) with names that exist and names that
// do not.
#include <doctest/doctest.h>

#include "sim/lesson/check.h"
#include "sim/lesson/run.h"
#include "sim/lesson/view_check.h"

using json = nlohmann::ordered_json;

namespace {

const std::string kFixture = std::string(GOSIM_SOURCE_DIR) + "/tests/lesson/01-runnext-mini/lesson.json";

gosim::lesson::Lesson fixture() {
  gosim::lesson::LessonLoad load = gosim::lesson::load_lesson(kFixture);
  REQUIRE(load.lesson.has_value());
  return *load.lesson;
}

// The check's messages about views, one string.
std::string view_failures(const gosim::lesson::CheckReport& r, size_t* n) {
  std::string all;
  *n = 0;
  for (const auto& e : r.failures) {
    if (e.message.find("names nothing") == std::string::npos) continue;
    all += e.str() + "\n";
    ++*n;
  }
  return all;
}

}  // namespace

TEST_CASE("the fixture's views name what is there, and the loader keeps where each name is") {
  const gosim::lesson::Lesson l = fixture();
  REQUIRE(l.steps[1].view.highlight.size() == 2);
  REQUIRE(l.steps[1].view.highlight_pos.size() == 2);
  const gosim::Pos a = l.steps[1].view.highlight_pos[0], b = l.steps[1].view.highlight_pos[1];
  CHECK(a.line > l.steps[1].at_pos.line);
  CHECK((b.line > a.line || (b.line == a.line && b.col > a.col)));
  const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
  const gosim::lesson::CheckReport r = gosim::lesson::check_lesson(l, p);
  size_t n = 0;
  INFO(view_failures(r, &n));
  CHECK(n == 0);
}

TEST_CASE("lesson check reports a select or highlight that names nothing at its stop, with where and what there is") {
  gosim::lesson::Lesson l = fixture();
  // Step 3 stops at G7's go_create: G6 and G7 exist, G99 does not; GOMAXPROCS is 1.
  l.steps[2].view.highlight = {"g:99", "p:0.runq", "p:3.runnext", "chan:0xc0000dead0", "frame:1.main", "frame:1.main.main",
                               "frame:1.main.nothing", "object:0x1000"};
  l.steps[2].view.highlight_pos.assign(l.steps[2].view.highlight.size(), l.steps[2].at_pos);
  l.steps[2].view.select = "var:1.nosuch";
  l.steps[2].view.select_pos = l.steps[2].at_pos;
  // Step 1 stops at event 0, before G6 exists.
  l.steps[0].view.highlight = {"g:6", "sched.runq"};
  l.steps[0].view.highlight_pos.assign(2, l.steps[0].at_pos);
  const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
  const gosim::lesson::CheckReport r = gosim::lesson::check_lesson(l, p);
  size_t n = 0;
  const std::string all = view_failures(r, &n);
  INFO(all);
  CHECK(n == 7);
  CHECK(all.find("step 3: highlight \"g:99\" names nothing at event") != std::string::npos);
  CHECK(all.find("no goroutine G99 (the goids are 1, ") != std::string::npos);
  CHECK(all.find("step 3: highlight \"p:3.runnext\" names nothing at event") != std::string::npos);
  CHECK(all.find("no P3 (GOMAXPROCS is 1)") != std::string::npos);
  CHECK(all.find("no channel 0xc0000dead0 (there are no channels)") != std::string::npos);
  CHECK(all.find("G1 has no frame main.nothing (frames main.main") != std::string::npos);
  CHECK(all.find("step 3: highlight \"object:0x1000\" names nothing at event") != std::string::npos);
  CHECK(all.find("0x1000 lies in no span of the heap") != std::string::npos);
  CHECK(all.find("step 3: select \"var:1.nosuch\" names nothing at event") != std::string::npos);
  CHECK(all.find("G1 has no variable nosuch in its frames main.main") != std::string::npos);
  CHECK(all.find("step 1: highlight \"g:6\" names nothing at the start") != std::string::npos);
  // The message points at the entry's place in the file.
  CHECK(all.find(kFixture + ":") != std::string::npos);
}

TEST_CASE("a name that appears only at the question's reveal passes: the picture shows the reveal too") {
  gosim::lesson::Lesson l = fixture();
  // Step 2 stops at G6's go_create; G7 is created after it.
  l.steps[1].view.highlight = {"g:7"};
  l.steps[1].view.highlight_pos.assign(1, l.steps[1].at_pos);
  {
    const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
    size_t n = 0;
    const std::string all = view_failures(gosim::lesson::check_lesson(l, p), &n);
    CHECK(n == 1);
    CHECK(all.find("step 2: highlight \"g:7\" names nothing") != std::string::npos);
  }
  REQUIRE(l.steps[1].question.has_value());
  l.steps[1].question->reveal_at = "kind:go_create&g:7";
  const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
  size_t n = 0;
  INFO(view_failures(gosim::lesson::check_lesson(l, p), &n));
  CHECK(n == 0);
}

TEST_CASE("view_name_missing on a state: spans by any byte of their pages, objects only where a slot is in use") {
  const json st = json::parse(R"({
    "goroutines": [{"goid": 1, "frames": [{"func": "main.main", "vars": [{"name": "x"}]}]}],
    "ps": [{"id": 0}],
    "channels": [{"addr": "0xc000030060"}],
    "heap": {"spans": [
      {"base": "0xc000000000", "npages": 1, "use": "heap", "elemsize": 16, "slots": "w.b"},
      {"base": "0xc000022000", "npages": 1, "use": "stack", "elemsize": 0, "slots": ""}]}
  })");
  using gosim::lesson::view_name_missing;
  CHECK(view_name_missing("g:1", st).empty());
  CHECK(view_name_missing("p:0.runnext", st).empty());
  CHECK(view_name_missing("chan:0xc000030060", st).empty());
  CHECK(view_name_missing("var:1.x", st).empty());
  CHECK(view_name_missing("frame:1.main", st).empty());
  CHECK_FALSE(view_name_missing("frame:1.ain", st).empty());  // a suffix counts only after a dot
  CHECK(view_name_missing("span:0xc000000000", st).empty());
  CHECK(view_name_missing("span:0xc000001ff8", st).empty());  // inside the span's page
  CHECK(view_name_missing("span:0xc000002000", st) == "0xc000002000 lies in no span of the heap");
  CHECK(view_name_missing("object:0xc000000000", st).empty());
  CHECK(view_name_missing("object:0xc000000020", st).empty());  // slot 2, black
  CHECK(view_name_missing("object:0xc000000010", st) == "no object at 0xc000000010: slot 1 of span 0xc000000000 is free");
  CHECK(view_name_missing("object:0xc000000030", st) == "no object at 0xc000000030: slot 3 of span 0xc000000000 is free");
  CHECK(view_name_missing("object:0xc000022010", st) == "0xc000022010 is not in a heap span (a stack's?)");
  CHECK(view_name_missing("sched.runq", st).empty());
  CHECK(view_name_missing("", st).empty());
}
