// Helpers for the session tests: sessions over the C++ ping-pong program and a small writer.
#pragma once

#include <memory>

#include "tests/support/test_program.h"
#include "visualizer/session/session.h"

namespace gosim::viz::testing_support {

using gosim::testing::PingPong;
using gosim::testing::TestProgram;

inline Config config(int32_t procs, uint64_t seed = 1) {
  Config c;
  c.gomaxprocs = procs;
  c.seed = seed;
  return c;
}

// A session over ping-pong with `pairs` pairs and `rounds` rounds. PingPong's sizes are
// globals its bodies read while running, so every replay in a test sees the same program.
inline void open_pingpong(Session& s, int64_t pairs, int64_t rounds, const Config& c) {
  PingPong::pairs = pairs;
  PingPong::rounds = rounds;
  s.open_program(std::make_shared<TestProgram>(PingPong::program()), 0, c, "ping-pong");
}

// main writes "one\n", yields, writes "two\n" to stderr, and returns.
struct Writer {
  static GTask main_body(Machine& mc, GIdx gi) {
    for (;;) {
      auto& r = gosim::testing::regs(mc, gi, 1);
      Request q;
      q.cost = 10;
      switch (r[0]++) {
        case 0: q.kind = ReqKind::kWrite; q.a = 1; q.text = "one\n"; break;
        case 1: q.kind = ReqKind::kGosched; break;
        case 2: q.kind = ReqKind::kWrite; q.a = 2; q.text = "two\n"; break;
        default: q.kind = ReqKind::kExit; break;
      }
      mc.request(gi, q);
      co_await Suspend{};
      if (r[0] > 3) co_return;
    }
  }
  static std::shared_ptr<TestProgram> program() {
    auto p = std::make_shared<TestProgram>();
    p->add("main.main", main_body);
    return p;
  }
};

}  // namespace gosim::viz::testing_support
