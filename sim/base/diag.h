// Diagnostics: what gosim says when it refuses input.
//
// Every refusal names a place the user can open: `file:line:col: message`, like `go build`.
// When a JSON value has no position (it was never in the file, e.g. a missing key), the
// JSON pointer of where it was expected stands in for line:col: `file: /config/GOMAXPROCS: message`.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace gosim {

// A 1-based source position. line == 0 means "no position".
struct Pos {
  int32_t line = 0;
  int32_t col = 0;
  bool known() const { return line > 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
};

struct Diagnostic {
  std::string file;     // as the user named it (relative paths stay relative)
  Pos pos;              // where, when known
  std::string pointer;  // JSON pointer, used when pos is unknown
  std::string message;  // one plain sentence, no trailing period needed

  // "file:line:col: message", or "file: /pointer: message", or "file: message".
  std::string str() const;
};

// Bad input is a value, not an exception: the loaders return their findings and the caller
// decides how to print them (the CLI prints each on its own line and exits 1).
using Diagnostics = std::vector<Diagnostic>;

// Prints each diagnostic on its own line, byte for byte: a message may quote source text that
// holds a NUL (`malformed constant: 1<NUL>`), which printf's %s would cut short, as the Go
// compiler prints it.
void print_diagnostics(std::FILE* out, const Diagnostics& diags);

}  // namespace gosim
