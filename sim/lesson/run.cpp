#include "sim/lesson/run.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "sim/interp/frame_view.h"
#include "sim/interp/interp.h"
#include "sim/rt/machine.h"
#include "sim/rt/output.h"
#include "sim/rt/proc.h"
#include "sim/state/at.h"
#include "sim/state/state.h"

namespace gosim::lesson {

using json = nlohmann::ordered_json;

namespace {

const char* exit_kind_name(const Model& md) {
  if (md.engine.limit != LimitKind::kNone) return "limit";
  switch (md.exit_kind) {
    case ExitKind::kRunning: return "running";
    case ExitKind::kExited: return "exited";
    case ExitKind::kFatal: return "fatal";
    case ExitKind::kLimit: return "limit";
    case ExitKind::kInternal: return "internal";
  }
  return "running";
}

struct Parsed {
  Selector sel;
  bool ok = false;
};

Parsed parse(const std::string& text) {
  Parsed p;
  SelectorError err;
  if (auto s = parse_selector(text, &err)) {
    p.sel = std::move(*s);
    p.ok = true;
  }
  return p;
}

const json& null_json() {
  static const json kNull;
  return kNull;
}

}  // namespace

RunRecord record_run(const Program& program, int32_t main_entry, const Config& config, bool with_lines) {
  RunRecord r;
  Machine mc(program, config);
  // The line is decided the instant each event is emitted (the model then is exact); events
  // emitted past max_events are dropped and their seqs reused, so step()'s event is matched
  // against what the hook saw by seq, kind and goroutine (as sim/state/at.cpp does).
  std::unordered_map<uint64_t, std::pair<EventKind, int32_t>> lines;
  const auto* in = dynamic_cast<const interp::Interp*>(&program);
  if (with_lines && in != nullptr) {
    mc.set_emit_hook([&lines, in](const Model& md, const Event& e) {
      if (e.g <= 0) return;
      lines[e.seq] = {e.kind, interp::line_in_model(md, in->module(), find_g(md, e.g))};
    });
  }
  mc.start(main_entry);
  while (auto e = mc.step()) {
    EventRecord rec{e->seq, e->kind, e->g, e->p, 0};
    if (const auto it = lines.find(e->seq); it != lines.end()) {
      if (it->second.first == e->kind) rec.line = it->second.second;
      lines.erase(it);
    }
    r.events.push_back(rec);
  }
  r.output = output_text(mc.model());
  r.exit_code = mc.model().exit_code;
  r.exit_kind = exit_kind_name(mc.model());
  return r;
}

LessonStops resolve_stops(const Lesson& lesson, const Program& program, int32_t main_entry) {
  LessonStops out;
  out.steps.resize(lesson.steps.size());
  // Record each run the steps use, once.
  std::map<std::string, bool> needs_lines;
  for (const Step& s : lesson.steps) {
    bool lines = parse(s.at).sel.needs_lines();
    if (s.question && !s.question->reveal_at.empty()) lines = lines || parse(s.question->reveal_at).sel.needs_lines();
    needs_lines[s.run] = needs_lines[s.run] || lines;
  }
  for (const auto& [name, lines] : needs_lines) {
    const Run* run = lesson.find_run(name);
    if (run == nullptr) continue;  // the loader refused it already
    out.runs[name] = record_run(program, main_entry, run->config, lines);
  }
  auto fail = [&](Pos pos, std::string msg) { out.errors.push_back({lesson.path, pos, "", std::move(msg)}); };
  std::map<std::string, uint64_t> previous;  // the last stop of each run
  std::map<std::string, size_t> previous_step;
  for (size_t i = 0; i < lesson.steps.size(); ++i) {
    const Step& s = lesson.steps[i];
    const auto rec = out.runs.find(s.run);
    if (rec == out.runs.end()) continue;
    const std::vector<EventRecord>& events = rec->second.events;
    const std::string where = fmt::format("step {}", i + 1);
    const std::string run_note = s.run == "main" ? "" : fmt::format(" (run {})", s.run);
    StepStop& stop = out.steps[i];
    const Parsed at = parse(s.at);
    if (!at.ok) continue;
    std::string err;
    const uint64_t after = previous.count(s.run) ? previous[s.run] : 0;
    const auto seq = resolve_selector(at.sel, events, after, &stop.end, &err);
    if (!seq) {
      fail(s.at_pos, fmt::format("{}: {}{}", where, err, run_note));
      continue;
    }
    stop.seq = *seq;
    if (previous.count(s.run) && stop.seq < previous[s.run]) {
      fail(s.at_pos, fmt::format("{}: {} is event {}, before step {}'s stop (event {}){}: stops of one run go forward", where,
                                 s.at, stop.seq, previous_step[s.run] + 1, previous[s.run], run_note));
    }
    previous[s.run] = stop.seq;
    previous_step[s.run] = i;
    stop.reveal_seq = stop.seq;
    stop.reveal_end = stop.end;
    if (!s.question || s.question->reveal_at.empty()) {
      stop.ok = true;
      continue;
    }
    const Parsed rv = parse(s.question->reveal_at);
    if (!rv.ok) continue;
    const auto rseq = resolve_selector(rv.sel, events, stop.seq, &stop.reveal_end, &err);
    if (!rseq) {
      fail(s.question->reveal_at_pos, fmt::format("{}: reveal_at {}{}", where, err, run_note));
      continue;
    }
    stop.reveal_seq = *rseq;
    if (stop.reveal_seq < stop.seq || (stop.end && !stop.reveal_end)) {
      fail(s.question->reveal_at_pos, fmt::format("{}: reveal_at {} is event {}, before the step's own stop (event {})", where,
                                                  s.question->reveal_at, stop.reveal_seq, stop.seq));
      continue;
    }
    stop.ok = true;
  }
  return out;
}

std::map<uint64_t, json> states_at(const Program& program, int32_t main_entry, const Config& config,
                                   const std::vector<uint64_t>& seqs) {
  std::map<uint64_t, json> out;
  const std::set<uint64_t> wanted(seqs.begin(), seqs.end());
  if (wanted.empty()) return out;
  auto mc = std::make_unique<Machine>(program, config);
  // Arms the capture of a wanted event the instant it is emitted, unless an earlier wanted
  // event of the same engine step still waits to be handed out (one capture at a time): that
  // one is taken by a run of its own below.
  uint64_t armed = 0;
  Machine* m = mc.get();
  mc->set_emit_hook([&wanted, &armed, m](const Model&, const Event& e) {
    if (armed == 0 && wanted.count(e.seq)) {
      m->capture_at(e.seq);
      armed = e.seq;
    }
  });
  mc->start(main_entry);
  if (wanted.count(0)) out[0] = state::state_json(*mc, std::nullopt);
  std::vector<uint64_t> missed;
  uint64_t last_wanted = 0;
  for (uint64_t s : wanted) last_wanted = s == kEndState ? last_wanted : std::max(last_wanted, s);
  while (last_wanted > 0) {
    const std::optional<Event> e = mc->step();
    if (!e) break;
    if (wanted.count(e->seq)) {
      if (armed == e->seq && mc->state_is_exact()) {
        out[e->seq] = state::state_json(*mc, e);
      } else {
        missed.push_back(e->seq);
      }
      if (armed == e->seq) armed = 0;
    }
    if (e->seq >= last_wanted) break;  // `end` takes a run of its own below
  }
  for (uint64_t seq : missed) {
    state::AtSpec at;
    at.seq = seq;
    const state::StateAt st = state::run_to(program, main_entry, config, at);
    if (st.machine) out[seq] = state::state_json(*st.machine, st.event);
  }
  if (wanted.count(kEndState)) {
    state::AtSpec at;
    at.kind = state::AtSpec::Kind::kEnd;
    const state::StateAt st = state::run_to(program, main_entry, config, at);
    if (st.machine) out[kEndState] = state::state_json(*st.machine, st.event);
  }
  return out;
}

PreparedLesson prepare_lesson(const Lesson& lesson) {
  PreparedLesson p;
  p.build = build_program(lesson.scenario);
  if (!p.build.errors.empty()) {
    p.errors = p.build.errors;
    return p;
  }
  p.stops = resolve_stops(lesson, *p.build.program, p.build.main_entry);
  p.errors = p.stops.errors;
  std::map<std::string, std::vector<uint64_t>> wanted;
  for (size_t i = 0; i < lesson.steps.size(); ++i) {
    const StepStop& s = p.stops.steps[i];
    if (!s.ok) continue;
    std::vector<uint64_t>& w = wanted[lesson.steps[i].run];
    w.push_back(s.end ? kEndState : s.seq);
    w.push_back(s.reveal_end ? kEndState : s.reveal_seq);
  }
  for (const auto& [run, seqs] : wanted) {
    p.states[run] = states_at(*p.build.program, p.build.main_entry, lesson.find_run(run)->config, seqs);
  }
  return p;
}

const json& PreparedLesson::state_at_step(const Lesson& l, size_t i) const {
  if (i >= stops.steps.size() || !stops.steps[i].ok) return null_json();
  const auto run = states.find(l.steps[i].run);
  if (run == states.end()) return null_json();
  const StepStop& s = stops.steps[i];
  const auto it = run->second.find(s.end ? kEndState : s.seq);
  return it == run->second.end() ? null_json() : it->second;
}

const json& PreparedLesson::state_at_reveal(const Lesson& l, size_t i) const {
  if (i >= stops.steps.size() || !stops.steps[i].ok) return null_json();
  const auto run = states.find(l.steps[i].run);
  if (run == states.end()) return null_json();
  const StepStop& s = stops.steps[i];
  const auto it = run->second.find(s.reveal_end ? kEndState : s.reveal_seq);
  return it == run->second.end() ? null_json() : it->second;
}

}  // namespace gosim::lesson
