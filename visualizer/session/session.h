// Session: one simulated run, its whole history, and a cursor into it.
//
// This is the visualizer's model of time. Panels never touch the simulation: they read the
// state at the cursor (model(), events(), output_at_cursor()) and ask the session to move.
//
// How history is kept. Opening a run records it to the end at once (up to a cap): every Event
// is kept (64 bytes each), the run's per-P timeline is indexed, and a model checkpoint is taken
// every K events within a memory budget (history.h). Moving the cursor to event n restores the
// nearest checkpoint at or before n and steps the Machine forward, comparing each replayed event
// with the recorded one; a mismatch would be a determinism bug and is reported, never hidden.
// Stepping forward from the cursor just steps. So any position costs at most K steps.
//
// Cursor semantics: cursor() is how many events have happened. At cursor 0 the program has
// started (main exists) and no event has been handed out; at cursor n the last event that
// happened is events()[n-1] and model() is the state at the instant it happened, before
// anything of event n+1: one engine step can emit several events (a refill chain, a GC phase),
// and the Machine captures the model at the event's own emission (Machine::capture_at, state()).
//
// A session runs either a scenario (built by sim/run/build.h) or a Program the caller gives
// with its Config (the built-in C++ demo programs, `gosim-viz demo:...`). Re-running with another
// Config keeps the cursor at the same event number when the new run is long enough.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/base/diag.h"
#include "sim/rt/machine.h"
#include "sim/run/lib_calls.h"
#include "sim/scenario/scenario.h"
#include "visualizer/session/breakpoint.h"
#include "visualizer/session/gc_view.h"
#include "visualizer/session/history.h"
#include "visualizer/session/timeline_index.h"

namespace gosim::ir {
struct Module;
}

namespace gosim::viz {

struct SessionOptions {
  uint64_t checkpoint_every = 2048;         // K at the start; doubles while over budget
  size_t memory_budget = size_t{256} << 20; // bytes for checkpoints
  int64_t max_events = 5'000'000;           // the longest run the session records
};

// Memory and shape of the history, for the status line and the report.
struct HistoryStats {
  uint64_t events = 0;
  size_t event_bytes = 0;
  size_t checkpoints = 0;
  uint64_t checkpoint_every = 0;
  size_t checkpoint_bytes = 0;
  size_t largest_checkpoint = 0;
  size_t timeline_bytes = 0;
  uint32_t thinnings = 0;
  double record_ms = 0;  // host time to record the run (for the report only)
};

class Session {
 public:
  explicit Session(SessionOptions options = {});
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // --- what runs ------------------------------------------------------------------------
  // Loads, builds and records a scenario (.json, or a bare .go file). On failure the previous
  // run (if any) stays loaded and the diagnostics are returned: a broken file on disk never
  // loses the last good run.
  Diagnostics open_scenario(const std::string& path);
  // Builds and records a scenario already in memory (a lesson's program with its config, from
  // sim/lesson/); `path` is what opened_path() reports. Same failure rule as open_scenario.
  Diagnostics open_built(Scenario scenario, const std::string& path);
  // Runs a given program (the session shares ownership; it must outlive the run).
  void open_program(std::shared_ptr<const Program> program, int32_t main_entry, const Config& config,
                    std::string title = {});
  // Reads the scenario file again (Ctrl+R) and re-records, keeping the cursor; a program run
  // simply re-records.
  Diagnostics reload();
  // Re-records with another configuration (GOMAXPROCS, seed, what-if switches), keeping the
  // cursor at the same event number when the new run has that many events.
  void rerun(const Config& config);
  bool loaded() const { return machine_ != nullptr; }

  // --- moving the cursor ----------------------------------------------------------------
  uint64_t cursor() const { return cursor_; }
  uint64_t size() const { return events_.size(); }  // events in the whole run
  bool at_end() const { return cursor_ == events_.size(); }
  void seek(uint64_t n);  // clamped to [0, size()]
  void step(uint64_t n = 1) { seek(cursor_ + n); }
  void step_back(uint64_t n = 1) { seek(cursor_ >= n ? cursor_ - n : 0); }
  void restart() { seek(0); }
  void to_end() { seek(size()); }
  // The next event at or after the cursor (or the previous one before it) that matches;
  // returns its index, or nullopt. Does not move.
  std::optional<uint64_t> find_next(const BreakCondition& c) const;
  std::optional<uint64_t> find_next_category(EventCategory cat) const;
  std::optional<uint64_t> find_prev_category(EventCategory cat) const;
  // Moves so that the found event is the last one that happened. False when none is found.
  bool next_of_category(EventCategory cat);
  bool prev_of_category(EventCategory cat);
  bool run_until(const BreakCondition& c);
  // Runs to the first event after the cursor that any enabled breakpoint matches.
  bool run_to_breakpoint();

  // --- breakpoints ----------------------------------------------------------------------
  // The scenario's breakpoints are loaded with it; the UI may add and toggle more.
  std::vector<BreakCondition>& breakpoints() { return breakpoints_; }
  const std::vector<BreakCondition>& breakpoints() const { return breakpoints_; }

  // --- reading the state at the cursor --------------------------------------------------
  const Machine& machine() const { return *machine_; }
  const Model& model() const { return machine_->state(); }
  const Config& config() const { return config_; }
  const Program& program() const { return *program_; }
  int32_t main_entry() const { return main_entry_; }  // for re-running the program (export)
  const std::vector<Event>& events() const { return events_; }
  // The last event that happened (events()[cursor-1]), or nullptr at cursor 0.
  const Event* current() const { return cursor_ == 0 ? nullptr : &events_[cursor_ - 1]; }
  VTime now() const { return cursor_ == 0 ? 0 : events_[cursor_ - 1].time; }
  VTime end_time() const { return timeline_.end_time(); }
  // The learner's sentence for any event of the run, wherever the cursor is.
  std::string describe(const Event& e, Lang lang = Lang::kEn) const;
  // What the program printed up to the cursor: cut at the end of the last write event that
  // has happened, so output never runs ahead of the event log.
  std::string_view output_at_cursor() const;
  // The whole run's output (as at the end).
  const std::string& final_output() const { return final_output_; }
  const TimelineIndex& timeline() const { return timeline_; }
  // Heap live vs goal and the GC cycles over the whole run (recorded with it).
  const GcSeries& gc_series() const { return gc_series_; }
  // The interpreted program's IR (frame layouts, variables, types), or nullptr for a C++ program.
  const ir::Module* module() const;
  // Short function name for a G's entry ("main.ping", "runtime.forcegchelper").
  std::string func_name(int32_t entry) const;

  // --- source lines (interpreted Go programs; C++ bodies have none) ----------------------
  // The Go source the run executes ("" for a C++ program) and its name for messages.
  const std::string& source_text() const;
  std::string source_name() const;
  // The line of the scenario's Go file where G `gi` is at the cursor: its innermost Go frame's
  // current statement, or its function's first line if it has not run yet. 0 for runtime
  // goroutines, dead Gs and C++ bodies.
  int32_t line_of(GIdx gi) const;
  // The line event i's goroutine was at when the event was handed out (recorded with the run;
  // 0 when the event has no goroutine or that G runs no Go code). Line breakpoints match it.
  int32_t event_line(uint64_t i) const { return i < event_lines_.size() ? event_lines_[i] : 0; }
  // Library calls (sim/run/lib_calls.h), recorded with the run: for event i, 1 + the index of the
  // library call it belongs to (0: none), with kLibFoldedBit set when the collapsed view folds it.
  static constexpr uint32_t kLibFoldedBit = 0x80000000u;  // detail_step.h kStepFoldedBit
  uint32_t lib_group(uint64_t i) const { return i < lib_marks_.size() ? lib_marks_[i] & ~kLibFoldedBit : 0; }
  bool lib_folded(uint64_t i) const { return i < lib_marks_.size() && (lib_marks_[i] & kLibFoldedBit) != 0; }
  const std::vector<uint32_t>& lib_marks() const { return lib_marks_; }
  // The library calls of the run (their summaries), or nullptr before a run.
  const LibCalls* lib_calls() const { return lib_calls_.get(); }
  // Toggles a line breakpoint (adds it, or removes the existing one for that line).
  void toggle_line_breakpoint(int32_t line);
  bool has_line_breakpoint(int32_t line) const;

  // What is loaded, for titles and messages.
  const std::optional<Scenario>& scenario() const { return scenario_; }
  const std::string& title() const { return title_; }
  // The path open_scenario was last given successfully ("" for a program run).
  const std::string& opened_path() const { return opened_path_; }
  // The files the run was built from, for hot reload: the scenario file and its .go file.
  std::vector<std::string> watched_files() const;
  // How many events have happened by virtual time t (the cursor that shows time t).
  uint64_t events_until(VTime t) const;
  // How the whole run ended: "exit status 0", "fatal error, exit status 2", a limit's sentence.
  const std::string& ending() const { return ending_; }
  HistoryStats stats() const;
  // Non-empty if a replay did not reproduce the recorded events (a determinism bug).
  const std::string& divergence() const { return divergence_; }

  // Changes whenever anything a panel draws may have changed (cursor or run); panels key
  // their caches on it.
  uint64_t revision() const { return revision_; }
  // Changes only when a new run is recorded.
  uint64_t run_id() const { return run_id_; }

 private:
  void record();  // runs program_ with config_ from the start to the end, filling the history
  void restore_to(uint64_t n);
  void replay_to(uint64_t n);
  // The GIdx of goroutine `goid` in the current model, or kNoG; cached by goid.
  GIdx find_g(int64_t goid);
  int32_t line_in_model(const Model& md, GIdx gi) const;

  SessionOptions options_;
  std::optional<Scenario> scenario_;
  std::string title_;
  std::string opened_path_;
  std::shared_ptr<const Program> program_;
  int32_t main_entry_ = 0;
  Config config_;
  std::unique_ptr<Machine> machine_;

  std::vector<Event> events_;
  std::vector<uint32_t> writes_;  // indices of write events, for output_at_cursor
  std::vector<int32_t> event_lines_;  // by event index: the line its goroutine was at
  std::vector<uint32_t> lib_marks_;   // by event index: see lib_group()
  std::unique_ptr<LibCalls> lib_calls_;
  std::vector<GIdx> goid_index_;      // goid -> GIdx while recording (slots are reused: checked)
  size_t goid_scanned_ = 0;           // allg slots find_g has indexed (new slots are appended)
  // Slots whose G exited, most recent last, with the goid they had: a new G reuses one of
  // these (Go's gfget pops the most recently freed), so find_g looks here, newest first.
  std::vector<std::pair<GIdx, int64_t>> goid_dead_;
  GcSeries gc_series_;
  CheckpointStore checkpoints_;
  TimelineIndex timeline_;
  std::string final_output_;
  int64_t final_output_shift_ = 0;  // a write at offset o is at o - shift in final_output_
  std::string ending_;
  std::vector<BreakCondition> breakpoints_;
  double record_ms_ = 0;

  uint64_t cursor_ = 0;
  uint64_t revision_ = 0;
  uint64_t run_id_ = 0;
  std::string divergence_;
};

// The scenario's breakpoints as conditions (an unknown kind name gives kCount: the schema
// already refused those).
std::vector<BreakCondition> breakpoints_of(const Scenario& s);

}  // namespace gosim::viz
