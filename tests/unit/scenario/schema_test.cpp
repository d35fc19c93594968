// The schema validator, keyword by keyword, on small schemas written for each rule.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/scenario/json.h"
#include "sim/scenario/schema.h"

using gosim::JsonValue;

// Lets doctest print both sides of a failed comparison of message lists.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v) out += "\n  " + s;
    return (out + "\n}").c_str();
  }
};
}  // namespace doctest

namespace {

JsonValue json(std::string_view text) {
  gosim::JsonParse p = gosim::parse_json(text);
  INFO(p.error.message);
  REQUIRE(p.value.has_value());
  return *p.value;
}

// Each violation as "line:col pointer: message".
std::vector<std::string> violations(std::string_view schema, std::string_view value) {
  std::vector<std::string> out;
  for (const gosim::SchemaError& e : gosim::validate_against_schema(json(schema), json(value))) {
    out.push_back(std::to_string(e.pos.line) + ":" + std::to_string(e.pos.col) + " " + e.pointer +
                  ": " + e.message);
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("type: each JSON type by name, and integer means a whole number") {
  const char* schema = R"({"properties": {
      "s": {"type": "string"}, "i": {"type": "integer"}, "n": {"type": "number"},
      "b": {"type": "boolean"}, "o": {"type": "object"}, "a": {"type": "array"},
      "z": {"type": "null"}, "u": {"type": ["string", "integer"]}}})";
  CHECK(violations(schema, R"({"s": "x", "i": 2.0, "n": 1.5, "b": false, "o": {}, "a": [],
                               "z": null, "u": 3})")
            .empty());
  CHECK(violations(schema, R"({"s": 1, "i": 1.5, "n": "1", "b": 0, "o": [], "a": {}, "z": 0, "u": true})") ==
        Strings{"1:7 /s: s must be a string (got 1)",
                "1:15 /i: i must be an integer (got 1.5)",
                "1:25 /n: n must be a number (got \"1\")",
                "1:35 /b: b must be true or false (got 0)",
                "1:43 /o: o must be an object (got an array)",
                "1:52 /a: a must be an array (got an object)",
                "1:61 /z: z must be null (got 0)",
                "1:69 /u: u must be a string or an integer (got true)"});
}

TEST_CASE("an integer too large for int64 is refused even without a maximum") {
  CHECK(violations(R"({"properties": {"seed": {"type": "integer"}}})", R"({"seed": 1e30})") ==
        Strings{"1:10 /seed: seed must fit in a 64-bit integer (got 1e30)"});
}

TEST_CASE("the top-level value is named as such") {
  CHECK(violations(R"({"type": "object"})", "[1]") ==
        Strings{"1:1 : the top-level value must be an object (got an array)"});
}

TEST_CASE("minimum and maximum compare exactly, and quote the bound as the schema writes it") {
  const char* schema = R"({"properties": {"n": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807},
                                          "t": {"type": "number", "minimum": 0.5}}})";
  CHECK(violations(schema, R"({"n": 0, "t": 0.25})") ==
        Strings{"1:7 /n: n must be at least 1 (got 0)", "1:15 /t: t must be at least 0.5 (got 0.25)"});
  CHECK(violations(schema, R"({"n": 9223372036854775807})").empty());
  CHECK(violations(R"({"properties": {"n": {"maximum": 9223372036854775806}}})",
                   R"({"n": 9223372036854775807})") ==
        Strings{"1:7 /n: n must be at most 9223372036854775806 (got 9223372036854775807)"});
}

TEST_CASE("pattern is searched, not matched whole, as JSON Schema says") {
  const char* schema = R"({"properties": {"f": {"type": "string", "pattern": "\\.go$"}}})";
  CHECK(violations(schema, R"({"f": "dir/a.go"})").empty());
  CHECK(violations(schema, R"({"f": "a.go.txt"})") ==
        Strings{"1:7 /f: f must match the pattern \\.go$ (got \"a.go.txt\")"});
  // Too long to hand to std::regex, whose matcher recurses once per character.
  std::string long_value = R"({"f": ")" + std::string(5000, 'a') + R"("})";
  CHECK(violations(schema, long_value) == Strings{"1:7 /f: f is too long (5000 bytes; at most 1024)"});
  // At the cap the match runs, and must not exhaust the stack (the ASan build checks too).
  std::string at_cap = R"({"f": ")" + std::string(1021, 'a') + R"(.go"})";
  CHECK(violations(schema, at_cap).empty());
  const char* id_schema = R"({"properties": {"id": {"pattern": "^[a-z0-9][a-z0-9_-]*$"}}})";
  CHECK(violations(id_schema, R"({"id": ")" + std::string(1024, 'a') + R"("})").empty());
}

TEST_CASE("enum and const") {
  const char* schema = R"({"properties": {"e": {"enum": ["a", 1, null]}, "c": {"const": "off"}}})";
  CHECK(violations(schema, R"({"e": 1, "c": "off"})").empty());
  CHECK(violations(schema, R"({"e": "b", "c": "on"})") ==
        Strings{"1:7 /e: e must be one of \"a\", 1 or null (got \"b\")",
                "1:17 /c: c must be \"off\" (got \"on\")"});
}

TEST_CASE("closed objects name unknown keys and suggest the likely one") {
  const char* schema = R"({"type": "object", "additionalProperties": false,
      "properties": {"title": {}, "config": {"type": "object", "additionalProperties": false,
                     "properties": {"GOMAXPROCS": {}, "seed": {}}},
                     "whatif": {"type": "object", "properties": {}, "additionalProperties": false}}})";
  CHECK(violations(schema, R"({"titel": 1})") ==
        Strings{"1:2 /titel: unknown key \"titel\" (did you mean \"title\"?)"});
  CHECK(violations(schema, R"({"config": {"gomaxprocs": 2, "zzz": 1}})") ==
        Strings{"1:13 /config/gomaxprocs: unknown key \"gomaxprocs\" in config (did you mean \"GOMAXPROCS\"?)",
                "1:30 /config/zzz: unknown key \"zzz\" in config (known keys: GOMAXPROCS, seed)"});
  CHECK(violations(schema, R"({"whatif": {"x": true}})") ==
        Strings{"1:13 /whatif/x: unknown key \"x\" in whatif (no keys are defined there yet)"});
  // Open objects (no additionalProperties: false) accept anything.
  CHECK(violations(R"({"properties": {"a": {}}})", R"({"b": 1})").empty());
}

TEST_CASE("required keys are reported at the object that lacks them, with the pointer of the key") {
  const char* schema = R"({"required": ["id", "summary"],
                          "properties": {"c": {"type": "object", "required": ["x"]}}})";
  CHECK(violations(schema, "{\n  \"c\": {}\n}") ==
        Strings{"1:1 /id: missing required key \"id\"", "1:1 /summary: missing required key \"summary\"",
                "2:8 /c/x: missing required key \"x\" in c"});
}

TEST_CASE("minProperties: an empty object is told which keys it could have") {
  const char* schema = R"({"type": "array", "items": {"type": "object", "minProperties": 1,
                          "properties": {"line": {}, "event": {}}}})";
  CHECK(violations(schema, R"([{"line": 1}, {}])") ==
        Strings{"1:15 /1: [1] is empty; give at least one of \"line\" or \"event\""});
  CHECK(violations(R"({"minProperties": 2})", R"({"a": 1})") ==
        Strings{"1:1 : the top-level value must have at least 2 keys"});
}

TEST_CASE("items and minItems, with [index] in names") {
  const char* schema = R"({"properties": {"xs": {"type": "array", "minItems": 2, "items": {"type": "integer"}}}})";
  CHECK(violations(schema, R"({"xs": [1, "a", 3]})") ==
        Strings{"1:12 /xs/1: xs[1] must be an integer (got \"a\")"});
  CHECK(violations(schema, R"({"xs": [1]})") == Strings{"1:8 /xs: xs must have at least 2 items (got 1)"});
}

TEST_CASE("oneOf over required sets reads as a missing key or as keys that exclude each other") {
  const char* schema = R"({"oneOf": [{"required": ["source_file"]}, {"required": ["source"]}]})";
  CHECK(violations(schema, R"({"source": "x"})").empty());
  CHECK(violations(schema, R"({"id": 1})") ==
        Strings{"1:1 : missing required key \"source_file\" or \"source\""});
  CHECK(violations(schema, "{\"source\": \"x\",\n \"source_file\": \"a.go\"}") ==
        Strings{"2:2 /source_file: \"source_file\" and \"source\" cannot both be given"});
}

TEST_CASE("oneOf over types reports the alternative the value's type picks") {
  const char* schema = R"({"properties": {"GOGC": {"oneOf": [
      {"type": "integer", "minimum": -1, "maximum": 100000}, {"const": "off"}]}}})";
  CHECK(violations(schema, R"({"GOGC": "off"})").empty());
  CHECK(violations(schema, R"({"GOGC": -1})").empty());
  CHECK(violations(schema, R"({"GOGC": 200000})") ==
        Strings{"1:10 /GOGC: GOGC must be at most 100000 (got 200000)"});
  CHECK(violations(schema, R"({"GOGC": "on"})") ==
        Strings{"1:10 /GOGC: GOGC must be an integer or \"off\" (got \"on\")"});
  CHECK(violations(schema, R"({"GOGC": 1.5})") ==
        Strings{"1:10 /GOGC: GOGC must be an integer or \"off\" (got 1.5)"});
}

TEST_CASE("anyOf passes when any alternative does") {
  const char* schema = R"({"anyOf": [{"type": "integer"}, {"type": "string"}]})";
  CHECK(violations(schema, "3").empty());
  CHECK(violations(schema, "\"x\"").empty());
  CHECK(violations(schema, "true") ==
        Strings{"1:1 : the top-level value must be an integer or a string (got true)"});
}

TEST_CASE("violations come sorted by position in the file") {
  const char* schema = R"({"required": ["z"], "properties": {"a": {"type": "string"}, "b": {"type": "string"}}})";
  CHECK(violations(schema, "{\"b\": 1,\n \"a\": 2}") ==
        Strings{"1:1 /z: missing required key \"z\"", "1:7 /b: b must be a string (got 1)",
                "2:7 /a: a must be a string (got 2)"});
}

TEST_CASE("the shipped schema parses and uses only keywords the validator implements") {
  const JsonValue* schema = gosim::scenario_schema();
  INFO(gosim::scenario_schema_error().message);
  REQUIRE(schema != nullptr);
  CHECK(gosim::unsupported_schema_keywords(*schema).empty());
  // The check itself notices a keyword it does not know, at any depth.
  CHECK(gosim::unsupported_schema_keywords(json(
            R"({"properties": {"a": {"items": {"minLength": 3}}}, "not": {}, "additionalProperties": 3})")) ==
        Strings{"/properties/a/items/minLength", "/not", "/additionalProperties (only true, false or a schema is supported)"});
  // A schema as additionalProperties (a lesson's named runs) is checked inside too.
  CHECK(gosim::unsupported_schema_keywords(json(R"({"additionalProperties": {"not": {}}})")) ==
        Strings{"/additionalProperties/not"});
}

TEST_CASE("every property in the shipped schema has a title and a description for editors") {
  const JsonValue* schema = gosim::scenario_schema();
  REQUIRE(schema != nullptr);
  std::vector<const JsonValue*> todo = {schema};
  int checked = 0;
  while (!todo.empty()) {
    const JsonValue* s = todo.back();
    todo.pop_back();
    if (const JsonValue* items = s->find("items")) todo.push_back(items);
    const JsonValue* props = s->find("properties");
    if (!props) continue;
    for (const gosim::JsonMember& p : props->members) {
      INFO("property ", p.key);
      CHECK(p.value.find("title") != nullptr);
      CHECK(p.value.find("description") != nullptr);
      todo.push_back(&p.value);
      ++checked;
    }
  }
  CHECK(checked > 30);
}

TEST_CASE("suggest_name: small typos, case and transpositions, but nothing for unrelated words") {
  Strings keys = {"id", "title", "summary", "source_file", "source", "GOMAXPROCS", "GOGC", "seed"};
  CHECK(gosim::suggest_name("titel", keys) == "title");
  CHECK(gosim::suggest_name("sumary", keys) == "summary");
  CHECK(gosim::suggest_name("gomaxprocs", keys) == "GOMAXPROCS");
  CHECK(gosim::suggest_name("sourcefile", keys) == "source_file");
  CHECK(gosim::suggest_name("GOGS", keys) == "GOGC");
  CHECK(gosim::suggest_name("colour", keys) == "");
  CHECK(gosim::suggest_name("xy", keys) == "");
  CHECK(gosim::suggest_name(std::string(10000, 'a'), keys) == "");
}

TEST_CASE("maxLength counts characters and stops a long string before its pattern is tried") {
  const char* schema = R"({"properties": {"s": {"type": "string", "maxLength": 3, "pattern": "^a+$"}}})";
  CHECK(violations(schema, R"({"s": "aaa"})").empty());
  CHECK(violations(schema, R"({"s": "ééé"})") == Strings{"1:7 /s: s must match the pattern ^a+$ (got \"ééé\")"});
  CHECK(violations(schema, R"({"s": "aaaa"})") == Strings{"1:7 /s: s is too long (4 characters; at most 3)"});
}

namespace {
// Pointers of every "type": "string" schema in `s` that has no maxLength.
void uncapped_strings(const JsonValue& s, const std::string& at, Strings& out) {
  if (s.is_object()) {
    const JsonValue* type = s.find("type");
    if (type && type->is_string() && type->string == "string" && !s.find("maxLength")) out.push_back(at);
    for (const gosim::JsonMember& m : s.members) uncapped_strings(m.value, at + "/" + m.key, out);
  } else if (s.kind == gosim::JsonKind::kArray) {
    for (size_t i = 0; i < s.items.size(); ++i) uncapped_strings(s.items[i], at + "/" + std::to_string(i), out);
  }
}
}  // namespace

TEST_CASE("every string the shipped schema allows has a maxLength") {
  const JsonValue* schema = gosim::scenario_schema();
  REQUIRE(schema != nullptr);
  Strings uncapped;
  uncapped_strings(*schema, "", uncapped);
  CHECK(uncapped == Strings{});
}
