// `gosim run --events --detail sched|mem|all`: the same run, fewer lines. The levels come from
// sim/trace/detail_level.cpp; here the binary is checked as a user runs it.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
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

// How many event lines name kind `kind`. An --events line is `#seq time [P.. M.. G..] kind sentence`
// (cli/cmd_run.cpp): the kind is the first word after the P/M/G columns, never a word of the
// sentence (start-up mallocs say "wrap the call in a closure", which is no call event).
int count_kind(const std::string& text, const std::string& kind) {
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.rfind("  #", 0) != 0) continue;
    std::istringstream words(line);
    std::string seq, time, w;
    words >> seq >> time;
    while (words >> w && w.size() > 1 && (w[0] == 'P' || w[0] == 'M' || w[0] == 'G') &&
           w.find_first_not_of("0123456789", 1) == std::string::npos) {
    }
    if (w == kind) ++n;
  }
  return n;
}

const std::string kScenario = std::string(GOSIM_SOURCE_DIR) + "/scenarios/gc_cycle/gc_cycle.json";

}  // namespace

TEST_CASE("--detail sched prints the scheduler's events only, mem adds the allocator and GC cycle, all everything") {
  const Out sched = run("run --events --detail sched --lang en " + kScenario);
  const Out mem = run("run --events --detail mem --lang en " + kScenario);
  const Out all = run("run --events --detail all --lang en " + kScenario);
  const Out dflt = run("run --events --lang en " + kScenario);
  REQUIRE(sched.status == 0);
  REQUIRE(mem.status == 0);
  REQUIRE(all.status == 0);
  CHECK(all.text == dflt.text);  // all is the default
  CHECK(count_kind(sched.text, "go_create") > 0);
  CHECK(count_kind(sched.text, "go_create") == count_kind(all.text, "go_create"));
  CHECK(count_kind(sched.text, "malloc") == 0);
  CHECK(count_kind(sched.text, "gc_phase") == 0);
  CHECK(count_kind(mem.text, "malloc") == count_kind(all.text, "malloc"));
  CHECK(count_kind(mem.text, "malloc") > 0);
  CHECK(count_kind(mem.text, "gc_phase") > 0);
  CHECK(count_kind(mem.text, "call") == 0);
  CHECK(count_kind(mem.text, "gc_shade") == 0);
  CHECK(count_kind(all.text, "call") > 0);
  CHECK(count_kind(all.text, "gc_shade") > 0);
  // The program's output is printed at every level.
  CHECK(sched.text.find("\n", sched.text.rfind("program_exit")) != std::string::npos);
}

TEST_CASE("--detail with an unknown level, or without --events, is refused with exit 1") {
  const Out bad = run("run --events --detail scheduling " + kScenario);
  CHECK(bad.status == 1);
  CHECK(bad.text.find("--detail: unknown level \"scheduling\" (use sched, mem or all)") != std::string::npos);
  const Out alone = run("run --detail mem " + kScenario);
  CHECK(alone.status == 1);
  CHECK(alone.text.find("add --events") != std::string::npos);
}
