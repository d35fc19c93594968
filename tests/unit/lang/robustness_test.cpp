// The front end survives any input: random bytes, truncations, token soup and mutations
// of real programs (deterministic seeds), plus pathological nesting and long chains.
// Each case must return (with or without diagnostics) without crashing or hanging; the
// sanitizer build (cmake --preset asan) turns memory errors into failures.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "sim/lang/check.h"
#include "sim/lang/lexer.h"

namespace fs = std::filesystem;
using gosim::lang::check_file;

namespace {

std::vector<std::string> seed_programs() {
  std::vector<std::string> out;
  for (const char* dir : {"tests/conformance/lang", "tests/unit/lang/testdata/errors"}) {
    fs::path root = fs::path(GOSIM_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(root)) {
      if (e.path().extension() == ".go") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
  }
  if (out.empty()) out.push_back("package main\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n");
  return out;
}

const char* const kTokens[] = {
    "(", ")", "{", "}", "[", "]", ",", ";", ":=", "=", "func", "x", "1", "\"s\"", "*", "&", "<-", "chan",
    "map", ".", "...", "interface", "struct", "go", "defer", "return", "if", "for", "range", "switch",
    "case", "select", "type", "var", "const", "nil", "iota", "\n", "0x", "'a", "`", "1e999", "1<<100",
    "T", "int", "string", "error", "append", "len", "make", "new", "panic", "recover", "fmt.Println",
    "sync.Mutex", "time.Second", "goto", "fallthrough", "break", "continue", "default:", "[]", "..."};

std::string mutate(std::string s, std::mt19937& rng) {
  int muts = 1 + static_cast<int>(rng() % 8);
  for (int m = 0; m < muts && !s.empty(); m++) {
    size_t p = rng() % s.size();
    switch (rng() % 5) {
      case 0: s.erase(p, 1 + rng() % 10); break;
      case 1: s.insert(p, kTokens[rng() % (sizeof kTokens / sizeof *kTokens)]); break;
      case 2: s[p] = static_cast<char>(rng() % 256); break;
      case 3: s.resize(p); break;
      default: {
        size_t q = rng() % s.size();
        size_t n = rng() % 40;
        if (q + n <= s.size()) s.insert(p, s.substr(q, n));
        break;
      }
    }
  }
  return s;
}

}  // namespace

TEST_CASE("mutated real programs never crash the lexer, parser or checker") {
  std::vector<std::string> seeds = seed_programs();
  std::mt19937 rng(20240601);
  int with_errors = 0;
  for (int i = 0; i < 3000; i++) {
    std::string src = mutate(seeds[rng() % seeds.size()], rng);
    auto r = check_file("m.go", src);
    if (!r.ok()) with_errors++;
    CHECK(r.diags.size() <= 11);  // at most 10 errors and "too many errors"
  }
  CHECK(with_errors > 1000);  // the mutations do break programs
}

TEST_CASE("truncating a program at every byte never crashes") {
  std::vector<std::string> seeds = seed_programs();
  const std::string& src = seeds[seeds.size() / 2];
  // Each refusal is a positioned, worded error inside the text it was given.
  int refused = 0;
  for (size_t n = 0; n <= src.size(); n++) {
    const std::string prefix = src.substr(0, n);
    const auto r = check_file("t.go", prefix);
    if (r.ok()) continue;
    ++refused;
    const auto lines = static_cast<int>(std::count(prefix.begin(), prefix.end(), '\n')) + 1;
    for (const gosim::Diagnostic& d : r.diags) {
      CHECK(d.file == "t.go");
      CHECK(!d.message.empty());
      // Positioned errors point inside the text; the unpositioned one is go build's own
      // (a package without func main: "function main is undeclared in the main package").
      if (d.pos.known()) CHECK(d.pos.line <= lines);
      else CHECK_MESSAGE(d.message.find("main") != std::string::npos, d.str());
    }
  }
  CHECK(check_file("t.go", src).ok());        // the whole program is fine
  CHECK_FALSE(check_file("t.go", "").ok());    // nothing at all is not a Go file
  CHECK(refused > static_cast<int>(src.size()) / 2);  // most cuts leave a broken program
}

TEST_CASE("random bytes and random token soup never crash") {
  std::mt19937 rng(7);
  int refused = 0;
  for (int i = 0; i < 500; i++) {
    std::string bytes(rng() % 400, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() % 256);
    refused += !check_file("r.go", bytes).ok();
    refused += !check_file("r.go", "package main\n" + bytes).ok();
    std::string soup = "package main\n";
    for (int k = 0; k < 60; k++) soup += std::string(kTokens[rng() % (sizeof kTokens / sizeof *kTokens)]) + " ";
    const auto r = check_file("s.go", soup);
    refused += !r.ok();
    for (const gosim::Diagnostic& d : r.diags) CHECK_MESSAGE(d.pos.line >= 1, d.str());
    gosim::Diagnostics lex;
    gosim::lang::tokenize(bytes, &lex, "r.go");
    for (const gosim::Diagnostic& d : lex) CHECK(!d.message.empty());
  }
  CHECK(refused > 1400);  // random input is refused (with an error), not accepted
}

TEST_CASE("pathological depth and length are refused with a message") {
  const int n = 50000;
  auto first = [](const std::string& src) {
    auto r = check_file("d.go", src);
    return r.diags.empty() ? std::string("ok") : r.diags[0].message;
  };
  std::string pre = "package main\nfunc main() {\n\t_ = ";
  CHECK(first(pre + std::string(n, '(') + "1" + std::string(n, ')') + "\n}\n").find("nesting deeper") !=
        std::string::npos);
  CHECK(first("package main\nfunc main() {\n" + std::string(n, '{') + std::string(n, '}') + "\n}\n").find("nesting deeper") !=
        std::string::npos);
  std::string labels;
  for (int i = 0; i < n; i++) labels += "L" + std::to_string(i) + ": ";
  CHECK(first("package main\nfunc main() {\n" + labels + "\n}\n").find("nesting deeper") != std::string::npos);
  // Declarations that use each other in a long chain: checked on first use, so bounded.
  std::string chain = "package main\n";
  for (int i = 0; i < 5000; i++) chain += "var v" + std::to_string(i) + " = v" + std::to_string(i + 1) + "\n";
  chain += "var v5000 = 1\nfunc main() {}\n";
  CHECK(first(chain).find("unsupported: declarations and expressions nested more than") != std::string::npos);
  // Doubling string constants stop at gosim's cap instead of exhausting memory.
  std::string strs = "package main\nconst c0 = \"ab\"\n";
  for (int i = 1; i < 60; i++) {
    strs += "const c" + std::to_string(i) + " = c" + std::to_string(i - 1) + " + c" + std::to_string(i - 1) + "\n";
  }
  CHECK(first(strs + "func main() {}\n") ==
        "unsupported: string constant longer than 4 MiB (gosim's limit for constants; build the string at run time)");
  // Wide but shallow programs are fine.
  std::string wide = "package main\nfunc main() {\n";
  for (int i = 0; i < 5000; i++) wide += "\tx" + std::to_string(i) + " := " + std::to_string(i) + "\n\t_ = x" + std::to_string(i) + "\n";
  CHECK(first(wide + "}\n") == "ok");
}

TEST_CASE("constants: cycles are initialization loops, and the string cap is 4 MiB as documented") {
  auto first = [](const std::string& src) {
    auto r = check_file("t.go", src);
    return r.diags.empty() ? std::string("ok") : r.diags[0].message;
  };
  // Go 1.19 (types2 initorder.go reportCycle with CompilerErrorMessages): one report per cycle.
  CHECK(first("package main\nconst a = b\nconst b = a\nfunc main() { println(a) }\n") ==
        "initialization loop for a\n\tt.go:2:7: a refers to\n\tt.go:3:7: b refers to\n\tt.go:2:7: a");
  // A concatenation Go accepts (1.25 MiB) is accepted; one past 4 MiB is gosim's named limit.
  std::string consts = "package main\nconst c0 = \"" + std::string(256, 'x') + "\"\n";
  for (int i = 1; i <= 14; i++) {
    consts += "const c" + std::to_string(i) + " = c" + std::to_string(i - 1) + " + c" + std::to_string(i - 1) + "\n";
  }
  CHECK(first(consts + "const big = c12 + c10\nfunc main() { println(len(big)) }\n") == "ok");
  CHECK(first(consts + "const big = c14 + c0\nfunc main() { println(len(big)) }\n") ==
        "unsupported: string constant longer than 4 MiB (gosim's limit for constants; build the string at run time)");
}
