// The Session: time travel over a recorded run. Stepping back must show exactly what stepping
// forward showed, every position must be reachable from any other, and a re-run keeps the
// cursor where the learner was.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <vector>

#include "tests/unit/session/session_support.h"
#include "visualizer/session/model_digest.h"
#include "visualizer/session/sched_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::testing_support;

namespace {

// Digest of the model after each of 0..N events, from a plain Machine (no session involved).
std::vector<uint64_t> machine_digests(int64_t pairs, int64_t rounds, const Config& c) {
  PingPong::pairs = pairs;
  PingPong::rounds = rounds;
  const TestProgram prog = PingPong::program();
  Machine mc(prog, c);
  mc.start(0);
  std::vector<uint64_t> out{model_digest(mc.model())};
  while (mc.step()) out.push_back(model_digest(mc.model()));
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

TEST_CASE("seek latency over a run of about a million events (measured and printed, not asserted)") {
  Session s;
  const auto t0 = std::chrono::steady_clock::now();
  open_pingpong(s, 100, 1250, config(4));
  const double open_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(s.size() >= 1'000'000);
  std::vector<double> ms;
  uint64_t x = 99;
  double worst = 0;
  for (int i = 0; i < 200; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    const uint64_t n = (x >> 33) % (s.size() + 1);
    const auto a = std::chrono::steady_clock::now();
    s.seek(n);
    const double d = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count();
    ms.push_back(d);
    worst = std::max(worst, d);
  }
  // The worst single step back: from just past a checkpoint, which restores the one before.
  const HistoryStats st = s.stats();
  s.seek(st.checkpoint_every * 10);
  const auto a = std::chrono::steady_clock::now();
  s.step_back();
  const double back_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count();
  std::sort(ms.begin(), ms.end());
  MESSAGE("seek latency over " << s.size() << " events: median " << ms[ms.size() / 2] << " ms, max " << worst
          << " ms over 200 random seeks; worst-case step back " << back_ms << " ms");
  MESSAGE("history: record " << open_ms << " ms; " << st.checkpoints << " checkpoints every " << st.checkpoint_every
          << " events, " << st.checkpoint_bytes / 1024 << " KiB (largest " << st.largest_checkpoint << " B); events "
          << st.event_bytes / 1024 << " KiB; timeline " << st.timeline_bytes / 1024 << " KiB; thinnings " << st.thinnings);
  CHECK(s.divergence().empty());
}

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
  by_line.line = 12;  // lines need the interpreter; never fires, never crashes
  CHECK_FALSE(by_line.matchable());
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
    int64_t alive = 0;
    for (const G& g : s.model().allg) alive += g.status != GStatus::kDead && g.status != GStatus::kIdle;
    INFO("cursor " << n);
    CHECK(static_cast<int64_t>(seen.size()) == alive);
    for (int64_t goid : seen) CHECK(seen.count(goid) == 1);
  }
}
