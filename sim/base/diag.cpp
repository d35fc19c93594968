#include "sim/base/diag.h"

namespace gosim {

std::string Diagnostic::str() const {
  std::string out = file;
  if (pos.known()) {
    out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
  } else if (!pointer.empty()) {
    out += ": " + pointer;
  }
  out += ": " + message;
  return out;
}

void print_diagnostics(std::FILE* out, const Diagnostics& diags) {
  for (const Diagnostic& d : diags) {
    const std::string line = d.str() + "\n";
    std::fwrite(line.data(), 1, line.size(), out);
  }
}

}  // namespace gosim
