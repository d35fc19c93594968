// Tokens of Go source, as the Go compiler's scanner sees them.
//
// Go: cmd/compile/internal/syntax/tokens.go. The token set, the operator set and the
// precedences are Go's, because the parser's error messages print tokens the way the
// compiler does ("unexpected newline, expecting comma or }"): keeping the same
// classification (a `*` is its own token, `+=` is an AssignOp carrying Add) is what makes
// those messages come out identical.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sim/base/diag.h"

namespace gosim::lang {

enum class Tok : uint8_t {
  None,
  Eof,
  // names and literals
  Name,
  Literal,
  // operators and operations
  Operator,  // excluding '*' (Star)
  AssignOp,  // op=
  IncOp,     // ++ or --
  Assign,    // =
  Define,    // :=
  Arrow,     // <-
  Star,      // *
  // delimiters
  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
  Count,
};

// Literal kinds. Imaginary literals are scanned (so the error is "unsupported", not a
// syntax error) but the checker refuses them: gosim has no complex numbers.
enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

// Operators, in Go's order: the precedence classes follow the declaration order.
enum class Op : uint8_t {
  None,
  Def,    // the ':' of ':='
  Not,    // !
  Recv,   // <-
  Tilde,  // ~
  OrOr,   // ||
  AndAnd,  // &&
  Eql,    // ==
  Neq,    // !=
  Lss,    // <
  Leq,    // <=
  Gtr,    // >
  Geq,    // >=
  Add,    // +
  Sub,    // -
  Or,     // |
  Xor,    // ^
  Mul,    // *
  Div,    // /
  Rem,    // %
  And,    // &
  AndNot,  // &^
  Shl,    // <<
  Shr,    // >>
};

// Go: syntax/tokens.go precOrOr..precMul.
constexpr int kPrecOrOr = 1;
constexpr int kPrecAndAnd = 2;
constexpr int kPrecCmp = 3;
constexpr int kPrecAdd = 4;
constexpr int kPrecMul = 5;

// The spelling Go's stringer gives: "name", "literal", "op", "(", "break", ...
std::string_view tok_string(Tok t);
// The English word the parser uses in messages: "comma", "semicolon or newline".
std::string tokstring(Tok t);
std::string_view op_string(Op op);

// One scanned token. `lit` holds the name, the literal's source text, or for Semi the
// reason it was produced ("semicolon", "newline" or "EOF") which error messages quote.
struct Token {
  Tok tok = Tok::None;
  Pos pos;
  std::string lit;
  LitKind kind = LitKind::Int;
  bool bad = false;  // literal with a lexical error (already reported)
  Op op = Op::None;
  int prec = 0;
};

}  // namespace gosim::lang
