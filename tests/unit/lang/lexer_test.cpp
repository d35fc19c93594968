// Lexer: tokens, positions in bytes, automatic semicolon insertion, lexical errors.
#include <doctest/doctest.h>

#include "sim/lang/lexer.h"

using namespace gosim::lang;

namespace {
std::string kinds(std::string_view src) {
  std::string out;
  for (const Token& t : tokenize(src)) {
    if (!out.empty()) out += " ";
    switch (t.tok) {
      case Tok::Name: out += t.lit; break;
      case Tok::Literal: out += "lit(" + t.lit + ")"; break;
      case Tok::Semi: out += ";" + t.lit; break;
      case Tok::Operator: case Tok::Star: out += std::string(op_string(t.op)); break;
      case Tok::AssignOp: out += std::string(op_string(t.op)) + "="; break;
      case Tok::IncOp: out += std::string(op_string(t.op)) + std::string(op_string(t.op)); break;
      default: out += std::string(tok_string(t.tok)); break;
    }
  }
  return out;
}
}  // namespace

TEST_CASE("a newline after an identifier, literal, ) ] } or ++ becomes a semicolon") {
  CHECK(kinds("x\n") == "x ;newline EOF");
  CHECK(kinds("f(1)\n") == "f ( lit(1) ) ;newline EOF");
  CHECK(kinds("a[i]\n}\n") == "a [ i ] ;newline } ;newline EOF");
  CHECK(kinds("i++\n") == "i ++ ;newline EOF");
  CHECK(kinds("return\nbreak\ncontinue\nfallthrough\n") ==
        "return ;newline break ;newline continue ;newline fallthrough ;newline EOF");
}

TEST_CASE("no semicolon after an operator, a comma, an opening bracket or most keywords") {
  CHECK(kinds("a +\nb\n") == "a + b ;newline EOF");
  CHECK(kinds("f(a,\nb)\n") == "f ( a , b ) ;newline EOF");
  CHECK(kinds("if x {\n") == "if x { EOF");
  CHECK(kinds("func\n") == "func EOF");
}

TEST_CASE("EOF after a final token inserts a semicolon that says EOF") {
  CHECK(kinds("x") == "x ;EOF EOF");
  CHECK(kinds("x;") == "x ;semicolon EOF");
}

TEST_CASE("a multi-line block comment acts like a newline, a one-line one does not") {
  CHECK(kinds("x /* a\n b */ y") == "x ;newline y ;EOF EOF");
  CHECK(kinds("x /* a */ y") == "x y ;EOF EOF");
  CHECK(kinds("x // c\ny") == "x ;newline y ;EOF EOF");
}

TEST_CASE("operators and their assignment forms") {
  CHECK(kinds("a &^= b <<= c >> d && e || !f <- g := h ... .") ==
        "a &^= b <<= c >> d && e || ! f <- g := h ... . EOF");
  CHECK(kinds("x != y == z <= w >= v % u ^ t | s & r") ==
        "x != y == z <= w >= v % u ^ t | s & r ;EOF EOF");
}

TEST_CASE("numbers, strings and runes are literals with their source text") {
  CHECK(kinds("0x1F 0o17 0b101 1_000 1.5e3 .5 07 'a' \"s\\n\" `raw`") ==
        "lit(0x1F) lit(0o17) lit(0b101) lit(1_000) lit(1.5e3) lit(.5) lit(07) lit('a') "
        "lit(\"s\\n\") lit(`raw`) ;EOF EOF");
  auto toks = tokenize("1.0 2 3i 'x' \"y\"");
  CHECK(toks[0].kind == LitKind::Float);
  CHECK(toks[1].kind == LitKind::Int);
  CHECK(toks[2].kind == LitKind::Imag);
  CHECK(toks[3].kind == LitKind::Rune);
  CHECK(toks[4].kind == LitKind::String);
}

TEST_CASE("keywords are recognised, other names are identifiers") {
  CHECK(kinds("package main\nimport \"fmt\"\n") == "package main ;newline import lit(\"fmt\") ;newline EOF");
  CHECK(kinds("chan map struct interface select") == "chan map struct interface select EOF");
  CHECK(kinds("gopher _x x1") == "gopher _x x1 ;EOF EOF");
}

TEST_CASE("positions are 1-based lines and byte columns; a tab is one column") {
  auto toks = tokenize("a\n\tbb := \"é\" + c");
  CHECK(toks[0].pos == gosim::Pos{1, 1});
  CHECK(toks[2].pos == gosim::Pos{2, 2});   // bb after the tab
  CHECK(toks[3].pos == gosim::Pos{2, 5});   // :=
  CHECK(toks[4].pos == gosim::Pos{2, 8});   // "é" is 4 bytes
  CHECK(toks[5].pos == gosim::Pos{2, 13});  // +
  CHECK(toks[6].pos == gosim::Pos{2, 15});
}

TEST_CASE("lexical errors read like the Go compiler's, at its columns") {
  auto errs = [](std::string_view src) {
    gosim::Diagnostics d;
    tokenize(src, &d, "x.go");
    std::string out;
    for (auto& e : d) out += e.str() + "\n";
    return out;
  };
  CHECK(errs("s := \"abc\n") == "x.go:1:10: newline in string\n");
  CHECK(errs("x := 08") == "x.go:1:7: invalid digit '8' in octal literal\n");
  CHECK(errs("x := 1__2") == "x.go:1:8: '_' must separate successive digits\n");
  CHECK(errs("x := 'ab'") == "x.go:1:6: more than one character in rune literal\n");
  CHECK(errs("a := @") == "x.go:1:6: invalid character U+0040 '@'\n");
  CHECK(errs("x := 0x") == "x.go:1:8: hexadecimal literal has no digits\n");
  CHECK(errs("s := `abc") == "x.go:1:6: string not terminated\n");
  CHECK(errs("/* abc") == "x.go:1:1: comment not terminated\n");
  CHECK(errs("s := \"\\q\"") == "x.go:1:8: unknown escape\n");
  CHECK(errs("x := 1→2") == "x.go:1:7: invalid character U+2192 '→' in identifier\n");
  CHECK(errs(std::string_view("a\0b", 3)) == "x.go:1:2: invalid NUL character\n");
}

TEST_CASE("Go's quoting for messages") {
  CHECK(quote_go_string("a\"b\n\x01é") == "\"a\\\"b\\n\\x01é\"");
  CHECK(quote_rune('\n') == "'\\n'");
  CHECK(format_rune_U(0x40) == "U+0040 '@'");
  CHECK(format_rune_U(7) == "U+0007");
}
