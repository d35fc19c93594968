// Token spellings, and the UTF-8 and quoting helpers Go's messages rely on.
//
// Go: syntax/token_string.go and operator_string.go (token and operator names), and the
// fmt verbs %q and %#U as the compiler uses them in messages ("invalid character
// U+0040 '@'", "invalid digit '8' in octal literal"), and strconv.Quote.
#include <array>
#include <cstdio>

#include "sim/lang/lexer.h"

namespace gosim::lang {
namespace {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;

constexpr std::array<std::string_view, static_cast<size_t>(Tok::Count)> kTokNames = {
    "",  "EOF", "name", "literal", "op", "op=", "opop", "=", ":=", "<-", "*",
    "(", "[", "{", ")", "]", "}", ",", ";", ":", ".", "...",
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
    "package", "range", "return", "select", "struct", "switch", "type", "var",
};

constexpr std::array<std::string_view, 24> kOpNames = {
    "", ":", "!", "<-", "~", "||", "&&", "==", "!=", "<", "<=", ">", ">=",
    "+", "-", "|", "^", "*", "/", "%", "&", "&^", "<<", ">>",
};

bool is_printable(int32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r >= 0x80 && r < 0xA0) return false;
  if (r == 0xAD || r == 0xFEFF || (r >= 0xD800 && r < 0xE000) || r > kMaxRune) return false;
  return true;
}


}  // namespace

std::string_view tok_string(Tok t) { return kTokNames[static_cast<size_t>(t)]; }

std::string tokstring(Tok t) {
  if (t == Tok::Comma) return "comma";
  if (t == Tok::Semi) return "semicolon or newline";
  return std::string(tok_string(t));
}

std::string_view op_string(Op op) { return kOpNames[static_cast<size_t>(op)]; }

int32_t decode_utf8(std::string_view s, size_t i, int* width) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c0 = b(i);
  *width = 1;
  if (c0 < 0x80) return c0;
  int n = 0;
  int32_t r = 0;
  int32_t min = 0;
  if ((c0 & 0xE0) == 0xC0) { n = 2; r = c0 & 0x1F; min = 0x80; }
  else if ((c0 & 0xF0) == 0xE0) { n = 3; r = c0 & 0x0F; min = 0x800; }
  else if ((c0 & 0xF8) == 0xF0) { n = 4; r = c0 & 0x07; min = 0x10000; }
  else return kRuneError;
  if (i + n > s.size()) return kRuneError;
  for (int k = 1; k < n; k++) {
    if ((b(i + k) & 0xC0) != 0x80) return kRuneError;
    r = (r << 6) | (b(i + k) & 0x3F);
  }
  if (r < min || r > kMaxRune || (r >= 0xD800 && r < 0xE000)) return kRuneError;
  *width = n;
  return r;
}

void append_utf8(std::string* out, int32_t r) {
  if (r < 0 || r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  if (r < 0x80) {
    out->push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (r >> 6)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (r >> 12)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (r >> 18)));
    out->push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

namespace {
void append_escaped(std::string* out, int32_t r, char quote) {
  char buf[16];
  switch (r) {
    case '\a': *out += "\\a"; return;
    case '\b': *out += "\\b"; return;
    case '\f': *out += "\\f"; return;
    case '\n': *out += "\\n"; return;
    case '\r': *out += "\\r"; return;
    case '\t': *out += "\\t"; return;
    case '\v': *out += "\\v"; return;
    case '\\': *out += "\\\\"; return;
    default: break;
  }
  if (r == quote) {
    out->push_back('\\');
    out->push_back(quote);
  } else if (is_printable(r)) {
    append_utf8(out, r);
  } else if (r < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
    *out += buf;
  } else if (r < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
    *out += buf;
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
    *out += buf;
  }
}
}  // namespace

std::string quote_rune(int32_t r) {
  std::string out = "'";
  if (r < 0 || r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  append_escaped(&out, r, '\'');
  out += "'";
  return out;
}

std::string quote_go_string(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    int w = 1;
    int32_t r = decode_utf8(s, i, &w);
    if (r == kRuneError && w == 1) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(s[i]));
      out += buf;
    } else {
      append_escaped(&out, r, '"');
    }
    i += static_cast<size_t>(w);
  }
  out += "\"";
  return out;
}

std::string format_rune_U(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string out = buf;
  if (is_printable(r)) {
    out += " '";
    append_utf8(&out, r);
    out += "'";
  }
  return out;
}


}  // namespace gosim::lang
