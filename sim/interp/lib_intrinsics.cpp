// The standard library's assembly functions for amd64, as C++ with Go's semantics
// (sim/lang/intrinsics.h lists them and the .s files they replace).
//
// Each runs in the frame of its Go declaration, on the parameter block Go's ABI0 lays out
// (arguments in order at their alignment, results from the next 8-byte boundary), so a call
// looks in gosim as it does in Go: a call of internal/bytealg.IndexByteString that returns.
//
// internal/bytealg: the results are the assembly's (first index, count, sign of the
// comparison); gosim searches byte by byte where the assembly uses SSE/AVX2, so only the
// virtual time a search takes is gosim's.
// internal/cpu: gosim's machine is one fixed CPU, an x86-64-v3 (Haswell and later: SSE4.2,
// POPCNT, AVX, AVX2, FMA, BMI1/2, ERMS, ADX, AES, PCLMULQDQ, RDTSCP; no AVX-512) whose OS
// enables the AVX state, never the host's: the same program takes the same paths everywhere.
// The build is GOAMD64=v1 (go build's default), so internal/cpu keeps its options.
// math: the arch* functions follow their assembly instruction by instruction (the same
// operations in the same order, FMA where exp_amd64.s uses VFMADD because the CPU has it), so
// their results are Go's on amd64 to the bit, including where they differ from math's
// portable Go code (archLog takes a subnormal's exponent field as it is, as log_amd64.s does).
#include <cmath>
#include <cstring>

#include "sim/interp/exec.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {

uint64_t bits_of(double d) {
  uint64_t b = 0;
  std::memcpy(&b, &d, 8);
  return b;
}
double from_bits(uint64_t b) {
  double d = 0;
  std::memcpy(&d, &b, 8);
  return d;
}

constexpr uint64_t kSign = uint64_t{1} << 63;
constexpr uint64_t kPosInf = 0x7FF0000000000000;
constexpr uint64_t kNegInf = 0xFFF0000000000000;
constexpr uint64_t kNaN = 0x7FF8000000000001;  // the NaN the assembly returns

// CVTSD2SL: to int32 in the default rounding mode (nearest, ties to even); out of range or NaN
// gives the "integer indefinite" 0x80000000.
int32_t cvtsd2sl(double d) {
  const double r = std::nearbyint(d);
  if (!(r >= -2147483648.0 && r <= 2147483647.0)) return INT32_MIN;
  return static_cast<int32_t>(r);
}

// Go: math/exp_amd64.s archExp (useFMA: the CPU has AVX and FMA, as gosim's does).
double arch_exp(double x, bool use_fma) {
  const uint64_t bx = bits_of(x);
  if (static_cast<int64_t>(kPosInf) <= static_cast<int64_t>(bx & ~kSign)) {  // notFinite
    return bx == kNegInf ? 0.0 : x;
  }
  if (x > 7.09782712893384e+02) return from_bits(kPosInf);  // overflow
  constexpr double kLog2e = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double c[] = {2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
                          8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
                          0.5, 1.0};
  const int32_t e = cvtsd2sl(kLog2e * x);
  const double k = static_cast<double>(e);
  double x0 = x, x1 = 0;
  if (use_fma) {
    x0 = std::fma(-k, kLn2U, x0);  // VFNMADD231SD
    x0 = std::fma(-k, kLn2L, x0);
    x0 *= 0.0625;
    x1 = c[0];
    for (int i = 1; i < 8; ++i) x1 = std::fma(x1, x0, c[i]);  // VFMADD213SD
    x0 *= x1;
    for (int i = 0; i < 3; ++i) {
      x1 = x0 + 2.0;
      x0 *= x1;
    }
    x1 = x0 + 2.0;
    x0 = std::fma(x0, x1, 1.0);
  } else {
    x0 -= kLn2U * k;
    x0 -= kLn2L * k;
    x0 *= 0.0625;
    x1 = c[0];
    for (int i = 1; i < 8; ++i) x1 = x1 * x0 + c[i];
    x0 *= x1;
    for (int i = 0; i < 4; ++i) {
      x1 = 2.0 + x0;
      x0 *= x1;
    }
    x0 += 1.0;
  }
  // ldexp: fr * 2**exponent, the exponent added to the bias in a 32-bit register.
  uint32_t b = static_cast<uint32_t>(e) + 0x3FF;
  if (static_cast<int32_t>(b) <= 0) {  // denormal
    if (static_cast<int32_t>(b) < -52) return 0.0;
    b += 0x3FE;
    x0 *= from_bits(static_cast<uint64_t>(b) << 52);
    b = 1;
  } else if (static_cast<int32_t>(b) >= 0x7FF) {
    return from_bits(kPosInf);
  }
  return x0 * from_bits(static_cast<uint64_t>(b) << 52);
}

// Go: math/log_amd64.s archLog.
double arch_log(double x) {
  const uint64_t bx = bits_of(x);
  if ((bx & ~kSign) == 0) return from_bits(kNegInf);
  if (static_cast<int64_t>(bx) < 0) return from_bits(kNaN);
  if (static_cast<int64_t>(kPosInf) <= static_cast<int64_t>(bx)) return x;
  double f1 = from_bits((bx & 0x000FFFFFFFFFFFFF) | bits_of(0.5));
  double k = static_cast<double>(static_cast<int32_t>(((bx >> 52) & 0x7FF) - 0x3FE));
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;
  const double adj = !(kHSqrt2 < f1) ? 1.0 : 0.0;  // CMPSD NLT, ANDPD 1.0
  k -= adj;
  f1 *= adj + 1.0;
  const double f = f1 - 1.0;
  const double s = f / (2.0 + f);
  const double s2 = s * s;
  const double s4 = s2 * s2;
  double t = 1.479819860511658591e-01 * s4 + 1.818357216161805012e-01;
  t = t * s4 + 2.857142874366239149e-01;
  t = t * s4 + 6.666666666666735130e-01;
  const double t1 = s2 * t;
  double u = 1.531383769920937332e-01 * s4 + 2.222219843214978396e-01;
  u = u * s4 + 3.999999999940941908e-01;
  const double t2 = s4 * u;
  const double r = t1 + t2;
  const double hfsq = 0.5 * f * f;
  const double a = s * (r + hfsq) + 1.90821492927058770002e-10 * k;
  return k * 6.93147180369123816490e-01 - ((hfsq - a) - f);
}

// Go: math/hypot_amd64.s archHypot.
double arch_hypot(double p, double q) {
  const uint64_t bp = bits_of(p) & ~kSign, bq = bits_of(q) & ~kSign;
  if (static_cast<int64_t>(kPosInf) <= static_cast<int64_t>(bp) || static_cast<int64_t>(kPosInf) <= static_cast<int64_t>(bq)) {
    return from_bits(bp == kPosInf || bq == kPosInf ? kPosInf : kNaN);
  }
  if ((bp | bq) == 0) return 0.0;
  const double ap = from_bits(bp), aq = from_bits(bq);
  double hi = ap > aq ? ap : aq;   // MAXSD
  double lo = aq < ap ? aq : ap;   // MINSD
  lo /= hi;
  lo *= lo;
  lo += 1.0;
  return hi * std::sqrt(lo);
}

// Go: math/dim_amd64.s archMax and archMin.
double arch_max(double x, double y) {
  const uint64_t bx = bits_of(x), by = bits_of(y);
  if (bx == kPosInf || by == kPosInf) return from_bits(kPosInf);
  if (static_cast<int64_t>(kPosInf) < static_cast<int64_t>(bx & ~kSign) ||
      static_cast<int64_t>(kPosInf) < static_cast<int64_t>(by & ~kSign)) {
    return from_bits(kNaN);
  }
  if (((bx | by) & ~kSign) == 0) return bx == kSign ? y : x;
  return x > y ? x : y;
}
double arch_min(double x, double y) {
  const uint64_t bx = bits_of(x), by = bits_of(y);
  if (bx == kNegInf || by == kNegInf) return from_bits(kNegInf);
  if (static_cast<int64_t>(kPosInf) < static_cast<int64_t>(bx & ~kSign) ||
      static_cast<int64_t>(kPosInf) < static_cast<int64_t>(by & ~kSign)) {
    return from_bits(kNaN);
  }
  if (((bx | by) & ~kSign) == 0) return bx == kSign ? x : y;
  return x < y ? x : y;
}

// gosim's CPU (above): CPUID leaves 0, 1, 7 and 0x80000000/1; every other leaf reads zeros.
void cpuid(uint32_t leaf, uint32_t sub, uint32_t out[4]) {
  out[0] = out[1] = out[2] = out[3] = 0;
  switch (leaf) {
    case 0: out[0] = 7; out[1] = 0x756e6547; out[2] = 0x6c65746e; out[3] = 0x49656e69; break;  // "GenuineIntel"
    case 1:
      out[2] = (1u << 0) | (1u << 1) | (1u << 9) | (1u << 12) | (1u << 19) | (1u << 20) | (1u << 23) | (1u << 25) |
               (1u << 27) | (1u << 28);           // SSE3 PCLMULQDQ SSSE3 FMA SSE4.1 SSE4.2 POPCNT AES OSXSAVE AVX
      out[3] = (1u << 25) | (1u << 26);            // SSE SSE2
      break;
    case 7:
      if (sub == 0) out[1] = (1u << 3) | (1u << 5) | (1u << 8) | (1u << 9) | (1u << 19);  // BMI1 AVX2 BMI2 ERMS ADX
      break;
    case 0x80000000: out[0] = 0x80000001; break;
    case 0x80000001: out[3] = 1u << 27; break;  // RDTSCP
    default: break;
  }
}

}  // namespace

bool Exec::intrinsic_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto fn = static_cast<LibFunc>(id);
  auto bytes = [&](uint64_t hdr) {
    std::string s(static_cast<size_t>(ld8(hdr + 8)), '\0');
    if (!s.empty()) mem_.read(ld8(hdr), s.data(), s.size());
    return s;
  };
  auto put_int = [&](uint64_t at, int64_t v) { st8(at, static_cast<uint64_t>(v)); };
  auto find = [](const std::string& s, const std::string& sub) {
    const size_t i = s.find(sub);
    return i == std::string::npos ? int64_t{-1} : static_cast<int64_t>(i);
  };
  auto count = [](const std::string& s, char c) {
    int64_t n = 0;
    for (char x : s) n += x == c ? 1 : 0;
    return n;
  };
  switch (fn) {
    // Go: internal/bytealg/compare_amd64.s (Compare: runtime·cmpbody).
    case LibFunc::BytealgCompare: {
      const std::string a = bytes(args), b = bytes(args + 24);
      const int c = a.compare(b);
      put_int(results, c < 0 ? -1 : c > 0 ? 1 : 0);
      return false;
    }
    // Go: internal/bytealg/count_amd64.s, indexbyte_amd64.s, index_amd64.s.
    case LibFunc::BytealgCount: put_int(results, count(bytes(args), static_cast<char>(mem_.load(args + 24, 1)))); return false;
    case LibFunc::BytealgCountString: put_int(results, count(bytes(args), static_cast<char>(mem_.load(args + 16, 1)))); return false;
    case LibFunc::BytealgIndexByte: {
      const std::string s = bytes(args);
      put_int(results, find(s, std::string(1, static_cast<char>(mem_.load(args + 24, 1)))));
      return false;
    }
    case LibFunc::BytealgIndexByteString: {
      const std::string s = bytes(args);
      put_int(results, find(s, std::string(1, static_cast<char>(mem_.load(args + 16, 1)))));
      return false;
    }
    case LibFunc::BytealgIndex: put_int(results, find(bytes(args), bytes(args + 24))); return false;
    case LibFunc::BytealgIndexString: put_int(results, find(bytes(args), bytes(args + 16))); return false;
    // Go: internal/cpu/cpu_x86.s.
    case LibFunc::CpuCpuid: {
      uint32_t r[4];
      cpuid(static_cast<uint32_t>(mem_.load(args, 4)), static_cast<uint32_t>(mem_.load(args + 4, 4)), r);
      for (int i = 0; i < 4; ++i) mem_.store(results + 4 * static_cast<uint64_t>(i), r[i], 4);
      return false;
    }
    case LibFunc::CpuXgetbv:  // XCR0: x87, SSE and AVX state enabled by the OS
      mem_.store(results, 0x7, 4);
      mem_.store(results + 4, 0, 4);
      return false;
    case LibFunc::CpuGetGOAMD64level: mem_.store(results, 1, 4); return false;
    // Go: math/*_amd64.s.
    case LibFunc::MathArchMax: st_f64(results, arch_max(ld_f64(args), ld_f64(args + 8))); return false;
    case LibFunc::MathArchMin: st_f64(results, arch_min(ld_f64(args), ld_f64(args + 8))); return false;
    case LibFunc::MathArchExp: st_f64(results, arch_exp(ld_f64(args), true)); return false;
    case LibFunc::MathArchFloor: st_f64(results, std::floor(ld_f64(args))); return false;
    case LibFunc::MathArchCeil: st_f64(results, std::ceil(ld_f64(args))); return false;
    case LibFunc::MathArchTrunc: st_f64(results, std::trunc(ld_f64(args))); return false;
    case LibFunc::MathArchHypot: st_f64(results, arch_hypot(ld_f64(args), ld_f64(args + 8))); return false;
    case LibFunc::MathArchLog: st_f64(results, arch_log(ld_f64(args))); return false;
    case LibFunc::MathArchSqrt: st_f64(results, std::sqrt(ld_f64(args))); return false;
    // Go: runtime/panic.go overflowError and divideError, read by math/bits (//go:linkname).
    case LibFunc::RuntimeOverflowError: error_value("runtime error: integer overflow", results); return false;
    case LibFunc::RuntimeDivideError: error_value("runtime error: integer divide by zero", results); return false;
    // Go: crypto/internal/boring/sig/sig_amd64.s: a marker (a jump over magic bytes) and RET.
    case LibFunc::BoringSigMarker: return false;
    default: return false;
  }
}

}  // namespace gosim::interp
