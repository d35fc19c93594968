// Parser core: token helpers, error reporting and recovery, the nesting limit.
//
// Go: syntax/parser.go got, want, syntaxErrorAt, advance. The shape of a syntax error
// message is decided here: "syntax error: unexpected X" + (", expecting Y" | " in Z" |
// " at end of statement"), where X names the current token the way the compiler does
// (the identifier itself, "literal 42", "newline", "comma", an operator).
#include <algorithm>

#include "sim/lang/errors.h"
#include "sim/lang/parser_impl.h"

namespace gosim::lang {
namespace {

// Go: the stopset of keywords that start a statement; advance() never skips them
// inside a function body.
bool in_stopset(Tok t) {
  switch (t) {
    case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer:
    case Tok::Fallthrough: case Tok::For: case Tok::Go: case Tok::Goto: case Tok::If:
    case Tok::Return: case Tok::Select: case Tok::Switch: case Tok::Type: case Tok::Var:
      return true;
    default:
      return false;
  }
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

Parser::Parser(std::string_view filename, std::string_view src)
    : Scanner(src), filename_(filename) {}

void Parser::on_error(Pos pos, std::string msg) { error_at(pos, std::move(msg)); }

void Parser::error_at(Pos pos, std::string msg) {
  first_ = true;
  errcnt_++;
  if (starts_with(msg, "syntax error")) any_syntax_ = true;
  errors_.push_back({pos, std::move(msg)});
}

bool Parser::got(Tok t) {
  if (tok() == t) {
    next();
    return true;
  }
  return false;
}

void Parser::want(Tok t) {
  if (!got(t)) {
    syntax_error("expecting " + tokstring(t));
    advance();
  }
}

bool Parser::got_assign() {
  switch (tok()) {
    case Tok::Define:
      syntax_error("expecting =");
      next();
      return true;
    case Tok::Assign:
      next();
      return true;
    default:
      return false;
  }
}

// Go: parser.go syntaxErrorAt.
void Parser::syntax_error_at(Pos pos, std::string msg) {
  if (tok() == Tok::Eof && first_) return;  // avoid meaningless follow-up errors
  if (msg.empty()) {
    // nothing to add
  } else if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after ")) {
    msg = " " + msg;
  } else if (starts_with(msg, "expecting ")) {
    msg = ", " + msg;
  } else {
    error_at(pos, "syntax error: " + msg);
    return;
  }
  std::string t;
  switch (tok()) {
    case Tok::Name:
    case Tok::Semi:
      t = tok_.lit;
      break;
    case Tok::Literal:
      t = "literal " + tok_.lit;
      break;
    case Tok::Operator:
      t = std::string(op_string(tok_.op));
      break;
    case Tok::AssignOp:
      t = std::string(op_string(tok_.op)) + "=";
      break;
    case Tok::IncOp:
      t = std::string(op_string(tok_.op)) + std::string(op_string(tok_.op));
      break;
    default:
      t = tokstring(tok());
      break;
  }
  error_at(pos, "syntax error: unexpected " + t + msg);
}

// Go: parser.go advance. With an empty follow list exactly one token is skipped.
void Parser::advance(std::initializer_list<Tok> followlist) {
  auto in_follow = [&](Tok t) {
    if (t == Tok::Eof) return true;
    if (followlist.size() == 0) return false;
    if (fnest_ > 0 && in_stopset(t)) return true;
    return std::find(followlist.begin(), followlist.end(), t) != followlist.end();
  };
  while (!in_follow(tok())) {
    next();
    if (followlist.size() == 0) break;
  }
}

bool Parser::enter() {
  depth_++;
  if (depth_ <= kMaxNesting) return !too_deep_;
  if (!too_deep_) {
    too_deep_ = true;
    error_at(pos(), "syntax error: nesting deeper than " + std::to_string(kMaxNesting) +
                        " levels (gosim's limit for expressions, types and blocks)");
    stop_at_eof();
  }
  return false;
}

ParseResult Parser::run() {
  owned_ = std::make_unique<File>(Pos{1, 1});
  file_ = owned_.get();
  file_->filename = filename_;
  next();
  ParseResult result;
  if (file_or_nil() != nullptr) result.file = std::move(owned_);
  result.errors = std::move(errors_);
  result.syntax_errors = any_syntax_;
  ErrorList list(filename_);
  for (const RawError& e : result.errors) list.add(e.pos, e.msg);
  result.diags = list.finish();
  return result;
}

ParseResult parse_file(std::string_view filename, std::string_view src) {
  Parser p(filename, src);
  return p.run();
}

}  // namespace gosim::lang
