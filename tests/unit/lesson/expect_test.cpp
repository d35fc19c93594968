// Expectations on a state JSON: paths, filters, functions, every operator, and the errors.
#include <doctest/doctest.h>

#include "sim/lesson/expect.h"
#include "sim/lesson/text_pos.h"

using gosim::lesson::evaluate;
using gosim::lesson::ExprError;
using gosim::lesson::ExprResult;
using gosim::lesson::parse_expectation;
using gosim::lesson::parse_operand_only;
using json = nlohmann::ordered_json;

namespace {

// The shape of `gosim state --json` (docs/state.md), cut down to what the cases read.
const json& state() {
  static const json kState = json::parse(R"({
    "ps": [{"id": 0, "runnext": 7, "runq": {"length": 2, "goids": [5, 6]}},
           {"id": 1, "runnext": null, "runq": {"length": 0, "goids": []}}],
    "goroutines": [
      {"goid": 1, "status": "waiting", "wait_reason": "chan receive",
       "frames": [{"func": "main.main", "vars": [{"name": "b", "heap_addr": "0xc000010010", "value": "42"},
                                                {"name": "s", "heap_addr": null, "value": "len=3"}]}]},
      {"goid": 7, "status": "runnable", "queue": {"where": "runnext", "p": 0}}],
    "sched": {"runq": []},
    "heap": {"spans": [
      {"base": "0xc000004000", "npages": 4, "use": "stack"},
      {"base": "0xc000010000", "npages": 1, "use": "heap", "sizeclass": 2, "elemsize": 16, "slots": "wgb."}]},
    "output": "hello\nworld\n"
  })");
  return kState;
}

ExprResult eval(std::string_view text) {
  ExprError err;
  const auto e = parse_expectation(text, &err);
  INFO(text, ": ", err.message);
  REQUIRE(e.has_value());
  return evaluate(*e, state());
}

bool holds(std::string_view text) {
  const ExprResult r = eval(text);
  INFO(text, ": ", r.error);
  REQUIRE(r.error.empty());
  return r.holds;
}

std::string error_of(std::string_view text) { return eval(text).error; }

ExprError parse_error(std::string_view text) {
  ExprError err;
  CHECK_FALSE(parse_expectation(text, &err).has_value());
  return err;
}

}  // namespace

TEST_CASE("paths: keys, indexes and [key=value] filters") {
  CHECK(holds("ps[id=0].runnext == 7"));
  CHECK(holds("ps[1].runnext == null"));
  CHECK(holds("ps[id=0].runq.goids[1] == 6"));
  CHECK(holds("goroutines[goid=1].frames[0].vars[name=b].heap_addr == \"0xc000010010\""));
  CHECK(holds("goroutines[goid=1].wait_reason == \"chan receive\""));
  CHECK(holds("goroutines[status=runnable].goid == 7"));           // a bare word
  CHECK(holds("goroutines[status=\"runnable\"].goid == 7"));       // a quoted string
  CHECK(holds("goroutines[goid=7].queue.where == \"runnext\""));
}

TEST_CASE("every operator") {
  CHECK(holds("ps[id=0].runnext == 7"));
  CHECK_FALSE(holds("ps[id=0].runnext == 6"));
  CHECK(holds("ps[id=0].runnext != 6"));
  CHECK(holds("ps[id=0].runq.length < 3"));
  CHECK_FALSE(holds("ps[id=0].runq.length < 2"));
  CHECK(holds("ps[id=0].runq.length <= 2"));
  CHECK(holds("ps[id=0].runq.length > 1"));
  CHECK(holds("ps[id=0].runq.length >= 2"));
  CHECK_FALSE(holds("ps[id=0].runq.length >= 3"));
  CHECK(holds("goroutines[goid=1].status < \"z\""));                 // strings compare too
  CHECK(holds("ps[id=0].runq.goids contains 6"));
  CHECK_FALSE(holds("ps[id=0].runq.goids contains 7"));
  CHECK(holds("output contains \"world\""));
  CHECK(holds("ps[id=0].runq.goids == [5,6]"));
  CHECK(holds("sched.runq == []"));
  CHECK(holds("ps[id=0].runnext == 7.0"));                           // numbers compare by value
}

TEST_CASE("len, color and span") {
  CHECK(holds("len(ps) == 2"));
  CHECK(holds("len(ps[id=0].runq.goids) == 2"));
  CHECK(holds("len(output) == 12"));
  CHECK(holds("len(ps[0].runq) == 2"));  // an object's size: its keys
  CHECK(holds("color(goroutines[goid=1].frames[0].vars[name=b].heap_addr) == \"grey\""));  // slot 1 of "wgb."
  CHECK(eval("color(goroutines[goid=1].frames[0].vars[name=b].heap_addr) == \"grey\"").actual == "grey");
  CHECK(holds("span(goroutines[goid=1].frames[0].vars[name=b].heap_addr).elemsize == 16"));
  CHECK(holds("span(goroutines[goid=1].frames[0].vars[name=b].heap_addr).sizeclass == 2"));
}

TEST_CASE("evaluation errors say what is there instead") {
  CHECK(error_of("ps[id=9].runnext == 7") == "no element with id=9 in ps (ids 0, 1)");
  CHECK(error_of("ps[id=0].runext == 7") == "ps[id=0] has no key \"runext\" (did you mean \"runnext\"?)");
  CHECK(error_of("ps[5].runnext == 7") == "ps has 2 elements; [5] is out of range");
  CHECK(error_of("ps[id=1].runnext.goid == 7") == "ps[id=1].runnext is null, not an object: it has no key \"goid\"");
  CHECK(error_of("nothing == 7").find("the state has no key \"nothing\"") == 0);
  CHECK(error_of("len(ps[id=0].runnext) == 1") == "len(ps[id=0].runnext): ps[id=0].runnext is 7, which has no length");
  CHECK(error_of("color(goroutines[goid=1].frames[0].vars[name=s].heap_addr) == \"white\"") ==
        "color(goroutines[goid=1].frames[0].vars[name=s].heap_addr): goroutines[goid=1].frames[0].vars[name=s].heap_addr is "
        "null, not an address");
  CHECK(error_of("color(goroutines[goid=1].frames[0].vars[name=b].value) == \"white\"").find("not an address") != std::string::npos);
  CHECK(error_of("ps[id=0].runnext contains 7") == "ps[id=0].runnext is 7; contains wants a string (substring) or an array (element)");
  CHECK(error_of("ps[id=0].runnext < \"a\"") == "ps[id=0].runnext is 7; < compares two numbers or two strings");
}

TEST_CASE("addresses outside the heap, and in a stack span") {
  const json st = json::parse(R"({"a": "0xc000004100", "b": "0xd000000000",
    "heap": {"spans": [{"base": "0xc000004000", "npages": 4, "use": "stack"}]}})");
  ExprError err;
  auto e = parse_expectation("color(a) == \"white\"", &err);
  REQUIRE(e);
  CHECK(evaluate(*e, st).error == "color(a): 0xc000004100 is in a goroutine stack span, which has no slot colours");
  e = parse_expectation("span(b).npages == 1", &err);
  REQUIRE(e);
  CHECK(evaluate(*e, st).error == "span(b): 0xd000000000 is in no span of the heap");
}

TEST_CASE("syntax errors carry the offset of the problem") {
  ExprError e = parse_error("ps[id=0].runnext = 7");
  CHECK(e.offset == 17);
  CHECK(e.message == "expected an operator: == != < <= > >= or contains");
  e = parse_error("ps[id=0].runnext == runnable");
  CHECK(e.offset == 20);
  CHECK(e.message.find("is not a JSON literal") != std::string::npos);
  e = parse_error("ps[id=0.runnext == 7");
  CHECK(e.offset == 2);
  CHECK(e.message == "[ without a closing ]");
  e = parse_error("ps[].runnext == 7");
  CHECK(e.message.find("empty []") == 0);
  e = parse_error("len(ps == 2");
  CHECK(e.message == "expected ) to close the function's argument");
  e = parse_error("ps[id=0].runnext");
  CHECK(e.offset == 16);
  e = parse_error("ps[id=0]..runnext == 7");
  CHECK(e.offset == 9);
  e = parse_error("== 7");
  CHECK(e.offset == 0);
}

TEST_CASE("answer_path is a path alone") {
  ExprError err;
  CHECK(parse_operand_only("ms[id=0].curg", &err).has_value());
  CHECK(parse_operand_only("len(sched.runq)", &err).has_value());
  CHECK_FALSE(parse_operand_only("ms[id=0].curg == 7", &err).has_value());
  CHECK(err.offset == 14);
}

TEST_CASE("positions inside a JSON string count escapes as written") {
  // Line 2 is `  "e": ["a == \"x\" \u00e9 z"]`: the string's quote is at column 9.
  const std::string file = "{\n  \"e\": [\"a == \\\"x\\\" \\u00e9 z\"]\n}";
  const gosim::Pos quote{2, 9};
  CHECK(gosim::lesson::string_char_pos(file, quote, 0) == gosim::Pos{2, 10});   // a
  CHECK(gosim::lesson::string_char_pos(file, quote, 5) == gosim::Pos{2, 15});   // the escaped quote: \"
  CHECK(gosim::lesson::string_char_pos(file, quote, 6) == gosim::Pos{2, 17});   // x
  CHECK(gosim::lesson::string_char_pos(file, quote, 11) == gosim::Pos{2, 27});  // the space after \u00e9 (2 bytes decoded)
  CHECK(gosim::lesson::string_char_pos(file, quote, 12) == gosim::Pos{2, 28});  // z
}
