#include "sim/trace/hash.h"

#include <cstdio>

namespace gosim {

namespace {
constexpr uint64_t kFnvPrime = 0x100000001b3ull;
}

// FNV-1a's xor-multiply step a word at a time (a byte at a time was a third of a ping-pong
// run), with a shift so high bits feed back into the low ones.
void TraceHasher::mix_u64(uint64_t v) {
  h_ ^= v;
  h_ *= kFnvPrime;
  h_ ^= h_ >> 29;
}

void TraceHasher::add(const Event& e) {
  mix_u64(e.seq);
  mix_u64(static_cast<uint64_t>(e.time));
  mix_u64(static_cast<uint64_t>(e.kind));
  mix_u64(static_cast<uint64_t>(static_cast<int64_t>(e.p)));
  mix_u64(static_cast<uint64_t>(static_cast<int64_t>(e.m)));
  mix_u64(static_cast<uint64_t>(e.g));
  mix_u64(static_cast<uint64_t>(e.a));
  mix_u64(static_cast<uint64_t>(e.b));
  mix_u64(static_cast<uint64_t>(e.c));
}

void TraceHasher::add_bytes(std::string_view bytes) {
  mix_u64(bytes.size());
  for (unsigned char ch : bytes) {
    h_ ^= ch;
    h_ *= kFnvPrime;
  }
}

std::string TraceHasher::hex() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
  return buf;
}

}  // namespace gosim
