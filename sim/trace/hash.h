// The trace hash: one 64-bit digest over the canonical event stream and the program's output.
//
// Determinism tests compare digests instead of megabytes of JSON. The digest reads each
// event's fields in a fixed order as little-endian integers (never the struct's bytes, whose
// padding is unspecified), so the same run gives the same digest in any build on any machine.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sim/trace/event.h"

namespace gosim {

class TraceHasher {
 public:
  void add(const Event& e);
  void add_bytes(std::string_view bytes);
  uint64_t digest() const { return h_; }
  std::string hex() const;  // 16 lowercase hex digits

 private:
  void mix_u64(uint64_t v);
  uint64_t h_ = 0xcbf29ce484222325ull;  // FNV-1a 64 offset basis
};

}  // namespace gosim
