#include "cli/run_flags.h"

#include <cstdio>
#include <stdexcept>
#include <utility>

#include "cli/load.h"

namespace gosim::cli {

void add_config_options(CLI::App* cmd, ConfigFlags& f) {
  cmd->add_option("--GOMAXPROCS", f.gomaxprocs, "Number of Ps (1..256); overrides the scenario");
  cmd->add_option("--GOGC", f.gogc, "GC target percentage, or \"off\"; overrides the scenario");
  cmd->add_option("--GOMEMLIMIT", f.gomemlimit, "Soft memory limit like 64MiB, or \"off\" (Go 1.19's GOMEMLIMIT)");
  cmd->add_flag("--gctrace", f.gctrace, "Print one line per GC cycle on stderr, like GODEBUG=gctrace=1");
  cmd->add_flag("--check-gc", f.check_gc, "Check that every reachable object is marked when marking ends (the GC invariant)");
  cmd->add_option("--gc-barrier", f.gc_barrier, "What-if: the write barrier: hybrid (Go 1.8+), off, dijkstra or yuasa");
  cmd->add_flag("--gc-stw", f.gc_stw, "What-if: no concurrent mark; the world stays stopped while the GC marks");
  cmd->add_flag("--no-call-events", f.no_call_events,
                "Leave out the call and return events (only the runtime's own): for long computations");
  cmd->add_option("--seed", f.seed, "Seed for the runtime's random choices (steal order, select, map order)");
  cmd->add_option("--max-events", f.max_events, "Stop after this many events (a runaway program ends with a message)");
  cmd->add_option("--max-time-ms", f.max_time_ms, "Stop at this much virtual time, in milliseconds");
  cmd->add_option("--max-goroutines", f.max_goroutines, "Stop when this many goroutines are alive");
  cmd->add_option("--max-stack-bytes", f.max_stack_bytes,
                  "A goroutine stack growing past this many bytes is a fatal stack overflow (Go: 1000000000)")
      ->check(CLI::Range(int64_t{1}, INT64_MAX));
  cmd->add_option("--max-heap-bytes", f.max_heap_bytes,
                  "The simulated machine's memory: a heap growing past this many bytes dies as Go does out of memory "
                  "(default 4000000000)")
      ->check(CLI::Range(int64_t{1}, INT64_MAX));
  cmd->add_option("--schedtrace", f.schedtrace, "Print SCHED lines every MS milliseconds of virtual time, like GODEBUG=schedtrace=MS");
  cmd->add_flag("--scheddetail", f.scheddetail, "With --schedtrace: add the per-P, per-M and per-G lines, like GODEBUG=scheddetail=1");
  cmd->add_flag("--no-runnext", f.no_runnext, "What-if: new and woken goroutines go to the tail of the local queue, not runnext");
  cmd->add_flag("--no-steal", f.no_steal, "What-if: idle Ps never steal work");
  cmd->add_flag("--no-async-preempt", f.no_async_preempt, "What-if, like GODEBUG=asyncpreemptoff=1: preempt only at function calls (Go before 1.14)");
  cmd->add_option("--sysmon-period-us", f.sysmon_period_us, "What-if: sysmon sleeps this long between turns instead of backing off");
}

// Command-line flags override the scenario's config.
bool apply_config_flags(const ConfigFlags& f, Config& c) {
  if (f.gomaxprocs) c.gomaxprocs = *f.gomaxprocs;
  if (f.gogc) {
    if (*f.gogc == "off") {
      c.gogc = -1;
    } else {
      try {
        c.gogc = std::stoi(*f.gogc);
      } catch (...) {
        std::fprintf(stderr, "gosim: --GOGC wants a number or \"off\", not %s\n", f.gogc->c_str());
        return false;
      }
    }
  }
  if (f.gomemlimit) {
    // Go: GOMEMLIMIT syntax (runtime/debug parseByteCount): a number with B, KiB, MiB, GiB or
    // TiB, or "off".
    if (*f.gomemlimit == "off") {
      c.gomemlimit = INT64_MAX;
    } else {
      static const std::pair<const char*, int64_t> units[] = {
          {"TiB", 1LL << 40}, {"GiB", 1LL << 30}, {"MiB", 1LL << 20}, {"KiB", 1LL << 10}, {"B", 1}};
      std::string num = *f.gomemlimit;
      int64_t mul = 1;
      for (const auto& [u, m] : units) {
        const std::string su = u;
        if (num.size() > su.size() && num.compare(num.size() - su.size(), su.size(), su) == 0) {
          num.resize(num.size() - su.size());
          mul = m;
          break;
        }
      }
      try {
        size_t used = 0;
        const int64_t v = std::stoll(num, &used);
        if (used != num.size() || v < 0) throw std::invalid_argument(num);
        c.gomemlimit = v * mul;
      } catch (...) {
        std::fprintf(stderr, "gosim: --GOMEMLIMIT wants bytes like 64MiB or \"off\", not %s\n", f.gomemlimit->c_str());
        return false;
      }
    }
  }
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
  if (f.seed) c.seed = *f.seed;
  if (f.max_events) c.limits.max_events = *f.max_events;
  if (f.max_time_ms) c.limits.max_virtual_time_ns = *f.max_time_ms * 1'000'000;
  if (f.max_goroutines) c.limits.max_goroutines = *f.max_goroutines;
  if (f.max_stack_bytes) c.limits.max_stack_bytes = *f.max_stack_bytes;
  if (f.max_heap_bytes) c.limits.max_heap_bytes = *f.max_heap_bytes;
  c.schedtrace_ms = f.schedtrace;
  c.whatif.no_runnext = c.whatif.no_runnext || f.no_runnext;
  c.whatif.no_steal = c.whatif.no_steal || f.no_steal;
  c.whatif.no_async_preempt = c.whatif.no_async_preempt || f.no_async_preempt;
  if (f.sysmon_period_us) c.whatif.sysmon_period_us = *f.sysmon_period_us;
  c.scheddetail = f.scheddetail;
  return true;
}

std::unique_ptr<Configured> load_configured(const std::string& path, const ConfigFlags& f) {
  std::optional<Scenario> scenario = load_input(path);
  if (!scenario) return nullptr;
  auto in = std::make_unique<Configured>();
  in->scenario = std::move(*scenario);
  in->config = in->scenario.config;
  if (!apply_config_flags(f, in->config)) return nullptr;
  if (in->config.gomaxprocs < 1 || in->config.gomaxprocs > 256) {
    std::fprintf(stderr, "gosim: --GOMAXPROCS must be between 1 and 256 (got %d)\n", in->config.gomaxprocs);
    return nullptr;
  }
  in->build = build_program(in->scenario);
  if (!in->build.errors.empty()) {
    for (const Diagnostic& d : in->build.errors) std::fprintf(stderr, "%s\n", d.str().c_str());
    return nullptr;
  }
  return in;
}

}  // namespace gosim::cli
