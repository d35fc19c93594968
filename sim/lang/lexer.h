// The scanner: Go source bytes to tokens, with automatic semicolon insertion.
//
// Go: cmd/compile/internal/syntax/scanner.go and source.go. Positions are 1-based lines
// and 1-based byte columns, exactly as the Go compiler counts them (a tab is one column,
// a multi-byte UTF-8 character is several). After a line's final token is an identifier,
// a literal, one of the keywords break continue fallthrough return, ++ -- ) ] or }, a
// newline (or EOF, or a comment spanning lines) becomes a Semi token whose `lit` says
// "newline" or "EOF": that is how "unexpected newline" messages are produced.
//
// gosim simplifies Unicode: identifiers may contain the common letter blocks (Latin,
// Greek, Cyrillic, Hebrew, Arabic, CJK, kana, Hangul); other non-ASCII characters are
// reported as Go reports non-letters ("invalid character U+2192 '→' in identifier").
// //line and //go: directives are ordinary comments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/base/diag.h"
#include "sim/lang/token.h"

namespace gosim::lang {

class Scanner {
 public:
  explicit Scanner(std::string_view src);
  virtual ~Scanner() = default;

  // Advances to the next token; the result is in tok_.
  void next();

  const Token& token() const { return tok_; }

 protected:
  // Lexical errors go here; the parser records them with the syntax errors.
  virtual void on_error(Pos pos, std::string msg);
  // Abandons the rest of the input: the current and every later token is Eof.
  void stop_at_eof();

  Token tok_;

 private:
  void nextch();
  Pos cur_pos() const { return {line_ + 1, col_ + 1}; }
  void error_here(std::string msg) { on_error(cur_pos(), std::move(msg)); }
  void error_at_tok(int offset, std::string msg) {
    on_error({tok_.pos.line, tok_.pos.col + offset}, std::move(msg));
  }
  std::string segment() const;
  void set_lit(LitKind kind, bool ok);
  void ident();
  bool at_ident_char(bool first);
  int digits(int base, int* invalid);
  void number(bool seen_point);
  void rune_lit();
  void std_string();
  void raw_string();
  void skip_line();
  bool skip_comment();
  bool escape(int quote);
  bool assignop_or_op();

  std::string_view src_;
  size_t r_ = 0;        // offset of the byte after ch_
  int32_t ch_ = ' ';    // current character, -1 at EOF
  int chw_ = 0;         // byte width of ch_
  int32_t line_ = 0;    // 0-based position of ch_
  int32_t col_ = 0;
  size_t seg_start_ = 0;  // offset where the current token started
  bool nlsemi_ = false;   // a newline or EOF now produces a Semi
};

// Scans all of src (for tests and tools): every token through Eof, lexical errors aside.
std::vector<Token> tokenize(std::string_view src, Diagnostics* errors = nullptr,
                            std::string_view filename = "");

// Go's %#U for a rune: "U+0040 '@'" (the quoted form only for printable runes).
std::string format_rune_U(int32_t r);
// Go's %q for a rune: '\n', 'a', '\x00'.
std::string quote_rune(int32_t r);
// Go's strconv.Quote for a byte string (valid UTF-8 printable runes kept as is).
std::string quote_go_string(std::string_view s);
// Encodes a rune as UTF-8 (invalid code points become U+FFFD).
void append_utf8(std::string* out, int32_t r);
// Decodes one rune at s[i]; returns U+FFFD with width 1 for invalid input.
int32_t decode_utf8(std::string_view s, size_t i, int* width);

}  // namespace gosim::lang
