// Collecting errors the way the Go compiler prints them.
//
// Go: cmd/compile/internal/base/print.go ErrorfAt and FlushErrors. Errors arrive in the
// order the phases find them (lexer and parser, then the type checker); the compiler keeps
// only one syntax error per line and drops a repeat of the same message on the same line,
// stops at the 10th error, prints what it has sorted by position, and ends with
// "file:line:col: too many errors" at the position of that 10th error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/base/diag.h"

namespace gosim::lang {

constexpr int kMaxErrors = 10;

class ErrorList {
 public:
  explicit ErrorList(std::string_view filename) : filename_(filename) {}

  // Records an error unless Go would suppress it. Ignored once full().
  void add(Pos pos, std::string msg);
  // The file later errors are in (a package of several files checks them in turn).
  void set_file(std::string_view filename) { filename_ = filename; }
  const std::string& file() const { return filename_; }
  bool full() const { return count_ >= kMaxErrors; }
  bool empty() const { return count_ == 0; }
  int count() const { return count_; }

  // The errors sorted by position (stable), exact repeats removed, plus "too many errors".
  Diagnostics finish() const;

  struct Entry {
    std::string file;
    Pos pos;
    std::string msg;
  };
  // Removes the entries `drop(entry)` selects and returns them, in the order they were added
  // (part lang3: Go's type errors in Go's own source become one refusal at the import).
  template <class F>
  std::vector<Entry> extract(F drop) {
    std::vector<Entry> out, kept;
    for (Entry& e : entries_) (drop(e) ? out : kept).push_back(std::move(e));
    entries_ = std::move(kept);
    count_ = static_cast<int>(entries_.size());
    return out;
  }

 private:
  std::string filename_;
  std::vector<Entry> entries_;
  int count_ = 0;
  Pos last_syntax_;
  Pos last_other_;
  std::string last_msg_;
  std::string last_file_;
  Pos too_many_at_;
  std::string too_many_file_;
};

}  // namespace gosim::lang
