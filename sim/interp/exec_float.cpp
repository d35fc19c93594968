// Floating-point and complex arithmetic, comparisons and conversions: the instructions whose
// kind (or conversion target) is float32, float64, complex64 or complex128.
//
// Go computes float32 arithmetic in single precision, rounding after every operation (SSE's
// ADDSS/MULSS...), and gosim does the same with C++ float (built with -ffp-contract=off, so no
// operation is fused). Complex numbers follow the compiler (ssagen/ssa.go): + and - work part by
// part in the part's type; * widens complex64's parts to float64, computes
// (ac-bd) + (ad+bc)i there and narrows back ("to minimize cancellation error"); / calls
// runtime.complex128div (complex64 widened and narrowed around it).
// Conversions follow amd64: a float converted to an integer it does not fit gives the
// "integer indefinite" value CVTTSD2SQ produces (0x8000000000000000), as Go's compiled code does.
#include <cmath>
#include <cstring>

#include "sim/interp/exec.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

namespace {

struct Cplx {
  double re = 0, im = 0;
};

// Go: runtime/complex.go inf2one.
double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }

// Go: runtime/complex.go complex128div (Smith's algorithm, then C99's infinity and zero fixes).
Cplx complex128div(Cplx n, Cplx m) {
  double e = 0, f = 0;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    const double ratio = m.im / m.re;
    const double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const double ratio = m.re / m.im;
    const double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    double a = n.re, b = n.im, c = m.re, d = m.im;
    const double inf = INFINITY;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

// A float64 to an integer kind as amd64 code does it (Go: ssagen's conversion tables; the
// out-of-range and NaN results are the hardware's, which Go leaves implementation-specific).
int64_t float_to_int(double d, NumKind to) {
  constexpr double k2p63 = 9223372036854775808.0;
  auto cvttsd2sq = [](double x) {
    return (std::isnan(x) || x >= k2p63 || x < -k2p63) ? INT64_MIN : static_cast<int64_t>(x);
  };
  switch (to) {
    case NumKind::kU64:
      // Go: ssa.go float64ToUint64: below 2^63 a signed conversion, else subtract 2^63 first.
      if (d < k2p63) return cvttsd2sq(d);
      return static_cast<int64_t>(static_cast<uint64_t>(cvttsd2sq(d - k2p63)) | (uint64_t{1} << 63));
    case NumKind::kI32: case NumKind::kI16: case NumKind::kI8: case NumKind::kU16: case NumKind::kU8: {
      // CVTTSD2SL: 32-bit, 0x80000000 when out of range; narrower kinds keep its low bits.
      const bool bad = std::isnan(d) || d >= 2147483648.0 || d < -2147483648.0;
      return bad ? INT32_MIN : static_cast<int64_t>(static_cast<int32_t>(d));
    }
    default:  // int, int64, uint32 (converted through int64), uintptr through the uint64 path above
      return cvttsd2sq(d);
  }
}

}  // namespace

double Exec::ld_f64(uint64_t a) const {
  const uint64_t b = ld8(a);
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

float Exec::ld_f32(uint64_t a) const {
  const auto b = static_cast<uint32_t>(mem_.load(a, 4));
  float f;
  std::memcpy(&f, &b, 4);
  return f;
}

void Exec::st_f64(uint64_t a, double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  st8(a, b);
}

void Exec::st_f32(uint64_t a, float f) {
  uint32_t b;
  std::memcpy(&b, &f, 4);
  mem_.store(a, b, 4);
}

// A value of a float or complex kind, widened to a complex128 (exact).
Exec::Wide Exec::ld_wide(uint64_t a, NumKind k) const {
  switch (k) {
    case NumKind::kF32: return {ld_f32(a), 0};
    case NumKind::kC64: return {ld_f32(a), ld_f32(a + 4)};
    case NumKind::kC128: return {ld_f64(a), ld_f64(a + 8)};
    default: return {ld_f64(a), 0};
  }
}

void Exec::st_wide(uint64_t a, NumKind k, Wide v) {
  switch (k) {
    case NumKind::kF32: st_f32(a, static_cast<float>(v.re)); break;
    case NumKind::kC64:
      st_f32(a, static_cast<float>(v.re));
      st_f32(a + 4, static_cast<float>(v.im));
      break;
    case NumKind::kC128:
      st_f64(a, v.re);
      st_f64(a + 8, v.im);
      break;
    default: st_f64(a, v.re); break;
  }
}

Flow Exec::exec_float(const ir::Instr& in, const Operands& o) {
  const uint64_t A = o.A, B = o.B, C = o.C;
  switch (in.op) {
    case Op::kBinary: {
      const auto op = static_cast<ir::BinOp>(in.sub);
      const Wide x = ld_wide(B, in.kind), y = ld_wide(C, in.kind);
      int cmp = -1;
      switch (op) {
        case ir::BinOp::kEq: cmp = x.re == y.re && x.im == y.im; break;
        case ir::BinOp::kNe: cmp = !(x.re == y.re && x.im == y.im); break;
        case ir::BinOp::kLt: cmp = x.re < y.re; break;
        case ir::BinOp::kLe: cmp = x.re <= y.re; break;
        case ir::BinOp::kGt: cmp = x.re > y.re; break;
        case ir::BinOp::kGe: cmp = x.re >= y.re; break;
        default: break;
      }
      if (cmp >= 0) {
        mem_.store(A, static_cast<uint64_t>(cmp), 1);
        break;
      }
      if (in.kind == NumKind::kF32 || in.kind == NumKind::kC64) {
        // Single precision: each part rounded to float32 after the operation.
        const float xr = static_cast<float>(x.re), xi = static_cast<float>(x.im);
        const float yr = static_cast<float>(y.re), yi = static_cast<float>(y.im);
        switch (op) {
          case ir::BinOp::kAdd: st_wide(A, in.kind, {xr + yr, xi + yi}); break;
          case ir::BinOp::kSub: st_wide(A, in.kind, {xr - yr, xi - yi}); break;
          case ir::BinOp::kMul:
            if (in.kind == NumKind::kF32) {
              st_f32(A, xr * yr);
            } else {
              st_wide(A, in.kind, {x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re});
            }
            break;
          default:
            if (in.kind == NumKind::kF32) {
              st_f32(A, xr / yr);
            } else {
              const Cplx q = complex128div({x.re, x.im}, {y.re, y.im});
              st_wide(A, in.kind, {q.re, q.im});
            }
            break;
        }
        break;
      }
      switch (op) {
        case ir::BinOp::kAdd: st_wide(A, in.kind, {x.re + y.re, x.im + y.im}); break;
        case ir::BinOp::kSub: st_wide(A, in.kind, {x.re - y.re, x.im - y.im}); break;
        case ir::BinOp::kMul:
          if (in.kind == NumKind::kF64) {
            st_f64(A, x.re * y.re);
          } else {
            st_wide(A, in.kind, {x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re});
          }
          break;
        default:
          if (in.kind == NumKind::kF64) {
            st_f64(A, x.re / y.re);
          } else {
            const Cplx q = complex128div({x.re, x.im}, {y.re, y.im});
            st_wide(A, in.kind, {q.re, q.im});
          }
          break;
      }
      break;
    }
    case Op::kNeg: {
      const Wide x = ld_wide(B, in.kind);
      st_wide(A, in.kind, {-x.re, -x.im});
      break;
    }
    case Op::kConv: {
      const auto to = static_cast<NumKind>(in.sub);
      if (ir::num_float(in.kind)) {
        const Wide x = ld_wide(B, in.kind);
        if (ir::num_float(to)) {
          // float32(f64) and complex64(c128) round once; widening is exact.
          st_wide(A, to, x);
        } else {
          write_num(A, to, float_to_int(x.re, to));
        }
      } else {
        const int64_t v = read_num(B, in.kind);
        const bool uns = !ir::num_signed(in.kind);
        if (to == NumKind::kF32) {
          // One rounding from the integer (CVTSQ2SS), never through float64.
          st_f32(A, uns ? static_cast<float>(static_cast<uint64_t>(v)) : static_cast<float>(v));
        } else {
          st_f64(A, uns ? static_cast<double>(static_cast<uint64_t>(v)) : static_cast<double>(v));
        }
      }
      break;
    }
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
