// The JSON reader: positions, decoding, and one sentence per kind of malformed input.
#include <doctest/doctest.h>

#include <string>

#include "sim/scenario/json.h"

using gosim::JsonKind;
using gosim::JsonParse;
using gosim::JsonValue;
using gosim::parse_json;
using gosim::Pos;

namespace {

JsonValue parse_ok(std::string_view text) {
  JsonParse p = parse_json(text);
  INFO("error: ", p.error.pos.line, ":", p.error.pos.col, ": ", p.error.message);
  REQUIRE(p.value.has_value());
  return *p.value;
}

// "line:col: message" of the refusal, the shape the scenario loader prints after the file name.
std::string parse_error(std::string_view text) {
  JsonParse p = parse_json(text);
  if (p.value) return "(accepted)";
  return std::to_string(p.error.pos.line) + ":" + std::to_string(p.error.pos.col) + ": " +
         p.error.message;
}

std::string decode_string(std::string_view literal) { return parse_ok(literal).string; }

}  // namespace

TEST_CASE("every value and key records its line and byte column") {
  JsonValue v = parse_ok("{\n  \"a\": [1, true],\n\t\"b\": {\"c\": null}\n}");
  CHECK(v.pos == Pos{1, 1});
  REQUIRE(v.members.size() == 2);
  CHECK(v.members[0].key_pos == Pos{2, 3});
  CHECK(v.members[0].value.pos == Pos{2, 8});
  CHECK(v.members[0].value.items[0].pos == Pos{2, 9});
  CHECK(v.members[0].value.items[1].pos == Pos{2, 12});
  // A tab is one byte, so one column, as go vet and gofmt count.
  CHECK(v.members[1].key_pos == Pos{3, 2});
  CHECK(v.members[1].value.members[0].value.pos == Pos{3, 13});
}

TEST_CASE("columns count bytes, so a multi-byte character moves the column by its length") {
  JsonValue v = parse_ok("{\"é\": 1, \"x\": 2}");
  CHECK(v.members[0].value.pos == Pos{1, 8});
  CHECK(v.members[1].key_pos == Pos{1, 11});
}

TEST_CASE("CRLF line endings count one line per CRLF") {
  JsonValue v = parse_ok("{\r\n\"a\": 1,\r\n\"b\": 2\r\n}\r\n");
  CHECK(v.members[1].key_pos == Pos{3, 1});
}

TEST_CASE("a UTF-8 byte order mark is skipped but its bytes still count as columns") {
  JsonValue v = parse_ok("\xEF\xBB\xBF{\"a\": 1}");
  CHECK(v.pos == Pos{1, 4});
}

TEST_CASE("members keep file order") {
  JsonValue v = parse_ok(R"({"z": 1, "a": 2, "m": 3})");
  REQUIRE(v.members.size() == 3);
  CHECK(v.members[0].key == "z");
  CHECK(v.members[1].key == "a");
  CHECK(v.members[2].key == "m");
  CHECK(v.find("a")->int64 == 2);
  CHECK(v.find("nope") == nullptr);
}

TEST_CASE("string escapes decode to UTF-8") {
  CHECK(decode_string(R"("a\"b\\c\/d")") == "a\"b\\c/d");
  CHECK(decode_string(R"("\b\f\n\r\t")") == "\b\f\n\r\t");
  CHECK(decode_string(R"("\u0041\u00e9\u20AC")") == "A\xC3\xA9\xE2\x82\xAC");
  // A surrogate pair written as two escapes is one code point: U+1F600, four UTF-8 bytes.
  CHECK(decode_string(R"("\uD83D\uDE00")") == "\xF0\x9F\x98\x80");
  CHECK(decode_string(R"("\u0000")") == std::string(1, '\0'));
  CHECK(decode_string("\"raw é 😀\"") == "raw é 😀");
}

TEST_CASE("numbers keep their literal, their value, and an exact int64 when whole") {
  JsonValue v = parse_ok("[0, -7, 9223372036854775807, -9223372036854775808, 1.5, 1e3, 2.0, "
                         "1E-2, 99999999999999999999, 1e-400]");
  CHECK((v.items[0].is_int64 && v.items[0].int64 == 0));
  CHECK(v.items[1].int64 == -7);
  CHECK(v.items[2].int64 == INT64_MAX);
  CHECK(v.items[3].int64 == INT64_MIN);
  CHECK(!v.items[4].is_int64);
  CHECK(v.items[4].number == 1.5);
  CHECK(!v.items[4].is_integer());
  CHECK(v.items[5].number_text == "1e3");
  CHECK((v.items[5].is_int64 && v.items[5].int64 == 1000));
  CHECK((v.items[6].is_integer() && v.items[6].int64 == 2));
  CHECK(v.items[7].number == doctest::Approx(0.01));
  // Whole, but too big for int64: an integer to JSON Schema, not to us.
  CHECK(v.items[8].is_integer());
  CHECK(!v.items[8].is_int64);
  CHECK(v.items[9].number == 0);  // underflow rounds to zero
}

TEST_CASE("literals and empty containers") {
  JsonValue v = parse_ok(" [true, false, null, {}, []] ");
  CHECK(v.items[0].kind == JsonKind::kBool);
  CHECK(v.items[0].boolean);
  CHECK(!v.items[1].boolean);
  CHECK(v.items[2].kind == JsonKind::kNull);
  CHECK(v.items[3].members.empty());
  CHECK(v.items[4].items.empty());
}

TEST_CASE("structural mistakes say what was expected where") {
  CHECK(parse_error("{\"a\": 1 \"b\": 2}") == "1:9: expected ',' or '}' after object member, found '\"'");
  CHECK(parse_error("[1 2]") == "1:4: expected ',' or ']' after array element, found '2'");
  CHECK(parse_error("{\"a\" 1}") == "1:6: expected ':' after object key, found '1'");
  CHECK(parse_error("{\"a\": }") == "1:7: expected a JSON value, found '}'");
  CHECK(parse_error("{\"a\": 1,\n  \"b\"") == "2:6: unexpected end of input; expected ':' after object key");
  CHECK(parse_error("{\"a\": [1,") == "1:10: unexpected end of input; expected a JSON value");
  CHECK(parse_error("") == "1:1: unexpected end of input; expected a JSON value");
  CHECK(parse_error("{} {}") == "1:4: expected end of input after the top-level value");
  CHECK(parse_error("{,}") == "1:2: expected a key in double quotes or '}', found ','");
}

TEST_CASE("mistakes carried over from other languages get their own sentence") {
  CHECK(parse_error("{\"a\": 1,}") == "1:8: trailing comma before '}' is not allowed in JSON");
  CHECK(parse_error("[1, 2,\n]") == "1:6: trailing comma before ']' is not allowed in JSON");
  CHECK(parse_error("{\n  // GOMAXPROCS\n}") == "2:3: comments are not allowed in JSON");
  CHECK(parse_error("{\"a\": /* x */ 1}") == "1:7: comments are not allowed in JSON");
  CHECK(parse_error("{'a': 1}") == "1:2: object keys must be in double quotes, not single quotes");
  CHECK(parse_error("{a: 1}") == "1:2: object keys must be in double quotes");
  CHECK(parse_error("{\"a\": 'x'}") == "1:7: strings must be in double quotes, not single quotes");
  CHECK(parse_error("{\"a\": hello}") == "1:7: unquoted word hello; strings must be in double quotes");
  CHECK(parse_error("{\"a\": True}") == "1:7: unknown literal True (JSON spells it true)");
  CHECK(parse_error("{\"a\": NULL}") == "1:7: unknown literal NULL (JSON spells it null)");
  CHECK(parse_error("{\"a\": \xE2\x80\x9Cx\xE2\x80\x9D}") ==
        "1:7: curly quote '\xE2\x80\x9C' is not a JSON quote; use '\"'");
}

TEST_CASE("string errors point at the opening quote or at the bad escape") {
  CHECK(parse_error("{\"a\": \"abc}") == "1:7: unterminated string");
  CHECK(parse_error("{\"a\": \"abc\n\"}") == "1:7: unterminated string");
  CHECK(parse_error("[\"a\\") == "1:2: unterminated string");
  CHECK(parse_error("[\"a\tb\"]") == "1:4: control character U+0009 in string must be escaped");
  CHECK(parse_error(R"(["a\qb"])") == "1:4: invalid escape '\\q' in string");
  CHECK(parse_error(R"(["\u12G4"])") == "1:3: invalid \\u escape: expected 4 hex digits");
  CHECK(parse_error(R"(["\u12"])") == "1:3: invalid \\u escape: expected 4 hex digits");
  CHECK(parse_error(R"(["x\uD800"])") ==
        "1:4: invalid \\u escape: high surrogate not followed by a low surrogate");
  CHECK(parse_error(R"(["\uD800\u0041"])") ==
        "1:3: invalid \\u escape: high surrogate not followed by a low surrogate");
  CHECK(parse_error(R"(["\uDC00"])") == "1:3: invalid \\u escape: unpaired low surrogate");
}

TEST_CASE("number errors") {
  CHECK(parse_error("[01]") == "1:2: invalid number: leading zeros are not allowed");
  CHECK(parse_error("[-]") == "1:2: invalid number: expected a digit after '-'");
  CHECK(parse_error("[1.]") == "1:2: invalid number: expected a digit after '.'");
  CHECK(parse_error("[.5]") == "1:2: invalid number: expected a digit before '.'");
  CHECK(parse_error("[+1]") == "1:2: invalid number: JSON numbers cannot start with '+'");
  CHECK(parse_error("[1e]") == "1:2: invalid number: expected a digit in the exponent");
  CHECK(parse_error("[1e+]") == "1:2: invalid number: expected a digit in the exponent");
  CHECK(parse_error("[1e400]") == "1:2: invalid number: out of range");
  CHECK(parse_error("[-Infinity]") == "1:2: invalid number: expected a digit after '-'");
  CHECK(parse_error("[NaN]") == "1:2: unquoted word NaN; strings must be in double quotes");
}

TEST_CASE("duplicate keys are refused at the second one, naming the first") {
  CHECK(parse_error("{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}") ==
        "3:3: duplicate key \"title\" (first at 2:3)");
  // Same key in different objects is fine.
  CHECK(parse_error(R"({"a": {"x": 1}, "b": {"x": 2}})") == "(accepted)");
}

TEST_CASE("invalid UTF-8 anywhere is refused at its first byte") {
  CHECK(parse_error("{\"a\": \"\xFF\"}") == "1:8: invalid UTF-8 encoding (JSON text must be UTF-8)");
  CHECK(parse_error("{\n\"a\xC3\": 1}") == "2:3: invalid UTF-8 encoding (JSON text must be UTF-8)");
  // Overlong '/', an encoded surrogate, and a code point past U+10FFFF.
  CHECK(parse_error("[\"\xC0\xAF\"]") == "1:3: invalid UTF-8 encoding (JSON text must be UTF-8)");
  CHECK(parse_error("[\"\xED\xA0\x80\"]") == "1:3: invalid UTF-8 encoding (JSON text must be UTF-8)");
  CHECK(parse_error("[\"\xF4\x90\x80\x80\"]") == "1:3: invalid UTF-8 encoding (JSON text must be UTF-8)");
}

TEST_CASE("nesting is capped so no input can exhaust the stack") {
  std::string ok(gosim::kJsonMaxDepth, '[');
  ok += std::string(gosim::kJsonMaxDepth, ']');
  CHECK(parse_error(ok) == "(accepted)");

  std::string bomb(1'000'000, '[');
  CHECK(parse_error(bomb) == "1:65: nesting too deep (more than 64 levels)");
  std::string objects;
  for (int i = 0; i < 100'000; ++i) objects += "{\"a\":";
  CHECK(parse_error(objects) == "1:321: nesting too deep (more than 64 levels)");
}

TEST_CASE("json_quote escapes what would break a one-line message") {
  CHECK(gosim::json_quote("a\"b\n\x01") == "\"a\\\"b\\n\\u0001\"");
}

TEST_CASE("json_describe shows scalars as written and cuts long strings") {
  JsonValue v = parse_ok(R"([1e3, "short", {}, [], null, "0123456789012345678901234567890123456789XYZ"])");
  CHECK(gosim::json_describe(v.items[0]) == "1e3");
  CHECK(gosim::json_describe(v.items[1]) == "\"short\"");
  CHECK(gosim::json_describe(v.items[2]) == "an object");
  CHECK(gosim::json_describe(v.items[3]) == "an array");
  CHECK(gosim::json_describe(v.items[4]) == "null");
  CHECK(gosim::json_describe(v.items[5]) == "\"0123456789012345678901234567890123456789\"...");
}
