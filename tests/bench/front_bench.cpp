// Where a Go program's front end spends its time (issue 19: packages from source), in one
// process: `check` (read + parse + type-check every package, GOROOT's included), then escape
// analysis, then lowering to IR. Each program is checked three times: cold (the first check
// in the process: empty standard-library cache, fresh memory), again with the cache
// (sim/lang/pkgcache.h: its GOROOT packages are not parsed or checked again), and again with
// GOSIM_CACHE=off (parsed and checked again, but in warm memory). Prints milliseconds of wall
// time (steady_clock: a benchmark, never part of a run). Never fails on time.
//
//   front_bench FILE.go...
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "sim/escape/escape.h"
#include "sim/ir/lower.h"
#include "sim/lang/check.h"
#include "sim/lang/parser.h"
#include "sim/lang/pkgcache.h"

using namespace gosim;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double time_check(const std::string& name, const std::string& src, lang::CheckResult* out) {
  const Clock::time_point t0 = Clock::now();
  *out = lang::check_file(name, src);
  return ms_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: front_bench FILE.go...\n");
    return 2;
  }
  for (int i = 1; i < argc; i++) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "front_bench: cannot read %s\n", argv[i]);
      return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string src = ss.str();
    lang::stdlib_cache_reset();
    lang::CheckResult cold;
    const double t_cold = time_check(argv[i], src, &cold);
    if (!cold.ok()) {
      std::fprintf(stderr, "front_bench: %s does not check: %s\n", argv[i], cold.diags.empty() ? "?" : cold.diags[0].str().c_str());
      return 1;
    }
    lang::CheckResult warm;
    const double t_warm = time_check(argv[i], src, &warm);
    setenv("GOSIM_CACHE", "off", 1);
    lang::CheckResult off;
    const double t_off = time_check(argv[i], src, &off);
    unsetenv("GOSIM_CACHE");
    // The parse alone: every file of the program again.
    size_t files = 0, bytes = 0;
    Clock::time_point t0 = Clock::now();
    for (const auto& [f, ft] : off.pkg->file_texts) {
      lang::ParseResult p = lang::parse_file(ft.name, ft.text);
      files++;
      bytes += ft.text.size();
    }
    const double t_parse = ms_since(t0);
    t0 = Clock::now();
    const escape::Result esc = escape::analyze(*warm.pkg);
    const double t_escape = ms_since(t0);
    t0 = Clock::now();
    const ir::LowerResult low = ir::lower_package(*warm.pkg, esc);
    const double t_lower = ms_since(t0);
    std::printf(
        "%s: %zu packages, %zu files, %zu KB | check: cold %.1f ms, cached %.1f ms, GOSIM_CACHE=off %.1f ms (parse "
        "alone %.1f ms) | escape %.1f ms | lower %.1f ms (%zu functions)\n",
        argv[i], warm.pkg->units.size(), files, bytes / 1024, t_cold, t_warm, t_off, t_parse, t_escape, t_lower,
        low.module.funcs.size());
  }
  return 0;
}
