// determinism_probe: prints one trace hash per (program, GOMAXPROCS, seed).
//
// The same file is built twice — once against the -O2 libraries, once from the same sources
// compiled at -O0 — and ctest compares the two outputs byte for byte. Any dependence on
// uninitialised memory, addresses, unordered containers or floating-point contraction shows
// up as a different hash.
#include <cstdio>

#include "sim/trace/hash.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

int main() {
  PingPong::pairs = 40;
  PingPong::rounds = 25;
  const TestProgram prog = PingPong::program();
  for (int32_t procs : {1, 2, 4, 8}) {
    for (uint64_t seed : {1, 2, 3}) {
      Config cfg;
      cfg.gomaxprocs = procs;
      cfg.seed = seed;
      Machine mc(prog, cfg);
      mc.start(0);
      TraceHasher h;
      uint64_t n = 0;
      while (auto e = mc.step()) {
        h.add(*e);
        ++n;
      }
      h.add_bytes(mc.model().output);
      std::printf("pingpong GOMAXPROCS=%d seed=%llu events=%llu hash=%s\n", procs,
                  static_cast<unsigned long long>(seed), static_cast<unsigned long long>(n), h.hex().c_str());
    }
  }
  return 0;
}
