// The catalogue of bad scenario input: each kind of mistake, the exact sentence it gets and
// the line:col it points at. These messages are part of the user interface (docs/scenarios.md
// quotes them), so a change here is a change users see.
#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <string>

#include "scenario_test_util.h"
#include "sim/scenario/scenario.h"

using gosim::ScenarioLoad;
using gosim::test::errors_of;
using gosim::test::TempDir;

namespace {

// The diagnostics for `text` loaded as scenarios/x.json; the load must have failed.
std::string refusal(const std::string& text) {
  ScenarioLoad load = gosim::parse_scenario("scenarios/x.json", text);
  CHECK(!load.scenario.has_value());
  return errors_of(load);
}

// A valid scenario with `extra` spliced in before the closing brace (extra starts with ",\n").
std::string with(const std::string& extra) {
  return "{\n"
         "  \"id\": \"x\",\n"
         "  \"title\": \"T\",\n"
         "  \"summary\": \"S\",\n"
         "  \"source\": \"package main\\n\\nfunc main() {\\n}\\n\"" +
         extra + "\n}\n";
}

}  // namespace

TEST_CASE("the base document of this catalogue is valid") {
  CHECK(gosim::parse_scenario("scenarios/x.json", with("")).scenario.has_value());
}

// --- Malformed JSON ---------------------------------------------------------------------

TEST_CASE("bad input: a missing comma between members") {
  CHECK(refusal("{\n  \"id\": \"x\"\n  \"title\": \"T\"\n}") ==
        "scenarios/x.json:3:3: expected ',' or '}' after object member, found '\"'");
}

TEST_CASE("bad input: a trailing comma") {
  CHECK(refusal(with(",\n  \"breakpoints\": [{\"line\": 1},]")) ==
        "scenarios/x.json:6:30: trailing comma before ']' is not allowed in JSON");
}

TEST_CASE("bad input: an unterminated string") {
  CHECK(refusal("{\n  \"id\": \"x,\n  \"title\": \"T\"\n}") ==
        "scenarios/x.json:2:9: unterminated string");
}

TEST_CASE("bad input: an invalid number") {
  CHECK(refusal(with(",\n  \"config\": {\"GOMAXPROCS\": 04}")) ==
        "scenarios/x.json:6:28: invalid number: leading zeros are not allowed");
}

TEST_CASE("bad input: a duplicate key") {
  CHECK(refusal(with(",\n  \"title\": \"again\"")) ==
        "scenarios/x.json:6:3: duplicate key \"title\" (first at 3:3)");
}

TEST_CASE("bad input: a comment") {
  CHECK(refusal(with(",\n  // notes come later\n  \"notes\": []")) ==
        "scenarios/x.json:6:3: comments are not allowed in JSON");
}

TEST_CASE("bad input: an empty file, or one with only whitespace") {
  CHECK(refusal("") == "scenarios/x.json:1:1: file is empty (a scenario is a JSON object)");
  CHECK(refusal(" \n\t\n") == "scenarios/x.json:1:1: file is empty (a scenario is a JSON object)");
}

TEST_CASE("bad input: a file that is not UTF-8") {
  // Latin-1 "café" in the title: 0xE9 where UTF-8 needs two bytes.
  CHECK(refusal("{\n  \"id\": \"x\",\n  \"title\": \"caf\xE9\"\n}") ==
        "scenarios/x.json:3:16: invalid UTF-8 encoding (JSON text must be UTF-8)");
  CHECK(refusal("\xFF\xFE{\0\"\0") ==
        "scenarios/x.json:1:1: file is UTF-16 encoded; scenario files must be UTF-8");
}

TEST_CASE("bad input: a nesting bomb is refused at the level that goes too deep") {
  std::string bomb = "{\"id\": " + std::string(200'000, '[');
  CHECK(refusal(bomb) == "scenarios/x.json:1:71: nesting too deep (more than 64 levels)");
}

TEST_CASE("bad input: the top level is not an object") {
  CHECK(refusal("[1, 2]") == "scenarios/x.json:1:1: the top-level value must be an object (got an array)");
}

// --- Schema violations --------------------------------------------------------------------

TEST_CASE("bad input: wrong types") {
  CHECK(refusal(with(",\n  \"config\": {\"GOMAXPROCS\": \"4\"}")) ==
        "scenarios/x.json:6:28: config.GOMAXPROCS must be an integer (got \"4\")");
  CHECK(refusal("{\n  \"id\": \"x\",\n  \"title\": 3,\n  \"summary\": \"S\",\n  \"source\": \"\"\n}") ==
        "scenarios/x.json:3:12: title must be a string (got 3)");
  CHECK(refusal(with(",\n  \"breakpoints\": {\"line\": 1}")) ==
        "scenarios/x.json:6:18: breakpoints must be an array (got an object)");
  CHECK(refusal(with(",\n  \"breakpoints\": [{\"time_ms\": \"soon\"}]")) ==
        "scenarios/x.json:6:31: breakpoints[0].time_ms must be a number (got \"soon\")");
}

TEST_CASE("bad input: an unknown key at the top level, with a suggestion") {
  CHECK(refusal("{\n  \"id\": \"x\",\n  \"titel\": \"T\",\n  \"summary\": \"S\",\n  \"source\": \"\"\n}") ==
        "scenarios/x.json:1:1: missing required key \"title\"\n"
        "scenarios/x.json:3:3: unknown key \"titel\" (did you mean \"title\"?)");
}

TEST_CASE("bad input: unknown keys in nested objects") {
  CHECK(refusal(with(",\n  \"config\": {\"limits\": {\"max_event\": 5}}")) ==
        "scenarios/x.json:6:25: unknown key \"max_event\" in config.limits (did you mean \"max_events\"?)");
  CHECK(refusal(with(",\n  \"config\": {\"colour\": 5}")) ==
        "scenarios/x.json:6:14: unknown key \"colour\" in config "
        "(known keys: GOMAXPROCS, GOGC, GOMEMLIMIT, gctrace, check_gc, check_events, call_events, startup_heap, seed, limits, cost, whatif)");
  CHECK(refusal(with(",\n  \"config\": {\"whatif\": {\"no_gc\": true}}")) ==
        "scenarios/x.json:6:25: unknown key \"no_gc\" in config.whatif "
        "(known keys: no_runnext, no_steal, no_async_preempt, sysmon_period_us, gc_barrier, gc_stw)");
  CHECK(refusal(with(",\n  \"notes\": [{\"line\": 1, \"txt\": \"hi\"}]")) ==
        "scenarios/x.json:6:13: missing required key \"text\" in notes[0]\n"
        "scenarios/x.json:6:25: unknown key \"txt\" in notes[0] (did you mean \"text\"?)");
}

TEST_CASE("bad input: missing required keys are reported at the object, with the key's pointer") {
  ScenarioLoad load = gosim::parse_scenario("scenarios/x.json", R"({"id": "x", "title": "T", "source": ""})");
  CHECK(errors_of(load) == "scenarios/x.json:1:1: missing required key \"summary\"");
  REQUIRE(load.errors.size() == 1);
  CHECK(load.errors[0].pointer == "/summary");
}

TEST_CASE("bad input: no source at all") {
  CHECK(refusal(R"({"id": "x", "title": "T", "summary": "S"})") ==
        "scenarios/x.json:1:1: missing required key \"source_file\" or \"source\"");
}

TEST_CASE("bad input: both source_file and source, reported at the second") {
  CHECK(refusal(with(",\n  \"source_file\": \"x.go\"")) ==
        "scenarios/x.json:6:3: \"source_file\" and \"source\" cannot both be given");
}

TEST_CASE("bad input: out-of-range values") {
  CHECK(refusal(with(",\n  \"config\": {\"GOMAXPROCS\": 1000}")) ==
        "scenarios/x.json:6:28: config.GOMAXPROCS must be at most 256 (got 1000)");
  CHECK(refusal(with(",\n  \"config\": {\"GOMAXPROCS\": 0}")) ==
        "scenarios/x.json:6:28: config.GOMAXPROCS must be at least 1 (got 0)");
  CHECK(refusal(with(",\n  \"config\": {\"GOGC\": 200000}")) ==
        "scenarios/x.json:6:22: config.GOGC must be at most 100000 (got 200000)");
  CHECK(refusal(with(",\n  \"config\": {\"GOGC\": \"on\"}")) ==
        "scenarios/x.json:6:22: config.GOGC must be an integer or \"off\" (got \"on\")");
  CHECK(refusal(with(",\n  \"config\": {\"seed\": -1}")) ==
        "scenarios/x.json:6:22: config.seed must be at least 0 (got -1)");
  CHECK(refusal(with(",\n  \"config\": {\"seed\": 1e30}")) ==
        "scenarios/x.json:6:22: config.seed must fit in a 64-bit integer (got 1e30)");
  CHECK(refusal(with(",\n  \"config\": {\"cost\": {\"wakep_ns\": 0}}")) ==
        "scenarios/x.json:6:35: config.cost.wakep_ns must be at least 1 (got 0)");
  CHECK(refusal(with(",\n  \"config\": {\"limits\": {\"max_virtual_time_ms\": 1e13}}")) ==
        "scenarios/x.json:6:48: config.limits.max_virtual_time_ms must be at most 9223372036854 (got 1e13)");
  CHECK(refusal(with(",\n  \"breakpoints\": [{\"time_ms\": -0.5}]")) ==
        "scenarios/x.json:6:31: breakpoints[0].time_ms must be at least 0 (got -0.5)");
}

TEST_CASE("bad input: an id that does not match the pattern") {
  CHECK(refusal("{\n  \"id\": \"Hello World\",\n  \"title\": \"T\",\n  \"summary\": \"S\",\n  \"source\": \"\"\n}") ==
        "scenarios/x.json:2:9: id must match the pattern ^[a-z0-9][a-z0-9_-]*$ (got \"Hello World\")");
}

TEST_CASE("bad input: a source_file that is not a .go file") {
  CHECK(refusal(R"({"id": "x", "title": "T", "summary": "S", "source_file": "x.txt"})") ==
        "scenarios/x.json:1:58: source_file must match the pattern \\.go$ (got \"x.txt\")");
}

TEST_CASE("bad input: an empty breakpoint") {
  CHECK(refusal(with(",\n  \"breakpoints\": [{\"line\": 1}, {}]")) ==
        "scenarios/x.json:6:32: breakpoints[1] is empty; give at least one of "
        "\"line\", \"event\", \"goroutine\" or \"time_ms\"");
}

TEST_CASE("bad input: a note with both a line and an event, or with neither") {
  CHECK(refusal(with(",\n  \"notes\": [{\"line\": 1, \"event\": \"steal\", \"text\": \"t\"}]")) ==
        "scenarios/x.json:6:25: \"line\" and \"event\" cannot both be given in notes[0]");
  CHECK(refusal(with(",\n  \"notes\": [{\"text\": \"t\"}]")) ==
        "scenarios/x.json:6:13: missing required key \"line\" or \"event\" in notes[0]");
}

TEST_CASE("bad input: several schema violations are all reported, in file order") {
  CHECK(refusal("{\n  \"id\": \"X\",\n  \"title\": 1,\n  \"summary\": \"S\",\n  \"source\": \"\",\n"
                "  \"config\": {\"GOMAXPROCS\": 0, \"GOGC\": true}\n}") ==
        "scenarios/x.json:2:9: id must match the pattern ^[a-z0-9][a-z0-9_-]*$ (got \"X\")\n"
        "scenarios/x.json:3:12: title must be a string (got 1)\n"
        "scenarios/x.json:6:28: config.GOMAXPROCS must be at least 1 (got 0)\n"
        "scenarios/x.json:6:39: config.GOGC must be an integer or \"off\" (got true)");
}

TEST_CASE("bad input: after 20 errors the list ends with \"too many errors\"") {
  std::string text = "{";
  for (int i = 0; i < 1000; ++i) text += "\"k" + std::to_string(i) + "\": 0, ";
  text += "\"id\": \"x\", \"title\": \"T\", \"summary\": \"S\", \"source\": \"\"}";
  ScenarioLoad load = gosim::parse_scenario("scenarios/x.json", text);
  REQUIRE(load.errors.size() == 21);
  CHECK(load.errors[0].str() == "scenarios/x.json:1:2: unknown key \"k0\" (known keys: $schema, id, title, title_zh-CN, "
                                "summary, source_file, source, config, breakpoints, notes, env, files, stdin, viz)");
  CHECK(load.errors[20].str() == "scenarios/x.json:1:192: too many errors");
}

// --- Rules beyond the schema --------------------------------------------------------------

TEST_CASE("bad input: an unknown event kind, with a suggestion when one is close") {
  CHECK(refusal(with(",\n  \"breakpoints\": [{\"event\": \"go_creat\"}]")) ==
        "scenarios/x.json:6:29: unknown event kind \"go_creat\" in breakpoints[0].event "
        "(did you mean \"go_create\"?)");
  CHECK(refusal(with(",\n  \"notes\": [{\"event\": \"banana\", \"text\": \"t\"}]")) ==
        "scenarios/x.json:6:23: unknown event kind \"banana\" in notes[0].event "
        "(the kinds are listed in docs/scenarios.md)");
}

TEST_CASE("bad input: a breakpoint line past the end of the program") {
  CHECK(refusal(with(",\n  \"breakpoints\": [{\"line\": 5}]")) ==
        "scenarios/x.json:6:28: breakpoints[0].line is 5, but the inline source has only 4 lines");
}

TEST_CASE("bad input: a missing source file, named as resolved from the JSON's folder") {
  ScenarioLoad load = gosim::parse_scenario(
      "scenarios/x.json", "{\"id\": \"x\", \"title\": \"T\", \"summary\": \"S\",\n \"source_file\": \"../gone/x.go\"}");
  CHECK(errors_of(load) ==
        "scenarios/x.json:2:17: cannot read source_file \"gone/x.go\": no such file or directory");
  REQUIRE(load.errors.size() == 1);
  CHECK(load.errors[0].pointer == "/source_file");
}

TEST_CASE("bad input: a source_file that is a directory") {
  TempDir tmp("srcdir");
  tmp.write("s/dir.go/keep", "");
  tmp.write("s/s.json", R"({"id": "x", "title": "T", "summary": "S", "source_file": "dir.go"})");
  CHECK(errors_of(gosim::load_scenario(tmp.path("s/s.json"))) ==
        tmp.path("s/s.json") + ":1:58: cannot read source_file \"" + tmp.path("s/dir.go") +
            "\": is a directory");
}

TEST_CASE("bad input: a line past the end of a source file names that file") {
  TempDir tmp("lines");
  tmp.write("p.go", "package main\n\nfunc main() {}\n");
  tmp.write("s.json", R"({"id": "x", "title": "T", "summary": "S", "source_file": "p.go",
 "notes": [{"line": 4, "text": "t"}]})");
  CHECK(errors_of(gosim::load_scenario(tmp.path("s.json"))) ==
        tmp.path("s.json") + ":2:21: notes[0].line is 4, but " + tmp.path("p.go") + " has only 3 lines");
}

TEST_CASE("bad input: the scenario file itself is missing or a directory") {
  CHECK(errors_of(gosim::load_scenario("scenarios/no_such_scenario.json")) ==
        "scenarios/no_such_scenario.json: cannot read file: no such file or directory");
  TempDir tmp("jsondir");
  tmp.write("d.json/keep", "");
  CHECK(errors_of(gosim::load_scenario(tmp.path("d.json"))) ==
        tmp.path("d.json") + ": cannot read file: is a directory");
}

// --- Robustness ---------------------------------------------------------------------------

TEST_CASE("damaged scenarios: never a crash, and every refusal has a position") {
  const std::string doc = with(R"(,
  "config": {"GOMAXPROCS": 2, "GOGC": "off", "seed": 3, "limits": {"max_events": 100},
             "cost": {"instr_ns": 2}, "whatif": {}},
  "breakpoints": [{"line": 3, "event": "steal", "goroutine": 1, "time_ms": 0.5}],
  "notes": [{"line": 1, "text": "a"}, {"event": "go_park", "text": "b"}])");
  REQUIRE(gosim::parse_scenario("scenarios/x.json", doc).scenario.has_value());
  // Damage that keeps the JSON well-formed more often than byte noise does, so the schema
  // and the reader see many wrong-but-parseable documents.
  const char* const kReplacements[] = {"0", "-1", "1e30", "\"\"", "\"x\"", "null", "true", "[]",
                                       "{}", "[{}]", "300", "1.5", "\"off\"", "{\"a\":1}"};
  std::mt19937 rng(7);
  int accepted = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = doc;
    for (int k = 0; k < 2; ++k) {
      // Replace one scalar (a run of characters after ": " up to , } or ]) with another value.
      size_t at = text.find(": ", rng() % text.size());
      if (at == std::string::npos) continue;
      size_t end = text.find_first_of(",}]", at + 2);
      if (end == std::string::npos) continue;
      text.replace(at + 2, end - at - 2, kReplacements[rng() % std::size(kReplacements)]);
    }
    ScenarioLoad load = gosim::parse_scenario("scenarios/x.json", text);
    INFO(text);
    if (load.scenario) {
      ++accepted;
      CHECK(load.errors.empty());
      continue;
    }
    REQUIRE(!load.errors.empty());
    for (const gosim::Diagnostic& d : load.errors) CHECK(d.pos.known());
  }
  CHECK(accepted > 0);
}

TEST_CASE("bad input: env names that syscall.Setenv would refuse, at the name (part io)") {
  CHECK(refusal(with(",\n  \"env\": {\"A=B\": \"x\"}")) ==
        "scenarios/x.json:6:11: env: the variable name \"A=B\" cannot contain '=' (write the value after the colon)");
  CHECK(refusal(with(",\n  \"env\": {\"\": \"x\"}")) == "scenarios/x.json:6:11: env: a variable name cannot be empty");
}

TEST_CASE("bad input: stdin is one string of at most 1 MiB (part vfs)") {
  CHECK(refusal(with(",\n  \"stdin\": [\"a\"]")).rfind("scenarios/x.json:6:12: ", 0) == 0);
  const std::string big(1048577, 'x');
  CHECK(refusal(with(",\n  \"stdin\": \"" + big + "\"")).rfind("scenarios/x.json:6:12: ", 0) == 0);
  ScenarioLoad ok = gosim::parse_scenario("scenarios/x.json", with(",\n  \"stdin\": \"3 4\\n\""));
  REQUIRE(ok.scenario.has_value());
  CHECK(ok.scenario->config.stdin_data == "3 4\n");
}
