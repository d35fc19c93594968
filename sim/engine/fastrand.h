// The runtime's cheap random numbers, modeled on Go 1.19 runtime/stubs.go `fastrand`.
//
// Go keeps one generator per M (m.fastrand) and, on 64-bit targets, steps it with wyrand:
// add a constant to the state, multiply the state by (state ^ another constant) as a 128-bit
// product, and fold the halves together. `fastrandn(n)` maps a 32-bit draw to [0, n) by a
// multiply-shift instead of a modulo. Real Go seeds each M from a random value taken at start-up,
// so two runs differ; gosim seeds each M from the scenario seed and the M's id instead, so a
// scenario + seed always makes the same choices (work-stealing order, select, map iteration).
#pragma once

#include <cstdint>

namespace gosim {

struct FastRand {
  uint64_t state = 0;

  // Go: runtime/stubs.go fastrand (the wyrand branch)
  uint32_t fastrand() {
    state += 0xa0761d6478bd642full;
    const unsigned __int128 product =
        static_cast<unsigned __int128>(state) * static_cast<unsigned __int128>(state ^ 0xe7037ed1a0b428dbull);
    const uint64_t hi = static_cast<uint64_t>(product >> 64);
    const uint64_t lo = static_cast<uint64_t>(product);
    return static_cast<uint32_t>(hi ^ lo);
  }

  // Go: runtime/stubs.go fastrandn — uniform in [0, n) by multiply-shift.
  uint32_t fastrandn(uint32_t n) {
    return static_cast<uint32_t>((static_cast<uint64_t>(fastrand()) * n) >> 32);
  }

  friend bool operator==(const FastRand&, const FastRand&) = default;
};

// Go: runtime/proc.go mcommoninit seeds m.fastrand from the M id and a start-up random value.
// gosim uses the scenario seed where Go uses its random value (a splitmix64 mix of both).
FastRand fastrand_for_m(uint64_t seed, int32_t m_id);

}  // namespace gosim
