// A small JSON reader that remembers where every value and key was written.
//
// Scenario files are written by hand, so a refusal has to point at the character a teacher
// must fix: `hello.json:5:19: config.GOMAXPROCS must be at most 256`. nlohmann::json drops
// positions once parsing is done, hence this reader: a strict RFC 8259 parser that builds its
// own small tree where each value carries the line:col of its first character and each object
// member the line:col of its key. Columns count bytes from 1, as the Go tools count them.
//
// Strictness is on purpose: no comments, no trailing commas, no duplicate keys, UTF-8 only
// (a leading byte order mark is skipped, as RFC 8259 allows), lone \u surrogates refused.
// Each refusal is one sentence saying what was expected there. Nesting deeper than
// kJsonMaxDepth is refused so that no input can exhaust the stack; every other step consumes
// input, so parsing always ends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/base/diag.h"

namespace gosim {

// Scenario files nest four levels deep; 64 leaves room for any hand-written JSON.
inline constexpr int kJsonMaxDepth = 64;

enum class JsonKind { kNull, kBool, kNumber, kString, kArray, kObject };

struct JsonMember;

struct JsonValue {
  JsonKind kind = JsonKind::kNull;
  Pos pos;  // first character of the value

  bool boolean = false;
  // Numbers keep the literal as written (for messages: "got 1e3", not "got 1000.000000"),
  // its double value, and an exact int64 when the value is a whole number that fits.
  std::string number_text;
  double number = 0;
  bool is_int64 = false;
  int64_t int64 = 0;

  std::string string;                // kString: decoded UTF-8
  std::vector<JsonValue> items;      // kArray
  std::vector<JsonMember> members;   // kObject, in file order

  bool is_object() const { return kind == JsonKind::kObject; }
  bool is_string() const { return kind == JsonKind::kString; }
  bool is_number() const { return kind == JsonKind::kNumber; }
  // JSON Schema's "integer": any number with no fractional part (1.0 counts, 1e30 too).
  bool is_integer() const;

  // The member named `key` of an object, or nullptr.
  const JsonMember* find_member(std::string_view key) const;
  const JsonValue* find(std::string_view key) const;
};

struct JsonMember {
  std::string key;
  Pos key_pos;  // the opening quote of the key
  JsonValue value;
};

struct JsonError {
  Pos pos;
  std::string message;
};

struct JsonParse {
  std::optional<JsonValue> value;
  JsonError error;  // set when value is empty
};

JsonParse parse_json(std::string_view text);

// The byte offset of the first malformed UTF-8 sequence (overlong forms, surrogates and
// code points past U+10FFFF count as malformed), or nullopt when `text` is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view text);

// The 1-based line:col of byte `offset` in `text`.
Pos pos_at_offset(std::string_view text, size_t offset);

// `s` in double quotes with JSON escapes, for messages: a key holding a newline or a NUL
// must not break the one-line shape of a diagnostic.
std::string json_quote(std::string_view s);

// json_quote, cut after 40 bytes with "..." (a 15 MiB key or string is never echoed whole).
std::string json_quote_short(std::string_view s);

// A short rendering of a value for "(got ...)" in messages: the literal as written for
// scalars (long strings cut with "..."), "an object" / "an array" for containers.
std::string json_describe(const JsonValue& v);

bool json_equal(const JsonValue& a, const JsonValue& b);

}  // namespace gosim
