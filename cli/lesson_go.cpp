#include "cli/lesson_go.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

namespace gosim::cli {

namespace fs = std::filesystem;

namespace {

// Real Go gets a minute to build and a minute to run: a lesson program runs in milliseconds,
// so only a hung toolchain or program reaches it.
constexpr const char* kTimeout = "timeout 60";

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs a shell command, returns its stdout and exit status (-1 when it could not start).
int run(const std::string& cmd, std::string* out) {
  FILE* f = ::popen(cmd.c_str(), "r");
  if (f == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  const int st = ::pclose(f);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

std::string first_difference(const std::string& want, const std::string& got) {
  size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
  size_t line = 1 + static_cast<size_t>(std::count(want.begin(), want.begin() + static_cast<long>(i), '\n'));
  const size_t ls = want.rfind('\n', i == 0 ? 0 : i - 1);
  const size_t start = ls == std::string::npos || i == 0 ? 0 : ls + 1;
  auto line_of = [start](const std::string& s) {
    if (start >= s.size()) return std::string("(nothing)");
    return fmt::format("{:?}", s.substr(start, s.find('\n', start) - start));
  };
  return fmt::format("output line {}: real Go prints {}, gosim {}", line, line_of(want), line_of(got));
}

}  // namespace

bool go_available() {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::string p = path;
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find(':', start);
    if (end == std::string::npos) end = p.size();
    const std::string dir = p.substr(start, end - start);
    if (!dir.empty() && ::access((dir + "/go").c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

RealGoBuild build_real_go(const std::string& program_file) {
  RealGoBuild b;
  char tmpl[] = "/tmp/gosim-lesson-XXXXXX";
  if (::mkdtemp(tmpl) == nullptr) {
    b.build_error = "cannot make a temporary folder for the real-Go build";
    return b;
  }
  b.dir = tmpl;
  b.bin = b.dir + "/prog";
  std::string out;
  // The build runs in the temporary folder so that no go.mod around the lesson changes it.
  const int built = run(fmt::format("cd {} && GO111MODULE=off {} go build -o {} {} 2>&1", shell_quote(b.dir), kTimeout,
                                    shell_quote(b.bin), shell_quote(fs::absolute(program_file).string())),
                        &out);
  if (built != 0) {
    b.build_error = out.substr(0, out.find('\n'));
    if (b.build_error.empty()) b.build_error = fmt::format("go build exited with status {}", built);
  }
  return b;
}

void remove_real_go_build(const RealGoBuild& b) {
  if (b.dir.empty()) return;
  std::error_code ec;
  fs::remove_all(b.dir, ec);
}

RealGoRun run_real_go(const RealGoBuild& b, int gomaxprocs) {
  RealGoRun r;
  r.status = run(fmt::format("cd {} && GOMAXPROCS={} {} {} 2>&1", shell_quote(b.dir), gomaxprocs, kTimeout, shell_quote(b.bin)),
                 &r.output);
  return r;
}

std::string compare_with_real_go(const RealGoRun& go, const lesson::RunRecord& gosim_run, int gomaxprocs) {
  if (go.output != gosim_run.output) {
    return fmt::format("matches_go: GOMAXPROCS={} real Go's output differs: {}", gomaxprocs,
                       first_difference(go.output, gosim_run.output));
  }
  if (go.status != gosim_run.exit_code) {
    return fmt::format("matches_go: real Go exits with status {}, gosim with {}", go.status, gosim_run.exit_code);
  }
  return "";
}

}  // namespace gosim::cli
