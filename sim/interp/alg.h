// Equality and hashing of Go values in simulated memory, by type descriptor.
//
// Go: runtime/alg.go (memequal, strequal, efaceeq, nilinterhash, typehash) and the compiler's
// generated eq and hash functions for structs and arrays: fields compared one by one, strings
// by content, floats as IEEE numbers (so +0 == -0 and NaN != NaN), interfaces by dynamic type
// and then value. Comparing or hashing a slice, map or func held in an interface is a run-time
// panic, whose text these functions return in *panic.
#pragma once

#include <cstdint>
#include <string>

#include "sim/ir/ir.h"
#include "sim/rt/mem.h"

namespace gosim::interp {

class Alg {
 public:
  Alg(const ir::Module& mod, const Memory& mem) : mod_(mod), mem_(mem) {}

  // The values of type `type` (-1: an interface value) at x and y are equal. On an uncomparable
  // dynamic type sets *panic.
  bool equal(uint64_t x, uint64_t y, int32_t type, std::string* panic) const;
  // A hash of the value of type `type` at addr, consistent with equal. NaNs hash by `nan_salt`
  // (Go hashes them randomly, so NaN keys never collide into a match: they never compare equal).
  uint64_t hash(uint64_t addr, int32_t type, uint64_t seed, std::string* panic, uint64_t nan_salt = 0) const;

 private:
  const ir::TypeDesc& td(int32_t id) const { return mod_.types[static_cast<size_t>(id)]; }
  std::string str(uint64_t hdr) const;
  double float_at(uint64_t a, bool single) const;

  const ir::Module& mod_;
  const Memory& mem_;
};

}  // namespace gosim::interp
