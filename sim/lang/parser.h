// Parsing one Go source file into the tree of ast.h.
//
// The parser is a port of the Go compiler's recursive-descent parser
// (cmd/compile/internal/syntax/parser.go): same productions, same error recovery
// (advance to a follow set), same messages, so a syntax error reads exactly as `go build`
// prints it ("syntax error: unexpected newline, expecting comma or }"). Like the compiler
// it then checks break/continue/labels per function body (syntax/branches.go) when the
// body parsed cleanly.
//
// gosim adds one limit Go does not have: the tree may not nest deeper than kMaxNesting
// (expressions, types, blocks together), so every later recursive walk is bounded.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/base/diag.h"
#include "sim/lang/ast.h"

namespace gosim::lang {

constexpr int kMaxNesting = 256;

struct RawError {
  Pos pos;
  std::string msg;
};

struct ParseResult {
  std::unique_ptr<File> file;    // null if the package clause itself was broken
  std::vector<RawError> errors;  // in the order found (lexical, syntax, branch errors)
  Diagnostics diags;             // the same, as go build prints them (sorted, at most 10)
  bool syntax_errors = false;    // a "syntax error: ..." was reported: do not type-check
};

// Never throws and never recurses deeper than kMaxNesting levels of the input.
ParseResult parse_file(std::string_view filename, std::string_view src);

// What `go build` says about a broken package clause or import list before the compiler
// runs (header.cpp): go/parser's first error, or nothing.
std::optional<RawError> go_header_error(std::string_view src);

}  // namespace gosim::lang
