// Scanning literals: numbers (all bases, separators, exponents), runes, strings, escapes.
//
// Go: syntax/scanner.go number, digits, invalidSep, rune, stdString, rawString, escape.
// Errors and their columns are the compiler's: "invalid digit '8' in octal literal" points
// at the digit, "'_' must separate successive digits" at the offending underscore.
#include "sim/lang/lexer.h"

namespace gosim::lang {
namespace {

constexpr int32_t kMaxRune = 0x10FFFF;

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool is_decimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool is_hex(int32_t ch) { return is_decimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* base_name(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// Go: scanner.go invalidSep.
int invalid_sep(std::string_view x) {
  int32_t x1 = ' ';
  int32_t d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(static_cast<unsigned char>(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}


}  // namespace

int Scanner::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (is_decimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid != nullptr && *invalid < 0) {
        *invalid = (col_ + 1) - tok_.pos.col;
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (is_hex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

// Go: scanner.go number.
void Scanner::number(bool seen_point) {
  bool ok = true;
  LitKind kind = LitKind::Int;
  int base = 10;
  int32_t prefix = 0;
  int digsep = 0;
  int invalid = -1;

  if (!seen_point) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1; break;
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_here(std::string("invalid radix point in ") + base_name(base) + " literal");
        ok = false;
      }
      nextch();
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = LitKind::Float;
    digsep |= digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    error_here(std::string(base_name(base)) + " literal has no digits");
    ok = false;
  }
  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error_here(quote_rune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error_here(quote_rune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = LitKind::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      error_here("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == LitKind::Float && ok) {
    error_here("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch_ == 'i') {
    kind = LitKind::Imag;
    nextch();
  }
  set_lit(kind, ok);
  if (kind == LitKind::Int && invalid >= 0 && ok && static_cast<size_t>(invalid) < tok_.lit.size()) {
    error_at_tok(invalid, "invalid digit " + quote_rune(static_cast<unsigned char>(tok_.lit[invalid])) +
                              " in " + base_name(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalid_sep(tok_.lit);
    if (i >= 0) {
      error_at_tok(i, "'_' must separate successive digits");
      ok = false;
    }
  }
  tok_.bad = !ok;
}

void Scanner::rune_lit() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          error_here("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error_at_tok(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        error_here("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        error_at_tok(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  set_lit(LitKind::Rune, ok);
}

void Scanner::std_string() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      error_here("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      error_at_tok(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  set_lit(LitKind::String, ok);
}

void Scanner::raw_string() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      error_at_tok(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  set_lit(LitKind::String, ok);
}


bool Scanner::escape(int quote) {
  int n = 0;
  uint32_t base = 0;
  uint32_t max = 0;
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3; base = 8; max = 255;
      break;
    case 'x': nextch(); n = 2; base = 16; max = 255; break;
    case 'u': nextch(); n = 4; base = 16; max = kMaxRune; break;
    case 'U': nextch(); n = 8; base = 16; max = kMaxRune; break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // the caller complains about EOF
      error_here("unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (is_decimal(ch_)) {
      d = static_cast<uint32_t>(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      error_here("invalid character " + quote_rune(ch_) + " in " + base_name(static_cast<int>(base)) +
                 " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    error_here("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    error_here("escape is invalid Unicode code point " + format_rune_U(static_cast<int32_t>(x)));
    return false;
  }
  return true;
}

}  // namespace gosim::lang
