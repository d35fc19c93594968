// The go command's own look at a file's package clause and imports.
//
// Before compiling, `go build` reads each file's header to find its imports
// (Go: go/build/read.go readGoInfo, then go/parser.ParseFile with ImportsOnly). A broken
// package clause or import list is reported there, in go/parser's words ("expected
// 'package', found 'func'", "expected 'STRING', found newline"), and only the first such
// error is printed; the compiler never runs. gosim reproduces that step so those files
// get the same message. The header is what go/build's byte-level import reader accepts
// (the package clause and the import declarations); if that reader stumbles, go/parser
// sees the whole file but still stops after the imports.
#include <optional>

#include "sim/lang/lexer.h"
#include "sim/lang/parser.h"

namespace gosim::lang {
namespace {

bool is_ident_byte(unsigned char c) {
  return ('A' <= c && c <= 'Z') || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c == '_' || c >= 0x80;
}

// Go: go/build/read.go importReader, reduced to what decides the header's extent.
class ImportReader {
 public:
  explicit ImportReader(std::string_view src) : src_(src) {
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  // Returns the header length, or npos if the reader hit a syntax error.
  size_t run() {
    read_keyword("package");
    read_ident();
    while (peek_byte(true) == 'i') {
      read_keyword("import");
      if (peek_byte(true) == '(') {
        next_byte(false);
        while (peek_byte(true) != ')' && !err_) read_import();
        next_byte(false);
      } else {
        read_import();
      }
    }
    if (err_) return std::string_view::npos;
    return eof_ ? pos_ : pos_ - 1;  // drop the byte that told us we were done
  }

 private:
  int read_byte() {
    if (pos_ >= src_.size()) {
      eof_ = true;
      return 0;
    }
    return static_cast<unsigned char>(src_[pos_++]);
  }
  int peek_byte(bool skip_space) {
    if (err_) return 0;
    int c = peek_;
    if (c == 0) c = read_byte();
    while (!err_ && !eof_) {
      if (skip_space) {
        if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
          c = read_byte();
          continue;
        }
        if (c == '/') {
          c = read_byte();
          if (c == '/') {
            while (c != '\n' && !err_ && !eof_) c = read_byte();
          } else if (c == '*') {
            int c1 = 0;
            while ((c != '*' || c1 != '/') && !err_) {
              if (eof_) err_ = true;
              c = c1;
              c1 = read_byte();
            }
          } else {
            err_ = true;
          }
          c = read_byte();
          continue;
        }
      }
      break;
    }
    peek_ = c;
    return peek_;
  }
  int next_byte(bool skip_space) {
    int c = peek_byte(skip_space);
    peek_ = 0;
    return c;
  }
  void read_keyword(const char* kw) {
    peek_byte(true);
    for (const char* p = kw; *p != '\0'; p++) {
      if (next_byte(false) != static_cast<unsigned char>(*p)) {
        err_ = true;
        return;
      }
    }
    if (is_ident_byte(static_cast<unsigned char>(peek_byte(false)))) err_ = true;
  }
  void read_ident() {
    int c = peek_byte(true);
    if (!is_ident_byte(static_cast<unsigned char>(c)) || c == 0) {
      err_ = true;
      return;
    }
    while (is_ident_byte(static_cast<unsigned char>(peek_byte(false))) && peek_ != 0 && !err_) peek_ = 0;
  }
  void read_string() {
    int c = next_byte(true);
    if (c == '`') {
      while (!err_) {
        if (next_byte(false) == '`') break;
        if (eof_) err_ = true;
      }
    } else if (c == '"') {
      while (!err_) {
        int d = next_byte(false);
        if (d == '"') break;
        if (eof_ || d == '\n') err_ = true;
        if (d == '\\') next_byte(false);
      }
    } else {
      err_ = true;
    }
  }
  void read_import() {
    int c = peek_byte(true);
    if (c == '.') {
      peek_ = 0;
    } else if (is_ident_byte(static_cast<unsigned char>(c)) && c != 0) {
      read_ident();
    }
    read_string();
  }

  std::string_view src_;
  size_t pos_ = 0;
  int peek_ = 0;
  bool eof_ = false;
  bool err_ = false;
};

// Go: go/parser with ImportsOnly: the package clause and import declarations.
class HeaderParser : public Scanner {
 public:
  explicit HeaderParser(std::string_view src) : Scanner(src), src_(src) {}

  std::optional<RawError> run() {
    next();
    if (tok().tok != Tok::Package) {
      expected("'package'");
    } else {
      next();
    }
    if (tok().tok != Tok::Name) {
      expected("'IDENT'");
    } else {
      next();
    }
    expect_semi();
    if (first_) return error_;
    while (tok().tok == Tok::Import) {
      next();
      if (tok().tok == Tok::Lparen) {
        next();
        while (tok().tok != Tok::Rparen && tok().tok != Tok::Eof && !first_) import_spec();
        if (first_) break;
        expect(Tok::Rparen, "')'");
        expect_semi();
      } else {
        import_spec();
      }
      if (first_) break;
    }
    if (first_) return error_;
    return std::nullopt;
  }

 protected:
  void on_error(Pos, std::string) override {}  // go/scanner's own complaints are left to the compiler

 private:
  const Token& tok() const { return token(); }

  // go/token positions put EOF after the last byte, on the last line.
  Pos tok_pos() const {
    if (tok().tok == Tok::Eof || (tok().tok == Tok::Semi && tok().lit == "EOF")) {
      size_t n = src_.size();
      int32_t line = 1;
      size_t line_start = 0;
      for (size_t i = 0; i < n; i++) {
        if (src_[i] == '\n' && i + 1 < n) {
          line++;
          line_start = i + 1;
        }
      }
      return {line, static_cast<int32_t>(n - line_start) + 1};
    }
    return tok().pos;
  }

  // Go: go/parser errorExpected.
  void expected(const std::string& what) {
    std::string found;
    switch (tok().tok) {
      case Tok::Semi:
        found = tok().lit == "semicolon" ? "';'" : "newline";
        break;
      case Tok::Name: case Tok::Literal: found = tok().lit; break;
      case Tok::Eof: found = "'EOF'"; break;
      case Tok::Operator: case Tok::Star: found = "'" + std::string(op_string(tok().op)) + "'"; break;
      case Tok::AssignOp: found = "'" + std::string(op_string(tok().op)) + "='"; break;
      case Tok::IncOp: found = "'" + std::string(op_string(tok().op)) + std::string(op_string(tok().op)) + "'"; break;
      default: found = "'" + std::string(tok_string(tok().tok)) + "'"; break;
    }
    error(tok_pos(), "expected " + what + ", found " + found);
  }
  void error(Pos p, std::string msg) {
    if (first_) return;
    first_ = true;
    error_ = RawError{p, std::move(msg)};
  }
  void expect(Tok t, const char* what) {
    if (tok().tok != t) {
      expected(what);
      return;
    }
    next();
  }
  void expect_semi() {
    if (tok().tok == Tok::Rparen || tok().tok == Tok::Rbrace) return;
    if (tok().tok == Tok::Comma) {
      expected("';'");
      next();
    } else if (tok().tok == Tok::Semi) {
      next();
    } else {
      expected("';'");
    }
  }
  void import_spec() {
    if (tok().tok == Tok::Dot || tok().tok == Tok::Name) next();
    if (tok().tok == Tok::Literal && tok().kind == LitKind::String) {
      if (!valid_import(tok().lit)) error(tok_pos(), "invalid import path: " + tok().lit);
      next();
    } else {
      expected("'STRING'");
    }
    expect_semi();
  }
  // Go: go/parser isValidImport.
  static bool valid_import(const std::string& lit) {
    if (lit.size() < 2) return false;
    std::string s = lit.substr(1, lit.size() - 2);
    if (lit[0] == '"' && s.find('\\') != std::string::npos) return true;  // escapes: let the compiler judge
    const std::string illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    if (s.empty()) return false;
    for (size_t i = 0; i < s.size();) {
      int w = 1;
      int32_t r = decode_utf8(s, i, &w);
      if (r == 0xFFFD || r <= 0x20 || r == 0x7F || (r < 0x80 && illegal.find(static_cast<char>(r)) != std::string::npos)) {
        return false;
      }
      i += static_cast<size_t>(w);
    }
    return true;
  }

  std::string_view src_;
  bool first_ = false;
  RawError error_;
};

}  // namespace

std::optional<RawError> go_header_error(std::string_view src) {
  ImportReader reader(src);
  size_t n = reader.run();
  std::string_view header = n == std::string_view::npos ? src : src.substr(0, n);
  HeaderParser p(header);
  return p.run();
}

}  // namespace gosim::lang
