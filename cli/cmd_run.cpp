// gosim run SCENARIO.json|FILE.go — run the program on the simulated runtime.
//
// Program output goes to stdout/stderr as `go run` would print it. --events adds one line per
// runtime event (its sentence and the Go function it models), interleaved with the output in
// the order things happened; --trace-jsonl writes every event as JSON Lines; --go-trace and
// --perfetto export the run for `go tool trace` and Perfetto (sim/export); --hash prints the
// trace hash last.
#include <cstdio>
#include <deque>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "cli/cli.h"
#include "cli/load.h"
#include "cli/lang_flag.h"
#include "cli/lib_fold.h"
#include "cli/run_flags.h"
#include "sim/base/out_file.h"
#include "sim/export/export_file.h"
#include "sim/export/go_trace.h"
#include "sim/export/perfetto.h"
#include "sim/i18n/catalog.h"
#include "sim/run/build.h"
#include "sim/rt/check_events.h"
#include "sim/rt/invariants.h"
#include "sim/rt/output.h"
#include "sim/rt/stack.h"
#include "sim/run/lib_calls.h"
#include "sim/run/runner.h"
#include "sim/trace/detail_level.h"
#include "sim/trace/jsonl.h"
#include "sim/trace/vtime.h"

namespace gosim::cli {

namespace {

struct RunFlags {
  std::string path;
  ConfigFlags config;
  bool events = false;
  bool lib_frames = false;  // --lib-frames: every library event, unfolded
  bool check_invariants = false;
  bool check_events = false;
  std::vector<std::string> check_events_skip;
  bool hash = false;
  std::string trace_jsonl;
  std::string go_trace;
  std::string perfetto;
  std::optional<std::string> detail;  // --detail: which events --events prints
  LangFlag lang;
};


// Thrown by the event sink to end the run at a --check-events mismatch (outside Machine::step,
// so it is not taken for an internal error of the model itself).
struct EventCheckFailed {};

// Thrown by the event sink when the trace file cannot be written: the run ends there, since
// a trace with a hole in it is worth nothing.
struct OutputFailed {};

void print_output(const Machine& mc, const Event& e, LibFoldPrinter* fold = nullptr, uint32_t group = 0) {
  const std::string_view out = output_slice(mc.model(), e.b, e.c);  // the write just made is always kept
  if (out.empty()) return;  // an empty write: its view may have no data pointer, and fwrite wants one
  std::FILE* stream = e.a == 2 ? stderr : stdout;
  if (fold != nullptr) {
    fold->output(group, stream, std::string(out));
    return;
  }
  std::fwrite(out.data(), 1, out.size(), stream);
  std::fflush(stream);
}

std::string event_line(const Machine& mc, const Event& e, Lang lang) {
  const EventInfo& info = event_info(e.kind);
  std::string who;
  if (e.p >= 0) who += fmt::format("P{} ", e.p);
  if (e.m >= 0) who += fmt::format("M{} ", e.m);
  if (e.g > 0) who += fmt::format("G{} ", e.g);
  return fmt::format("  #{:<6} {:>10}  {:<12} {:<16} {}  — {}\n", e.seq, format_vtime(e.time), who, info.name,
                     mc.describe(e, lang), event_go_func(e));
}

// Checks the extension and opens the export's temporary file; false after printing why.
bool open_export(const std::string& path, std::string_view flag, std::initializer_list<std::string_view> exts,
                 exporter::ExportFile& file) {
  if (path.empty()) return true;
  const std::string bad = exporter::is_special_file(path) ? "" : exporter::check_extension(flag, path, exts);
  if (!bad.empty()) {
    std::fprintf(stderr, "gosim: %s\n", bad.c_str());
    return false;
  }
  if (!file.open(path)) {
    std::fprintf(stderr, "gosim: %s\n", file.message().c_str());
    return false;
  }
  return true;
}

int run(const RunFlags& flags) {
  // --events is read in the terminal: the environment's language unless --lang says; the trace
  // file is data: English unless --lang says.
  const std::optional<Lang> text_lang = resolve_lang(flags.lang, lang_from_env());
  const std::optional<Lang> file_lang = resolve_lang(flags.lang, Lang::kEn);
  if (!text_lang || !file_lang) return kExitRefused;
  // --detail filters what --events prints (the run and its trace file are the same at every level).
  DetailLevel detail = DetailLevel::kAll;
  if (flags.detail) {
    const std::optional<DetailLevel> d = parse_detail_level(*flags.detail);
    if (!d) {
      std::fprintf(stderr, "gosim: --detail: unknown level \"%s\" (use sched, mem or all)\n", flags.detail->c_str());
      return kExitRefused;
    }
    if (!flags.events) {
      std::fprintf(stderr, "gosim: --detail filters the lines of --events: add --events\n");
      return kExitRefused;
    }
    detail = *d;
  }
  if (flags.lib_frames && !flags.events) {
    std::fprintf(stderr, "gosim: --lib-frames unfolds the library calls of --events: add --events\n");
    return kExitRefused;
  }
  const std::unique_ptr<Configured> in = load_configured(flags.path, flags.config);
  if (!in) return kExitRefused;
  const Scenario& scenario = in->scenario;
  const Config& config = in->config;
  const Build& build = in->build;
  OutFile jsonl;
  if (!flags.trace_jsonl.empty() && !jsonl.open(flags.trace_jsonl)) {
    std::fprintf(stderr, "gosim: %s\n", jsonl.message().c_str());
    return kExitRefused;
  }
  // The exports are opened (under a temporary name) before the run, so a bad path is refused
  // before a long run, and renamed into place only when complete.
  exporter::ExportFile go_trace_file, perfetto_file;
  std::optional<exporter::GoTraceWriter> go_trace;
  std::optional<exporter::PerfettoWriter> perfetto;
  if (!open_export(flags.go_trace, "--go-trace", {".trace", ".out"}, go_trace_file) ||
      !open_export(flags.perfetto, "--perfetto", {".json"}, perfetto_file)) {
    return kExitRefused;
  }
  if (go_trace_file.is_open()) go_trace.emplace();
  if (perfetto_file.is_open()) perfetto.emplace();
  // Notes attached to an event kind are shown under the first event of that kind.
  std::vector<bool> note_shown(scenario.notes.size(), false);
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
  // --events folds library calls under the user's line unless --lib-frames (sim/run/lib_calls.h).
  // The user's line of a call is read the instant the call event is emitted.
  const bool fold_lib = flags.events && !flags.lib_frames;
  LibCalls lib_calls(*build.program);
  LibFoldPrinter fold(lib_calls, *text_lang);
  std::deque<std::pair<uint64_t, int32_t>> call_lines;  // (seq, user line) of library calls not yet handed out
  GIdx line_g = kNoG;
  const bool checking = config.check_events || flags.check_events;
  if (checking || fold_lib) {
    machine.set_emit_hook([&](const Model& md, const Event& e) {
      if (fold_lib && e.kind == EventKind::kCall && machine.program().is_library(call_fn(e))) {
        if (line_g == kNoG || static_cast<size_t>(line_g) >= md.allg.size() || md.allg[static_cast<size_t>(line_g)].goid != e.g) {
          line_g = kNoG;
          for (size_t i = 0; i < md.allg.size(); ++i) {
            if (md.allg[i].goid == e.g) line_g = static_cast<GIdx>(i);
          }
        }
        call_lines.emplace_back(e.seq, line_g == kNoG ? 0 : machine.program().user_line(md, line_g));
      }
      if (!checking || !event_mismatch.empty() || skip_kind[static_cast<size_t>(e.kind)]) return;
      const std::string broken = check_event(md, e);
      if (!broken.empty()) event_mismatch = fmt::format("event {} ({}): {}", e.seq, event_info(e.kind).name, broken);
    });
  }
  machine.start(build.main_entry);
  std::string line;
  std::string broken;
  // Without these flags only the program's output is wanted: the per-event work stays tiny.
  const bool want_jsonl = jsonl.is_open();
  const bool output_only = !flags.check_invariants && !flags.events && !want_jsonl && !go_trace && !perfetto;
  const EventSink sink = [&](const Machine& mc, const Event& e) {
    if (!event_mismatch.empty()) throw EventCheckFailed{};
    if (output_only) {
      if (e.kind == EventKind::kWrite) print_output(mc, e);
      return;
    }
    if (flags.check_invariants && broken.empty()) {
      broken = check_sched_invariants(mc.model());
      if (!broken.empty()) broken = fmt::format("after event {} ({}): {}", e.seq, mc.describe(e, *text_lang), broken);
    }
    LibMark mark;
    if (fold_lib) {
      int32_t line_at = 0;
      while (!call_lines.empty() && call_lines.front().first < e.seq) call_lines.pop_front();
      if (!call_lines.empty() && call_lines.front().first == e.seq) line_at = call_lines.front().second;
      mark = lib_calls.add(e, line_at);
      if (mark.folded) fold.folded(mark.group);
    }
    if (flags.events && !mark.folded && detail_shows(detail, e.kind)) {
      if (fold_lib) {
        fold.line(mark.group, event_line(mc, e, *text_lang));
      } else {
        std::fputs(event_line(mc, e, *text_lang).c_str(), stdout);
        std::fflush(stdout);
      }
      // Notes are about the program, so the runtime's own start-up goroutines do not trigger them.
      bool system_g = false;
      for (const G& g : mc.model().allg) system_g = system_g || (g.goid == e.g && g.system);
      for (size_t i = 0; i < scenario.notes.size() && !system_g; ++i) {
        const Note& n = scenario.notes[i];
        if (note_shown[i] || n.event_kind != event_info(e.kind).name) continue;
        note_shown[i] = true;
        const std::string note = fmt::format("  ▸ {}: {}\n", i18n::msg_template(*text_lang, i18n::Msg::kCliNoteLabel), n.text_in(*text_lang));
        if (fold_lib) {
          fold.line(mark.group, note);
        } else {
          std::fputs(note.c_str(), stdout);
        }
      }
    }
    if (e.kind == EventKind::kWrite) print_output(mc, e, fold_lib ? &fold : nullptr, mark.group);
    if (mark.closes) fold.close(mark.group);
    if (go_trace) go_trace->on_event(mc, e);
    if (perfetto) perfetto->on_event(mc, e);
    if (want_jsonl) {
      line.clear();
      write_jsonl(line, e, mc.describe(e, *file_lang));
      if (!jsonl.write(line)) throw OutputFailed{};
    }
  };
  RunReport report;
  try {
    report = run_to_end(machine, sink, flags.hash);
  } catch (const EventCheckFailed&) {
    // The run ends at the first event after the mismatch; nothing of it is reported but that.
  } catch (const OutputFailed&) {
  }
  if (fold_lib) {
    lib_calls.finish();
    fold.finish();
  }
  if (jsonl.is_open() && !jsonl.close()) {
    std::fprintf(stderr, "gosim: %s\n", jsonl.message().c_str());
    return kExitRefused;
  }
  if (go_trace && !go_trace_file.commit(go_trace->finish())) {
    std::fprintf(stderr, "gosim: %s\n", go_trace_file.message().c_str());
    return kExitRefused;
  }
  if (perfetto && !perfetto_file.commit(perfetto->finish())) {
    std::fprintf(stderr, "gosim: %s\n", perfetto_file.message().c_str());
    return kExitRefused;
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
  add_config_options(cmd, f->config);
  cmd->add_flag("--check-invariants", f->check_invariants, "Check the scheduler's invariants after every event (slower; for debugging gosim)");
  cmd->add_flag("--check-events", f->check_events,
                "After every event, check that the state shows what the event says; a mismatch stops the run (exit 4)");
  cmd->add_option("--check-events-skip", f->check_events_skip,
                  "With --check-events: leave out these kinds' rules (comma-separated names; for gosim's own tests)")
      ->delimiter(',');
  cmd->add_flag("--events", f->events,
                "Also print every runtime event with its sentence and Go function; a call into the standard library "
                "prints as one line under the user's line that made it, with the runtime events it caused");
  cmd->add_flag("--lib-frames", f->lib_frames,
                "With --events: print every event inside library calls too (calls, returns and package "
                "initialization in strings, strconv…) instead of one summary line per call");
  cmd->add_option("--detail", f->detail,
                  "With --events: print only the events of this level of detail: sched (the scheduler), mem (+ allocator, "
                  "stacks, GC cycle) or all (+ calls, returns, per-object GC work; the default)");
  cmd->add_option("--trace-jsonl", f->trace_jsonl, "Write every event as JSON Lines to this file");
  cmd->add_option("--go-trace", f->go_trace,
                  "Write the run as a Go 1.19 execution trace (.trace or .out) for `go tool trace`");
  cmd->add_option("--perfetto", f->perfetto, "Write the run as Chrome trace-event JSON (.json) for ui.perfetto.dev");
  cmd->add_flag("--hash", f->hash, "Print the trace hash (a digest of every event and the output) last");
  add_lang_option(cmd, f->lang);
  cmd->callback([f]() { exit_status = run(*f); });
}

}  // namespace gosim::cli
