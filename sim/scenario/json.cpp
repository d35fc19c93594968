// The JSON reader: a recursive-descent parser over valid UTF-8.
//
// The text is checked for UTF-8 first, so the parser proper only ever sees whole characters
// and can name an unexpected one in its message. Errors travel as a C++ exception inside this
// file only (a ParseFailure caught in parse_json); callers get a plain JsonParse value.
//
// Beyond "expected X", a few mistakes people make when hand-writing JSON get their own
// sentence, because they are the ones that come from other languages and editors: comments,
// trailing commas, single quotes, bare words, curly quotes pasted from a document.
#include "sim/scenario/json.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <map>
#include <system_error>

namespace gosim {

namespace {

struct ParseFailure {
  Pos pos;
  std::string message;
};

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The length of the (valid) UTF-8 sequence that starts with byte `c`.
size_t utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {
    // RFC 8259 lets a parser ignore a byte order mark; columns still count its bytes.
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
  }

  JsonValue parse_document() {
    skip_ws();
    JsonValue v = parse_value(0);
    skip_ws();
    if (!at_end()) fail(pos(), "expected end of input after the top-level value");
    return v;
  }

 private:
  std::string_view text_;
  size_t i_ = 0;
  int32_t line_ = 1;
  size_t line_start_ = 0;

  bool at_end() const { return i_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return i_ + ahead < text_.size() ? text_[i_ + ahead] : '\0';
  }
  Pos pos() const { return pos_of(i_); }
  Pos pos_of(size_t offset) const {
    return {line_, static_cast<int32_t>(offset - line_start_ + 1)};
  }

  [[noreturn]] void fail(Pos p, std::string message) { throw ParseFailure{p, std::move(message)}; }

  void skip_ws() {
    while (!at_end() && is_ws(text_[i_])) {
      if (text_[i_] == '\n') {
        ++line_;
        line_start_ = i_ + 1;
      }
      ++i_;
    }
  }

  // The character at the cursor, quoted for a message ('x', or the whole UTF-8 character).
  std::string current_char() const {
    size_t n = utf8_length(static_cast<unsigned char>(peek()));
    std::string_view c = text_.substr(i_, n);
    if (c.size() == 1 && static_cast<unsigned char>(c[0]) < 0x20) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c[0]));
      return buf;
    }
    return "'" + std::string(c) + "'";
  }

  // Fails at the cursor with "expected <what>", or with a sentence for a known mistake.
  [[noreturn]] void fail_expected(const std::string& what) {
    if (at_end()) fail(pos(), "unexpected end of input; expected " + what);
    char c = peek();
    if (c == '/' && (peek(1) == '/' || peek(1) == '*')) {
      fail(pos(), "comments are not allowed in JSON");
    }
    if (text_.substr(i_, 3) == "\xE2\x80\x9C" || text_.substr(i_, 3) == "\xE2\x80\x9D") {
      fail(pos(), "curly quote " + current_char() + " is not a JSON quote; use '\"'");
    }
    fail(pos(), "expected " + what + ", found " + current_char());
  }

  JsonValue parse_value(int depth) {
    JsonValue v;
    v.pos = pos();
    switch (peek()) {
      case '{':
        parse_object(v, depth + 1);
        return v;
      case '[':
        parse_array(v, depth + 1);
        return v;
      case '"':
        v.kind = JsonKind::kString;
        v.string = parse_string();
        return v;
      case '\'':
        fail(pos(), "strings must be in double quotes, not single quotes");
      default:
        break;
    }
    char c = peek();
    if (c == '-' || is_digit(c) || c == '+' || c == '.') {
      parse_number(v);
      return v;
    }
    if (is_word_char(c) && !at_end()) {
      parse_word(v);
      return v;
    }
    fail_expected("a JSON value");
  }

  void check_depth(int depth) {
    if (depth > kJsonMaxDepth) {
      fail(pos(), "nesting too deep (more than " + std::to_string(kJsonMaxDepth) + " levels)");
    }
  }

  void parse_object(JsonValue& v, int depth) {
    check_depth(depth);
    v.kind = JsonKind::kObject;
    ++i_;  // '{'
    skip_ws();
    if (peek() == '}') {
      ++i_;
      return;
    }
    // Keys seen so far, for duplicates; a map keeps large objects from going quadratic.
    std::map<std::string, Pos, std::less<>> seen;
    bool first = true;
    for (;;) {
      if (peek() != '"') {
        if (peek() == '\'') fail(pos(), "object keys must be in double quotes, not single quotes");
        if (is_word_char(peek())) fail(pos(), "object keys must be in double quotes");
        fail_expected(first ? "a key in double quotes or '}'" : "a key in double quotes");
      }
      first = false;
      JsonMember m;
      m.key_pos = pos();
      m.key = parse_string();
      auto [it, inserted] = seen.emplace(m.key, m.key_pos);
      if (!inserted) {
        fail(m.key_pos, "duplicate key " + json_quote(m.key) + " (first at " +
                            std::to_string(it->second.line) + ":" +
                            std::to_string(it->second.col) + ")");
      }
      skip_ws();
      if (peek() != ':') fail_expected("':' after object key");
      ++i_;
      skip_ws();
      m.value = parse_value(depth);
      v.members.push_back(std::move(m));
      skip_ws();
      if (peek() == '}') {
        ++i_;
        return;
      }
      if (peek() != ',') fail_expected("',' or '}' after object member");
      Pos comma = pos();
      ++i_;
      skip_ws();
      if (peek() == '}') fail(comma, "trailing comma before '}' is not allowed in JSON");
    }
  }

  void parse_array(JsonValue& v, int depth) {
    check_depth(depth);
    v.kind = JsonKind::kArray;
    ++i_;  // '['
    skip_ws();
    if (peek() == ']') {
      ++i_;
      return;
    }
    for (;;) {
      v.items.push_back(parse_value(depth));
      skip_ws();
      if (peek() == ']') {
        ++i_;
        return;
      }
      if (peek() != ',') fail_expected("',' or ']' after array element");
      Pos comma = pos();
      ++i_;
      skip_ws();
      if (peek() == ']') fail(comma, "trailing comma before ']' is not allowed in JSON");
    }
  }

  // A bare word: a JSON literal, or a mistake worth naming (True, None, an unquoted string).
  void parse_word(JsonValue& v) {
    size_t start = i_;
    while (!at_end() && is_word_char(text_[i_])) ++i_;
    std::string_view word = text_.substr(start, i_ - start);
    if (word == "true" || word == "false") {
      v.kind = JsonKind::kBool;
      v.boolean = word == "true";
      return;
    }
    if (word == "null") {
      v.kind = JsonKind::kNull;
      return;
    }
    for (std::string_view literal : {"true", "false", "null"}) {
      if (word.size() == literal.size() &&
          std::equal(word.begin(), word.end(), literal.begin(),
                     [](char a, char b) { return (a | 0x20) == b; })) {
        fail(v.pos, "unknown literal " + std::string(word) + " (JSON spells it " +
                        std::string(literal) + ")");
      }
    }
    fail(v.pos, "unquoted word " + std::string(word) + "; strings must be in double quotes");
  }

  void parse_number(JsonValue& v) {
    v.kind = JsonKind::kNumber;
    size_t start = i_;
    bool whole = true;
    if (peek() == '+') fail(v.pos, "invalid number: JSON numbers cannot start with '+'");
    if (peek() == '.') fail(v.pos, "invalid number: expected a digit before '.'");
    if (peek() == '-') ++i_;
    if (!is_digit(peek())) fail(v.pos, "invalid number: expected a digit after '-'");
    if (peek() == '0' && is_digit(peek(1))) {
      fail(v.pos, "invalid number: leading zeros are not allowed");
    }
    while (is_digit(peek())) ++i_;
    if (peek() == '.') {
      whole = false;
      ++i_;
      if (!is_digit(peek())) fail(v.pos, "invalid number: expected a digit after '.'");
      while (is_digit(peek())) ++i_;
    }
    bool negative_exponent = false;
    if (peek() == 'e' || peek() == 'E') {
      whole = false;
      ++i_;
      if (peek() == '+' || peek() == '-') negative_exponent = text_[i_++] == '-';
      if (!is_digit(peek())) fail(v.pos, "invalid number: expected a digit in the exponent");
      while (is_digit(peek())) ++i_;
    }
    v.number_text = std::string(text_.substr(start, i_ - start));
    const char* first = v.number_text.data();
    const char* last = first + v.number_text.size();
    if (whole) {
      auto r = std::from_chars(first, last, v.int64);
      v.is_int64 = r.ec == std::errc();
    }
    auto r = std::from_chars(first, last, v.number);
    if (r.ec == std::errc::result_out_of_range) {
      // Underflow rounds to zero as every JSON reader does; overflow has no value to give.
      if (!negative_exponent) fail(v.pos, "invalid number: out of range");
      v.number = 0;
    }
    if (!v.is_int64 && std::isfinite(v.number) && v.number == std::trunc(v.number) &&
        std::fabs(v.number) < 9.2e18) {
      v.is_int64 = true;
      v.int64 = static_cast<int64_t>(v.number);
    }
  }

  uint32_t parse_hex4(Pos escape) {
    uint32_t cp = 0;
    for (int k = 0; k < 4; ++k) {
      int h = hex_value(peek());
      if (h < 0 || at_end()) fail(escape, "invalid \\u escape: expected 4 hex digits");
      cp = cp * 16 + static_cast<uint32_t>(h);
      ++i_;
    }
    return cp;
  }

  std::string parse_string() {
    Pos open = pos();
    ++i_;  // '"'
    std::string out;
    for (;;) {
      // A string cannot span lines, so a line break means the closing quote is missing;
      // pointing at the opening quote is what lets the user find which one.
      if (at_end() || peek() == '\n' || peek() == '\r') fail(open, "unterminated string");
      char c = text_[i_];
      if (c == '"') {
        ++i_;
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        fail(pos(), "control character " + current_char() + " in string must be escaped");
      }
      if (c != '\\') {
        out += c;
        ++i_;
        continue;
      }
      Pos escape = pos();
      ++i_;
      char e = peek();
      if (at_end()) fail(open, "unterminated string");
      ++i_;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': append_utf8(out, parse_unicode_escape(escape)); break;
        default:
          --i_;
          if (e == '\n' || e == '\r') fail(open, "unterminated string");
          if (static_cast<unsigned char>(e) < 0x20) fail(escape, "invalid escape in string");
          fail(escape, "invalid escape '\\" + current_char().substr(1) + " in string");
      }
    }
  }

  // After "\u": one code point, joining a UTF-16 surrogate pair written as two escapes.
  uint32_t parse_unicode_escape(Pos escape) {
    uint32_t cp = parse_hex4(escape);
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      fail(escape, "invalid \\u escape: unpaired low surrogate");
    }
    if (cp < 0xD800 || cp > 0xDBFF) return cp;
    if (peek() != '\\' || peek(1) != 'u') {
      fail(escape, "invalid \\u escape: high surrogate not followed by a low surrogate");
    }
    Pos second = pos();
    i_ += 2;
    uint32_t low = parse_hex4(second);
    if (low < 0xDC00 || low > 0xDFFF) {
      fail(escape, "invalid \\u escape: high surrogate not followed by a low surrogate");
    }
    return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
};

}  // namespace

bool JsonValue::is_integer() const {
  return kind == JsonKind::kNumber && std::isfinite(number) && number == std::trunc(number);
}

const JsonMember* JsonValue::find_member(std::string_view key) const {
  for (const JsonMember& m : members) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

const JsonValue* JsonValue::find(std::string_view key) const {
  const JsonMember* m = find_member(key);
  return m ? &m->value : nullptr;
}

std::optional<size_t> find_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
    unsigned char c = b(0);
    size_t n;
    uint32_t min;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 2, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4, min = 0x10000;
    } else {
      return i;  // a continuation byte, an overlong 2-byte lead, or past U+10FFFF
    }
    if (i + n > text.size()) return i;
    uint32_t cp = c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) {
      if ((b(k) & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::nullopt;
}

Pos pos_at_offset(std::string_view text, size_t offset) {
  int32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int32_t>(offset - line_start + 1)};
}

JsonParse parse_json(std::string_view text) {
  JsonParse result;
  if (auto bad = find_invalid_utf8(text)) {
    result.error = {pos_at_offset(text, *bad), "invalid UTF-8 encoding (JSON text must be UTF-8)"};
    return result;
  }
  try {
    result.value = Parser(text).parse_document();
  } catch (ParseFailure& f) {
    result.error = {f.pos, std::move(f.message)};
  }
  return result;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string json_quote_short(std::string_view s) {
  // Long enough for any id or path a lesson uses, short enough to keep a message on one line.
  constexpr size_t kMaxShown = 40;
  if (s.size() <= kMaxShown) return json_quote(s);
  size_t cut = kMaxShown;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return json_quote(s.substr(0, cut)) + "...";
}

std::string json_describe(const JsonValue& v) {
  switch (v.kind) {
    case JsonKind::kNull: return "null";
    case JsonKind::kBool: return v.boolean ? "true" : "false";
    case JsonKind::kNumber: return v.number_text;
    case JsonKind::kArray: return "an array";
    case JsonKind::kObject: return "an object";
    case JsonKind::kString: break;
  }
  return json_quote_short(v.string);
}

bool json_equal(const JsonValue& a, const JsonValue& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case JsonKind::kNull: return true;
    case JsonKind::kBool: return a.boolean == b.boolean;
    case JsonKind::kNumber:
      return a.is_int64 && b.is_int64 ? a.int64 == b.int64 : a.number == b.number;
    case JsonKind::kString: return a.string == b.string;
    case JsonKind::kArray:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (!json_equal(a.items[i], b.items[i])) return false;
      }
      return true;
    case JsonKind::kObject:
      if (a.members.size() != b.members.size()) return false;
      for (const JsonMember& m : a.members) {
        const JsonValue* other = b.find(m.key);
        if (!other || !json_equal(m.value, *other)) return false;
      }
      return true;
  }
  return false;
}

}  // namespace gosim
