// Build constraints for linux/amd64; see build_tags.h.
#include "sim/lang/build_tags.h"

#include <iterator>
#include <vector>

namespace gosim::lang {
namespace {

// Go: go/build/syslist.go (Go 1.19).
const char* const kKnownOS[] = {"aix",   "android", "darwin",  "dragonfly", "freebsd", "hurd",    "illumos", "ios",
                                "js",    "linux",   "nacl",    "netbsd",    "openbsd", "plan9",   "solaris", "windows",
                                "zos"};
const char* const kKnownArch[] = {"386",      "amd64",    "amd64p32", "arm",     "armbe",       "arm64",  "arm64be",
                                  "loong64",  "mips",     "mipsle",   "mips64",  "mips64le",    "mips64p32",
                                  "mips64p32le", "ppc",   "ppc64",    "ppc64le", "riscv",       "riscv64", "s390",
                                  "s390x",    "sparc",    "sparc64",  "wasm"};

bool known(const char* const* list, size_t n, std::string_view s) {
  for (size_t i = 0; i < n; i++) {
    if (s == list[i]) return true;
  }
  return false;
}
bool known_os(std::string_view s) { return known(kKnownOS, std::size(kKnownOS), s); }
bool known_arch(std::string_view s) { return known(kKnownArch, std::size(kKnownArch), s); }

// Go: build.Context.matchTag for GOOS=linux GOARCH=amd64, gc, cgo off, release tags go1.1…go1.19.
// generic_arch: the `amd64` tag is false, so a package's portable pure-Go files are chosen over its
// amd64 assembly (build_tags.h, runs_generic_go).
bool match_tag(std::string_view tag, bool generic_arch) {
  if (tag == "amd64") return !generic_arch;
  if (tag == "linux" || tag == "unix" || tag == "gc") return true;
  if (tag.size() > 4 && tag.substr(0, 4) == "go1.") {
    std::string_view minor = tag.substr(4);
    if (minor.empty() || minor.size() > 2) return false;
    int v = 0;
    for (char c : minor) {
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    return v >= 1 && v <= 19;
  }
  return false;
}

// Go: constraint.exprParser — or: and ("||" and)*; and: not ("&&" not)*; not: "!" not | atom;
// atom: tag | "(" or ")".
class ExprParser {
 public:
  ExprParser(std::string_view s, bool generic_arch) : s_(s), generic_arch_(generic_arch) {}
  bool parse(bool* ok) {
    bool v = or_expr();
    skip();
    *ok = ok_ && i_ == s_.size();
    return v;
  }

 private:
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r')) i_++;
  }
  bool eat(std::string_view tok) {
    skip();
    if (s_.substr(i_, tok.size()) == tok) {
      i_ += tok.size();
      return true;
    }
    return false;
  }
  bool or_expr() {
    bool v = and_expr();
    while (eat("||")) v = and_expr() || v;
    return v;
  }
  bool and_expr() {
    bool v = not_expr();
    while (eat("&&")) v = not_expr() && v;
    return v;
  }
  bool not_expr() {
    if (depth_ > 100) {
      ok_ = false;
      return false;
    }
    if (eat("!")) {
      depth_++;
      bool v = !not_expr();
      depth_--;
      return v;
    }
    if (eat("(")) {
      depth_++;
      bool v = or_expr();
      depth_--;
      if (!eat(")")) ok_ = false;
      return v;
    }
    skip();
    size_t start = i_;
    while (i_ < s_.size()) {
      char c = s_[i_];
      bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
      if (!word) break;
      i_++;
    }
    if (i_ == start) {
      ok_ = false;
      return false;
    }
    return match_tag(s_.substr(start, i_ - start), generic_arch_);
  }

  std::string_view s_;
  bool generic_arch_ = false;
  size_t i_ = 0;
  int depth_ = 0;
  bool ok_ = true;
};

}  // namespace

bool good_os_arch_file(std::string_view name, bool generic_arch) {
  size_t dot = name.find('.');
  if (dot != std::string_view::npos) name = name.substr(0, dot);
  // Go: everything before the first "_" is the file's own name and never a suffix.
  size_t us = name.find('_');
  if (us == std::string_view::npos) return true;
  name = name.substr(us);
  std::vector<std::string_view> l;
  size_t start = 0;
  while (start <= name.size()) {
    size_t next = name.find('_', start);
    if (next == std::string_view::npos) next = name.size();
    l.push_back(name.substr(start, next - start));
    start = next + 1;
  }
  size_t n = l.size();
  if (n >= 2 && l[n - 1] == "test") {
    l.pop_back();
    n--;
  }
  if (n >= 2 && known_os(l[n - 2]) && known_arch(l[n - 1])) {
    return l[n - 2] == "linux" && l[n - 1] == "amd64" && !generic_arch;
  }
  if (n >= 1 && known_os(l[n - 1])) return l[n - 1] == "linux";
  if (n >= 1 && known_arch(l[n - 1])) return l[n - 1] == "amd64" && !generic_arch;
  return true;
}

bool eval_build_expr(std::string_view expr, bool* bad, bool generic_arch) {
  bool ok = false;
  bool v = ExprParser(expr, generic_arch).parse(&ok);
  if (!ok) {
    if (bad != nullptr) *bad = true;
    return false;
  }
  return v;
}

std::string go_build_line(std::string_view src) {
  // Go: only comments and blank lines may come before the constraint; it ends at the package
  // clause (go/build reads the leading comment block).
  size_t i = 0;
  while (i < src.size()) {
    size_t eol = src.find('\n', i);
    if (eol == std::string_view::npos) eol = src.size();
    std::string_view line = src.substr(i, eol - i);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    size_t k = 0;
    while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) k++;
    line = line.substr(k);
    if (line.substr(0, 10) == "//go:build" && (line.size() == 10 || line[10] == ' ' || line[10] == '\t')) {
      return std::string(line.substr(10));
    }
    if (!line.empty() && line.substr(0, 2) != "//") {
      if (line.substr(0, 2) == "/*") {
        size_t end = src.find("*/", i + k + 2);
        if (end == std::string_view::npos) return "";
        eol = src.find('\n', end);
        if (eol == std::string_view::npos) return "";
      } else {
        return "";  // the package clause (or anything else) ends the header
      }
    }
    i = eol + 1;
  }
  return "";
}

namespace {

// Packages whose amd64 assembly has a portable Go version in the same directory, which Go itself
// compiles on architectures without that assembly. gosim builds them with `amd64` false (and no
// _amd64.go file), so the Go code runs where Go on amd64 runs assembly: crypto/sha256's
// sha256block_generic.go (block calls blockGeneric) instead of sha256block_decl.go +
// sha256block_amd64.s; hash/crc32's crc32_otherarch.go (archAvailable* false, so the slicing-by-8
// tables) instead of crc32_amd64.go, whose choice reads internal/cpu's SSE4.2/PCLMULQDQ flags;
// crypto/cipher's xor_generic.go instead of xorBytesSSE2.
// Every other file is selected as for linux/amd64. The outputs are Go's (the same digest, the
// same checksum); the path through the package is the portable one, not amd64's.
const char* const kGenericArchPackages[] = {"crypto/cipher", "crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512",
                                            "hash/crc32"};

}  // namespace

bool runs_generic_go(std::string_view path) {
  for (const char* p : kGenericArchPackages) {
    if (path == p) return true;
  }
  return false;
}

bool go_file_selected(std::string_view name, std::string_view source, bool generic_arch) {
  if (name.empty() || name[0] == '_' || name[0] == '.') return false;
  if (name.size() < 3 || name.substr(name.size() - 3) != ".go") return false;
  if (name.size() >= 8 && name.substr(name.size() - 8) == "_test.go") return false;
  if (!good_os_arch_file(name, generic_arch)) return false;
  std::string expr = go_build_line(source);
  if (expr.empty()) return true;
  return eval_build_expr(expr, nullptr, generic_arch);
}

}  // namespace gosim::lang
