// `gosim run --events` folds each call into the standard library under the user's line that made
// it (sim/run/lib_calls.h); `--lib-frames` prints every event. The summary's counts are checked
// against the expanded view of the same run, never against numbers written here.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

struct Out {
  int status = -1;
  std::string text;
};

Out run(const std::string& args) {
  const std::string cmd = std::string(GOSIM_BIN_DIR) + "/gosim " + args + " 2>&1";
  Out r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.text.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

const std::string kProgram = std::string(GOSIM_SOURCE_DIR) + "/tests/unit/cli/data/libcalls.go";

struct Summary {
  uint64_t first = 0, last = 0;
  int line = 0;
  std::string fn;
  int calls = 0;
  std::map<std::string, int> packages;
};

std::vector<Summary> summaries(const std::string& text) {
  static const std::regex head(R"(^  #(\d+)(?:-#(\d+))? .* lib_call +(?:line (\d+): )?(.*?) — (\d+) calls? in (.*?); )");
  static const std::regex pkg(R"(([\w/]+) \((\d+)\))");
  std::vector<Summary> out;
  std::istringstream in(text);
  std::string l;
  while (std::getline(in, l)) {
    std::smatch m;
    if (!std::regex_search(l, m, head)) continue;
    Summary s;
    s.first = std::stoull(m[1]);
    s.last = m[2].matched ? std::stoull(m[2]) : s.first;
    s.line = m[3].matched ? std::stoi(m[3]) : 0;
    s.fn = m[4];
    s.calls = std::stoi(m[5]);
    const std::string pkgs = m[6];
    for (std::sregex_iterator it(pkgs.begin(), pkgs.end(), pkg), end; it != end; ++it) {
      s.packages[(*it)[1]] += std::stoi((*it)[2]);
    }
    out.push_back(s);
  }
  return out;
}

// Event lines of an --events output: number -> line.
std::map<uint64_t, std::string> event_lines(const std::string& text) {
  static const std::regex ev(R"(^ +#(\d+) )");
  std::map<uint64_t, std::string> out;
  std::istringstream in(text);
  std::string l;
  while (std::getline(in, l)) {
    std::smatch m;
    if (l.find(" lib_call ") == std::string::npos && std::regex_search(l, m, ev)) out[std::stoull(m[1])] = l;
  }
  return out;
}

// The package of the function a call line names ("G1 calls strings.(*Builder).Grow (frame 3…").
std::string called_package(const std::string& line) {
  static const std::regex call(R"( calls ([\w./]+?)[.(])");
  std::smatch m;
  if (!std::regex_search(line, m, call)) return "";
  std::string sym = m[1];
  return sym;
}

int source_line_of(const std::string& needle) {
  std::ifstream f(kProgram);
  std::string l;
  for (int n = 1; std::getline(f, l); ++n) {
    if (l.find(needle) != std::string::npos) return n;
  }
  return -1;
}

}  // namespace

TEST_CASE("--events folds each library call into one line naming the user's line and its calls by package") {
  const Out folded = run("run --events --lang en " + kProgram);
  const Out full = run("run --events --lib-frames --lang en " + kProgram);
  REQUIRE(folded.status == 0);
  REQUIRE(full.status == 0);
  const std::vector<Summary> sums = summaries(folded.text);
  const auto shown = event_lines(folded.text);
  const auto all = event_lines(full.text);
  REQUIRE(sums.size() >= 5);
  // Folding is a view: the expanded view is the old one, one line per event, and the folded view
  // prints a subset of the same lines.
  CHECK(all.size() == all.rbegin()->first);
  for (const auto& [seq, l] : shown) CHECK(all.at(seq).substr(all.at(seq).find('#')) == l.substr(l.find('#')));
  CHECK(shown.size() + 100 < all.size());
  std::set<uint64_t> covered;
  for (const Summary& s : sums) {
    // What the summary counts is what the expanded view shows between its first and last event:
    // the calls into each package of the goroutine (G1 here) that are not shown on their own.
    std::map<std::string, int> pkgs;
    int calls = 0;
    for (auto it = all.lower_bound(s.first); it != all.end() && it->first <= s.last; ++it) {
      covered.insert(it->first);
      if (shown.count(it->first) != 0) continue;
      CHECK_MESSAGE(it->second.find(" G1 ") != std::string::npos, it->second);
      if (it->second.find(" call ") == std::string::npos) continue;
      std::string sym = called_package(it->second);
      // "strings.(*Builder).Grow" -> "strings"; "unicode/utf8.RuneLen" -> "unicode/utf8"
      const size_t slash = sym.rfind('/');
      const size_t dot = sym.find('.', slash == std::string::npos ? 0 : slash);
      ++pkgs[dot == std::string::npos ? sym : sym.substr(0, dot)];
      ++calls;
    }
    CHECK_MESSAGE(pkgs == s.packages, s.fn);
    CHECK(calls == s.calls);
  }
  // Every event the folded view leaves out is inside a summary's range.
  for (const auto& [seq, l] : all) {
    if (shown.count(seq) == 0) CHECK_MESSAGE(covered.count(seq) != 0, l);
  }
  // The summaries name the user's lines that made the calls.
  bool itoa = false, upper = false, atoi = false;
  for (const Summary& s : sums) {
    if (s.fn == "strconv.Itoa") itoa = s.line == source_line_of("strconv.Itoa(");
    if (s.fn == "strings.ToUpper") upper = s.line == source_line_of("strings.ToUpper(");
    if (s.fn == "strconv.Atoi") atoi = s.line == source_line_of("strconv.Atoi(");
  }
  CHECK(itoa);
  CHECK(upper);
  CHECK(atoi);
  // The package initialization before main.main has no user line.
  CHECK(sums.front().line == 0);
  CHECK(folded.text.find("package initialization before main.main") != std::string::npos);
  // The program's output is printed in both views.
  CHECK(folded.text.find("0714 0 true\n") != std::string::npos);
  CHECK(full.text.find("0714 0 true\n") != std::string::npos);
}

TEST_CASE("folding library calls changes no event: the trace hash is the same with and without --events") {
  const Out plain = run("run --hash " + kProgram);
  const Out folded = run("run --events --hash " + kProgram);
  const Out full = run("run --events --lib-frames --hash " + kProgram);
  auto hash = [](const std::string& t) { return t.substr(t.rfind("trace hash: ")); };
  REQUIRE(plain.text.find("trace hash: ") != std::string::npos);
  CHECK(hash(plain.text) == hash(folded.text));
  CHECK(hash(plain.text) == hash(full.text));
}

TEST_CASE("--lib-frames without --events is refused") {
  const Out r = run("run --lib-frames " + kProgram);
  CHECK(r.status == 1);
  CHECK(r.text.find("--lib-frames") != std::string::npos);
  CHECK(r.text.find("add --events") != std::string::npos);
}
