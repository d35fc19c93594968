// Scripts: parsed and checked completely before anything runs; unknown steps are refused with
// their index; the runner carries steps out against a session and a (fake) window.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/unit/session/session_support.h"
#include "visualizer/session/script.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::testing_support;

namespace {

std::string errors_of(const ScriptParse& p) {
  std::string s;
  for (const auto& d : p.errors) s += d.str() + "\n";
  return s;
}

struct FakeHost : ScriptHost {
  std::vector<std::string> calls;
  bool pending = false;
  void select(const Selection& s) override { calls.push_back("select " + std::to_string(s.id)); }
  void show_panel(const std::string& name) override { calls.push_back("panel " + name); }
  void set_caption(const std::string& text) override { calls.push_back("caption " + text); }
  void set_presenter(bool on) override { calls.push_back(on ? "presenter on" : "presenter off"); }
  void screenshot(const std::string& path) override {
    calls.push_back("screenshot " + path);
    pending = true;
  }
  bool busy() const override { return pending; }
  void note(const std::string& line) override { calls.push_back("note " + line); }
  void lesson_next() override { calls.push_back("lesson_next"); }
  void lesson_back() override { calls.push_back("lesson_back"); }
  void lesson_answer(double v) override { calls.push_back("answer " + std::to_string(v)); }
  void press_key(const std::string& name) override { calls.push_back("key " + name); }
  void set_settle(bool on) override { calls.push_back(on ? "settle on" : "settle off"); }
  void advance_clock_ms(double ms) override { calls.push_back("advance " + std::to_string(static_cast<int>(ms))); }
  void pin_span(int64_t span) override { calls.push_back("pin " + std::to_string(span)); }
  void show_runtime_objects(bool on) override { calls.push_back(on ? "runtime objects shown" : "runtime objects folded"); }
};

}  // namespace

TEST_CASE("the issue's example script parses into its ten steps") {
  const auto p = parse_script("s.json", R"([{"step": 40}, {"run_until": "go_park"}, {"select": {"g": 3}},
    {"panel": "scheduler"}, {"caption": "The write barrier fires"}, {"wait_ms": 500}, {"step_back": 2},
    {"screenshot": "out.png"}, {"presenter": true}, {"seek": 7}])");
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  REQUIRE(p.steps.size() == 10);
  CHECK(p.steps[0].op == StepOp::kStep);
  CHECK(p.steps[0].n == 40);
  CHECK(p.steps[1].until.kind == EventKind::kGoPark);
  CHECK(p.steps[2].select == Selection::g(3));
  CHECK(p.steps[3].text == "scheduler");
  CHECK(p.steps[4].text == "The write barrier fires");
  CHECK(p.steps[5].n == 500);
  CHECK(p.steps[6].op == StepOp::kStepBack);
  CHECK(p.steps[7].text == "out.png");
  CHECK(p.steps[8].flag);
  CHECK(p.steps[9].n == 7);
  CHECK(p.steps[1].index == 1);
  CHECK(p.steps[1].pos == Pos{1, 17});
}

TEST_CASE("an unknown step is refused with its index and position, and nothing runs") {
  const auto p = parse_script("lesson.json", "[\n  {\"step\": 1},\n  {\"seek\": 2},\n  {\"jump\": 3}\n]");
  CHECK_FALSE(p.ok());
  CHECK(p.steps.empty());
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].str().find("lesson.json:4:4: step [2]: unknown step \"jump\"") == 0);
  CHECK(p.errors[0].message.find("known: step, step_back, run_until") != std::string::npos);
}

TEST_CASE("every bad step is reported, each with its own index") {
  const auto p = parse_script("s.json", R"([
    {"step": -1},
    {"step": 1, "seek": 2},
    {"run_until": "gc_frobnicate"},
    {"select": {"q": 1}},
    {"panel": "goroutines"},
    {"panel": "nonsense"},
    {"presenter": "yes"},
    {"wait_ms": 1.5},
    {"screenshot": ""},
    "step",
    {"run_until": {"kind": "go_park", "when": 3}},
    {"step": 2}
  ])");
  const std::string e = errors_of(p);
  CHECK(p.errors.size() == 11);
  CHECK(e.find("step [0]: step wants a whole number") != std::string::npos);
  CHECK(e.find("step [1]: each step is an object with exactly one key") != std::string::npos);
  CHECK(e.find("step [2]: unknown event kind \"gc_frobnicate\"") != std::string::npos);
  CHECK(e.find("step [3]: select has no field \"q\"") != std::string::npos);
  CHECK(e.find("step [4]: unknown panel \"goroutines\"") != std::string::npos);
  CHECK(e.find("step [5]: unknown panel \"nonsense\"") != std::string::npos);
  CHECK(e.find("step [6]: presenter wants true or false") != std::string::npos);
  CHECK(e.find("step [7]: wait_ms wants a whole number") != std::string::npos);
  CHECK(e.find("step [8]: screenshot wants a non-empty string") != std::string::npos);
  CHECK(e.find("step [9]: each step is an object") != std::string::npos);
  CHECK(e.find("step [10]: run_until has no field \"when\"") != std::string::npos);
}

TEST_CASE("the stacks, heap and gc panels can be named, and spans and objects selected") {
  const auto p = parse_script("s.json", R"([{"panel": "stacks"}, {"panel": "heap"}, {"panel": "gc"},
    {"select": {"span": 12}}, {"select": {"object": 824633786368}}])");
  REQUIRE(p.ok());
  REQUIRE(p.steps.size() == 5);
  CHECK(p.steps[0].text == "stacks");
  CHECK(p.steps[1].text == "heap");
  CHECK(p.steps[2].text == "gc");
  CHECK(p.steps[3].select == Selection::span(12));
  CHECK(p.steps[4].select == Selection::object(0xc000010000));
}

TEST_CASE("a script that is not an array, or not JSON, is refused with a position") {
  CHECK(errors_of(parse_script("s.json", "{\"step\": 1}")).find("s.json:1:1: a script is a JSON array") == 0);
  CHECK(errors_of(parse_script("s.json", "[{\"step\": 1},]")).find("s.json:1:") == 0);
  CHECK(errors_of(load_script("/nonexistent/script.json")) ==
        "/nonexistent/script.json: cannot read the script file: no such file or directory\n");
}

TEST_CASE("a script file is read like a scenario: no FIFO, no device") {
  const std::string fifo = std::filesystem::temp_directory_path() / ("gosim_script_fifo_" + std::to_string(::getpid()));
  std::filesystem::remove(fifo);
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Without the check this would wait for a writer forever.
  CHECK(errors_of(load_script(fifo)) == fifo + ": cannot read the script file: is not a regular file (it is a FIFO)\n");
  std::filesystem::remove(fifo);
  CHECK(errors_of(load_script("/dev/zero")) == "/dev/zero: cannot read the script file: is not a regular file (it is a device)\n");
}

TEST_CASE("a screenshot step names a bare .png file; it is written in the script's folder or --shots-dir") {
  const char* why = ": a script names a file such as \"step3.png\", written in the script's folder (or the folder "
                    "given with --shots-dir)\n";
  auto refusal = [](std::string_view name) { return errors_of(parse_script("s.json", std::string(name))); };
  CHECK(refusal(R"([{"screenshot": "../../.bashrc.png"}])") ==
        std::string("s.json:1:17: step [0]: screenshot \"../../.bashrc.png\" has a folder part") + why);
  CHECK(refusal(R"([{"screenshot": "/tmp/x.png"}])") ==
        std::string("s.json:1:17: step [0]: screenshot \"/tmp/x.png\" is an absolute path (only paths relative to "
                    "the file's folder are allowed)") + why);
  CHECK(refusal(R"([{"screenshot": "x.png\u0000.sh"}])") ==
        std::string("s.json:1:17: step [0]: screenshot \"x.png\\u0000.sh\" contains the control character U+0000 at byte 5") + why);
  CHECK(refusal(R"([{"screenshot": "notes.txt"}])") ==
        std::string("s.json:1:17: step [0]: screenshot \"notes.txt\" does not end in .png") + why);
  CHECK(refusal("[{\"caption\": \"" + std::string(1001, 'c') + "\"}]") ==
        "s.json:1:14: step [0]: caption is too long (1001 bytes; at most 1000)\n");

  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("gosim_script_dir_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "s.json") << R"([{"step": 1}, {"screenshot": "a.png"}])";
  ScriptParse p = load_script((dir / "s.json").string());
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  CHECK(p.steps[1].text == (dir / "a.png").string());
  p = load_script((dir / "s.json").string(), "/out/shots");
  CHECK(p.steps[1].text == "/out/shots/a.png");
  std::filesystem::remove_all(dir);
}

TEST_CASE("the runner moves the session and asks the host for the rest, pausing for screenshots and waits") {
  Session s;
  open_pingpong(s, 3, 5, config(2));
  s.restart();
  const auto p = parse_script("s.json", R"([{"step": 10}, {"step_back": 3}, {"select": {"g": 1}}, {"caption": "hi"},
    {"screenshot": "a.png"}, {"run_until": {"kind": "go_park", "g": 1}}, {"wait_ms": 100}, {"seek": 2},
    {"panel": "timeline"}, {"presenter": false}, {"run_until": {"kind": "deadlock"}}])");
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  ScriptRunner r(p.steps);
  FakeHost host;
  r.advance(s, host, 0);
  CHECK(s.cursor() == 7);
  CHECK(host.calls == std::vector<std::string>{"select 1", "caption hi", "screenshot a.png"});
  r.advance(s, host, 1);  // the screenshot is not written yet: nothing moves
  CHECK(s.cursor() == 7);
  host.pending = false;
  r.advance(s, host, 2);
  CHECK(s.current()->kind == EventKind::kGoPark);
  const uint64_t parked = s.cursor();
  r.advance(s, host, 50);  // waiting until 102
  CHECK(s.cursor() == parked);
  CHECK_FALSE(r.done());
  r.advance(s, host, 102);
  CHECK(s.cursor() == 2);
  CHECK(r.done());
  CHECK(host.calls.back().find("note step [10]: run_until deadlock: no such event") == 0);
}

TEST_CASE("lesson steps: lesson_next/lesson_back counts, answers and key presses go to the host") {
  Session s;
  open_pingpong(s, 3, 5, config(2));
  const auto p = parse_script("s.json", R"([{"lesson_next": 2}, {"answer": 1}, {"answer": 4096.5}, {"lesson_back": 1},
    {"keys": "PageDown  Right Space B"}, {"keys": "Left"}])");
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  ScriptRunner r(p.steps);
  FakeHost host;
  r.advance(s, host, 0);  // up to the first keys step, which waits for its frame
  CHECK(host.calls == std::vector<std::string>{"lesson_next", "lesson_next", "answer 1.000000", "answer 4096.500000",
                                               "lesson_back", "key PageDown", "key Right", "key Space", "key B"});
  r.advance(s, host, 0);
  CHECK(host.calls.back() == "key Left");
  CHECK(r.done());
}

TEST_CASE("bad lesson steps are refused with their index") {
  const auto p = parse_script("s.json", R"([{"answer": "B"}, {"keys": "PageDown Enter"}, {"lesson_next": -1}, {"keys": ""}])");
  REQUIRE(p.errors.size() == 4);
  CHECK(p.errors[0].str().find("step [0]: answer wants a number") != std::string::npos);
  CHECK(p.errors[1].str().find("step [1]: keys: unknown key \"Enter\"") != std::string::npos);
  CHECK(p.errors[2].str().find("step [2]: lesson_next wants a whole number") != std::string::npos);
  CHECK(p.errors[3].str().find("step [3]: keys wants a non-empty string") != std::string::npos);
}

TEST_CASE("animation steps: settle goes to the host; advance_ms too, then a frame passes before the next step") {
  Session s;
  open_pingpong(s, 3, 5, config(2));
  s.restart();
  const auto p = parse_script("s.json", R"([{"settle": false}, {"step": 1}, {"advance_ms": 200}, {"step": 1},
    {"settle": true}])");
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  ScriptRunner r(p.steps);
  FakeHost host;
  r.advance(s, host, 0);  // up to advance_ms: its frame starts the step's tween first
  CHECK(host.calls == std::vector<std::string>{"settle off", "advance 200"});
  CHECK(s.cursor() == 1);
  r.advance(s, host, 0);
  CHECK(s.cursor() == 2);
  CHECK(host.calls.back() == "settle on");
  CHECK(r.done());
  const auto bad = parse_script("s.json", R"([{"settle": 1}, {"advance_ms": -5}])");
  REQUIRE(bad.errors.size() == 2);
  CHECK(bad.errors[0].str().find("step [0]: settle wants true or false") != std::string::npos);
  CHECK(bad.errors[1].str().find("step [1]: advance_ms wants a whole number") != std::string::npos);
}

TEST_CASE("pin_span pins a span for the Heap view's side-by-side strip; a bad one is refused with its position") {
  Session s;
  open_pingpong(s, 3, 5, config(2));
  const auto p = parse_script("s.json", R"([{"panel": "heap"}, {"pin_span": 3}, {"pin_span": 12}])");
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  ScriptRunner r(p.steps);
  FakeHost host;
  r.advance(s, host, 0);
  CHECK(host.calls == std::vector<std::string>{"panel heap", "pin 3", "pin 12"});
  const auto bad = parse_script("s.json", "[{\"pin_span\": \"a\"},\n {\"pin_span\": -2}]");
  REQUIRE(bad.errors.size() == 2);
  CHECK(bad.errors[0].str().find("s.json:1:15: step [0]: pin_span wants a whole number") == 0);
  CHECK(bad.errors[1].str().find("s.json:2:15: step [1]: pin_span wants a whole number") == 0);
}

TEST_CASE("runtime_objects shows or folds the heap graph's runtime objects; a non-boolean is refused with its position") {
  Session s;
  open_pingpong(s, 3, 5, config(2));
  const auto p = parse_script("s.json", R"([{"panel": "heap_graph"}, {"runtime_objects": true}, {"runtime_objects": false}])");
  REQUIRE_MESSAGE(p.ok(), errors_of(p));
  ScriptRunner r(p.steps);
  FakeHost host;
  r.advance(s, host, 0);
  CHECK(host.calls == std::vector<std::string>{"panel heap_graph", "runtime objects shown", "runtime objects folded"});
  const auto bad = parse_script("s.json", "[{\"runtime_objects\": 1}]");
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].str().find("s.json:1:22: step [0]: runtime_objects wants true or false (got 1)") == 0);
}
