#include "cli/run_flags.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <utility>

#include "cli/load.h"
#include "sim/scenario/ranges.h"

namespace gosim::cli {

namespace {

// --schedtrace has no scenario key: Go reads GODEBUG=schedtrace into an int32 of milliseconds.
constexpr IntRange kSchedtraceRange{0, INT32_MAX};

// The range of the config key a flag sets. The schema is compiled in and a unit test keeps
// every key below in it, so a missing one is a build defect: no range rather than a crash.
IntRange range_of(std::string_view key) { return config_range(key).value_or(IntRange{}); }

// Help text with the key's range, so `gosim run --help` shows what the check enforces.
std::string with_range(const std::string& help, const IntRange& r) { return help + " (" + range_text(r) + ")"; }

// Every numeric flag: the whole string is an integer inside the range, or the flag is refused
// with its name, the value and the range.
bool read_flag(const char* flag, const std::optional<std::string>& text, const IntRange& r, int64_t& out) {
  if (!text) return true;
  const std::optional<int64_t> v = parse_int64(*text);
  if (!v) {
    std::fprintf(stderr, "gosim: %s wants an integer %s, not %s\n", flag, range_text(r).c_str(), text->c_str());
    return false;
  }
  if (!r.contains(*v)) {
    std::fprintf(stderr, "gosim: %s must be %s (got %s)\n", flag, range_text(r).c_str(), text->c_str());
    return false;
  }
  out = *v;
  return true;
}

// Go: GOMEMLIMIT syntax (runtime/debug parseByteCount): a number with B, KiB, MiB, GiB or TiB,
// or "off". The byte count must fit GOMEMLIMIT's range (Go: "invalid GOMEMLIMIT" past int64).
bool read_gomemlimit(const std::string& text, const IntRange& r, int64_t& out) {
  if (text == "off") {
    out = INT64_MAX;
    return true;
  }
  static const std::pair<const char*, int64_t> units[] = {
      {"TiB", 1LL << 40}, {"GiB", 1LL << 30}, {"MiB", 1LL << 20}, {"KiB", 1LL << 10}, {"B", 1}};
  std::string num = text;
  int64_t mul = 1;
  for (const auto& [u, m] : units) {
    const std::string su = u;
    if (num.size() > su.size() && num.compare(num.size() - su.size(), su.size(), su) == 0) {
      num.resize(num.size() - su.size());
      mul = m;
      break;
    }
  }
  const std::optional<int64_t> v = parse_int64(num);
  if (!v) {
    std::fprintf(stderr, "gosim: --GOMEMLIMIT wants bytes like 64MiB or \"off\", not %s\n", text.c_str());
    return false;
  }
  if (*v < r.min || *v > r.max / mul) {
    std::fprintf(stderr, "gosim: --GOMEMLIMIT must be %s bytes, or \"off\" (got %s)\n", range_text(r).c_str(),
                 text.c_str());
    return false;
  }
  out = *v * mul;
  return true;
}

// A numeric flag: read as text (apply_config_flags parses and checks it), shown as INT.
void num_option(CLI::App* cmd, const char* name, std::optional<std::string>& target, const std::string& help,
                const char* type_name = "INT") {
  cmd->add_option(name, target, help)->type_name(type_name);
}

// --stdin FILE: the bytes are read here, once, before the run; the run never reads the host
// (the same bytes give the same trace). Bounded as the scenario's "stdin" is.
bool read_stdin_file(const std::string& name, std::string& out) {
  constexpr size_t kMaxStdin = 1 << 20;  // scenario.schema.json "stdin" maxLength
  std::FILE* f = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
  if (f == nullptr) {
    std::fprintf(stderr, "gosim: --stdin %s: cannot open the file (%s); give a readable file, or - for gosim's stdin\n",
                 name.c_str(), std::strerror(errno));
    return false;
  }
  std::string data;
  char buf[65536];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && data.size() <= kMaxStdin) data.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) {
    std::fprintf(stderr, "gosim: --stdin %s: the file cannot be read (is it a directory?)\n", name.c_str());
    return false;
  }
  if (data.size() > kMaxStdin) {
    std::fprintf(stderr, "gosim: --stdin %s: more than the stdin limit of 1 MiB (1048576 bytes); give a smaller input\n",
                 name.c_str());
    return false;
  }
  out = std::move(data);
  return true;
}

// --files DIR (part vfs2): DIR's files and directories become the virtual file tree, read once
// here before the run (the run never touches the host's files). Bounded as a scenario's "files".
bool read_files_dir(const std::string& dir, std::vector<std::pair<std::string, std::string>>& out) {
  namespace fs = std::filesystem;
  constexpr uint64_t kMaxBytes = 1 << 20;
  constexpr size_t kMaxPaths = 256;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::fprintf(stderr, "gosim: --files %s: not a directory; give a directory whose files become the program's working directory\n",
                 dir.c_str());
    return false;
  }
  std::vector<std::pair<std::string, std::string>> files;
  uint64_t total = 0;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path rel = fs::relative(it->path(), dir, ec);
    std::string name = rel.generic_string();
    if (it->is_directory(ec)) {
      files.emplace_back(name + "/", "");
    } else if (it->is_regular_file(ec)) {
      std::FILE* f = std::fopen(it->path().c_str(), "rb");
      if (f == nullptr) {
        std::fprintf(stderr, "gosim: --files %s: cannot read %s (%s)\n", dir.c_str(), name.c_str(), std::strerror(errno));
        return false;
      }
      std::string data;
      char buf[65536];
      size_t n = 0;
      while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && total + data.size() <= kMaxBytes) data.append(buf, n);
      std::fclose(f);
      total += data.size();
      if (total > kMaxBytes) {
        std::fprintf(stderr, "gosim: --files %s: more than 1 MiB (1048576 bytes) of file contents in all; give smaller files\n",
                     dir.c_str());
        return false;
      }
      files.emplace_back(name, std::move(data));
    } else {
      std::fprintf(stderr, "gosim: --files %s: %s is neither a file nor a directory (the virtual tree holds only those)\n",
                   dir.c_str(), name.c_str());
      return false;
    }
    if (files.size() > kMaxPaths) {
      std::fprintf(stderr, "gosim: --files %s: more than %zu files and directories; give a smaller tree\n", dir.c_str(), kMaxPaths);
      return false;
    }
  }
  if (ec) {
    std::fprintf(stderr, "gosim: --files %s: cannot list the directory (%s)\n", dir.c_str(), ec.message().c_str());
    return false;
  }
  std::sort(files.begin(), files.end());  // the host's listing order must not matter
  for (auto& f : files) out.push_back(std::move(f));
  return true;
}

// --env K=V (part vfs2): set over the scenario's "env", with syscall.Setenv's rules for the name.
bool apply_env_flag(const std::string& kv, std::vector<std::string>& env) {
  const size_t eq = kv.find('=');
  if (eq == std::string::npos || eq == 0 || kv.find('\0') != std::string::npos) {
    std::fprintf(stderr, "gosim: --env %s: write NAME=value (a non-empty name before the first '=')\n", kv.c_str());
    return false;
  }
  const std::string key = kv.substr(0, eq + 1);
  for (std::string& e : env) {
    if (e.compare(0, key.size(), key) == 0) {
      e = kv;
      return true;
    }
  }
  env.push_back(kv);
  return true;
}

}  // namespace

void add_config_options(CLI::App* cmd, ConfigFlags& f) {
  num_option(cmd, "--GOMAXPROCS", f.gomaxprocs, with_range("Number of Ps; overrides the scenario", range_of("GOMAXPROCS")));
  num_option(cmd, "--GOGC", f.gogc,
                  with_range("GC target percentage, or \"off\"; overrides the scenario", range_of("GOGC")), "INT|off");
  num_option(cmd, "--GOMEMLIMIT", f.gomemlimit,
                  with_range("Soft memory limit like 64MiB, or \"off\" (Go 1.19's GOMEMLIMIT), in bytes", range_of("GOMEMLIMIT")), "BYTES|off");
  cmd->add_flag("--gctrace", f.gctrace, "Print one line per GC cycle on stderr, like GODEBUG=gctrace=1");
  cmd->add_flag("--check-gc", f.check_gc, "Check that every reachable object is marked when marking ends (the GC invariant)");
  cmd->add_option("--gc-barrier", f.gc_barrier, "What-if: the write barrier: hybrid (Go 1.8+), off, dijkstra or yuasa");
  cmd->add_flag("--gc-stw", f.gc_stw, "What-if: no concurrent mark; the world stays stopped while the GC marks");
  cmd->add_flag("--no-call-events", f.no_call_events,
                "Leave out the call and return events (only the runtime's own): for long computations");
  num_option(cmd, "--seed", f.seed,
                  with_range("Seed for the runtime's random choices (steal order, select, map order)", range_of("seed")));
  num_option(cmd, "--max-events", f.max_events,
                  with_range("Stop after this many events (default 200000000; a runaway program ends with a message)",
                             range_of("limits.max_events")));
  num_option(cmd, "--max-time-ms", f.max_time_ms,
                  with_range("Stop at this much virtual time, in milliseconds (default 3600000, one virtual hour)",
                             range_of("limits.max_virtual_time_ms")));
  num_option(cmd, "--max-cpu-ms", f.max_cpu_ms,
                  with_range("Stop when goroutine code has run this much virtual CPU time, in milliseconds, summed "
                             "over all Ps (default 5000: an endless loop ends within about a minute)",
                             range_of("limits.max_cpu_time_ms")));
  num_option(cmd, "--max-goroutines", f.max_goroutines,
                  with_range("Stop when this many goroutines are alive (default 1000000)", range_of("limits.max_goroutines")));
  num_option(cmd, "--max-stack-bytes", f.max_stack_bytes,
                  with_range("A goroutine stack growing past this many bytes is a fatal stack overflow (Go: 1000000000)",
                             range_of("limits.max_stack_bytes")));
  num_option(cmd, "--max-heap-bytes", f.max_heap_bytes,
                  with_range("The simulated machine's memory: a heap growing past this many bytes dies as Go does out of "
                             "memory (default 4000000000)",
                             range_of("limits.max_heap_bytes")));
  num_option(cmd, "--schedtrace", f.schedtrace,
                  with_range("Print SCHED lines every MS milliseconds of virtual time, like GODEBUG=schedtrace=MS", kSchedtraceRange));
  cmd->add_option("--stdin", f.stdin_file,
                  "The program's stdin: FILE's bytes (at most 1 MiB), read once before the run; - reads gosim's own "
                  "stdin. Without it stdin is empty (or the scenario's \"stdin\")")
      ->type_name("FILE|-");
  cmd->add_option("--env", f.env_vars,
                  "Set the program's environment variable NAME to value (repeatable; over the scenario's \"env\"). "
                  "The host's environment is never the program's")
      ->type_name("NAME=value");
  cmd->add_option("--files", f.files_dir,
                  "The program's files: DIR's files and directories become its working directory /home/gopher in the "
                  "virtual file tree (read once before the run, at most 1 MiB; added to the scenario's \"files\")")
      ->type_name("DIR");
  cmd->add_flag("--scheddetail", f.scheddetail, "With --schedtrace: add the per-P, per-M and per-G lines, like GODEBUG=scheddetail=1");
  cmd->add_flag("--no-runnext", f.no_runnext, "What-if: new and woken goroutines go to the tail of the local queue, not runnext");
  cmd->add_flag("--no-steal", f.no_steal, "What-if: idle Ps never steal work");
  cmd->add_flag("--no-async-preempt", f.no_async_preempt, "What-if, like GODEBUG=asyncpreemptoff=1: preempt only at function calls (Go before 1.14)");
  num_option(cmd, "--sysmon-period-us", f.sysmon_period_us,
                  with_range("What-if: sysmon sleeps this long between turns instead of backing off",
                             range_of("whatif.sysmon_period_us")));
}

// Command-line flags override the scenario's config.
bool apply_config_flags(const ConfigFlags& f, Config& c) {
  int64_t v = 0;
  if (f.gomaxprocs) {
    if (!read_flag("--GOMAXPROCS", f.gomaxprocs, range_of("GOMAXPROCS"), v)) return false;
    c.gomaxprocs = static_cast<int32_t>(v);
  }
  if (f.gogc) {
    if (*f.gogc == "off") {
      c.gogc = -1;
    } else {
      const IntRange r = range_of("GOGC");
      const std::optional<int64_t> g = parse_int64(*f.gogc);
      if (!g || !r.contains(*g)) {
        std::fprintf(stderr, "gosim: --GOGC wants an integer %s or \"off\", not %s\n", range_text(r).c_str(),
                     f.gogc->c_str());
        return false;
      }
      c.gogc = static_cast<int32_t>(*g);
    }
  }
  if (f.gomemlimit && !read_gomemlimit(*f.gomemlimit, range_of("GOMEMLIMIT"), c.gomemlimit)) return false;
  c.gctrace = c.gctrace || f.gctrace;
  c.check_gc = c.check_gc || f.check_gc;
  if (f.no_call_events) c.call_events = false;
  c.whatif.gc_stw = c.whatif.gc_stw || f.gc_stw;
  if (f.gc_barrier) {
    const std::string& b = *f.gc_barrier;
    if (b == "hybrid") c.whatif.gc_barrier = 0;
    else if (b == "off") c.whatif.gc_barrier = 1;
    else if (b == "dijkstra") c.whatif.gc_barrier = 2;
    else if (b == "yuasa") c.whatif.gc_barrier = 3;
    else {
      std::fprintf(stderr, "gosim: --gc-barrier wants hybrid, off, dijkstra or yuasa, not %s\n", b.c_str());
      return false;
    }
  }
  if (f.seed) {
    if (!read_flag("--seed", f.seed, range_of("seed"), v)) return false;
    c.seed = static_cast<uint64_t>(v);
  }
  if (!read_flag("--max-events", f.max_events, range_of("limits.max_events"), c.limits.max_events)) return false;
  if (f.max_time_ms) {
    // The range keeps milliseconds small enough that nanoseconds fit in int64.
    if (!read_flag("--max-time-ms", f.max_time_ms, range_of("limits.max_virtual_time_ms"), v)) return false;
    c.limits.max_virtual_time_ns = v * 1'000'000;
  }
  if (f.max_cpu_ms) {
    if (!read_flag("--max-cpu-ms", f.max_cpu_ms, range_of("limits.max_cpu_time_ms"), v)) return false;
    c.limits.max_cpu_time_ns = v * 1'000'000;
  }
  if (!read_flag("--max-goroutines", f.max_goroutines, range_of("limits.max_goroutines"), c.limits.max_goroutines)) return false;
  if (!read_flag("--max-stack-bytes", f.max_stack_bytes, range_of("limits.max_stack_bytes"), c.limits.max_stack_bytes)) return false;
  if (!read_flag("--max-heap-bytes", f.max_heap_bytes, range_of("limits.max_heap_bytes"), c.limits.max_heap_bytes)) return false;
  if (f.schedtrace) {
    if (!read_flag("--schedtrace", f.schedtrace, kSchedtraceRange, v)) return false;
    c.schedtrace_ms = static_cast<int32_t>(v);
  }
  c.whatif.no_runnext = c.whatif.no_runnext || f.no_runnext;
  c.whatif.no_steal = c.whatif.no_steal || f.no_steal;
  c.whatif.no_async_preempt = c.whatif.no_async_preempt || f.no_async_preempt;
  if (!read_flag("--sysmon-period-us", f.sysmon_period_us, range_of("whatif.sysmon_period_us"), c.whatif.sysmon_period_us)) {
    return false;
  }
  c.scheddetail = f.scheddetail;
  if (f.stdin_file && !read_stdin_file(*f.stdin_file, c.stdin_data)) return false;
  for (const std::string& kv : f.env_vars) {
    if (!apply_env_flag(kv, c.env)) return false;
  }
  if (f.files_dir && !read_files_dir(*f.files_dir, c.files)) return false;
  return true;
}

std::unique_ptr<Configured> load_configured(const std::string& path, const ConfigFlags& f) {
  std::optional<Scenario> scenario = load_input(path);
  if (!scenario) return nullptr;
  auto in = std::make_unique<Configured>();
  in->scenario = std::move(*scenario);
  in->config = in->scenario.config;
  if (!apply_config_flags(f, in->config)) return nullptr;
  in->build = build_program(in->scenario);
  if (!in->build.errors.empty()) {
    print_diagnostics(stderr, in->build.errors);
    return nullptr;
  }
  return in;
}

}  // namespace gosim::cli
