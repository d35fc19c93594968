// engine_bench: events per second of the bare engine + scheduler loop, tracing off.
//
// 10,000 goroutines (5,000 pairs) hand a token back and forth over runtime semaphores, the
// mechanism under sync.Mutex. Each hand-off is a semrelease that readies the partner into
// runnext, a semacquire that parks, and an execute: the engine's hottest path. No sentences,
// no JSON, no hashing: just step() until the run ends. Prints the median of 5 runs.
//
//   build/bin/engine_bench [pairs] [rounds] [gomaxprocs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

int main(int argc, char** argv) {
  PingPong::pairs = argc > 1 ? std::atoll(argv[1]) : 5000;
  PingPong::rounds = argc > 2 ? std::atoll(argv[2]) : 200;
  const int32_t procs = argc > 3 ? std::atoi(argv[3]) : 1;
  const TestProgram prog = PingPong::program();
  Config cfg;
  cfg.gomaxprocs = procs;
  cfg.seed = 1;

  std::vector<double> rates;
  uint64_t events = 0;
  for (int rep = 0; rep < 5; ++rep) {
    Machine mc(prog, cfg);
    mc.start(0);
    const auto t0 = std::chrono::steady_clock::now();
    events = mc.run();
    const auto t1 = std::chrono::steady_clock::now();
    const double secs = std::chrono::duration<double>(t1 - t0).count();
    if (mc.model().exit_code != 0) {
      std::fprintf(stderr, "engine_bench: the program did not finish cleanly\n");
      return 1;
    }
    rates.push_back(static_cast<double>(events) / secs);
  }
  std::sort(rates.begin(), rates.end());
  std::printf("engine_bench: %lld goroutines, %lld rounds, GOMAXPROCS=%d: %llu events per run\n",
              static_cast<long long>(2 * PingPong::pairs), static_cast<long long>(PingPong::rounds), procs,
              static_cast<unsigned long long>(events));
  std::printf("engine_bench: median %.1f M events/s (min %.1f, max %.1f) over 5 runs; target >= 20 M/s\n",
              rates[2] / 1e6, rates.front() / 1e6, rates.back() / 1e6);
  return 0;
}
