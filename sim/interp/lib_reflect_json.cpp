// The reflect members encoding/json needs beyond lib_reflect*.cpp (part json2; Go: reflect/type.go
// PointerTo, StructField.IsExported; value.go Copy, Convert, CanConvert, convertOp and its cvt*
// functions). Each case follows Go's body: its checks in Go's order, its panic texts, and the
// allocations it makes (makeInt's unsafe_New, makeString's New(t), the string and slice a
// []byte/string conversion makes, cvtT2I's interface cell, cvtDirect's copy of an addressable value).
//
// Simplifications (docs/go-subset.md, "reflect"): PointerTo returns the *T descriptor gosim made
// while lowering (lower_reflect.cpp gives one to every type a reflect-using program has); for a
// type without one (**T of a T the program never points to twice) it panics with a gosim text
// where Go makes a ptrType at run time. Convert of a zero Value panics with a reflect text where
// Go dereferences nil.
#include <bit>
#include <cmath>

#include "sim/base/utf8.h"
#include "sim/heap/sizeclasses.h"
#include "sim/interp/exec.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;  // NOLINT: Kind names and flag bits

namespace {

// Go: value.go convertOp's cases, one per cvt* function it returns.
enum class Cvt {
  kNone, kInt, kUint, kFloatInt, kFloatUint, kIntFloat, kUintFloat, kFloat, kComplex, kIntString, kUintString,
  kBytesString, kStringBytes, kRunesString, kStringRunes, kSliceArrayPtr, kDirect, kT2I, kI2I,
};

bool is_int(uint64_t k) { return k >= kInt && k <= kInt64; }
bool is_uint(uint64_t k) { return k >= kUint && k <= kUintptr; }
bool is_float(uint64_t k) { return k == kFloat32 || k == kFloat64; }

// Go amd64's CVTTSD2SQ: a float64 out of int64's range (or NaN) converts to 0x8000000000000000.
int64_t f64_to_i64(double x) {
  if (std::isnan(x) || x >= 9223372036854775808.0 || x < -9223372036854775808.0) return INT64_MIN;
  return static_cast<int64_t>(x);
}

// Go amd64's float64 to uint64: below 2^63 the signed conversion, else of x-2^63 with the top bit set.
uint64_t f64_to_u64(double x) {
  if (x < 9223372036854775808.0) return static_cast<uint64_t>(f64_to_i64(x));
  return static_cast<uint64_t>(f64_to_i64(x - 9223372036854775808.0)) ^ (uint64_t{1} << 63);
}

}  // namespace

// Go: convertOp(dst, src) — which conversion a value of type src takes to become a dst.
int Exec::rf_convert_op(int32_t dst, int32_t src) const {
  const std::vector<ir::TypeDesc>& types = mod_.types;
  const ir::TypeDesc& d = types[static_cast<size_t>(dst)];
  const ir::TypeDesc& s = types[static_cast<size_t>(src)];
  const uint64_t dk = kind_of(d), sk = kind_of(s);
  // Go: Elem().PkgPath() == "": the element is not a defined type of some package.
  auto unnamed_elem = [&](const ir::TypeDesc& sl, uint64_t want) {
    const ir::TypeDesc& e = types[static_cast<size_t>(sl.elem)];
    return kind_of(e) == want && (!e.named || name_dot(e.name) < 0);
  };
  if (is_int(sk) || is_uint(sk)) {
    if (is_int(dk) || is_uint(dk)) return static_cast<int>(is_int(sk) ? Cvt::kInt : Cvt::kUint);
    if (is_float(dk)) return static_cast<int>(is_int(sk) ? Cvt::kIntFloat : Cvt::kUintFloat);
    if (dk == kString) return static_cast<int>(is_int(sk) ? Cvt::kIntString : Cvt::kUintString);
  } else if (is_float(sk)) {
    if (is_int(dk)) return static_cast<int>(Cvt::kFloatInt);
    if (is_uint(dk)) return static_cast<int>(Cvt::kFloatUint);
    if (is_float(dk)) return static_cast<int>(Cvt::kFloat);
  } else if (sk == kComplex64 || sk == kComplex128) {
    if (dk == kComplex64 || dk == kComplex128) return static_cast<int>(Cvt::kComplex);
  } else if (sk == kString) {
    if (dk == kSlice && unnamed_elem(d, kUint8)) return static_cast<int>(Cvt::kStringBytes);
    if (dk == kSlice && unnamed_elem(d, kInt32)) return static_cast<int>(Cvt::kStringRunes);
  } else if (sk == kSlice) {
    if (dk == kString && unnamed_elem(s, kUint8)) return static_cast<int>(Cvt::kBytesString);
    if (dk == kString && unnamed_elem(s, kInt32)) return static_cast<int>(Cvt::kRunesString);
    if (dk == kPointer) {  // Go 1.17: []T to *[N]T with identical element types
      const ir::TypeDesc& a = types[static_cast<size_t>(d.elem)];
      if (a.kind == ir::TypeKind::kArray && a.elem == s.elem) return static_cast<int>(Cvt::kSliceArrayPtr);
    }
  }
  if (rl_identical_underlying(dst, src)) return static_cast<int>(Cvt::kDirect);
  if (dk == kPointer && !d.named && sk == kPointer && !s.named && rl_identical_underlying(d.elem, s.elem)) return static_cast<int>(Cvt::kDirect);
  if (rl_implements(dst, src)) return static_cast<int>(sk == kInterface ? Cvt::kI2I : Cvt::kT2I);
  return static_cast<int>(Cvt::kNone);
}

// Go: Value.Convert(t), the value v (three words at v) to type t, the result written at dst.
// False after a panic.
bool Exec::rf_convert(uint64_t v, int32_t t, uint64_t dst) {
  auto fail = [&](const std::string& text) {
    panic_text(text);
    return false;
  };
  const uint64_t tw = ld8(v), ptr = ld8(v + 8), flag = ld8(v + 16);
  if (flag == 0) return fail("reflect: call of reflect.Value.Convert on zero Value");
  const int32_t src = ir::type_of_word(tw);
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  const ir::TypeDesc& sd = mod_.types[static_cast<size_t>(src)];
  const auto op = static_cast<Cvt>(rf_convert_op(t, src));
  if (op == Cvt::kNone) {
    return fail("reflect.Value.Convert: value of type " + sd.name + " cannot be converted to type " + td.name);
  }
  const uint64_t ro = (flag & kFlagRO) != 0 ? kFlagStickyRO : 0;  // Go: v.flag.ro()
  const uint64_t kind = flag & kFlagKindMask;
  auto put = [&](uint64_t p, uint64_t fl) {
    st8(dst, ir::type_word(t)), st8(dst + 8, p), st8(dst + 16, fl);
  };
  // The source's number, read as Value.Int, Uint, Float and Complex read it.
  auto int_val = [&]() {
    const int size = static_cast<int>(sd.size), shift = 64 - 8 * size;
    return static_cast<int64_t>(mem_.load(ptr, size) << shift) >> shift;
  };
  auto uint_val = [&]() { return mem_.load(ptr, static_cast<int>(sd.size)); };
  auto float_val = [&]() {
    return kind == kFloat32 ? static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(mem_.load(ptr, 4))))
                            : std::bit_cast<double>(ld8(ptr));
  };
  // Go: makeInt, makeFloat — unsafe_New(t), the number stored at t's size.
  auto make_int = [&](uint64_t bits) {
    const uint64_t p = alloc(static_cast<uint64_t>(td.size), false);
    mem_.store(p, bits, static_cast<int>(td.size));
    put(p, ro | kFlagIndir | kind_of(td));
    return true;
  };
  auto make_float = [&](double x) {
    const uint64_t p = alloc(static_cast<uint64_t>(td.size), false);
    if (td.size == 4) {
      mem_.store(p, std::bit_cast<uint32_t>(static_cast<float>(x)), 4);
    } else {
      st8(p, std::bit_cast<uint64_t>(x));
    }
    put(p, ro | kFlagIndir | kind_of(td));
    return true;
  };
  // Go: makeString, makeBytes, makeRunes — New(t).Elem(), then the header stored into it.
  auto make_header = [&](uint64_t data, uint64_t len, uint64_t cap, bool slice) {
    const uint64_t p = alloc(slice ? 24 : 16, true);
    st8(p, data), st8(p + 8, len);
    if (slice) st8(p + 16, cap);
    put(p, ro | kFlagIndir | kind_of(td));
    return true;
  };
  auto rune_string = [&](bool fits, int64_t r) {  // Go: string(rune(x)) is intstring(nil, x): rawstring(4)
    if (!fits) return make_header(new_string("\xef\xbf\xbd"), 3, 0, false);
    std::string s;
    encoderune(s, r);
    const uint64_t p = alloc(4, false);
    mem_.write(p, s.data(), s.size());
    return make_header(p, s.size(), 0, false);
  };
  switch (op) {
    case Cvt::kInt: return make_int(static_cast<uint64_t>(int_val()));
    case Cvt::kUint: return make_int(uint_val());
    case Cvt::kFloatInt: return make_int(static_cast<uint64_t>(f64_to_i64(float_val())));
    case Cvt::kFloatUint: return make_int(f64_to_u64(float_val()));
    case Cvt::kIntFloat: return make_float(static_cast<double>(int_val()));
    case Cvt::kUintFloat: return make_float(static_cast<double>(uint_val()));
    case Cvt::kFloat:
      if (kind == kFloat32 && td.size == 4) {  // Go: makeFloat32, no round trip through float64
        const uint64_t p = alloc(4, false);
        mem_.store(p, mem_.load(ptr, 4), 4);
        put(p, ro | kFlagIndir | kFloat32);
        return true;
      }
      return make_float(float_val());
    case Cvt::kComplex: {  // Go: makeComplex(v.Complex())
      double re, im;
      if (kind == kComplex64) {
        re = static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(mem_.load(ptr, 4))));
        im = static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(mem_.load(ptr + 4, 4))));
      } else {
        re = std::bit_cast<double>(ld8(ptr)), im = std::bit_cast<double>(ld8(ptr + 8));
      }
      const uint64_t p = alloc(static_cast<uint64_t>(td.size), false);
      if (td.size == 8) {
        mem_.store(p, std::bit_cast<uint32_t>(static_cast<float>(re)), 4);
        mem_.store(p + 4, std::bit_cast<uint32_t>(static_cast<float>(im)), 4);
      } else {
        st8(p, std::bit_cast<uint64_t>(re)), st8(p + 8, std::bit_cast<uint64_t>(im));
      }
      put(p, ro | kFlagIndir | kind_of(td));
      return true;
    }
    case Cvt::kIntString: {
      const int64_t x = int_val();
      return rune_string(static_cast<int64_t>(static_cast<int32_t>(x)) == x, x);
    }
    case Cvt::kUintString: {
      const uint64_t x = uint_val();
      return rune_string(x <= 0x7fffffff || x >= 0xffffffff80000000, static_cast<int64_t>(x));  // uint64(rune(x)) == x
    }
    case Cvt::kBytesString: {  // Go: slicebytetostring(nil, ...)
      const uint64_t p = ld8(ptr), n = ld8(ptr + 8);
      if (n == 0) return make_header(0, 0, 0, false);
      if (n == 1) return make_header(mod_.staticuint64s + 8 * mem_.load(p, 1), 1, 0, false);
      const uint64_t d = alloc(n, false);
      mem_.copy(d, p, static_cast<size_t>(n));
      return make_header(d, n, 0, false);
    }
    case Cvt::kStringBytes: {  // Go: stringtoslicebyte(nil, s): rawbyteslice rounds up to the size class
      const uint64_t p = ld8(ptr), n = ld8(ptr + 8);
      const uint64_t cap = heap::roundupsize(n);
      const uint64_t d = alloc(cap, false);
      if (n > 0) mem_.copy(d, p, static_cast<size_t>(n));
      return make_header(d, n, cap, true);
    }
    case Cvt::kRunesString: {  // Go: slicerunetostring(nil, a): rawstring(size+3)
      const uint64_t p = ld8(ptr), n = ld8(ptr + 8);
      std::string s;
      for (uint64_t i = 0; i < n; ++i) encoderune(s, static_cast<int32_t>(mem_.load(p + 4 * i, 4)));
      const uint64_t d = alloc(s.size() + 3, false);
      if (!s.empty()) mem_.write(d, s.data(), s.size());
      return make_header(s.empty() ? 0 : d, s.size(), 0, false);
    }
    case Cvt::kStringRunes: {  // Go: stringtoslicerune(nil, s): rawruneslice rounds up too
      const std::string s = str_at(ptr);
      std::string bytes;
      for (size_t i = 0; i < s.size();) {
        const auto [r, w] = decoderune(s, i);
        bytes.append(reinterpret_cast<const char*>(&r), 4);
        i += w;
      }
      const uint64_t cap = heap::roundupsize(bytes.size()) / 4;
      const uint64_t d = alloc(cap * 4, false);
      if (!bytes.empty()) mem_.write(d, bytes.data(), bytes.size());
      return make_header(d, bytes.size() / 4, cap, true);
    }
    case Cvt::kSliceArrayPtr: {
      const int64_t n = mod_.types[static_cast<size_t>(td.elem)].len;
      const auto len = static_cast<int64_t>(ld8(ptr + 8));
      if (n > len) {
        return fail("reflect: cannot convert slice with length " + std::to_string(len) +
                    " to pointer to array with length " + std::to_string(n));
      }
      put(ld8(ptr), (flag & ~(kFlagIndir | kFlagAddr | kFlagKindMask)) | kPointer);
      return true;
    }
    case Cvt::kDirect: {
      uint64_t p = ptr, fl = flag;
      if ((fl & kFlagAddr) != 0) {  // Go: an indirect, mutable word: copy it
        p = alloc(static_cast<uint64_t>(td.size), td.has_pointers);
        mem_.copy(p, ptr, static_cast<size_t>(td.size));
        fl &= ~kFlagAddr;
      }
      put(p, ro | fl);
      return true;
    }
    case Cvt::kI2I:
      if (ld8(ptr) == 0) {  // Go: v.IsNil(): Zero(typ) with v's read-only bit
        const uint64_t p = td.size <= 1024 && mod_.zeroval != 0 ? mod_.zeroval : alloc(16, true);
        put(p, ro | kFlagIndir | kInterface);
        return true;
      }
      [[fallthrough]];
    case Cvt::kT2I: {  // Go: target := unsafe_New(typ); *target = valueInterface(v) (ifaceE2I)
      const uint64_t target = alloc(16, true);
      const uint64_t x = rf_scratch(24);
      mem_.copy(x, v, 24);
      if (op == Cvt::kI2I) {  // Go: cvtT2I(v.Elem(), typ): the interface's own two words
        mem_.copy(target, ptr, 16);
      } else {
        rl_pack_eface(x, x);
        write_barrier(target, x, 16, true);
        mem_.copy(target, x, 16);
      }
      rf_scratch_used_ = 0;
      put(target, ro | kFlagIndir | kInterface);
      return true;
    }
    case Cvt::kNone: break;
  }
  return false;
}

bool Exec::reflect_json_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  auto put = [&](uint64_t at, uint64_t v) {
    if (results != 0) st8(results + at, v);
  };
  auto fail = [&](const std::string& text) {
    panic_text(text);
    return requested_;
  };
  auto desc = [&](uint64_t tw) -> const ir::TypeDesc& { return mod_.types[static_cast<size_t>(ir::type_of_word(tw))]; };
  switch (f) {
    case LibFunc::RfPointerTo: {  // Go: t.(*rtype).ptrTo()
      if (ld8(args) == 0) return fail("interface conversion: interface is nil, not *reflect.rtype");
      const ir::TypeDesc& t = desc(ld8(args + 8));
      if (t.ptr_to < 0) return fail("gosim: reflect.PointerTo: no descriptor for *" + t.name);
      put(0, ir::type_word(rf_rtype_type_)), put(8, ir::type_word(t.ptr_to));
      return false;
    }
    case LibFunc::RfStructFieldIsExported:  // Go: return f.PkgPath == ""
      put(0, ld8(args + 24) == 0 ? 1 : 0);
      return false;
    case LibFunc::RfValueConvert: case LibFunc::RfValueCanConvert: {
      if (ld8(args + 24) == 0) {  // Go: t.common() on a nil Type
        return fail("runtime error: invalid memory address or nil pointer dereference\n"
                    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
      }
      const int32_t t = ir::type_of_word(ld8(args + 32));
      if (f == LibFunc::RfValueConvert) {
        const uint64_t out = rf_scratch(24);  // the result is written after the checks, as Go returns it
        const bool ok = rf_convert(args, t, out);
        if (ok && results != 0) mem_.copy(results, out, 24);
        rf_scratch_used_ = 0;
        return requested_;
      }
      // Go: CanConvert: vt.ConvertibleTo(t), and a slice long enough for a *[N]T.
      const uint64_t flag = ld8(args + 16);
      if (flag == 0) return rf_value_error("reflect.Value.Type", kInvalid);
      const int32_t src = ir::type_of_word(ld8(args));
      bool ok = static_cast<Cvt>(rf_convert_op(t, src)) != Cvt::kNone;
      const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
      if (ok && (flag & kFlagKindMask) == kSlice && td.kind == ir::TypeKind::kPointer &&
          mod_.types[static_cast<size_t>(td.elem)].kind == ir::TypeKind::kArray) {
        ok = mod_.types[static_cast<size_t>(td.elem)].len <= static_cast<int64_t>(ld8(ld8(args + 8) + 8));
      }
      put(0, ok ? 1 : 0);
      return false;
    }
    case LibFunc::RfCopy: {
      const uint64_t dst = args, src = args + 24;
      const uint64_t dflag = ld8(dst + 16), sflag = ld8(src + 16);
      const uint64_t dk = dflag & kFlagKindMask, sk = sflag & kFlagKindMask;
      if (dk != kArray && dk != kSlice) return rf_value_error("reflect.Copy", dk);
      if (dk == kArray) {  // Go: dst.mustBeAssignable(), named from the caller: not a Value method
        if ((dflag & kFlagRO) != 0) return fail("reflect: unknown method using value obtained using unexported field");
        if ((dflag & kFlagAddr) == 0) return fail("reflect: unknown method using unaddressable value");
      }
      if ((dflag & kFlagRO) != 0) return fail("reflect: unknown method using value obtained using unexported field");
      const ir::TypeDesc& dt = desc(ld8(dst));
      const ir::TypeDesc& de = mod_.types[static_cast<size_t>(dt.elem)];
      bool string_copy = false;
      if (sk != kArray && sk != kSlice) {
        string_copy = sk == kString && kind_of(de) == kUint8;
        if (!string_copy) return rf_value_error("reflect.Copy", sk);
      }
      if (sflag == 0) return rf_value_error("unknown method", kInvalid);
      if ((sflag & kFlagRO) != 0) return fail("reflect: unknown method using value obtained using unexported field");
      if (!string_copy) {  // Go: typesMustMatch("reflect.Copy", de, se)
        const int32_t se = desc(ld8(src)).elem;
        if (se != dt.elem) {
          return fail("reflect.Copy: " + de.name + " != " + mod_.types[static_cast<size_t>(se)].name);
        }
      }
      const uint64_t dp = ld8(dst + 8), sp = ld8(src + 8);
      const uint64_t dd = dk == kArray ? dp : ld8(dp), dn = dk == kArray ? static_cast<uint64_t>(dt.len) : ld8(dp + 8);
      const uint64_t sd = sk == kArray ? sp : ld8(sp);
      const uint64_t sn = sk == kArray ? static_cast<uint64_t>(desc(ld8(src)).len) : ld8(sp + 8);
      const uint64_t n = std::min(dn, sn), bytes = n * static_cast<uint64_t>(de.size);  // Go: typedslicecopy
      if (bytes > 0) {
        write_barrier(dd, sd, bytes);
        mem_.copy(dd, sd, static_cast<size_t>(bytes));
      }
      put(0, n);
      return false;
    }
    default: break;
  }
  return fail("reflect: internal error: no library function " + std::to_string(id));
}

}  // namespace gosim::interp
