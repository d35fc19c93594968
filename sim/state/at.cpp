#include "sim/state/at.h"

#include <map>
#include <utility>

#include <fmt/format.h>

#include "sim/base/parse_number.h"
#include "sim/interp/frame_view.h"
#include "sim/interp/interp.h"
#include "sim/rt/proc.h"

namespace gosim::state {

namespace {

std::string known_kinds() {
  std::string out;
  for (std::string_view n : event_kind_names()) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

constexpr const char* kForms = "an event number (1-based; 0 = right after start), end, kind:NAME, line:N or g:N, "
                               "a selector optionally followed by #K for the K-th match";

std::unique_ptr<Machine> started(const Program& program, int32_t main_entry, const Config& config, uint64_t capture) {
  auto mc = std::make_unique<Machine>(program, config);
  // Armed before start(): start-up emits events too.
  if (capture > 0) mc->capture_at(capture);
  mc->start(main_entry);
  return mc;
}

struct Search {
  uint64_t seq = 0;      // the match, 0 if none
  uint64_t matches = 0;  // how many events matched in the whole run
  uint64_t total = 0;    // events in the run (complete only when no match was found)
};

// Runs the program once and returns the seq of the spec's nth match.
Search search(const Program& program, int32_t main_entry, const Config& config, const AtSpec& at) {
  Search r;
  auto mc = started(program, main_entry, config, 0);
  // line:N is decided at the instant each event is emitted (the model then is exact), so the
  // emit hook notes which seqs matched; the event is checked again when step() returns it,
  // because events emitted past max_events are dropped and their seqs reused.
  std::map<uint64_t, std::pair<EventKind, int64_t>> at_line;
  if (at.kind == AtSpec::Kind::kLine) {
    const auto* in = dynamic_cast<const interp::Interp*>(&program);
    mc->set_emit_hook([&at_line, &at, in](const Model& md, const Event& e) {
      if (in == nullptr || e.g <= 0) return;
      if (interp::line_in_model(md, in->module(), find_g(md, e.g)) == at.n) at_line[e.seq] = {e.kind, e.g};
    });
  }
  while (auto e = mc->step()) {
    ++r.total;
    bool match = false;
    switch (at.kind) {
      case AtSpec::Kind::kKind: match = e->kind == at.event; break;
      case AtSpec::Kind::kGoroutine: match = e->g == at.n; break;
      case AtSpec::Kind::kLine: {
        const auto it = at_line.find(e->seq);
        match = it != at_line.end() && it->second == std::make_pair(e->kind, e->g);
        if (it != at_line.end()) at_line.erase(it);
        break;
      }
      case AtSpec::Kind::kEnd: match = true; break;
      case AtSpec::Kind::kSeq: break;
    }
    if (!match) continue;
    ++r.matches;
    if (at.kind == AtSpec::Kind::kEnd) {
      r.seq = e->seq;
    } else if (r.matches == at.nth) {
      r.seq = e->seq;
      break;  // found: the rest of the run only matters for `end`
    }
  }
  return r;
}

}  // namespace

std::optional<AtSpec> parse_at(std::string_view s, std::string* error) {
  AtSpec at;
  at.text = std::string(s);
  auto fail = [&](const std::string& why) {
    *error = fmt::format("--at {}: {}", s, why);
    return std::nullopt;
  };
  if (s == "end") {
    at.kind = AtSpec::Kind::kEnd;
    return at;
  }
  if (parse_number(s, &at.seq)) return at;
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos) return fail(fmt::format("expected {}", kForms));
  const std::string_view sel = s.substr(0, colon);
  std::string_view arg = s.substr(colon + 1);
  if (const size_t hash = arg.find('#'); hash != std::string_view::npos) {
    if (!parse_number(arg.substr(hash + 1), &at.nth) || at.nth == 0) {
      return fail("#K wants a match number from 1 (e.g. kind:gc_shade#3)");
    }
    arg = arg.substr(0, hash);
  }
  if (sel == "kind") {
    at.kind = AtSpec::Kind::kKind;
    at.event = event_kind_from_name(arg);
    if (at.event == EventKind::kCount) return fail(fmt::format("unknown event kind \"{}\"; the kinds are: {}", arg, known_kinds()));
  } else if (sel == "line" || sel == "g") {
    at.kind = sel == "line" ? AtSpec::Kind::kLine : AtSpec::Kind::kGoroutine;
    if (!parse_number(arg, &at.n) || at.n <= 0) return fail(fmt::format("{}: wants a positive number", sel));
  } else {
    return fail(fmt::format("unknown selector \"{}\"; expected {}", sel, kForms));
  }
  return at;
}

StateAt run_to(const Program& program, int32_t main_entry, const Config& config, const AtSpec& at) {
  StateAt r;
  uint64_t seq = at.seq;
  if (at.kind == AtSpec::Kind::kLine && dynamic_cast<const interp::Interp*>(&program) == nullptr) {
    r.error = fmt::format("--at {}: only a Go program has source lines", at.text);
    return r;
  }
  if (at.kind != AtSpec::Kind::kSeq) {
    const Search found = search(program, main_entry, config, at);
    if (found.seq == 0) {
      r.error = found.matches == 0
                    ? fmt::format("--at {}: no event of the run matches (the run has {} events)", at.text, found.total)
                    : fmt::format("--at {}: the run has only {} matching event{} (of {} events)", at.text,
                                  found.matches, found.matches == 1 ? "" : "s", found.total);
      return r;
    }
    seq = found.seq;
  }
  // `end` is the final model (exit status set), not the instant the last event was emitted.
  r.machine = started(program, main_entry, config, at.kind == AtSpec::Kind::kEnd ? 0 : seq);
  r.seq = seq;
  while (r.machine->model().engine.returned < seq) {
    auto e = r.machine->step();
    if (!e) {
      r.error = fmt::format("--at {}: the run has {} events; pick 0..{} or end", at.text,
                            r.machine->model().engine.returned, r.machine->model().engine.returned);
      r.machine.reset();
      return r;
    }
    r.event = *e;
  }
  return r;
}

}  // namespace gosim::state
