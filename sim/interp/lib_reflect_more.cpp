// reflect.Value's methods that encoding/binary, encoding/base64's imports, internal/fmtsort and
// encoding/json call (part json; Go: reflect/value.go of 1.19): Complex and SetComplex, Bytes and
// SetBytes, UnsafePointer, SetLen, the Can* kind tests and the Overflow* range tests. Each case
// follows Go's body, its checks in Go's order and its panic texts; none of them allocates, as in Go.
#include <bit>
#include <cmath>
#include <limits>

#include "sim/interp/exec.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;  // NOLINT: Kind names and flag bits

bool Exec::reflect_more_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  auto put = [&](uint64_t at, uint64_t v) {
    if (results != 0) st8(results + at, v);
  };
  auto fail = [&](const std::string& text) {
    panic_text(text);
    return requested_;
  };
  const uint64_t tw = ld8(args), ptr = ld8(args + 8), flag = ld8(args + 16);
  const uint64_t kind = flag & kFlagKindMask;
  const ir::TypeDesc* tp = flag == 0 ? nullptr : &mod_.types[static_cast<size_t>(ir::type_of_word(tw))];
  auto elem_kind = [&]() { return kind_of(mod_.types[static_cast<size_t>(tp->elem)]); };
  // Go: mustBeAssignable.
  auto assignable = [&](const char* method) {
    if (flag == 0) return rf_value_error(method, kInvalid), false;
    if ((flag & kFlagRO) != 0) return fail(std::string("reflect: ") + method + " using value obtained using unexported field"), false;
    if ((flag & kFlagAddr) == 0) return fail(std::string("reflect: ") + method + " using unaddressable value"), false;
    return true;
  };
  auto f32 = [&](uint64_t at) { return static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(mem_.load(at, 4)))); };
  auto st_f32 = [&](uint64_t at, uint64_t bits) {
    mem_.store(at, std::bit_cast<uint32_t>(static_cast<float>(std::bit_cast<double>(bits))), 4);
  };
  switch (f) {
    case LibFunc::RfValueCanInt: put(0, kind >= kInt && kind <= kInt64 ? 1 : 0); return false;
    case LibFunc::RfValueCanUint: put(0, kind >= kUint && kind <= kUintptr ? 1 : 0); return false;
    case LibFunc::RfValueCanFloat: put(0, kind == kFloat32 || kind == kFloat64 ? 1 : 0); return false;
    case LibFunc::RfValueCanComplex: put(0, kind == kComplex64 || kind == kComplex128 ? 1 : 0); return false;
    case LibFunc::RfValueComplex:  // a complex128 result: real then imaginary float64
      if (kind == kComplex64) {
        put(0, std::bit_cast<uint64_t>(f32(ptr))), put(8, std::bit_cast<uint64_t>(f32(ptr + 4)));
      } else if (kind == kComplex128) {
        put(0, ld8(ptr)), put(8, ld8(ptr + 8));
      } else {
        return rf_value_error("reflect.Value.Complex", kind);
      }
      return false;
    case LibFunc::RfValueSetComplex:
      if (!assignable("reflect.Value.SetComplex")) return requested_;
      if (kind == kComplex64) {
        st_f32(ptr, ld8(args + 24)), st_f32(ptr + 4, ld8(args + 32));
      } else if (kind == kComplex128) {
        st8(ptr, ld8(args + 24)), st8(ptr + 8, ld8(args + 32));
      } else {
        return rf_value_error("reflect.Value.SetComplex", kind);
      }
      return false;
    case LibFunc::RfValueBytes:  // Go: Bytes, then bytesSlow
      if (kind == kSlice) {
        if (elem_kind() != kUint8) return fail("reflect.Value.Bytes of non-byte slice");
        put(0, ld8(ptr)), put(8, ld8(ptr + 8)), put(16, ld8(ptr + 16));
        return false;
      }
      if (kind == kArray) {
        if (elem_kind() != kUint8) return fail("reflect.Value.Bytes of non-byte array");
        if ((flag & kFlagAddr) == 0) return fail("reflect.Value.Bytes of unaddressable byte array");
        put(0, ptr), put(8, static_cast<uint64_t>(tp->len)), put(16, static_cast<uint64_t>(tp->len));
        return false;
      }
      return rf_value_error("reflect.Value.Bytes", kind);
    case LibFunc::RfValueSetBytes:
      if (!assignable("reflect.Value.SetBytes")) return requested_;
      if (kind != kSlice) return rf_value_error("reflect.Value.SetBytes", kind);
      if (elem_kind() != kUint8) return fail("reflect.Value.SetBytes of non-byte slice");
      write_barrier(ptr, args + 24, 24);
      mem_.copy(ptr, args + 24, 24);
      return false;
    case LibFunc::RfValueSetLen:
      if (!assignable("reflect.Value.SetLen")) return requested_;
      if (kind != kSlice) return rf_value_error("reflect.Value.SetLen", kind);
      if (ld8(args + 24) > ld8(ptr + 16)) return fail("reflect: slice length out of range in SetLen");
      st8(ptr + 8, ld8(args + 24));
      return false;
    case LibFunc::RfValueUnsafePointer: {
      // Go: v.pointer() for the pointer-shaped kinds; a func's first word is its code.
      const uint64_t word = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;
      switch (kind) {
        case kPointer: case kChan: case kMap: case kUnsafePointer: put(0, word); return false;
        case kFunc: put(0, word == 0 ? 0 : ld8(word)); return false;
        case kSlice: put(0, ld8(ptr)); return false;
        default: return rf_value_error("reflect.Value.UnsafePointer", kind);
      }
    }
    case LibFunc::RfValueOverflowInt: {
      if (kind < kInt || kind > kInt64) return rf_value_error("reflect.Value.OverflowInt", kind);
      const auto x = static_cast<int64_t>(ld8(args + 24));
      const int shift = 64 - 8 * static_cast<int>(tp->size);
      const int64_t trunc = static_cast<int64_t>(static_cast<uint64_t>(x) << shift) >> shift;
      put(0, x != trunc ? 1 : 0);
      return false;
    }
    case LibFunc::RfValueOverflowUint: {
      if (kind < kUint || kind > kUintptr) return rf_value_error("reflect.Value.OverflowUint", kind);
      const uint64_t x = ld8(args + 24);
      const int shift = 64 - 8 * static_cast<int>(tp->size);
      const uint64_t trunc = shift == 64 ? 0 : (x << shift) >> shift;
      put(0, x != trunc ? 1 : 0);
      return false;
    }
    case LibFunc::RfValueOverflowFloat: {
      double x = std::bit_cast<double>(ld8(args + 24));
      if (kind == kFloat32) {  // Go: overflowFloat32
        if (x < 0) x = -x;
        put(0, static_cast<double>(std::numeric_limits<float>::max()) < x && x <= std::numeric_limits<double>::max() ? 1 : 0);
        return false;
      }
      if (kind == kFloat64) {
        put(0, 0);
        return false;
      }
      return rf_value_error("reflect.Value.OverflowFloat", kind);
    }
    default: return false;
  }
}

}  // namespace gosim::interp
