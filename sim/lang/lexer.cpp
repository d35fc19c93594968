// The scanner, modeled line by line on cmd/compile/internal/syntax/scanner.go so that
// lexical errors carry the compiler's wording and columns ("newline in string",
// "invalid digit '8' in octal literal", "'_' must separate successive digits").
// See lexer.h for what gosim simplifies.
#include "sim/lang/lexer.h"

#include <cstdio>

namespace gosim::lang {
namespace {

constexpr int32_t kEof = -1;
constexpr int32_t kRuneError = 0xFFFD;

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool is_letter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool is_decimal(int32_t ch) { return '0' <= ch && ch <= '9'; }

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

}  // namespace

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
      if (tok_string(static_cast<Tok>(t)) == lit) {
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
