// The Session: time travel over a recorded run. Stepping back must show exactly what stepping
// forward showed, every position must be reachable from any other, and a re-run keeps the
// cursor where the learner was.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <vector>

#include "tests/unit/session/session_support.h"
#include "sim/state/model_digest.h"
#include "visualizer/session/scheduler_view.h"
#include "visualizer/session/source_view.h"

using namespace gosim;
using namespace gosim::viz;
using gosim::state::model_digest;
using namespace gosim::viz::testing_support;

namespace {

// Digest of the state at each of 0..N events, from plain Machines (no session involved): for
// event n, a fresh run with the capture armed before it starts (Machine::capture_at), so the
// state is the one of the instant event n was emitted. Also checks that this differs from the
// model after the engine step somewhere: the ping-pong's steps emit several events each (a
// semrelease readies the partner, the releaser parks…), so a session showing model() would fail.
std::vector<uint64_t> machine_digests(int64_t pairs, int64_t rounds, const Config& c) {
  PingPong::pairs = pairs;
  PingPong::rounds = rounds;
  const TestProgram prog = PingPong::program();
  Machine whole(prog, c);
  whole.start(0);
  std::vector<uint64_t> after_step{model_digest(whole.model())};
  while (whole.step()) after_step.push_back(model_digest(whole.model()));
  std::vector<uint64_t> out{after_step[0]};
  size_t differs = 0;
  for (uint64_t n = 1; n < after_step.size(); ++n) {
    Machine mc(prog, c);
    mc.capture_at(n);
    mc.start(0);
    while (mc.model().engine.returned < n && mc.step()) {
    }
    REQUIRE(mc.state_is_exact());
    out.push_back(model_digest(mc.state()));
    differs += out.back() != after_step[n];
  }
  CHECK(differs > 0);
  return out;
}

}  // namespace

TEST_CASE("stepping back shows exactly the model stepping forward showed, at every cursor position") {
  const Config c = config(4);
  const std::vector<uint64_t> truth = machine_digests(6, 20, c);
  SessionOptions o;
  o.checkpoint_every = 16;
  Session s(o);
  open_pingpong(s, 6, 20, c);
  REQUIRE(s.size() + 1 == truth.size());
  REQUIRE(s.size() > 500);

  s.restart();
  CHECK(model_digest(s.model()) == truth[0]);
  std::vector<uint64_t> forward{model_digest(s.model())};
  while (!s.at_end()) {
    s.step();
    forward.push_back(model_digest(s.model()));
  }
  CHECK(forward == truth);

  // Back from the end one event at a time: each step back restores a checkpoint and replays.
  for (uint64_t n = s.size(); n-- > 0;) {
    s.step_back();
    REQUIRE(s.cursor() == n);
    REQUIRE(model_digest(s.model()) == forward[n]);
  }
  CHECK(s.divergence().empty());
}

TEST_CASE("seeking anywhere from anywhere gives the recorded state and never diverges") {
  const Config c = config(3, 7);
  const std::vector<uint64_t> truth = machine_digests(8, 15, c);
  SessionOptions o;
  o.checkpoint_every = 32;
  Session s(o);
  open_pingpong(s, 8, 15, c);
  uint64_t x = 12345;
  for (int i = 0; i < 300; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    const uint64_t n = (x >> 33) % (s.size() + 1);
    s.seek(n);
    REQUIRE(s.cursor() == n);
    REQUIRE(model_digest(s.model()) == truth[n]);
  }
  s.seek(s.size() + 100);  // clamped
  CHECK(s.cursor() == s.size());
  CHECK(s.divergence().empty());
}

TEST_CASE("a small memory budget thins checkpoints (K doubles) and every position stays reachable") {
  const Config c = config(4);
  const std::vector<uint64_t> truth = machine_digests(10, 20, c);
  SessionOptions o;
  o.checkpoint_every = 4;
  o.memory_budget = 200'000;
  Session s(o);
  open_pingpong(s, 10, 20, c);
  const HistoryStats st = s.stats();
  CHECK(st.thinnings > 0);
  CHECK(st.checkpoint_every > 4);
  CHECK(st.checkpoint_bytes <= o.memory_budget);
  CHECK(st.checkpoints >= 2);
  for (uint64_t n : {uint64_t{0}, uint64_t{1}, st.checkpoint_every - 1, st.checkpoint_every, st.checkpoint_every + 1,
                     s.size() / 2, s.size() - 1, s.size()}) {
    s.seek(n);
    CHECK(model_digest(s.model()) == truth[n]);
  }
}

// Seek latency over a million-event run is measured by `viz_frame_bench --seek` (a benchmark:
// timing is not a pass/fail matter for a unit test on a shared machine).

TEST_CASE("re-running with another GOMAXPROCS or seed keeps the cursor at the same event number") {
  Session s;
  open_pingpong(s, 6, 20, config(4));
  s.seek(500);
  const uint64_t same_before = model_digest(s.model());
  s.rerun(config(4));
  CHECK(s.cursor() == 500);
  CHECK(model_digest(s.model()) == same_before);  // same config: the very same state

  s.rerun(config(2));
  CHECK(s.cursor() == 500);
  CHECK(s.config().gomaxprocs == 2);
  CHECK(s.model().allp.size() == 2);
  Session fresh;
  open_pingpong(fresh, 6, 20, config(2));
  fresh.seek(500);
  CHECK(model_digest(s.model()) == model_digest(fresh.model()));

  s.rerun(config(2, 99));
  CHECK(s.cursor() == 500);

  // A run shorter than the cursor: the cursor goes to its end.
  Config shorter = config(2);
  shorter.limits.max_events = 200;
  s.rerun(shorter);
  CHECK(s.size() <= 201);  // 200 events and the limit event
  CHECK(s.cursor() == s.size());
  CHECK(s.ending().find("max_events") != std::string::npos);
}

TEST_CASE("next of a category, run until an event kind / goroutine / time, and the scenario's breakpoints") {
  Session s;
  open_pingpong(s, 3, 5, config(2));
  s.restart();
  REQUIRE(s.next_of_category(EventCategory::kSync));
  REQUIRE(s.current() != nullptr);
  CHECK(event_info(s.current()->kind).category == EventCategory::kSync);
  const uint64_t first_sync = s.cursor();
  REQUIRE(s.next_of_category(EventCategory::kSync));
  CHECK(s.cursor() > first_sync);
  REQUIRE(s.prev_of_category(EventCategory::kSync));
  CHECK(s.cursor() == first_sync);

  BreakCondition park;
  park.kind = EventKind::kGoPark;
  park.goid = 1;
  s.restart();
  REQUIRE(s.run_until(park));
  CHECK(s.current()->kind == EventKind::kGoPark);
  CHECK(s.current()->g == 1);
  CHECK(s.model().allg[0].status == GStatus::kWaiting);  // main waits for its pairs

  BreakCondition at;
  at.time = s.end_time() / 2;
  s.restart();
  REQUIRE(s.run_until(at));
  CHECK(s.now() >= at.time);
  CHECK(s.events()[s.cursor() - 2].time < at.time);
  CHECK_FALSE(s.run_until(at));  // a time is reached once

  s.breakpoints().push_back(park);
  s.restart();
  REQUIRE(s.run_to_breakpoint());
  CHECK(s.current()->kind == EventKind::kGoPark);
  BreakCondition by_line;
  by_line.line = 12;  // a C++ program has no lines: matchable, but never fires, never crashes
  CHECK(by_line.matchable());
  s.restart();
  CHECK_FALSE(s.run_until(by_line));
}

TEST_CASE("output at the cursor ends at the last write that has happened; later writes are still described") {
  Session s;
  s.open_program(Writer::program(), 0, config(1), "writer");
  REQUIRE(s.final_output() == "one\ntwo\n");
  std::vector<uint64_t> writes;
  for (uint64_t i = 0; i < s.size(); ++i) {
    if (s.events()[i].kind == EventKind::kWrite && s.events()[i].g != 0) writes.push_back(i);
  }
  REQUIRE(writes.size() == 2);
  s.seek(writes[0]);
  CHECK(s.output_at_cursor().empty());
  CHECK(s.describe(s.events()[writes[1]]).find("two") != std::string::npos);
  s.seek(writes[0] + 1);
  CHECK(s.output_at_cursor() == "one\n");
  s.seek(writes[1] + 1);
  CHECK(s.output_at_cursor() == "one\ntwo\n");
  CHECK(s.ending() == "exit status 0");
}

TEST_CASE("a failed open keeps the last good run") {
  Session s;
  open_pingpong(s, 2, 3, config(2));
  const uint64_t n = s.size();
  const Diagnostics errs = s.open_scenario("/nonexistent/lesson.json");
  CHECK_FALSE(errs.empty());
  CHECK(s.loaded());
  CHECK(s.size() == n);
}

TEST_CASE("timeline slices: one G per P at a time, and the slice's G is running on that P when it starts") {
  Session s;
  open_pingpong(s, 5, 8, config(3));
  const TimelineIndex& tl = s.timeline();
  REQUIRE(tl.procs() == 3);
  size_t total = 0;
  for (int32_t p = 0; p < tl.procs(); ++p) {
    VTime last_end = 0;
    for (const RunSlice& sl : tl.slices(p)) {
      CHECK(sl.start >= last_end);
      CHECK(sl.end >= sl.start);
      last_end = sl.end;
      ++total;
    }
    // Spot-check a few slices against the model.
    for (size_t i = 0; i < tl.slices(p).size(); i += 17) {
      const RunSlice& sl = tl.slices(p)[i];
      s.seek(sl.first_event + 1);
      const P& pp = s.model().allp[static_cast<size_t>(p)];
      REQUIRE(pp.m >= 0);
      const GIdx cur = s.model().allm[static_cast<size_t>(pp.m)].curg;
      REQUIRE(cur != kNoG);
      CHECK(s.model().allg[static_cast<size_t>(cur)].goid == sl.goid);
    }
  }
  CHECK(total > 20);
}

TEST_CASE("the scheduler view puts every live G in exactly one place") {
  Session s;
  open_pingpong(s, 12, 6, config(3));
  for (uint64_t n = 0; n <= s.size(); n += 7) {
    s.seek(n);
    const SchedView v = build_sched_view(s);
    std::multiset<int64_t> seen;
    for (const PLane& l : v.ps) {
      if (l.running.valid()) seen.insert(l.running.goid);
      if (l.runnext.valid()) seen.insert(l.runnext.goid);
      for (const GToken& t : l.runq) seen.insert(t.goid);
    }
    for (const GToken& t : v.global) seen.insert(t.goid);
    for (const SyscallRow& r : v.syscalls) seen.insert(r.g.goid);
    for (const WaitGroup& w : v.waiting) for (const GToken& t : w.gs) seen.insert(t.goid);
    for (const GToken& t : v.elsewhere) seen.insert(t.goid);
    // Gs whose go_create is still pending are not drawn yet (scheduler_view.h).
    int64_t alive = 0;
    for (const G& g : s.model().allg) alive += g.status != GStatus::kDead && g.status != GStatus::kIdle;
    INFO("cursor " << n);
    CHECK(static_cast<int64_t>(seen.size()) + v.unborn == alive);
    for (int64_t goid : seen) CHECK(seen.count(goid) == 1);
  }
}

namespace {

std::string hello_path() { return std::string(GOSIM_SOURCE_DIR) + "/scenarios/hello/hello.json"; }

// Digest of the Go scenario's model after each of 0..N events, from a plain Machine.
std::vector<uint64_t> go_digests(Session& s) {
  std::vector<uint64_t> out;
  s.restart();
  out.push_back(model_digest(s.model()));
  while (!s.at_end()) {
    s.step();
    out.push_back(model_digest(s.model()));
  }
  return out;
}

}  // namespace

TEST_CASE("a Go scenario: stepping back shows the state stepping forward showed, interpreter frames included") {
  SessionOptions o;
  o.checkpoint_every = 4;  // many restores: frames and memory come back from checkpoints
  Session s(o);
  REQUIRE(s.open_scenario(hello_path()).empty());
  const std::vector<uint64_t> forward = go_digests(s);
  REQUIRE(forward.size() > 20);
  std::vector<int32_t> lines_fwd;
  s.restart();
  for (uint64_t n = 0; n <= s.size(); ++n) {
    s.seek(n);
    lines_fwd.push_back(s.line_of(0));
  }
  for (uint64_t n = s.size() + 1; n-- > 0;) {
    s.seek(n);
    REQUIRE(model_digest(s.model()) == forward[n]);
    REQUIRE(s.line_of(0) == lines_fwd[n]);
  }
  CHECK(s.divergence().empty());
}

TEST_CASE("source lines: where main is, each event's line, and line breakpoints") {
  Session s;
  REQUIRE(s.open_scenario(hello_path()).empty());
  CHECK(s.source_text().find("wg.Wait()") != std::string::npos);
  s.restart();
  CHECK(s.line_of(0) == 0);  // no Go code has run yet
  // main parks in wg.Wait (line 22 of hello.go).
  BreakCondition park;
  park.kind = EventKind::kGoPark;
  park.goid = 1;
  REQUIRE(s.run_until(park));
  CHECK(s.line_of(0) == 22);
  CHECK(s.event_line(s.cursor() - 1) == 22);
  // The go statements are on line 17: every go_create by main happened there.
  s.restart();
  BreakCondition create;
  create.kind = EventKind::kGoCreate;
  int creates = 0;
  for (uint64_t i = 0; i < s.size(); ++i) {
    // main's go statements (b is the new G's entry; the runtime's own goroutines have b < 0).
    if (s.events()[i].kind == EventKind::kGoCreate && s.events()[i].a == 1 && s.events()[i].b >= 0) {
      ++creates;
      CHECK(s.event_line(i) == 17);  // the new G's line: its func literal, also on line 17
    }
  }
  CHECK(creates == 3);

  // A line breakpoint stops at the first event whose G is on that line.
  s.breakpoints().clear();
  s.restart();
  s.toggle_line_breakpoint(19);  // fmt.Println in the goroutines
  CHECK(s.has_line_breakpoint(19));
  REQUIRE(s.run_to_breakpoint());
  const Event* e = s.current();
  REQUIRE(e != nullptr);
  CHECK(s.event_line(s.cursor() - 1) == 19);
  CHECK(e->g >= 6);  // a user goroutine (G2-G5 are the runtime's)
  const uint64_t first = s.cursor();
  REQUIRE(s.run_to_breakpoint());  // the next one
  CHECK(s.cursor() > first);
  s.toggle_line_breakpoint(19);
  CHECK_FALSE(s.has_line_breakpoint(19));
  CHECK_FALSE(s.run_to_breakpoint());  // no breakpoints left
  // The scenario's own breakpoints include {"line": 22}.
  Session t;
  REQUIRE(t.open_scenario(hello_path()).empty());
  CHECK(t.has_line_breakpoint(22));
}

TEST_CASE("the source view: the lines, the Gs on them and the scenario's line notes") {
  Session s;
  REQUIRE(s.open_scenario(hello_path()).empty());
  s.restart();
  BreakCondition park;
  park.kind = EventKind::kGoPark;
  park.goid = 1;
  REQUIRE(s.run_until(park));
  const SourceView v = build_source_view(s);
  REQUIRE(v.lines.size() == 24);
  CHECK(v.lines[21] == "    wg.Wait()");  // tab expanded
  CHECK(v.line_of_goid(1) == 22);
  // The three goroutines: not started (at their func literal's line, 17) or, for the one the
  // model already ran ahead (see scheduler_view.h), in its body (lines 18-19).
  size_t in_literal = 0;
  for (int32_t l = 17; l <= 20; ++l) in_literal += v.gs_at.count(l) ? v.gs_at.at(l).size() : 0;
  CHECK(in_literal == 3);
  REQUIRE(v.gs_at.count(17) == 1);
  // Runtime goroutines have no line.
  for (const auto& [line, gs] : v.gs_at) {
    for (const SourceG& g : gs) CHECK_FALSE(s.model().allg[static_cast<size_t>(g.gi)].system);
  }
  REQUIRE(v.notes.count(17) == 1);
  CHECK(v.notes.at(17)[0].kind == LineAnnotation::Kind::kNote);
  CHECK(v.notes.at(17)[0].text.find("runtime.newproc") != std::string::npos);
}

TEST_CASE("at cursor 0 the scheduler view matches the log: Gs whose go_create is still pending are not shown") {
  Session s;
  REQUIRE(s.open_scenario(hello_path()).empty());
  s.restart();
  // The log's first events create the runtime's goroutines...
  int pending_creates = 0;
  for (const Event& e : s.model().engine.pending) pending_creates += e.kind == EventKind::kGoCreate;
  REQUIRE(pending_creates > 0);
  SchedView v = build_sched_view(s);
  CHECK(v.unborn == pending_creates);
  CHECK(v.total == 0);  // as before event 1, which creates main
  for (const PLane& p : v.ps) {
    CHECK_FALSE(p.running.valid());
    CHECK(p.runq.empty());
    CHECK_FALSE(p.runnext.valid());
  }
  CHECK(v.global.empty());
  // The Ms line names no goroutine either: M0 holds G1's g0 work but G1 is created only by
  // event 4 (issue 17 item 4: "M0 (P0, G1)" at event 0).
  for (const MRow& m : v.ms) {
    INFO("M" << m.id);
    CHECK(m.curg == 0);
  }
  // ...and once those events have happened, the Gs are drawn.
  std::vector<int64_t> created;
  for (const Event& e : s.model().engine.pending) {
    if (e.kind == EventKind::kGoCreate) created.push_back(e.g);
  }
  s.seek(s.model().engine.pending.size());  // every event pending at cursor 0 has happened
  v = build_sched_view(s);
  for (int64_t goid : created) {
    INFO("G" << goid);
    bool placed = false;
    for (size_t gi = 0; gi < s.model().allg.size(); ++gi) {
      if (s.model().allg[gi].goid == goid) placed = v.places[gi].kind != GPlace::Kind::kNowhere;
    }
    CHECK(placed);
  }
  // Once G1 runs, the Ms line names it on its M.
  bool m_runs_g1 = false;
  for (const MRow& m : v.ms) m_runs_g1 |= m.curg == 1;
  CHECK(m_runs_g1);
}

TEST_CASE("cursor stability across what-if re-runs of a Go scenario") {
  Session s;
  REQUIRE(s.open_scenario(hello_path()).empty());
  s.seek(30);
  Config c = s.config();
  c.whatif.no_runnext = true;
  s.rerun(c);
  CHECK(s.cursor() == 30);
  CHECK(s.config().whatif.no_runnext);
  // The state at the cursor is the new run's own state at event 30.
  Session fresh;
  REQUIRE(fresh.open_scenario(hello_path()).empty());
  fresh.rerun(c);
  fresh.seek(30);
  CHECK(model_digest(s.model()) == model_digest(fresh.model()));
  c.gomaxprocs = 3;
  s.rerun(c);
  CHECK(s.cursor() == 30);
  CHECK(s.model().allp.size() == 3);
  CHECK(s.divergence().empty());
}

TEST_CASE("at a fatal error the Output already holds what the runtime printed (Go prints, then exits)") {
  // write_barrier_off: the GC checker's "fatal error: gosim GC invariant: …", then exit(2). The
  // write event comes before the fatal one, so the picture at the fatal shows the message.
  for (const char* rel : {"/scenarios/write_barrier_off/write_barrier_off.json", "/scenarios/stack_overflow/stack_overflow.json"}) {
    INFO(rel);
    Session s;
    REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + rel).empty());
    const auto& ev = s.events();
    const auto it = std::find_if(ev.begin(), ev.end(), [](const Event& e) { return e.kind == EventKind::kFatal; });
    REQUIRE(it != ev.end());
    CHECK(it + 1 == ev.end());  // the program's last event: it has stopped
    s.seek(static_cast<uint64_t>(it - ev.begin()) + 1);
    CHECK(std::string(s.output_at_cursor()).find("fatal error: ") != std::string::npos);
  }
}
