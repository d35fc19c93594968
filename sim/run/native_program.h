// Goroutine bodies written in C++ instead of Go: a Program the runtime model runs without the Go
// front end. The runtime's unit tests use them to drive the scheduler with exact requests, and
// the visualizer's `demo:pingpong` runs PingPong (so its UI test can compare the window with a
// headless run of the very same program).
//
// Each body follows the rule in sim/engine/task.h: its state lives in g.code.regs, read again
// after every suspension, so a checkpoint restore can restart it from the top. regs[0] is the
// body's program counter. Note `mc.g(gi)` is fetched anew after each co_await: allg may grow
// while the G is suspended, which moves the G in memory.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sim/rt/machine.h"

namespace gosim::run {

class NativeProgram : public Program {
 public:
  using Body = GTask (*)(Machine&, GIdx);
  std::vector<std::pair<std::string, Body>> fns;  // entry number -> (name, body)

  int32_t add(std::string name, Body body) {
    fns.emplace_back(std::move(name), body);
    return static_cast<int32_t>(fns.size() - 1);
  }
  GTask body(Machine& mc, GIdx g) const override {
    return fns[static_cast<size_t>(mc.g(g).code.entry)].second(mc, g);
  }
  std::string func_name(int32_t entry) const override { return fns[static_cast<size_t>(entry)].first; }
  std::vector<TraceFrame> traceback(const Machine& mc, GIdx g) const override {
    return {TraceFrame{func_name(mc.g(g).code.entry), "test.go", static_cast<int32_t>(mc.g(g).code.regs.empty() ? 0 : mc.g(g).code.regs[0])}};
  }
};

// Makes sure regs has n entries (a fresh G has none).
inline std::vector<int64_t>& regs(Machine& mc, GIdx gi, size_t n) {
  auto& r = mc.g(gi).code.regs;
  if (r.size() < n) r.resize(n, 0);
  return r;
}

inline Request req(ReqKind k, int64_t a = 0, int64_t b = 0, VTime cost = 10) {
  Request r;
  r.kind = k;
  r.a = a;
  r.b = b;
  r.cost = cost;
  return r;
}

// --- ping-pong: kPairs pairs of goroutines hand a token back and forth kRounds times -------
// Semaphore addresses: pair i uses kSemBase + 16*i (ping) and + 8 (pong); main waits on kDone.
struct PingPong {
  static constexpr uint64_t kSemBase = 0xc000100000;
  static constexpr uint64_t kDone = 0xc000000010;
  static inline int64_t pairs = 4;
  static inline int64_t rounds = 10;
  static inline int32_t ping_entry = 1;
  static inline int32_t pong_entry = 2;

  // main: spawn the pairs, then wait for each pair's pinger to finish.
  static GTask main_body(Machine& mc, GIdx gi) {
    for (;;) {
      auto& r = regs(mc, gi, 3);  // pc, i, finished
      switch (r[0]) {
        case 0:  // for i < pairs: go ping(i); go pong(i)
          if (r[1] == 2 * pairs) { r[0] = 1; continue; }
          mc.request(gi, req(ReqKind::kGo, r[1] % 2 == 0 ? ping_entry : pong_entry, r[1] / 2));
          ++r[1];
          co_await Suspend{};
          continue;
        case 1:  // wait for every pair
          if (r[2] == pairs) { r[0] = 2; continue; }
          ++r[2];
          mc.request(gi, req(ReqKind::kSemacquire, static_cast<int64_t>(kDone)));
          co_await Suspend{};
          continue;
        default:
          mc.request(gi, req(ReqKind::kExit));
          co_await Suspend{};
          co_return;
      }
    }
  }

  static GTask ping_body(Machine& mc, GIdx gi) {
    for (;;) {
      auto& r = regs(mc, gi, 2);  // pc, round
      const int64_t pair = mc.g(gi).code.arg;
      const auto ping = static_cast<int64_t>(kSemBase + 16 * static_cast<uint64_t>(pair));
      switch (r[0]) {
        case 0:
          if (r[1] == rounds) { r[0] = 2; continue; }
          r[0] = 1;
          mc.request(gi, req(ReqKind::kSemrelease, ping));
          co_await Suspend{};
          continue;
        case 1:
          r[0] = 0;
          ++r[1];
          mc.request(gi, req(ReqKind::kSemacquire, ping + 8));
          co_await Suspend{};
          continue;
        case 2:
          r[0] = 3;
          mc.request(gi, req(ReqKind::kSemrelease, static_cast<int64_t>(kDone)));
          co_await Suspend{};
          continue;
        default:
          co_return;  // returning from the function: the runtime sees an exit
      }
    }
  }

  static GTask pong_body(Machine& mc, GIdx gi) {
    for (;;) {
      auto& r = regs(mc, gi, 2);
      const int64_t pair = mc.g(gi).code.arg;
      const auto ping = static_cast<int64_t>(kSemBase + 16 * static_cast<uint64_t>(pair));
      switch (r[0]) {
        case 0:
          if (r[1] == rounds) { r[0] = 2; continue; }
          r[0] = 1;
          mc.request(gi, req(ReqKind::kSemacquire, ping));
          co_await Suspend{};
          continue;
        case 1:
          r[0] = 0;
          ++r[1];
          mc.request(gi, req(ReqKind::kSemrelease, ping + 8));
          co_await Suspend{};
          continue;
        default:
          co_return;
      }
    }
  }

  static NativeProgram program() {
    NativeProgram p;
    p.add("main.main", main_body);
    ping_entry = p.add("main.ping", ping_body);
    pong_entry = p.add("main.pong", pong_body);
    return p;
  }
};

}  // namespace gosim::run
