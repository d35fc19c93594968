#include "sim/engine/fastrand.h"

namespace gosim {

namespace {
uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
}  // namespace

FastRand fastrand_for_m(uint64_t seed, int32_t m_id) {
  FastRand r;
  r.state = splitmix64(seed ^ splitmix64(static_cast<uint64_t>(m_id) + 1));
  return r;
}

}  // namespace gosim
