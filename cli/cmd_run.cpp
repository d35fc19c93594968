// gosim run SCENARIO.json|FILE.go — run the program on the simulated runtime.
//
// Program output goes to stdout/stderr as `go run` would print it. --events adds one line per
// runtime event (its sentence and the Go function it models), interleaved with the output in
// the order things happened; --trace-jsonl writes every event as JSON Lines; --hash prints the
// trace hash last.
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "cli/cli.h"
#include "cli/load.h"
#include "sim/run/build.h"
#include "sim/rt/check_events.h"
#include "sim/rt/invariants.h"
#include "sim/run/runner.h"
#include "sim/trace/jsonl.h"
#include "sim/trace/vtime.h"

namespace gosim::cli {

namespace {

struct RunFlags {
  std::string path;
  std::optional<int32_t> gomaxprocs;
  std::optional<std::string> gogc;
  std::optional<std::string> gomemlimit;
  bool gctrace = false;
  bool check_gc = false;
  std::optional<std::string> gc_barrier;
  bool gc_stw = false;
  bool no_call_events = false;
  std::optional<uint64_t> seed;
  std::optional<int64_t> max_events;
  std::optional<int64_t> max_time_ms;
  std::optional<int64_t> max_goroutines;
  std::optional<int64_t> max_stack_bytes;
  int32_t schedtrace = 0;
  bool no_runnext = false;
  bool no_steal = false;
  bool no_async_preempt = false;
  std::optional<int64_t> sysmon_period_us;
  bool scheddetail = false;
  bool events = false;
  bool check_invariants = false;
  bool check_events = false;
  std::vector<std::string> check_events_skip;
  bool hash = false;
  std::string trace_jsonl;
};

// Command-line flags override the scenario's config.
bool apply_flags(const RunFlags& f, Config& c) {
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
  c.check_events = c.check_events || f.check_events;
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
  c.schedtrace_ms = f.schedtrace;
  c.whatif.no_runnext = c.whatif.no_runnext || f.no_runnext;
  c.whatif.no_steal = c.whatif.no_steal || f.no_steal;
  c.whatif.no_async_preempt = c.whatif.no_async_preempt || f.no_async_preempt;
  if (f.sysmon_period_us) c.whatif.sysmon_period_us = *f.sysmon_period_us;
  c.scheddetail = f.scheddetail;
  return true;
}

// Thrown by the event sink to end the run at a --check-events mismatch (outside Machine::step,
// so it is not taken for an internal error of the model itself).
struct EventCheckFailed {};

void print_output(const Machine& mc, const Event& e) {
  const std::string& out = mc.model().output;
  std::FILE* stream = e.a == 2 ? stderr : stdout;
  std::fwrite(out.data() + e.b, 1, static_cast<size_t>(e.c), stream);
  std::fflush(stream);
}

void print_event_line(const Machine& mc, const Event& e) {
  const EventInfo& info = event_info(e.kind);
  std::string who;
  if (e.p >= 0) who += fmt::format("P{} ", e.p);
  if (e.m >= 0) who += fmt::format("M{} ", e.m);
  if (e.g > 0) who += fmt::format("G{} ", e.g);
  const std::string line = fmt::format("  #{:<6} {:>10}  {:<12} {:<16} {}  — {}\n", e.seq, format_vtime(e.time), who,
                                       info.name, mc.describe(e), info.go_func);
  std::fputs(line.c_str(), stdout);
  std::fflush(stdout);
}

int run(const RunFlags& flags) {
  const auto scenario = load_input(flags.path);
  if (!scenario) return kExitRefused;
  Config config = scenario->config;
  if (!apply_flags(flags, config)) return kExitRefused;
  if (config.gomaxprocs < 1 || config.gomaxprocs > 256) {
    std::fprintf(stderr, "gosim: --GOMAXPROCS must be between 1 and 256 (got %d)\n", config.gomaxprocs);
    return kExitRefused;
  }
  const Build build = build_program(*scenario);
  if (!build.errors.empty()) {
    for (const Diagnostic& d : build.errors) std::fprintf(stderr, "%s\n", d.str().c_str());
    return kExitRefused;
  }
  std::ofstream jsonl;
  if (!flags.trace_jsonl.empty()) {
    jsonl.open(flags.trace_jsonl, std::ios::binary);
    if (!jsonl) {
      std::fprintf(stderr, "gosim: cannot write %s\n", flags.trace_jsonl.c_str());
      return kExitRefused;
    }
  }
  // Notes attached to an event kind are shown under the first event of that kind.
  std::vector<bool> note_shown(scenario->notes.size(), false);
  Machine machine(*build.program, config);
  // --check-events: the rule for each event runs on the live model at the instant the event is
  // emitted (Machine::set_emit_hook); the first mismatch ends the run at the next event handed out.
  std::string event_mismatch;
  std::vector<bool> skip_kind(static_cast<size_t>(EventKind::kCount), false);
  for (const std::string& name : flags.check_events_skip) {
    const EventKind k = event_kind_from_name(name);
    if (k == EventKind::kCount) {
      std::fprintf(stderr, "gosim: --check-events-skip: unknown event kind %s\n", name.c_str());
      return kExitRefused;
    }
    skip_kind[static_cast<size_t>(k)] = true;
  }
  if (config.check_events) {
    machine.set_emit_hook([&event_mismatch, &skip_kind](const Model& md, const Event& e) {
      if (!event_mismatch.empty() || skip_kind[static_cast<size_t>(e.kind)]) return;
      const std::string broken = check_event(md, e);
      if (!broken.empty()) event_mismatch = fmt::format("event {} ({}): {}", e.seq, event_info(e.kind).name, broken);
    });
  }
  machine.start(build.main_entry);
  std::string line;
  std::string broken;
  // Without these flags only the program's output is wanted: the per-event work stays tiny.
  const bool want_jsonl = jsonl.is_open();
  const bool output_only = !flags.check_invariants && !flags.events && !want_jsonl;
  const EventSink sink = [&](const Machine& mc, const Event& e) {
    if (!event_mismatch.empty()) throw EventCheckFailed{};
    if (output_only) {
      if (e.kind == EventKind::kWrite) print_output(mc, e);
      return;
    }
    if (flags.check_invariants && broken.empty()) {
      broken = check_sched_invariants(mc.model());
      if (!broken.empty()) broken = fmt::format("after event {} ({}): {}", e.seq, mc.describe(e), broken);
    }
    if (flags.events) {
      print_event_line(mc, e);
      // Notes are about the program, so the runtime's own start-up goroutines do not trigger them.
      bool system_g = false;
      for (const G& g : mc.model().allg) system_g = system_g || (g.goid == e.g && g.system);
      for (size_t i = 0; i < scenario->notes.size() && !system_g; ++i) {
        const Note& n = scenario->notes[i];
        if (note_shown[i] || n.event_kind != event_info(e.kind).name) continue;
        note_shown[i] = true;
        std::printf("  ▸ note: %s\n", n.text.c_str());
      }
    }
    if (e.kind == EventKind::kWrite) print_output(mc, e);
    if (want_jsonl) {
      line.clear();
      write_jsonl(line, e, mc.describe(e));
      jsonl << line;
    }
  };
  RunReport report;
  try {
    report = run_to_end(machine, sink, flags.hash);
  } catch (const EventCheckFailed&) {
    // The run ends at the first event after the mismatch; nothing of it is reported but that.
  }
  if (!event_mismatch.empty()) {
    std::fprintf(stderr, "gosim: --check-events: %s\n", event_mismatch.c_str());
    return kExitInternal;
  }
  if (!broken.empty()) {
    std::fprintf(stderr, "gosim internal error: a scheduler invariant broke %s\n", broken.c_str());
    return kExitInternal;
  }
  if (report.exit_kind == ExitKind::kLimit) std::fprintf(stderr, "%s\n", limit_message(report).c_str());
  if (flags.hash) std::printf("trace hash: %s\n", report.trace_hash.c_str());
  if (report.exit_kind == ExitKind::kLimit) return kExitLimit;
  return report.exit_code;
}

}  // namespace

void add_run(CLI::App& app) {
  auto* cmd = app.add_subcommand("run", "Run a scenario or a Go file on the simulated runtime, like `go run`");
  auto f = std::make_shared<RunFlags>();
  cmd->add_option("scenario", f->path, "A scenario .json file or a .go file")->required();
  cmd->add_option("--GOMAXPROCS", f->gomaxprocs, "Number of Ps (1..256); overrides the scenario");
  cmd->add_option("--GOGC", f->gogc, "GC target percentage, or \"off\"; overrides the scenario");
  cmd->add_option("--GOMEMLIMIT", f->gomemlimit, "Soft memory limit like 64MiB, or \"off\" (Go 1.19's GOMEMLIMIT)");
  cmd->add_flag("--gctrace", f->gctrace, "Print one line per GC cycle on stderr, like GODEBUG=gctrace=1");
  cmd->add_flag("--check-gc", f->check_gc, "Check that every reachable object is marked when marking ends (the GC invariant)");
  cmd->add_option("--gc-barrier", f->gc_barrier, "What-if: the write barrier: hybrid (Go 1.8+), off, dijkstra or yuasa");
  cmd->add_flag("--gc-stw", f->gc_stw, "What-if: no concurrent mark; the world stays stopped while the GC marks");
  cmd->add_flag("--no-call-events", f->no_call_events,
                "Leave out the call and return events (only the runtime's own): for long computations");
  cmd->add_option("--seed", f->seed, "Seed for the runtime's random choices (steal order, select, map order)");
  cmd->add_option("--max-events", f->max_events, "Stop after this many events (a runaway program ends with a message)");
  cmd->add_option("--max-time-ms", f->max_time_ms, "Stop at this much virtual time, in milliseconds");
  cmd->add_option("--max-goroutines", f->max_goroutines, "Stop when this many goroutines are alive");
  cmd->add_option("--max-stack-bytes", f->max_stack_bytes,
                  "A goroutine stack growing past this many bytes is a fatal stack overflow (Go: 1000000000)")
      ->check(CLI::Range(int64_t{1}, INT64_MAX));
  cmd->add_option("--schedtrace", f->schedtrace, "Print SCHED lines every MS milliseconds of virtual time, like GODEBUG=schedtrace=MS");
  cmd->add_flag("--scheddetail", f->scheddetail, "With --schedtrace: add the per-P, per-M and per-G lines, like GODEBUG=scheddetail=1");
  cmd->add_flag("--no-runnext", f->no_runnext, "What-if: new and woken goroutines go to the tail of the local queue, not runnext");
  cmd->add_flag("--no-steal", f->no_steal, "What-if: idle Ps never steal work");
  cmd->add_flag("--no-async-preempt", f->no_async_preempt, "What-if, like GODEBUG=asyncpreemptoff=1: preempt only at function calls (Go before 1.14)");
  cmd->add_option("--sysmon-period-us", f->sysmon_period_us, "What-if: sysmon sleeps this long between turns instead of backing off");
  cmd->add_flag("--check-invariants", f->check_invariants, "Check the scheduler's invariants after every event (slower; for debugging gosim)");
  cmd->add_flag("--check-events", f->check_events,
                "After every event, check that the state shows what the event says; a mismatch stops the run (exit 4)");
  cmd->add_option("--check-events-skip", f->check_events_skip,
                  "With --check-events: leave out these kinds' rules (comma-separated names; for gosim's own tests)")
      ->delimiter(',');
  cmd->add_flag("--events", f->events, "Also print every runtime event with its sentence and Go function");
  cmd->add_option("--trace-jsonl", f->trace_jsonl, "Write every event as JSON Lines to this file");
  cmd->add_flag("--hash", f->hash, "Print the trace hash (a digest of every event and the output) last");
  cmd->callback([f]() { exit_status = run(*f); });
}

}  // namespace gosim::cli
