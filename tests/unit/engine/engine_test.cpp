#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "sim/engine/engine.h"

using namespace gosim;

namespace {

// A toy model: `n` clocks tick at their own periods; each tick is one event. It checks the
// engine's ordering without any Go runtime behind it.
struct Clocks : Simulation {
  EngineState es;
  std::vector<VTime> period;
  int quiescent_calls = 0;
  int64_t ticks_left = 1'000'000;

  explicit Clocks(std::vector<VTime> periods) : period(std::move(periods)) {
    for (size_t i = 0; i < period.size(); ++i) es.agenda.push(0, 1, static_cast<int32_t>(i));
  }
  EngineState& engine_state() override { return es; }
  void dispatch(const AgendaItem& it) override {
    Event e;
    e.kind = EventKind::kGoStart;
    e.p = it.id;
    emit(es, e);
    if (--ticks_left > 0) es.agenda.push(es.now + period[static_cast<size_t>(it.id)], 1, it.id);
  }
  void on_quiescent() override {
    ++quiescent_calls;
    es.finished = true;
  }
};

}  // namespace

TEST_CASE("the engine always advances the earliest clock, ties in insertion order") {
  Clocks sim({3, 2});
  Engine eng(sim, EngineLimits{});
  std::vector<std::pair<VTime, int>> seen;
  for (int i = 0; i < 7; ++i) {
    auto e = eng.step();
    REQUIRE(e);
    seen.emplace_back(e->time, e->p);
  }
  // t=0: both (P0 first, added first); then 2 (P1), 3 (P0), 4 (P1); at 6 P0 first: its item was added first.
  const std::vector<std::pair<VTime, int>> want = {{0, 0}, {0, 1}, {2, 1}, {3, 0}, {4, 1}, {6, 0}, {6, 1}};
  CHECK(seen == want);
}

TEST_CASE("step numbers events 1, 2, 3 and run_until stops on the predicate") {
  Clocks sim({5});
  Engine eng(sim, EngineLimits{});
  auto e = eng.run_until([](const Event& ev) { return ev.time >= 20; });
  REQUIRE(e);
  CHECK(e->time == 20);
  CHECK(e->seq == 5);
}

TEST_CASE("a run with nothing left to do asks the model (checkdead) and then ends") {
  Clocks sim({1});
  sim.ticks_left = 3;
  Engine eng(sim, EngineLimits{});
  CHECK(eng.run() == 3);
  CHECK(sim.quiescent_calls == 1);
  CHECK_FALSE(eng.step());
}

TEST_CASE("max_events ends the run with a limit event that names itself") {
  Clocks sim({1, 1});
  Engine eng(sim, EngineLimits{10, 1'000'000});
  std::vector<Event> all;
  while (auto e = eng.step()) all.push_back(*e);
  REQUIRE(all.size() == 11);
  CHECK(all.back().kind == EventKind::kLimit);
  CHECK(all.back().a == static_cast<int64_t>(LimitKind::kMaxEvents));
  CHECK(all.back().seq == 11);  // numbering stays contiguous
  CHECK(sim.es.limit == LimitKind::kMaxEvents);
}

TEST_CASE("max virtual time ends a run that would otherwise go on forever") {
  Clocks sim({1000});
  Engine eng(sim, EngineLimits{1'000'000'000, 10'000});
  Event last;
  while (auto e = eng.step()) last = *e;
  CHECK(last.kind == EventKind::kLimit);
  CHECK(last.a == static_cast<int64_t>(LimitKind::kMaxVirtualTime));
  CHECK(last.time == 10'000);
}

TEST_CASE("the agenda pops in (time, insertion) order whatever the push pattern") {
  // Compare against a plain sort of the same items, for a pseudo-random push/pop mix.
  Agenda ag;
  std::vector<std::pair<VTime, uint64_t>> model;  // what must come out, kept sorted lazily
  uint64_t seq = 0;
  uint64_t x = 12345;
  for (int step = 0; step < 20000; ++step) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    if ((x >> 60) < 10 || ag.empty()) {
      const VTime t = static_cast<VTime>((x >> 20) % 50);
      ag.push(t, 0, 0);
      model.emplace_back(t, seq++);
    } else {
      const auto it = std::min_element(model.begin(), model.end());
      const AgendaItem got = ag.pop();
      CHECK(got.time == it->first);
      CHECK(got.seq == it->second);
      model.erase(it);
    }
    CHECK(ag.size() == model.size());
  }
}
