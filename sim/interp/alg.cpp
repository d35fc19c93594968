// Go: runtime/alg.go and the compiler's generated eq/hash functions (see alg.h).
#include "sim/interp/alg.h"

#include <cstring>

namespace gosim::interp {

using ir::TypeKind;

namespace {
// FNV-1a over bytes, seeded: gosim's stand-in for memhash (Go uses AES or wyhash; only the
// properties matter here: equal keys hash equal, and the seed changes the layout).
uint64_t mix(uint64_t h, const void* p, size_t n) {
  const auto* b = static_cast<const uint8_t*>(p);
  for (size_t i = 0; i < n; ++i) {
    h ^= b[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}
uint64_t mix_word(uint64_t h, uint64_t w) { return mix(h, &w, 8); }
}  // namespace

// A float32 or float64 in memory, widened exactly.
double Alg::float_at(uint64_t a, bool single) const {
  if (single) {
    const auto b = static_cast<uint32_t>(mem_.load(a, 4));
    float f;
    std::memcpy(&f, &b, 4);
    return f;
  }
  const uint64_t b = mem_.load(a, 8);
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}

std::string Alg::str(uint64_t hdr) const {
  const uint64_t n = mem_.load(hdr + 8, 8);
  return n == 0 ? std::string() : mem_.read_string(mem_.load(hdr, 8), n);
}

bool Alg::equal(uint64_t x, uint64_t y, int32_t type, std::string* panic) const {
  const ir::TypeKind kind = type < 0 ? TypeKind::kInterface : td(type).kind;
  switch (kind) {
    case TypeKind::kString: return str(x) == str(y);
    case TypeKind::kFloat64: case TypeKind::kFloat32: case TypeKind::kComplex64: case TypeKind::kComplex128: {
      // Go: f32equal, f64equal, c64equal, c128equal: IEEE ==, part by part (NaN != NaN, -0 == +0).
      const ir::TypeDesc& t = td(type);
      const bool single = t.kind == TypeKind::kFloat32 || t.kind == TypeKind::kComplex64;
      const int parts = t.kind == TypeKind::kComplex64 || t.kind == TypeKind::kComplex128 ? 2 : 1;
      for (int i = 0; i < parts; ++i) {
        const uint64_t off = static_cast<uint64_t>(i) * (single ? 4 : 8);
        if (float_at(x + off, single) != float_at(y + off, single)) return false;
      }
      return true;
    }
    case TypeKind::kInterface: {
      // Go: efaceeq — same dynamic type, then that type's equality on the data.
      const uint64_t tx = mem_.load(x, 8), ty = mem_.load(y, 8);
      if (tx != ty) return false;
      if (tx == 0) return true;
      const int32_t dyn = ir::type_of_word(tx);
      const ir::TypeDesc& dt = td(dyn);
      if (dt.kind == TypeKind::kSlice || dt.kind == TypeKind::kMap || dt.kind == TypeKind::kFunc) {
        *panic = "runtime error: comparing uncomparable type " + dt.name;
        return false;
      }
      return equal(ir::iface_value_addr(mod_.types, dyn, x, mem_.load(x + 8, 8)),
                   ir::iface_value_addr(mod_.types, dyn, y, mem_.load(y + 8, 8)), dyn, panic);
    }
    default: break;
  }
  const ir::TypeDesc& t = td(type);
  switch (kind) {
    case TypeKind::kArray: {
      const int64_t es = td(t.elem).size;
      for (int64_t i = 0; i < t.len; ++i) {
        const auto off = static_cast<uint64_t>(i * es);
        if (!equal(x + off, y + off, t.elem, panic)) return false;
        if (!panic->empty()) return false;
      }
      return true;
    }
    case TypeKind::kStruct:
      for (const ir::FieldDesc& f : t.fields) {
        if (f.name == "_") continue;  // blank fields take no part in ==
        const auto off = static_cast<uint64_t>(f.offset);
        if (!equal(x + off, y + off, f.type, panic)) return false;
        if (!panic->empty()) return false;
      }
      return true;
    case TypeKind::kSlice: case TypeKind::kMap: case TypeKind::kFunc:
      *panic = "runtime error: comparing uncomparable type " + t.name;
      return false;
    default:
      return mem_.read_string(x, static_cast<size_t>(t.size)) == mem_.read_string(y, static_cast<size_t>(t.size));
  }
}

uint64_t Alg::hash(uint64_t addr, int32_t type, uint64_t seed, std::string* panic, uint64_t nan_salt) const {
  const ir::TypeDesc& t = td(type);
  uint64_t h = mix_word(0xcbf29ce484222325ULL, seed);
  switch (t.kind) {
    case TypeKind::kString: {
      const std::string s = str(addr);
      return mix(h, s.data(), s.size());
    }
    case TypeKind::kFloat64: case TypeKind::kFloat32: case TypeKind::kComplex64: case TypeKind::kComplex128: {
      // Go: f64hash / f32hash (c64hash, c128hash: the real part's hash seeds the imaginary
      // part's): +0 and -0 hash alike, a NaN hashes randomly (never found again).
      const bool single = t.kind == TypeKind::kFloat32 || t.kind == TypeKind::kComplex64;
      const int parts = t.kind == TypeKind::kComplex64 || t.kind == TypeKind::kComplex128 ? 2 : 1;
      for (int i = 0; i < parts; ++i) {
        const double d = float_at(addr + static_cast<uint64_t>(i) * (single ? 4 : 8), single);
        uint64_t b;
        std::memcpy(&b, &d, 8);
        h = d == 0 ? mix_word(h, 0) : d != d ? mix_word(h, ~nan_salt) : mix_word(h, b);
      }
      return h;
    }
    case TypeKind::kInterface: {
      const uint64_t tw = mem_.load(addr, 8);
      if (tw == 0) return mix_word(h, 0);
      const int32_t dyn = ir::type_of_word(tw);
      const ir::TypeDesc& dt = td(dyn);
      if (dt.kind == TypeKind::kSlice || dt.kind == TypeKind::kMap || dt.kind == TypeKind::kFunc) {
        *panic = "runtime error: hash of unhashable type " + dt.name;
        return 0;
      }
      return mix_word(hash(ir::iface_value_addr(mod_.types, dyn, addr, mem_.load(addr + 8, 8)), dyn, seed, panic, nan_salt), tw);
    }
    case TypeKind::kArray: {
      const int64_t es = td(t.elem).size;
      for (int64_t i = 0; i < t.len; ++i) h = mix_word(h, hash(addr + static_cast<uint64_t>(i * es), t.elem, seed, panic, nan_salt));
      return h;
    }
    case TypeKind::kStruct:
      for (const ir::FieldDesc& f : t.fields) {
        if (f.name == "_") continue;
        h = mix_word(h, hash(addr + static_cast<uint64_t>(f.offset), f.type, seed, panic, nan_salt));
      }
      return h;
    default: {
      const std::string bytes = mem_.read_string(addr, static_cast<size_t>(t.size));
      return mix(h, bytes.data(), bytes.size());
    }
  }
}

}  // namespace gosim::interp
