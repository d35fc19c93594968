// Reading Go values out of simulated memory by their type descriptors — the small part of
// reflect that fmt and the runtime's print need. Internal to sim/interp's fmt_*.cpp.
#pragma once

#include <bit>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "sim/interp/fmt.h"

namespace gosim::interp {

// Go: reflect.Value as fmt sees it: a type and where the value's bytes are. An invalid Value
// (type -1) is what a nil interface holds.
struct Value {
  int32_t type = -1;
  uint64_t addr = 0;
  // Go: reflect's flagRO. A value reached through an unexported struct field cannot be turned
  // back into an interface, so fmt does not call its Error or String method.
  bool can_interface = true;
  bool valid() const { return type >= 0; }
};

class ValueReader {
 public:
  explicit ValueReader(const FmtContext& c) : c_(c) {}

  const ir::TypeDesc& type(int32_t id) const {
    if (id < 0 || static_cast<size_t>(id) >= c_.mod.types.size()) {
      throw std::logic_error("fmt: type descriptor " + std::to_string(id) + " out of range");
    }
    return c_.mod.types[static_cast<size_t>(id)];
  }
  ir::TypeKind kind(const Value& v) const { return type(v.type).kind; }

  uint64_t word(uint64_t addr) const { return c_.mem.load(addr, 8); }

  // Integers of every width, sign- or zero-extended to 64 bits.
  uint64_t bits(const Value& v) const {
    const ir::TypeDesc& t = type(v.type);
    const int size = static_cast<int>(t.size);
    const uint64_t u = c_.mem.load(v.addr, size);
    if (is_signed(t.kind) && size < 8) {
      const int shift = 64 - 8 * size;
      return static_cast<uint64_t>(static_cast<int64_t>(u << shift) >> shift);
    }
    return u;
  }
  double float64(const Value& v) const { return std::bit_cast<double>(word(v.addr)); }
  // A float32, widened exactly (Go: reflect.Value.Float).
  double float32(const Value& v) const {
    return std::bit_cast<float>(static_cast<uint32_t>(c_.mem.load(v.addr, 4)));
  }
  // Any float or complex value as (real, imag) float64s, exactly (Go: reflect.Value.Complex).
  std::pair<double, double> complex(const Value& v) const {
    switch (type(v.type).kind) {
      case ir::TypeKind::kFloat32: return {float32(v), 0};
      case ir::TypeKind::kComplex64:
        return {float32(v), std::bit_cast<float>(static_cast<uint32_t>(c_.mem.load(v.addr + 4, 4)))};
      case ir::TypeKind::kComplex128: return {float64(v), std::bit_cast<double>(word(v.addr + 8))};
      default: return {float64(v), 0};
    }
  }
  static bool is_float(ir::TypeKind k) { return k == ir::TypeKind::kFloat32 || k == ir::TypeKind::kFloat64; }
  static bool is_complex(ir::TypeKind k) { return k == ir::TypeKind::kComplex64 || k == ir::TypeKind::kComplex128; }
  // The bit size fmt passes to strconv (Go: print.go printArg's 32/64, 64/128 for complex).
  static int float_size(ir::TypeKind k) {
    return k == ir::TypeKind::kFloat32 ? 32 : k == ir::TypeKind::kComplex64 ? 64 : k == ir::TypeKind::kComplex128 ? 128 : 64;
  }
  bool boolean(const Value& v) const { return c_.mem.load(v.addr, 1) != 0; }
  // A string header {ptr, len} at addr.
  std::string string_at(uint64_t addr) const {
    const uint64_t len = word(addr + 8);
    return len == 0 ? std::string() : c_.mem.read_string(word(addr), len);
  }

  // An interface's two words at addr: what it holds, or an invalid Value when nil.
  Value iface_elem(uint64_t addr, bool can_interface = true) const {
    const uint64_t tw = word(addr);
    if (tw == 0) return Value{};
    const int32_t id = ir::type_of_word(tw);
    return Value{id, ir::iface_value_addr(c_.mod.types, id, addr, word(addr + 8)), can_interface};
  }

  // Go: reflect's ifaceIndir, negated. Pointer-shaped types (pointers, chans, maps, funcs, and
  // structs or arrays of exactly one of those) live in the interface's data word itself, as in
  // Go (iface_elem then points v.addr at that word).
  bool direct_iface(int32_t id) const { return ir::is_direct_iface(c_.mod.types, id); }
  // The data word Go would have for an interface holding v.
  uint64_t go_data_word(const Value& v) const { return direct_iface(v.type) ? word(v.addr) : v.addr; }

  static bool is_signed(ir::TypeKind k) {
    return k == ir::TypeKind::kInt || k == ir::TypeKind::kInt8 || k == ir::TypeKind::kInt16 ||
           k == ir::TypeKind::kInt32 || k == ir::TypeKind::kInt64;
  }
  static bool is_unsigned(ir::TypeKind k) {
    return k == ir::TypeKind::kUint || k == ir::TypeKind::kUint8 || k == ir::TypeKind::kUint16 ||
           k == ir::TypeKind::kUint32 || k == ir::TypeKind::kUint64 || k == ir::TypeKind::kUintptr;
  }

  // Only defined types and pointers to them have methods (gosim has no embedded fields, which
  // would promote methods to unnamed structs), so only these are worth the interpreter's hook.
  bool may_have_methods(int32_t id) const {
    const ir::TypeDesc& t = type(id);
    return t.named || (t.kind == ir::TypeKind::kPointer && t.elem >= 0 && type(t.elem).named);
  }

  // errors.New's *errors.errorString: the text it holds, which is what its Error method returns.
  // Returns false for other types; sets *nil_receiver for a nil pointer (whose Error panics).
  bool errors_new_text(const Value& v, std::string* out, bool* nil_receiver) const {
    const ir::TypeDesc& t = type(v.type);
    // fmt's *wrapError (part reflectlite) holds its text first too: wrapError{msg string; err error}.
    if (t.name != "*errors.errorString" && t.name != "*fmt.wrapError") return false;
    const uint64_t p = word(v.addr);
    *nil_receiver = p == 0;
    if (p == 0) return true;
    int64_t off = 0;  // errorString is struct { s string }
    if (t.elem >= 0 && !type(t.elem).fields.empty()) off = type(t.elem).fields[0].offset;
    *out = string_at(p + static_cast<uint64_t>(off));
    return true;
  }

  const FmtContext& ctx() const { return c_; }

 private:
  const FmtContext& c_;
};

}  // namespace gosim::interp
