// Numeric constants as the bytes the machine holds: integers in two's complement, float32 and
// float64 in IEEE 754 (rounded once from the exact constant, as go/constant's Float32Val and
// Float64Val do), complex numbers as two floats, real part first (Go: runtime's complex64 and
// complex128 layout, the same as [2]float32 and [2]float64).
#include <cstring>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

namespace {

uint64_t float_bits(NumKind k, const Constant& c) {
  if (k == NumKind::kF32) {
    const float f = float32_val(to_float(c));
    uint32_t b = 0;
    std::memcpy(&b, &f, 4);
    return b;
  }
  const double d = float64_val(to_float(c));
  uint64_t b = 0;
  std::memcpy(&b, &d, 8);
  return b;
}

void put_le(std::string* out, size_t at, uint64_t v, int n) {
  for (int i = 0; i < n; ++i) (*out)[at + static_cast<size_t>(i)] = static_cast<char>(v >> (8 * i));
}

}  // namespace

std::string number_bytes(NumKind k, const Constant& c) {
  std::string out(static_cast<size_t>(num_size(k)), '\0');
  switch (k) {
    case NumKind::kF32: case NumKind::kF64:
      put_le(&out, 0, float_bits(k, c), num_size(k));
      break;
    case NumKind::kC64: case NumKind::kC128: {
      const NumKind part = k == NumKind::kC64 ? NumKind::kF32 : NumKind::kF64;
      const int n = num_size(part);
      put_le(&out, 0, float_bits(part, real_part(c)), n);
      put_le(&out, static_cast<size_t>(n), float_bits(part, imag_part(c)), n);
      break;
    }
    case NumKind::kBool: put_le(&out, 0, c.b ? 1 : 0, 1); break;
    default: {
      const Constant i = to_int(c.kind == Constant::Kind::Complex ? real_part(c) : c);
      put_le(&out, 0, static_cast<uint64_t>(static_cast<int64_t>(i.i)), num_size(k));
      break;
    }
  }
  return out;
}

void Lowerer::emit_number(int32_t dst, NumKind k, const Constant& c, Pos pos) {
  const std::string bytes = number_bytes(k, c);
  // kConst writes at most 8 bytes: a complex128 takes two.
  for (size_t at = 0; at < bytes.size(); at += 8) {
    const size_t n = std::min<size_t>(8, bytes.size() - at);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(bytes[at + i])) << (8 * i);
    const NumKind ck = n == 8 ? NumKind::kI64 : n == 4 ? NumKind::kU32 : n == 2 ? NumKind::kU16 : NumKind::kU8;
    emit(Instr{Op::kConst, ck, 0, dst + static_cast<int32_t>(at), 0, 0, static_cast<int64_t>(v)}, pos);
  }
}

}  // namespace gosim::ir
