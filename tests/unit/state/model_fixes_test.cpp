// Faults lesson authors found in what `gosim state` shows (issue 15's engine_bugs): the line of a
// goroutine preempted at a loop head, the exit code of a limit stop, the line of an interface
// conversion's malloc, the state at mcache_release, and the gc_stw what-if's pause.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sim/heap/heap.h"
#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/state/at.h"
#include "sim/state/state.h"

using namespace gosim;
using json = nlohmann::ordered_json;

namespace {

struct Built {
  Scenario scenario;
  Build build;
};

Built build_go(const std::string& src, void (*tweak)(Config&) = nullptr) {
  Built b;
  b.scenario.id = "t";
  b.scenario.source_name = "t.go";
  b.scenario.source = src;
  b.scenario.config.gomaxprocs = 1;
  if (tweak) tweak(b.scenario.config);
  b.build = build_program(b.scenario);
  REQUIRE_MESSAGE(b.build.errors.empty(), (b.build.errors.empty() ? "" : b.build.errors[0].str()));
  return b;
}

json state_at(const Built& b, const std::string& at) {
  std::string err;
  const auto spec = state::parse_at(at, &err);
  REQUIRE_MESSAGE(spec.has_value(), err);
  const state::StateAt st = state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, *spec);
  REQUIRE_MESSAGE(st.error.empty(), st.error);
  return state::state_json(*st.machine, st.event);
}

// The seqs of the run's convT64 mallocs (heap::AllocWhy::kConvT64), in order.
std::vector<uint64_t> conv_t64_seqs(const Built& b) {
  Machine mc(*b.build.program, b.scenario.config);
  mc.start(b.build.main_entry);
  std::vector<uint64_t> seqs;
  run_to_end(
      mc,
      [&](const Machine&, const Event& e) {
        if (e.kind == EventKind::kMalloc && heap::malloc_event_why(e.c) == heap::AllocWhy::kConvT64) {
          seqs.push_back(e.seq);
        }
      },
      false);
  return seqs;
}

const json& goroutine(const json& st, int64_t goid) {
  for (const json& g : st["goroutines"]) {
    if (g["goid"] == goid) return g;
  }
  FAIL("no goroutine G" << goid);
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("a goroutine preempted at a loop head is at the loop's line, not the statement before it") {
  // Go's traceback of a goroutine preempted in this loop names line 12 (the for), where it resumes.
  const Built b = build_go(R"(package main

import "time"

var stop bool

func spin() {
	n := 0
	for !stop {
		n++
	}
	println(n > 0)
}

func main() {
	go spin()
	time.Sleep(50 * time.Millisecond)
	stop = true
	time.Sleep(time.Millisecond)
}
)");
  const json st = state_at(b, "kind:preempt");
  const json& g = goroutine(st, st["event"]["g"].get<int64_t>());
  CHECK(g["status"] == "runnable");
  CHECK(g["line"] == 9);
  REQUIRE(g["frames"].size() == 1);
  CHECK(g["frames"][0]["line"] == 9);
  // Blocked inside an instruction it is still at that instruction's line (main's sleep).
  CHECK(goroutine(st, 1)["line"] == 17);
}

TEST_CASE("after a limit stop exit.code is the status gosim run exits with (3)") {
  const Built b = build_go("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n",
                           [](Config& c) { c.limits.max_cpu_time_ns = 1'000'000; });
  const json st = state_at(b, "end");
  CHECK(st["exit"]["finished"] == true);
  CHECK(st["exit"]["kind"] == "limit");
  CHECK(st["exit"]["code"] == 3);
}

TEST_CASE("an implicit interface conversion's malloc is at the converting statement's line") {
  const Built b = build_go(R"(package main

var sink interface{}

func keep(v int) { sink = v }

func main() {
	s := 5
	sink = s * 1000
	keep(s * 2000)
}
)");
  // convT64 of 5000, then of 10000 inside keep: both mallocs on G1. The mallocs before them are
  // the runtime's own (malg, allgadd and Go's start-up heap, sim/rt/startup.h), so the two are
  // found by what they allocate for (their AllocWhy), not by their position among the mallocs.
  const std::vector<uint64_t> convs = conv_t64_seqs(b);
  REQUIRE(convs.size() == 2);
  const json first = state_at(b, std::to_string(convs[0]));
  CHECK(first["event"]["g"] == 1);
  CHECK(goroutine(first, 1)["line"] == 9);
  const json second = state_at(b, std::to_string(convs[1]));
  CHECK(second["event"]["g"] == 1);
  const json& g1 = goroutine(second, 1);
  CHECK(g1["line"] == 5);
  REQUIRE(g1["frames"].size() == 3);  // keep, main, runtime.main
  CHECK(g1["frames"][0]["func"] == "main.keep");  // innermost first
  CHECK(g1["frames"][0]["line"] == 5);
}

TEST_CASE("at mcache_release the P's mcache is already empty and no span is cached by it") {
  const Built b = build_go(R"(package main

import "runtime"

var keep [][]byte

func main() {
	for i := 0; i < 4; i++ {
		keep = append(keep, make([]byte, 16), make([]byte, 100))
	}
	runtime.GC()
}
)");
  const json st = state_at(b, "kind:mcache_release");
  const int p = st["event"]["p"].get<int>();
  const json& mc = st["ps"][static_cast<size_t>(p)]["mcache"];
  CHECK(mc["spans"].empty());
  CHECK(mc["tiny"].is_null());
  for (const json& s : st["heap"]["spans"]) CHECK(s.value("cached_by", json()) != p);
}

TEST_CASE("what-if gc_stw: the stopped mark phase is its own pause, counted in the cycle's pause") {
  const char* src = R"(package main

import "runtime"

var keep [][]byte

func main() {
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]byte, 64))
	}
	runtime.GC()
}
)";
  const Built stw = build_go(src, [](Config& c) { c.whatif.gc_stw = true; });
  const json ev = state_at(stw, "kind:stop_the_world#2");  // sweep termination's is #1
  const std::string text = ev["event"]["text"].get<std::string>();
  CHECK(text.find("whole mark phase") != std::string::npos);
  CHECK(text.find("sweep termination") == std::string::npos);
  const json end = state_at(stw, "end");
  const json normal = state_at(build_go(src), "end");
  REQUIRE(end["gc"]["pauses_ns"].size() == 1);
  REQUIRE(normal["gc"]["pauses_ns"].size() == 1);
  // 20 µs + 40 µs in a concurrent cycle; the stopped mark's time on top with gc_stw.
  CHECK(normal["gc"]["pauses_ns"][0] == 60000);
  CHECK(end["gc"]["pauses_ns"][0].get<int64_t>() > 60000);
  CHECK(end["memstats"]["PauseTotalNs"] == end["gc"]["pauses_ns"][0]);
}
