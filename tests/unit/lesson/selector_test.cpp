// Lesson selectors: gosim state --at's vocabulary plus &, p:N and next:.
#include <doctest/doctest.h>

#include "sim/lesson/selector.h"

using gosim::EventKind;
using gosim::lesson::EventRecord;
using gosim::lesson::parse_selector;
using gosim::lesson::resolve_selector;
using gosim::lesson::Selector;
using gosim::lesson::SelectorError;

namespace {

Selector parse(std::string_view s) {
  SelectorError err;
  auto sel = parse_selector(s, &err);
  INFO(s, ": ", err.message);
  REQUIRE(sel.has_value());
  return *sel;
}

SelectorError parse_error(std::string_view s) {
  SelectorError err;
  CHECK_FALSE(parse_selector(s, &err).has_value());
  return err;
}

// A small run: G1 creates G6 and G7 on P0, G6 starts on P1, G7 on P0, G6 starts again.
std::vector<EventRecord> run() {
  const EventKind create = gosim::event_kind_from_name("go_create");
  const EventKind start = gosim::event_kind_from_name("go_start");
  return {{1, create, 6, 0, 12}, {2, create, 7, 0, 12}, {3, start, 6, 1, 13}, {4, start, 7, 0, 13}, {5, start, 6, 0, 14}};
}

uint64_t resolve(std::string_view s, uint64_t after = 0) {
  bool end = false;
  std::string err;
  const auto seq = resolve_selector(parse(s), run(), after, &end, &err);
  INFO(s, ": ", err);
  REQUIRE(seq.has_value());
  return *seq;
}

std::string resolve_error(std::string_view s, uint64_t after = 0) {
  bool end = false;
  std::string err;
  CHECK_FALSE(resolve_selector(parse(s), run(), after, &end, &err).has_value());
  return err;
}

}  // namespace

TEST_CASE("numbers, end and the single selectors of gosim state --at") {
  CHECK(resolve("0") == 0);
  CHECK(resolve("3") == 3);
  CHECK(resolve("kind:go_start") == 3);
  CHECK(resolve("g:7") == 2);
  CHECK(resolve("line:14") == 5);
  CHECK(resolve("p:1") == 3);
  bool end = false;
  std::string err;
  CHECK(resolve_selector(parse("end"), run(), 0, &end, &err) == 5u);
  CHECK(end);
}

TEST_CASE("#K picks the K-th match, and applies to the whole conjunction") {
  CHECK(resolve("kind:go_start#2") == 4);
  CHECK(resolve("kind:go_start&g:6") == 3);
  CHECK(resolve("kind:go_start&g:6#2") == 5);
  CHECK(resolve("kind:go_start&p:0") == 4);
  CHECK(resolve("kind:go_start&p:0&g:6") == 5);
}

TEST_CASE("next: counts only events after the previous stop") {
  CHECK(resolve("next:kind:go_start", 3) == 4);
  CHECK(resolve("next:g:6", 3) == 5);
  CHECK(resolve("next:kind:go_create", 0) == 1);
  CHECK(resolve("next:kind:go_start#2", 2) == 4);
}

TEST_CASE("a selector that never matches says how many matches the run has") {
  CHECK(resolve_error("kind:go_start#4") == "kind:go_start#4 never happens; the run has 3 matches");
  CHECK(resolve_error("kind:go_exit") == "kind:go_exit never happens (the run has 5 events)");
  CHECK(resolve_error("next:kind:go_create", 2) == "next:kind:go_create never happens after event 2 (the run has 5 events)");
  CHECK(resolve_error("9") == "9: event 9 is past the end: the run has 5 events");
}

TEST_CASE("malformed selectors name the offending part and its offset") {
  SelectorError e = parse_error("kind:go_strat");
  CHECK(e.offset == 5);
  CHECK(e.message.find("unknown event kind \"go_strat\"") == 0);
  e = parse_error("kind:go_start&gg:7");
  CHECK(e.offset == 14);
  CHECK(e.message.find("unknown selector \"gg\"") == 0);
  e = parse_error("kind:go_start&");
  CHECK(e.offset == 14);
  e = parse_error("g:0");
  CHECK(e.message == "g: wants a positive number, not \"0\"");
  e = parse_error("kind:go_start#0");
  CHECK(e.offset == 13);
  e = parse_error("next:kind:go_start#2&g:6");
  CHECK(e.offset == 18);  // #K goes at the very end
  CHECK(parse_error("next:end").message == "next:end means nothing more than end; write end");
  CHECK(parse_error("next:5").message.find("next: takes") == 0);
  CHECK(parse_error("").message.find("an empty selector") == 0);
}

TEST_CASE("line: selectors ask the recorder for lines; the others do not") {
  CHECK(parse("kind:go_start&line:12").needs_lines());
  CHECK_FALSE(parse("kind:go_start&g:3").needs_lines());
}
