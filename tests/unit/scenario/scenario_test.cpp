// Loading good scenarios: what each key turns into in the Scenario struct.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "sim/scenario/scenario.h"
#include "scenario_test_util.h"

using gosim::ScenarioLoad;
using gosim::test::errors_of;
using gosim::test::TempDir;

namespace fs = std::filesystem;

TEST_CASE("the sample scenario loads, with its program read from beside the JSON file") {
  std::string dir = std::string(GOSIM_SOURCE_DIR) + "/scenarios/hello";
  ScenarioLoad load = gosim::load_scenario(dir + "/hello.json");
  INFO(errors_of(load));
  REQUIRE(load.scenario.has_value());
  const gosim::Scenario& s = *load.scenario;
  CHECK(s.path == dir + "/hello.json");
  CHECK(s.id == "hello");
  CHECK(s.title == "Hello, goroutines");
  CHECK(s.source_name == dir + "/hello.go");
  CHECK(s.source.find("package main") != std::string::npos);
  CHECK(s.config.gomaxprocs == 1);
  REQUIRE(s.breakpoints.size() == 2);
  CHECK(s.breakpoints[0].event_kind == "go_create");
  CHECK(s.breakpoints[1].line == 22);
  CHECK(s.breakpoints[1].pos == gosim::Pos{14, 5});
  REQUIRE(s.notes.size() == 3);
  CHECK(s.notes[2].event_kind == "go_park");
}

TEST_CASE("every key lands in its field, with units converted") {
  ScenarioLoad load = gosim::parse_scenario("lesson.json", R"({
  "id": "all-keys_1",
  "title": "T",
  "summary": "S",
  "source": "package main\n\nfunc main() {\n}\n",
  "config": {
    "GOMAXPROCS": 256, "GOGC": "off", "seed": 42,
    "limits": {"max_events": 10, "max_goroutines": 11, "max_virtual_time_ms": 12,
               "max_stack_bytes": 13, "max_heap_bytes": 14},
    "cost": {"instr_ns": 1, "call_ns": 2, "newproc_ns": 3, "schedule_ns": 4, "park_ns": 5,
             "ready_ns": 6, "wakep_ns": 7, "syscall_ns": 8, "write_ns": 9},
    "whatif": {}
  },
  "breakpoints": [{"line": 3, "event": "steal", "goroutine": 7, "time_ms": 1.5}, {"time_ms": 0}],
  "notes": [{"line": 4, "text": "end"}, {"event": "go_park", "text": "GC"}]
})");
  INFO(errors_of(load));
  REQUIRE(load.scenario.has_value());
  const gosim::Scenario& s = *load.scenario;
  CHECK(s.id == "all-keys_1");
  CHECK(s.source_name == "lesson.json#source");
  CHECK(s.source == "package main\n\nfunc main() {\n}\n");
  const gosim::Config& c = s.config;
  CHECK(c.gomaxprocs == 256);
  CHECK(c.gogc == -1);
  CHECK(c.seed == 42);
  CHECK(c.limits.max_events == 10);
  CHECK(c.limits.max_goroutines == 11);
  CHECK(c.limits.max_virtual_time_ns == 12'000'000);
  CHECK(c.limits.max_stack_bytes == 13);
  CHECK(c.limits.max_heap_bytes == 14);
  CHECK(c.cost.instr_ns == 1);
  CHECK(c.cost.call_ns == 2);
  CHECK(c.cost.newproc_ns == 3);
  CHECK(c.cost.schedule_ns == 4);
  CHECK(c.cost.park_ns == 5);
  CHECK(c.cost.ready_ns == 6);
  CHECK(c.cost.wakep_ns == 7);
  CHECK(c.cost.syscall_ns == 8);
  CHECK(c.cost.write_ns == 9);
  REQUIRE(s.breakpoints.size() == 2);
  CHECK(s.breakpoints[0].line == 3);
  CHECK(s.breakpoints[0].event_kind == "steal");
  CHECK(s.breakpoints[0].goroutine == 7);
  CHECK(s.breakpoints[0].virtual_time_ns == 1'500'000);
  CHECK(s.breakpoints[0].pos == gosim::Pos{14, 19});
  CHECK(s.breakpoints[1].virtual_time_ns == 0);
  CHECK(s.breakpoints[1].line == 0);
  REQUIRE(s.notes.size() == 2);
  CHECK(s.notes[0].line == 4);
  CHECK(s.notes[0].text == "end");
  CHECK(s.notes[1].event_kind == "go_park");
}

TEST_CASE("keys left out keep the defaults of the Config struct") {
  ScenarioLoad load = gosim::parse_scenario(
      "d.json", R"({"id": "d", "title": "", "summary": "", "source": "", "config": {"GOGC": 50}})");
  REQUIRE(load.scenario.has_value());
  gosim::Config defaults;
  CHECK(load.scenario->config.gogc == 50);
  CHECK(load.scenario->config.gomaxprocs == defaults.gomaxprocs);
  CHECK(load.scenario->config.seed == defaults.seed);
  CHECK(load.scenario->config.limits.max_events == defaults.limits.max_events);
  CHECK(load.scenario->config.cost.wakep_ns == defaults.cost.wakep_ns);
  CHECK(load.scenario->breakpoints.empty());
  CHECK(load.scenario->notes.empty());
}

TEST_CASE("GOGC -1 is off too, and a leading byte order mark is accepted") {
  ScenarioLoad load = gosim::parse_scenario(
      "d.json", "\xEF\xBB\xBF{\"id\": \"d\", \"title\": \"\", \"summary\": \"\", \"source\": \"\", "
                "\"config\": {\"GOGC\": -1}}");
  REQUIRE(load.scenario.has_value());
  CHECK(load.scenario->config.gogc == -1);
}

TEST_CASE("source_file is resolved from the JSON file's folder") {
  TempDir tmp("resolve");
  tmp.write("lessons/prog.go", "package main\n");
  tmp.write("lessons/sub/s.json",
            R"({"id": "s", "title": "", "summary": "", "source_file": "../prog.go"})");
  ScenarioLoad load = gosim::load_scenario(tmp.path("lessons/sub/s.json"));
  INFO(errors_of(load));
  REQUIRE(load.scenario.has_value());
  CHECK(load.scenario->source_name == tmp.path("lessons/prog.go"));
  CHECK(load.scenario->source == "package main\n");
}

TEST_CASE("a $schema key for editors is allowed and ignored") {
  ScenarioLoad load = gosim::parse_scenario(
      "d.json", R"({"$schema": "../../sim/scenario/scenario.schema.json", "id": "d", "title": "",
                   "summary": "", "source": ""})");
  CHECK(load.scenario.has_value());
}

TEST_CASE("a bare .go file becomes a scenario with default configuration, named by its stem") {
  std::string go = std::string(GOSIM_SOURCE_DIR) + "/scenarios/hello/hello.go";
  ScenarioLoad load = gosim::scenario_from_go_file(go);
  REQUIRE(load.scenario.has_value());
  CHECK(load.scenario->id == "hello");
  CHECK(load.scenario->title == "hello.go");
  CHECK(load.scenario->path.empty());
  CHECK(load.scenario->source_name == go);
  CHECK(load.scenario->source.find("sync.WaitGroup") != std::string::npos);
  CHECK(load.scenario->config.gomaxprocs == gosim::Config{}.gomaxprocs);

  TempDir tmp("bare");
  tmp.write("My Prog.go", "package main\n");
  ScenarioLoad named = gosim::scenario_from_go_file(tmp.path("My Prog.go"));
  REQUIRE(named.scenario.has_value());
  CHECK(named.scenario->id == "my_prog");  // made to fit the id pattern
}

TEST_CASE("a bare .go file that cannot be read is refused with the OS's reason") {
  ScenarioLoad load = gosim::scenario_from_go_file("no/such/dir/prog.go");
  CHECK(!load.scenario.has_value());
  CHECK(errors_of(load) == "no/such/dir/prog.go: cannot read file: no such file or directory");
}

TEST_CASE("every shipped scenario under scenarios/ validates") {
  fs::path root = fs::path(GOSIM_SOURCE_DIR) / "scenarios";
  std::vector<std::string> files;
  if (fs::exists(root)) {
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(root)) {
      if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    ScenarioLoad load = gosim::load_scenario(f);
    INFO(f, "\n", errors_of(load));
    CHECK(load.scenario.has_value());
    CHECK(load.errors.empty());
  }
  MESSAGE(files.size(), " shipped scenario(s) checked");
}

TEST_CASE("what-if switches and the newer cost keys load into the config") {
  const std::string text = R"({"id": "w", "title": "T", "summary": "S",
    "source": "package main\nfunc main() {}\n",
    "config": {"whatif": {"no_runnext": true, "no_steal": true, "no_async_preempt": true, "sysmon_period_us": 50},
               "cost": {"net_ns": 7, "spin_ns": 8, "sync_ns": 9}}})";
  const gosim::ScenarioLoad load = gosim::parse_scenario("scenarios/w.json", text);
  REQUIRE(load.scenario.has_value());
  const gosim::Config& c = load.scenario->config;
  CHECK(c.whatif.no_runnext);
  CHECK(c.whatif.no_steal);
  CHECK(c.whatif.no_async_preempt);
  CHECK(c.whatif.sysmon_period_us == 50);
  CHECK(c.cost.net_ns == 7);
  CHECK(c.cost.spin_ns == 8);
  CHECK(c.cost.sync_ns == 9);
}

TEST_CASE("the collector's keys load: check_gc and the barrier and stop-the-world what-ifs") {
  const std::string text = R"({"id": "g", "title": "T", "summary": "S",
    "source": "package main\nfunc main() {}\n",
    "config": {"check_gc": true, "whatif": {"gc_barrier": "off", "gc_stw": true}}})";
  const gosim::ScenarioLoad load = gosim::parse_scenario("scenarios/g.json", text);
  INFO(errors_of(load));
  REQUIRE(load.scenario.has_value());
  const gosim::Config& c = load.scenario->config;
  CHECK(c.check_gc);
  CHECK(c.whatif.gc_barrier == 1);  // WhatIf::gc_barrier: 0 hybrid, 1 off, 2 dijkstra, 3 yuasa
  CHECK(c.whatif.gc_stw);
  const char* names[] = {"hybrid", "off", "dijkstra", "yuasa"};
  for (int32_t i = 0; i < 4; ++i) {
    const std::string one = R"({"id": "g", "title": "", "summary": "", "source": "",
      "config": {"whatif": {"gc_barrier": ")" + std::string(names[i]) + R"("}}})";
    const gosim::ScenarioLoad l = gosim::parse_scenario("g.json", one);
    REQUIRE(l.scenario.has_value());
    CHECK(l.scenario->config.whatif.gc_barrier == i);
  }
  const gosim::ScenarioLoad bad = gosim::parse_scenario(
      "g.json", R"({"id": "g", "title": "", "summary": "", "source": "", "config": {"whatif": {"gc_barrier": "none"}}})");
  CHECK(!bad.scenario.has_value());
}

// Part vizmoments: a teacher projecting gosim-viz in Chinese reads the notes in Chinese, so every
// note of every shipped scenario carries "zh-CN" text with Chinese in it (not a copy of the
// English), and text_in picks it.
TEST_CASE("every note of every shipped scenario has Simplified Chinese text") {
  fs::path root = fs::path(GOSIM_SOURCE_DIR) / "scenarios";
  size_t notes = 0;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().extension() != ".json") continue;
    ScenarioLoad load = gosim::load_scenario(e.path().string());
    REQUIRE(load.scenario.has_value());
    for (const gosim::Note& n : load.scenario->notes) {
      INFO(e.path().string(), " note at ", n.pos.line, ":", n.pos.col, ": ", n.text);
      CHECK(!n.text_zh.empty());
      CHECK(n.text_zh != n.text);
      // At least one CJK ideograph (UTF-8 lead bytes 0xE4..0xE9 cover U+4000..U+9FFF).
      CHECK(std::any_of(n.text_zh.begin(), n.text_zh.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xE4 && b <= 0xE9;
      }));
      CHECK(n.text_in(gosim::Lang::kZhCN) == n.text_zh);
      CHECK(n.text_in(gosim::Lang::kEn) == n.text);
      ++notes;
    }
  }
  CHECK(notes >= 100);
  MESSAGE(notes, " notes checked");
}

TEST_CASE("a note without zh-CN shows its English text in Chinese mode too") {
  ScenarioLoad load = gosim::parse_scenario("n.json", R"({"id": "n", "title": "", "summary": "",
    "source": "package main\nfunc main() {}\n",
    "notes": [{"line": 2, "text": "only English"}, {"line": 2, "text": "both", "zh-CN": "两种"}]})");
  INFO(errors_of(load));
  REQUIRE(load.scenario.has_value());
  CHECK(load.scenario->notes[0].text_in(gosim::Lang::kZhCN) == "only English");
  CHECK(load.scenario->notes[1].text_in(gosim::Lang::kZhCN) == "两种");
  CHECK(load.scenario->notes[1].text_in(gosim::Lang::kEn) == "both");
}
