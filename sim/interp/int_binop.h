// Go's integer arithmetic on a kind's bits, shared by the fast lane (exec.cpp simple_step) and
// the general loop (exec_value.cpp). Inline: it is the body of most arithmetic instructions.
#pragma once

#include <cstdint>

#include "sim/ir/ir.h"

namespace gosim::interp {

// Go's integer arithmetic and comparisons on a kind's bits. x and y come sign- or zero-extended
// from memory; for a shift y is the raw count (the caller has refused a negative one). A value
// is stored at the kind's size, a comparison as one byte; division by zero is the caller's panic.
struct IntResult {
  enum Kind : uint8_t { kValue, kBool, kDivZero } kind = kValue;
  int64_t v = 0;
};

[[gnu::always_inline]] inline IntResult int_binop(ir::BinOp op, ir::NumKind kind, int64_t x, int64_t y) {
  const bool sgn = ir::num_signed(kind);
  const auto ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
  const int bits = 8 * ir::num_size(kind);
  IntResult r;
  switch (op) {
    case ir::BinOp::kAdd: r.v = static_cast<int64_t>(ux + uy); break;
    case ir::BinOp::kSub: r.v = static_cast<int64_t>(ux - uy); break;
    case ir::BinOp::kMul: r.v = static_cast<int64_t>(ux * uy); break;
    case ir::BinOp::kDiv:
    case ir::BinOp::kRem:
      if (y == 0) {
        r.kind = IntResult::kDivZero;
      } else if (sgn && y == -1) {
        r.v = op == ir::BinOp::kDiv ? static_cast<int64_t>(0 - ux) : 0;  // no trap on MinInt/-1
      } else if (sgn) {
        r.v = op == ir::BinOp::kDiv ? x / y : x % y;
      } else {
        r.v = static_cast<int64_t>(op == ir::BinOp::kDiv ? ux / uy : ux % uy);
      }
      break;
    case ir::BinOp::kAnd: r.v = x & y; break;
    case ir::BinOp::kOr: r.v = x | y; break;
    case ir::BinOp::kXor: r.v = x ^ y; break;
    case ir::BinOp::kAndNot: r.v = x & ~y; break;
    case ir::BinOp::kShl: r.v = uy >= static_cast<uint64_t>(bits) ? 0 : static_cast<int64_t>(ux << uy); break;
    case ir::BinOp::kShr:
      if (sgn) {
        r.v = uy >= static_cast<uint64_t>(bits) ? (x < 0 ? -1 : 0) : (x >> uy);
      } else {
        const uint64_t mask = bits == 64 ? ~uint64_t{0} : ((uint64_t{1} << bits) - 1);
        r.v = uy >= static_cast<uint64_t>(bits) ? 0 : static_cast<int64_t>((ux & mask) >> uy);
      }
      break;
    default: {
      r.kind = IntResult::kBool;
      const bool uns = !sgn && kind != ir::NumKind::kBool;
      bool c = false;
      switch (op) {
        case ir::BinOp::kEq: c = x == y; break;
        case ir::BinOp::kNe: c = x != y; break;
        case ir::BinOp::kLt: c = uns ? ux < uy : x < y; break;
        case ir::BinOp::kLe: c = uns ? ux <= uy : x <= y; break;
        case ir::BinOp::kGt: c = uns ? ux > uy : x > y; break;
        default: c = uns ? ux >= uy : x >= y; break;
      }
      r.v = c ? 1 : 0;
    }
  }
  return r;
}

}  // namespace gosim::interp
