#include "visualizer/session/session.h"

#include <algorithm>
#include <chrono>
#include <cstring>

#include <fmt/format.h>

#include "sim/i18n/catalog.h"
#include "sim/rt/output.h"
#include "sim/interp/frame_view.h"
#include "sim/interp/interp.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/trace/vtime.h"
#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool same_event(const Event& a, const Event& b) {
  return a.seq == b.seq && a.time == b.time && a.kind == b.kind && a.p == b.p && a.m == b.m && a.g == b.g &&
         a.a == b.a && a.b == b.b && a.c == b.c;
}

// How the whole run ended, worded as `go run` (or gosim's limit message) would say it.
std::string run_ending(const Model& md, uint64_t events) {
  RunReport r;
  r.exit_kind = md.engine.limit != LimitKind::kNone ? ExitKind::kLimit : md.exit_kind;
  r.exit_code = md.exit_code;
  r.limit = md.engine.limit;
  r.limit_value = md.engine.limit_value;
  r.events = events;
  switch (r.exit_kind) {
    case ExitKind::kRunning: return tr(Str::kEndRunning);
    case ExitKind::kExited: return trf(Str::kEndExited, md.exit_code);
    case ExitKind::kFatal: return trf(Str::kEndFatal, md.exit_code);
    case ExitKind::kLimit: return limit_message(r);
    case ExitKind::kInternal: return tr(Str::kEndInternal);
  }
  return "";
}

}  // namespace

std::string BreakCondition::label() const {
  std::string s = kind == EventKind::kCount ? std::string(tr(Str::kBreakAnyEvent)) : std::string(event_info(kind).name);
  if (goid != 0) s += fmt::format(" G{}", goid);
  if (time >= 0) s += trf(Str::kBreakAtTime, format_vtime(time));
  if (line != 0) s += trf(Str::kBreakOnLine, line);
  return s;
}

std::vector<BreakCondition> breakpoints_of(const Scenario& s) {
  std::vector<BreakCondition> out;
  for (const Breakpoint& b : s.breakpoints) {
    BreakCondition c;
    if (!b.event_kind.empty()) c.kind = event_kind_from_name(b.event_kind);
    c.goid = b.goroutine;
    c.time = b.virtual_time_ns;
    c.line = b.line;
    out.push_back(c);
  }
  return out;
}

Session::Session(SessionOptions options)
    : options_(options), checkpoints_(options.memory_budget, std::max<uint64_t>(1, options.checkpoint_every)) {}

Session::~Session() = default;

Diagnostics Session::open_scenario(const std::string& path) {
  ScenarioLoad load = ends_with(path, ".go") ? scenario_from_go_file(path) : load_scenario(path);
  if (!load.scenario) return load.errors;
  return open_built(std::move(*load.scenario), path);
}

Diagnostics Session::open_built(Scenario scenario, const std::string& path) {
  Build b = build_program(scenario);
  if (!b.program) return b.errors;
  scenario_ = std::move(scenario);
  title_ = scenario_->title.empty() ? path : scenario_->title;
  opened_path_ = path;
  program_ = std::shared_ptr<const Program>(std::move(b.program));
  main_entry_ = b.main_entry;
  config_ = scenario_->config;
  breakpoints_ = breakpoints_of(*scenario_);
  cursor_ = 0;
  record();
  return {};
}

void Session::open_program(std::shared_ptr<const Program> program, int32_t main_entry, const Config& config,
                           std::string title) {
  scenario_.reset();
  opened_path_.clear();
  title_ = std::move(title);
  program_ = std::move(program);
  main_entry_ = main_entry;
  config_ = config;
  breakpoints_.clear();
  cursor_ = 0;
  record();
}

Diagnostics Session::reload() {
  if (opened_path_.empty()) {
    rerun(config_);
    return {};
  }
  const std::string path = opened_path_;
  const uint64_t keep = cursor_;
  Diagnostics errs = open_scenario(path);
  if (errs.empty()) seek(keep);
  return errs;
}

void Session::rerun(const Config& config) {
  if (!program_) return;
  const uint64_t keep = cursor_;
  config_ = config;
  record();
  seek(keep);
}

void Session::record() {
  const auto t0 = std::chrono::steady_clock::now();
  Config run_config = config_;
  run_config.limits.max_events = std::min(run_config.limits.max_events, options_.max_events);
  // The Machine keeps a reference to the program, which program_ keeps alive.
  machine_ = std::make_unique<Machine>(*program_, run_config);
  machine_->start(main_entry_);
  events_.clear();
  // Reserving address space is free until pages are touched, and it spares the copies (and
  // the page faults, which dominate recording on small VMs) of growing a 64 MB vector.
  events_.reserve(static_cast<size_t>(std::min<int64_t>(run_config.limits.max_events, int64_t{1} << 22)) + 1);
  writes_.clear();
  event_lines_.clear();
  event_lines_.reserve(events_.capacity());
  goid_index_.clear();
  goid_scanned_ = 0;
  goid_dead_.clear();
  gc_series_.clear();
  checkpoints_.clear();
  timeline_.clear(run_config.gomaxprocs);
  divergence_.clear();
  checkpoints_.add(0, machine_->checkpoint());
  // What is read off the model for each event (its goroutine's line, the heap's numbers) is read
  // the instant the event is emitted: one engine step can emit many events, and the model after
  // the step would show the later ones' effects at the earlier ones.
  std::vector<int32_t> lines_at_emit;
  lib_marks_.clear();
  lib_marks_.reserve(events_.capacity());
  lib_calls_ = std::make_unique<LibCalls>(*program_);
  machine_->set_emit_hook([&](const Model& md, const Event& e) {
    const auto i = static_cast<size_t>(e.seq - 1);
    if (lines_at_emit.size() <= i) lines_at_emit.resize(i + 1, 0);
    const GIdx gi = e.g > 0 ? find_g(e.g) : kNoG;
    // The user's line: inside a library call, the line of the user's code that made it.
    lines_at_emit[i] = gi != kNoG ? line_in_model(md, gi) : 0;
    gc_series_.add(e, static_cast<uint32_t>(i), md.heap);
  });
  while (auto e = machine_->step()) {
    const auto index = static_cast<uint32_t>(events_.size());
    events_.push_back(*e);
    timeline_.add(*e, index);
    if (e->kind == EventKind::kWrite) writes_.push_back(index);
    event_lines_.push_back(index < lines_at_emit.size() ? lines_at_emit[index] : 0);
    const LibMark mark = lib_calls_->add(*e, event_lines_.back());
    lib_marks_.push_back(mark.group | (mark.folded ? kLibFoldedBit : 0));
    if (e->kind == EventKind::kGoExit) {
      if (const GIdx gi = find_g(e->g); gi != kNoG) goid_dead_.emplace_back(gi, e->g);
    }
    const uint64_t n = events_.size();
    // Only between two engine steps: a seek from there re-emits every later event, so it can
    // capture the exact state at any of them (Machine::capture_at).
    if (checkpoints_.due(n) && machine_->at_boundary()) checkpoints_.add(n, machine_->checkpoint());
  }
  machine_->set_emit_hook(nullptr);
  lib_calls_->finish();
  gc_series_.finish(events_.empty() ? 0 : events_.back().time);
  timeline_.finish(events_.empty() ? 0 : events_.back().time,
                   events_.empty() ? 0 : static_cast<uint32_t>(events_.size() - 1));
  // The model keeps a bounded tail of the output (sim/rt/output.h): final_output_ is that tail
  // after a line saying what was dropped, and write offsets map into it shifted.
  final_output_ = output_text(machine_->model());
  final_output_shift_ = static_cast<int64_t>(machine_->model().output_dropped) -
                        static_cast<int64_t>(final_output_.size() - machine_->model().output.size());
  ending_ = run_ending(machine_->model(), events_.size());
  cursor_ = events_.size();
  ++run_id_;
  ++revision_;
  record_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The state at event n is captured the instant the Machine emits it (Machine::capture_at), so
// event n must still be ahead of the Machine: emitted later than the point the seek starts
// from. Checkpoints are taken between engine steps (nothing emitted and waiting), so restoring
// the last one before event n always works; stepping on from the cursor works unless event n
// was emitted already, in the same engine step as the cursor's event.
void Session::seek(uint64_t n) {
  if (!machine_) return;
  n = std::min<uint64_t>(n, events_.size());
  if (n == cursor_ && (n == 0 || machine_->state_is_exact())) return;
  const bool emitted = n > 0 && machine_->model().engine.next_seq > n;
  const StoredCheckpoint& cp = checkpoints_.at_or_before(n == 0 ? 0 : n - 1);
  if (emitted || !(cursor_ <= n && cursor_ >= cp.at)) restore_to(n);
  machine_->capture_at(n);
  replay_to(n);
  ++revision_;
}

void Session::restore_to(uint64_t n) {
  const StoredCheckpoint& cp = checkpoints_.at_or_before(n == 0 ? 0 : n - 1);
  if (cp.at == 0) {
    // Machine::start emits the start-up events (the runtime's goroutines) in one go: start
    // again, with the capture armed before them.
    machine_ = std::make_unique<Machine>(*program_, machine_->config());
    machine_->capture_at(n);
    machine_->start(main_entry_);
    cursor_ = 0;
    return;
  }
  machine_->restore(cp.cp);
  cursor_ = cp.at;
}

void Session::replay_to(uint64_t n) {
  while (cursor_ < n) {
    auto e = machine_->step();
    if (!e) break;
    if (divergence_.empty() && !same_event(*e, events_[cursor_])) {
      divergence_ = fmt::format("replay diverged at event {}: recorded {} but replay gave {}", cursor_ + 1,
                                event_info(events_[cursor_].kind).name, event_info(e->kind).name);
    }
    ++cursor_;
  }
}

std::optional<uint64_t> Session::find_next(const BreakCondition& c) const {
  for (uint64_t i = cursor_; i < events_.size(); ++i) {
    const VTime prev = i == 0 ? -1 : events_[i - 1].time;
    if (c.matches(events_[i], prev, event_line(i))) return i;
  }
  return std::nullopt;
}

std::optional<uint64_t> Session::find_next_category(EventCategory cat) const {
  for (uint64_t i = cursor_; i < events_.size(); ++i) {
    if (event_info(events_[i].kind).category == cat) return i;
  }
  return std::nullopt;
}

std::optional<uint64_t> Session::find_prev_category(EventCategory cat) const {
  // The current event is events_[cursor_-1]; "previous" means the one before it.
  for (uint64_t i = cursor_ >= 1 ? cursor_ - 1 : 0; i-- > 0;) {
    if (event_info(events_[i].kind).category == cat) return i;
  }
  return std::nullopt;
}

bool Session::next_of_category(EventCategory cat) {
  auto i = find_next_category(cat);
  if (i) seek(*i + 1);
  return i.has_value();
}

bool Session::prev_of_category(EventCategory cat) {
  auto i = find_prev_category(cat);
  if (i) seek(*i + 1);
  return i.has_value();
}

bool Session::run_until(const BreakCondition& c) {
  auto i = find_next(c);
  if (i) seek(*i + 1);
  return i.has_value();
}

bool Session::run_to_breakpoint() {
  for (uint64_t i = cursor_; i < events_.size(); ++i) {
    const VTime prev = i == 0 ? -1 : events_[i - 1].time;
    for (const BreakCondition& c : breakpoints_) {
      if (c.matches(events_[i], prev, event_line(i))) {
        seek(i + 1);
        return true;
      }
    }
  }
  return false;
}

std::string Session::describe(const Event& e, Lang lang) const {
  // The model's output only holds what was written up to the cursor; a write further on is
  // described from the run's final output (output is append-only, so the bytes are the same).
  if (e.kind == EventKind::kWrite &&
      static_cast<uint64_t>(e.b + e.c) > model().output_dropped + model().output.size()) {
    const int64_t at = std::max<int64_t>(0, e.b - final_output_shift_);
    std::string text = final_output_.substr(std::min(static_cast<size_t>(at), final_output_.size()), static_cast<size_t>(e.c));
    std::string shown;
    for (char ch : text.substr(0, 60)) shown += ch == '\n' ? std::string("\\n") : std::string(1, ch);
    if (text.size() > 60) shown += "…";
    return i18n::tr(lang, e.g ? i18n::Msg::kWriteByG : i18n::Msg::kWriteByRuntime, fmt::arg("g", fmt::format("G{}", e.g)),
                    fmt::arg("text", shown), fmt::arg("stream", e.a == 2 ? "stderr" : "stdout"));
  }
  return machine_->describe(e, lang);
}

std::string_view Session::output_at_cursor() const {
  // The last write among the first cursor_ events.
  auto it = std::lower_bound(writes_.begin(), writes_.end(), static_cast<uint32_t>(cursor_));
  if (it == writes_.begin()) return {};
  const Event& w = events_[*(it - 1)];
  const int64_t end = std::max<int64_t>(0, w.b + w.c - final_output_shift_);
  return std::string_view(final_output_).substr(0, std::min(static_cast<size_t>(end), final_output_.size()));
}

std::string Session::func_name(int32_t entry) const {
  if (entry < 0) return std::string(runtime_entry_name(entry));
  return program_->func_name(entry);
}

GIdx Session::find_g(int64_t goid) {
  // Called for every recorded event, so it must stay O(1) amortized with 10k goroutines (a
  // full pass over allg per new goroutine made recording quadratic).
  const Model& md = machine_->model();
  auto ok = [&](GIdx gi) { return gi != kNoG && static_cast<size_t>(gi) < md.allg.size() && md.allg[static_cast<size_t>(gi)].goid == goid; };
  auto cached = [&]() { return goid >= 0 && static_cast<size_t>(goid) < goid_index_.size() && ok(goid_index_[static_cast<size_t>(goid)]); };
  auto remember = [&](size_t i) {
    const int64_t id = md.allg[i].goid;
    if (id <= 0) return;
    if (static_cast<size_t>(id) >= goid_index_.size()) goid_index_.resize(static_cast<size_t>(id) + 1, kNoG);
    goid_index_[static_cast<size_t>(id)] = static_cast<GIdx>(i);
  };
  if (cached()) return goid_index_[static_cast<size_t>(goid)];
  // 1. Slots appended since the last look (malg: allg only grows).
  for (; goid_scanned_ < md.allg.size(); ++goid_scanned_) remember(goid_scanned_);
  if (cached()) return goid_index_[static_cast<size_t>(goid)];
  // 2. A dead G's slot reused (gfget), most recently freed first; reused slots leave the list.
  for (size_t k = goid_dead_.size(); k-- > 0;) {
    const auto [slot, old_goid] = goid_dead_[k];
    if (static_cast<size_t>(slot) >= md.allg.size() || md.allg[static_cast<size_t>(slot)].goid == old_goid) continue;
    remember(static_cast<size_t>(slot));
    goid_dead_.erase(goid_dead_.begin() + static_cast<long>(k));
    if (cached()) return goid_index_[static_cast<size_t>(goid)];
  }
  // 3. Anything else (a slot reused before its exit event was handed out): one full pass.
  for (size_t i = 0; i < md.allg.size(); ++i) remember(i);
  return cached() ? goid_index_[static_cast<size_t>(goid)] : kNoG;
}

const ir::Module* Session::module() const {
  const auto* in = program_ ? dynamic_cast<const interp::Interp*>(program_.get()) : nullptr;
  return in != nullptr ? &in->module() : nullptr;
}

int32_t Session::line_in_model(const Model& md, GIdx gi) const {
  // Only interpreted Go has lines (sim/interp/frame_view.h); the user's own line, also while
  // library frames run above it (sim/interp/lib_frames.h).
  return program_ ? program_->user_line(md, gi) : 0;
}

int32_t Session::line_of(GIdx gi) const { return machine_ ? line_in_model(model(), gi) : 0; }

const std::string& Session::source_text() const {
  static const std::string none;
  return scenario_ ? scenario_->source : none;
}

std::string Session::source_name() const { return scenario_ ? scenario_->source_name : std::string(); }

void Session::toggle_line_breakpoint(int32_t line) {
  for (auto it = breakpoints_.begin(); it != breakpoints_.end(); ++it) {
    if (it->line == line && it->kind == EventKind::kCount && it->goid == 0 && it->time < 0) {
      breakpoints_.erase(it);
      ++revision_;
      return;
    }
  }
  BreakCondition c;
  c.line = line;
  breakpoints_.push_back(c);
  ++revision_;
}

bool Session::has_line_breakpoint(int32_t line) const {
  for (const BreakCondition& c : breakpoints_) {
    if (c.line == line && c.enabled) return true;
  }
  return false;
}

std::vector<std::string> Session::watched_files() const {
  std::vector<std::string> out;
  if (opened_path_.empty() || !scenario_) return out;
  out.push_back(opened_path_);
  const std::string& src = scenario_->source_name;
  if (!src.empty() && src != opened_path_ && src.find('#') == std::string::npos) out.push_back(src);
  return out;
}

uint64_t Session::events_until(VTime t) const {
  auto it = std::upper_bound(events_.begin(), events_.end(), t, [](VTime v, const Event& e) { return v < e.time; });
  return static_cast<uint64_t>(it - events_.begin());
}

HistoryStats Session::stats() const {
  HistoryStats s;
  s.events = events_.size();
  s.event_bytes = events_.size() * sizeof(Event) + writes_.size() * sizeof(uint32_t) +
                  event_lines_.size() * sizeof(int32_t);
  s.checkpoints = checkpoints_.size();
  s.checkpoint_every = checkpoints_.every();
  s.checkpoint_bytes = checkpoints_.bytes();
  s.largest_checkpoint = checkpoints_.largest();
  s.timeline_bytes = timeline_.bytes();
  s.thinnings = checkpoints_.thinnings();
  s.record_ms = record_ms_;
  return s;
}

}  // namespace gosim::viz
