// The scanner, modeled line by line on cmd/compile/internal/syntax/scanner.go so that
// lexical errors carry the compiler's wording and columns ("newline in string",
// "invalid digit '8' in octal literal", "'_' must separate successive digits").
// See lexer.h for what gosim simplifies.
#include "sim/lang/lexer.h"

#include <array>
#include <cstdio>

namespace gosim::lang {
namespace {

constexpr int32_t kEof = -1;
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

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool is_letter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool is_decimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool is_hex(int32_t ch) { return is_decimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

// A small stand-in for unicode.IsLetter: the scripts a teaching program plausibly uses.
bool is_unicode_letter(int32_t c) {
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387;
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
  if (c >= 0x5D0 && c <= 0x5EA) return true;
  if (c >= 0x620 && c <= 0x64A) return true;
  if (c >= 0x1E00 && c <= 0x1FFF) return true;
  if (c >= 0x3041 && c <= 0x30FF) return c != 0x30A0 && c != 0x30FB;
  if (c >= 0x4E00 && c <= 0x9FFF) return true;
  if (c >= 0xAC00 && c <= 0xD7A3) return true;
  return false;
}

bool is_unicode_digit(int32_t c) {
  return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || (c >= 0x966 && c <= 0x96F) ||
         (c >= 0xFF10 && c <= 0xFF19);
}

bool is_printable(int32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r >= 0x80 && r < 0xA0) return false;
  if (r == 0xAD || r == 0xFEFF || (r >= 0xD800 && r < 0xE000) || r > kMaxRune) return false;
  return true;
}

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

Scanner::Scanner(std::string_view src) : src_(src) {}

void Scanner::on_error(Pos, std::string) {}

void Scanner::stop_at_eof() {
  r_ = src_.size();
  ch_ = kEof;
  chw_ = 0;
  nlsemi_ = false;
  tok_.tok = Tok::Eof;
  tok_.lit.clear();
}

// Go: source.go nextch.
void Scanner::nextch() {
  for (;;) {
    col_ += chw_;
    if (ch_ == '\n') {
      line_++;
      col_ = 0;
    }
    if (r_ >= src_.size()) {
      ch_ = kEof;
      chw_ = 0;
      return;
    }
    unsigned char b = static_cast<unsigned char>(src_[r_]);
    if (b < 0x80) {
      ch_ = b;
      chw_ = 1;
      r_++;
      if (ch_ == 0) {
        error_here("invalid NUL character");
        continue;
      }
      return;
    }
    ch_ = decode_utf8(src_, r_, &chw_);
    r_ += static_cast<size_t>(chw_);
    if (ch_ == kRuneError && chw_ == 1) {
      error_here("invalid UTF-8 encoding");
      continue;
    }
    if (ch_ == 0xFEFF) {
      if (line_ > 0 || col_ > 0) error_here("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

std::string Scanner::segment() const {
  size_t end = r_ - static_cast<size_t>(chw_);
  if (end < seg_start_) return "";
  return std::string(src_.substr(seg_start_, end - seg_start_));
}

void Scanner::set_lit(LitKind kind, bool ok) {
  nlsemi_ = true;
  tok_.tok = Tok::Literal;
  tok_.lit = segment();
  tok_.bad = !ok;
  tok_.kind = kind;
}

// Go: scanner.go next.
void Scanner::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  for (;;) {  // redo
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

    tok_.pos = cur_pos();
    tok_.lit.clear();
    tok_.bad = false;
    tok_.op = Op::None;
    tok_.prec = 0;
    seg_start_ = r_ - static_cast<size_t>(chw_);
    if (is_letter(ch_) || (ch_ >= 0x80 && at_ident_char(true))) {
      nextch();
      ident();
      return;
    }

    switch (ch_) {
      case kEof:
        if (nlsemi) {
          tok_.lit = "EOF";
          tok_.tok = Tok::Semi;
          return;
        }
        tok_.tok = Tok::Eof;
        return;
      case '\n':
        nextch();
        tok_.lit = "newline";
        tok_.tok = Tok::Semi;
        return;
      case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        number(false);
        return;
      case '"': std_string(); return;
      case '`': raw_string(); return;
      case '\'': rune_lit(); return;
      case '(': nextch(); tok_.tok = Tok::Lparen; return;
      case '[': nextch(); tok_.tok = Tok::Lbrack; return;
      case '{': nextch(); tok_.tok = Tok::Lbrace; return;
      case ',': nextch(); tok_.tok = Tok::Comma; return;
      case ';':
        nextch();
        tok_.lit = "semicolon";
        tok_.tok = Tok::Semi;
        return;
      case ')': nextch(); nlsemi_ = true; tok_.tok = Tok::Rparen; return;
      case ']': nextch(); nlsemi_ = true; tok_.tok = Tok::Rbrack; return;
      case '}': nextch(); nlsemi_ = true; tok_.tok = Tok::Rbrace; return;
      case ':':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::Define;
          return;
        }
        tok_.tok = Tok::Colon;
        return;
      case '.':
        nextch();
        if (is_decimal(ch_)) {
          number(true);
          return;
        }
        if (ch_ == '.' && r_ < src_.size() && src_[r_] == '.') {
          nextch();
          nextch();
          tok_.tok = Tok::DotDotDot;
          return;
        }
        tok_.tok = Tok::Dot;
        return;
      case '+':
      case '-': {
        int32_t c = ch_;
        nextch();
        tok_.op = c == '+' ? Op::Add : Op::Sub;
        tok_.prec = kPrecAdd;
        if (ch_ != c) {
          assignop_or_op();
          return;
        }
        nextch();
        nlsemi_ = true;
        tok_.tok = Tok::IncOp;
        return;
      }
      case '*':
        nextch();
        tok_.op = Op::Mul;
        tok_.prec = kPrecMul;
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::AssignOp;
          return;
        }
        tok_.tok = Tok::Star;
        return;
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          skip_line();
          continue;
        }
        if (ch_ == '*') {
          nextch();
          int32_t start_line = tok_.pos.line;
          skip_comment();
          if (line_ + 1 > start_line && nlsemi) {
            // A multi-line comment acts like a newline.
            tok_.lit = "newline";
            tok_.tok = Tok::Semi;
            return;
          }
          continue;
        }
        tok_.op = Op::Div;
        tok_.prec = kPrecMul;
        assignop_or_op();
        return;
      case '%':
        nextch();
        tok_.op = Op::Rem;
        tok_.prec = kPrecMul;
        assignop_or_op();
        return;
      case '&':
        nextch();
        if (ch_ == '&') {
          nextch();
          tok_.op = Op::AndAnd;
          tok_.prec = kPrecAndAnd;
          tok_.tok = Tok::Operator;
          return;
        }
        tok_.op = Op::And;
        tok_.prec = kPrecMul;
        if (ch_ == '^') {
          nextch();
          tok_.op = Op::AndNot;
        }
        assignop_or_op();
        return;
      case '|':
        nextch();
        if (ch_ == '|') {
          nextch();
          tok_.op = Op::OrOr;
          tok_.prec = kPrecOrOr;
          tok_.tok = Tok::Operator;
          return;
        }
        tok_.op = Op::Or;
        tok_.prec = kPrecAdd;
        assignop_or_op();
        return;
      case '^':
        nextch();
        tok_.op = Op::Xor;
        tok_.prec = kPrecAdd;
        assignop_or_op();
        return;
      case '<':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.op = Op::Leq;
          tok_.prec = kPrecCmp;
          tok_.tok = Tok::Operator;
          return;
        }
        if (ch_ == '<') {
          nextch();
          tok_.op = Op::Shl;
          tok_.prec = kPrecMul;
          assignop_or_op();
          return;
        }
        if (ch_ == '-') {
          nextch();
          tok_.tok = Tok::Arrow;
          return;
        }
        tok_.op = Op::Lss;
        tok_.prec = kPrecCmp;
        tok_.tok = Tok::Operator;
        return;
      case '>':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.op = Op::Geq;
          tok_.prec = kPrecCmp;
          tok_.tok = Tok::Operator;
          return;
        }
        if (ch_ == '>') {
          nextch();
          tok_.op = Op::Shr;
          tok_.prec = kPrecMul;
          assignop_or_op();
          return;
        }
        tok_.op = Op::Gtr;
        tok_.prec = kPrecCmp;
        tok_.tok = Tok::Operator;
        return;
      case '=':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.op = Op::Eql;
          tok_.prec = kPrecCmp;
          tok_.tok = Tok::Operator;
          return;
        }
        tok_.tok = Tok::Assign;
        return;
      case '!':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.op = Op::Neq;
          tok_.prec = kPrecCmp;
          tok_.tok = Tok::Operator;
          return;
        }
        tok_.op = Op::Not;
        tok_.tok = Tok::Operator;
        return;
      case '~':
        nextch();
        tok_.op = Op::Tilde;
        tok_.tok = Tok::Operator;
        return;
      default:
        error_here("invalid character " + format_rune_U(ch_));
        nextch();
        continue;
    }
  }
}

bool Scanner::assignop_or_op() {
  if (ch_ == '=') {
    nextch();
    tok_.tok = Tok::AssignOp;
    return true;
  }
  tok_.tok = Tok::Operator;
  return false;
}

void Scanner::ident() {
  while (is_letter(ch_) || is_decimal(ch_)) nextch();
  if (ch_ >= 0x80) {
    while (at_ident_char(false)) nextch();
  }
  std::string lit = segment();
  if (lit.size() >= 2) {
    for (size_t t = static_cast<size_t>(Tok::Break); t <= static_cast<size_t>(Tok::Var); t++) {
      if (kTokNames[t] == lit) {
        Tok tok = static_cast<Tok>(t);
        nlsemi_ = tok == Tok::Break || tok == Tok::Continue || tok == Tok::Fallthrough ||
                  tok == Tok::Return;
        tok_.tok = tok;
        return;
      }
    }
  }
  nlsemi_ = true;
  tok_.lit = std::move(lit);
  tok_.tok = Tok::Name;
}

bool Scanner::at_ident_char(bool first) {
  if (ch_ == kEof) return false;
  if (is_letter(ch_) || is_unicode_letter(ch_)) return true;
  if (is_decimal(ch_) || is_unicode_digit(ch_)) {
    if (first) error_here("identifier cannot begin with digit " + format_rune_U(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    error_here("invalid character " + format_rune_U(ch_) + " in identifier");
    return true;
  }
  return false;
}

// Go: scanner.go digits.
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

void Scanner::skip_line() {
  while (ch_ >= 0 && ch_ != '\n') nextch();
}

bool Scanner::skip_comment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  error_at_tok(0, "comment not terminated");
  return false;
}

// Go: scanner.go escape.
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

namespace {
class CollectingScanner : public Scanner {
 public:
  CollectingScanner(std::string_view src, Diagnostics* errors, std::string_view file)
      : Scanner(src), errors_(errors), file_(file) {}

 protected:
  void on_error(Pos pos, std::string msg) override {
    if (errors_ != nullptr) errors_->push_back({std::string(file_), pos, "", std::move(msg)});
  }

 private:
  Diagnostics* errors_;
  std::string_view file_;
};
}  // namespace

std::vector<Token> tokenize(std::string_view src, Diagnostics* errors, std::string_view filename) {
  CollectingScanner s(src, errors, filename);
  std::vector<Token> out;
  do {
    s.next();
    out.push_back(s.token());
  } while (s.token().tok != Tok::Eof);
  return out;
}

}  // namespace gosim::lang
