// The fixture the fmt and print tests share: type descriptors and a simulated memory to build
// values in by hand, and the calls into sim/interp/fmt*.cpp that format them.
#pragma once

#include <bit>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "sim/interp/fmt.h"

namespace gosim_fmt_test {

using gosim::Memory;
using gosim::interp::FmtContext;
using gosim::interp::MethodResult;
using gosim::ir::TypeDesc;
using gosim::ir::TypeKind;

// One operand: a type descriptor (or -1 for a nil interface) and the value's bytes.
struct Arg {
  int32_t type = -1;
  std::string bytes;
};

inline std::string hex(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

// A module of type descriptors and a memory to build values in.
class World {
 public:
  World() {
    t_int = basic(TypeKind::kInt, 8, "int");
    t_int8 = basic(TypeKind::kInt8, 1, "int8");
    t_int32 = basic(TypeKind::kInt32, 4, "int32");
    t_int64 = basic(TypeKind::kInt64, 8, "int64");
    t_uint = basic(TypeKind::kUint, 8, "uint");
    t_uint8 = basic(TypeKind::kUint8, 1, "uint8");
    t_uint64 = basic(TypeKind::kUint64, 8, "uint64");
    t_uintptr = basic(TypeKind::kUintptr, 8, "uintptr");
    t_float = basic(TypeKind::kFloat64, 8, "float64");
    t_string = basic(TypeKind::kString, 16, "string");
    t_bool = basic(TypeKind::kBool, 1, "bool");
    t_any = basic(TypeKind::kInterface, 16, "interface {}");
    t_error = basic(TypeKind::kInterface, 16, "error");
    TypeDesc es;  // errors.New's value, as the interpreter declares it
    es.kind = TypeKind::kStruct;
    es.size = 16;
    es.align = 8;
    es.name = "errors.errorString";
    es.named = true;
    es.fields.push_back({"s", t_string, 0, "", false});
    t_errstring = pointer_to(add(es));
  }

  int32_t add(TypeDesc d) {
    mod.types.push_back(std::move(d));
    return static_cast<int32_t>(mod.types.size() - 1);
  }
  const TypeDesc& desc(int32_t t) const { return mod.types[static_cast<size_t>(t)]; }

  int32_t basic(TypeKind k, int64_t size, std::string name, bool named = false) {
    TypeDesc d;
    d.kind = k;
    d.size = size;
    d.align = size >= 8 ? 8 : size;
    d.name = std::move(name);
    d.named = named;
    return add(std::move(d));
  }
  int32_t named(int32_t under, std::string name) {
    TypeDesc d = desc(under);
    d.name = std::move(name);
    d.named = true;
    return add(std::move(d));
  }
  int32_t slice_of(int32_t elem) {
    TypeDesc d;
    d.kind = TypeKind::kSlice;
    d.size = 24;
    d.align = 8;
    d.elem = elem;
    d.name = "[]" + desc(elem).name;
    return add(std::move(d));
  }
  int32_t array_of(int32_t elem, int64_t n) {
    TypeDesc d;
    d.kind = TypeKind::kArray;
    d.size = desc(elem).size * n;
    d.align = desc(elem).align;
    d.elem = elem;
    d.len = n;
    d.name = "[" + std::to_string(n) + "]" + desc(elem).name;
    return add(std::move(d));
  }
  int32_t pointer_to(int32_t elem) {
    TypeDesc d;
    d.kind = TypeKind::kPointer;
    d.size = 8;
    d.align = 8;
    d.elem = elem;
    d.name = "*" + desc(elem).name;
    return add(std::move(d));
  }
  int32_t ref(TypeKind k, std::string name) { return basic(k, 8, std::move(name)); }
  // A struct with Go's layout; an empty name means an unnamed struct type printed as Go does.
  int32_t struct_of(std::string name, std::vector<std::pair<std::string, int32_t>> fields) {
    TypeDesc d;
    d.kind = TypeKind::kStruct;
    d.named = !name.empty();
    std::string lit = "struct {";
    int64_t off = 0;
    for (auto& [fname, ft] : fields) {
      const int64_t a = desc(ft).align;
      off = (off + a - 1) / a * a;
      d.fields.push_back({fname, ft, off, "", false});
      off += desc(ft).size;
      d.align = std::max(d.align, a);
      lit += (lit.back() == '{' ? " " : "; ") + fname + " " + desc(ft).name;
    }
    d.size = (off + d.align - 1) / d.align * d.align;
    d.name = name.empty() ? (fields.empty() ? "struct {}" : lit + " }") : std::move(name);
    return add(std::move(d));
  }

  // ---- Values, as bytes in Go's amd64 layout ----
  static std::string word(uint64_t v, int size = 8) {
    std::string b(static_cast<size_t>(size), '\0');
    for (int i = 0; i < size; ++i) b[static_cast<size_t>(i)] = static_cast<char>(v >> (8 * i));
    return b;
  }
  uint64_t alloc(const std::string& bytes) {
    const uint64_t a = mem.arena_alloc(bytes.size(), 8);
    mem.write(a, bytes.data(), bytes.size());
    return a;
  }
  std::string str(const std::string& s) { return word(s.empty() ? 0 : alloc(s)) + word(s.size()); }
  std::string slice(int32_t elem, const std::vector<std::string>& elems, int64_t cap = -1) {
    std::string data;
    for (const auto& e : elems) data += e;
    const auto n = static_cast<int64_t>(elems.size());
    if (cap < n) cap = n;
    data.resize(static_cast<size_t>(cap * desc(elem).size), '\0');
    return word(cap == 0 ? 0 : alloc(data)) + word(static_cast<uint64_t>(n)) + word(static_cast<uint64_t>(cap));
  }
  std::string nil_slice() { return std::string(24, '\0'); }
  std::string record(int32_t st, const std::vector<std::string>& fields) {
    std::string b(static_cast<size_t>(desc(st).size), '\0');
    for (size_t i = 0; i < fields.size(); ++i) {
      b.replace(static_cast<size_t>(desc(st).fields[i].offset), fields[i].size(), fields[i]);
    }
    return b;
  }
  // An interface value: the type word, and a box holding a copy — or, for a pointer-shaped
  // type, the value itself as the data word (Go: IsDirectIface).
  std::string iface(const Arg& a) {
    if (a.type < 0) return std::string(16, '\0');
    if (gosim::ir::is_direct_iface(mod.types, a.type)) return word(gosim::ir::type_word(a.type)) + a.bytes;
    return word(gosim::ir::type_word(a.type)) + word(alloc(a.bytes));
  }
  std::string err_value(const std::string& text) {  // errors.New(text): *errors.errorString
    return word(alloc(str(text)));
  }

  Arg I(int64_t v) { return {t_int, word(static_cast<uint64_t>(v))}; }
  Arg S(const std::string& s) { return {t_string, str(s)}; }
  Arg F(double v) { return {t_float, word(std::bit_cast<uint64_t>(v))}; }
  Arg B(bool v) { return {t_bool, word(v ? 1 : 0, 1)}; }
  Arg V(int32_t t, std::string bytes) { return {t, std::move(bytes)}; }
  Arg E(const std::string& text) { return {t_errstring, err_value(text)}; }
  static Arg Nil() { return {}; }
  std::string ints(const std::vector<int64_t>& v, int32_t elem = -1) {  // []int{...}
    std::vector<std::string> e;
    for (int64_t x : v) e.push_back(word(static_cast<uint64_t>(x)));
    return slice(elem < 0 ? t_int : elem, e);
  }

  uint64_t args(const std::vector<Arg>& as) {
    std::string b;
    for (const Arg& a : as) b += iface(a);
    return b.empty() ? 0 : alloc(b);
  }
  FmtContext ctx() { return FmtContext{mod, mem, hook}; }
  std::string sprint(const std::vector<Arg>& as) {
    return gosim::interp::fmt_sprint(ctx(), args(as), static_cast<int64_t>(as.size()));
  }
  std::string sprintln(const std::vector<Arg>& as) {
    return gosim::interp::fmt_sprintln(ctx(), args(as), static_cast<int64_t>(as.size()));
  }
  std::string sprintf(const std::string& format, const std::vector<Arg>& as) {
    return gosim::interp::fmt_sprintf(ctx(), format, args(as), static_cast<int64_t>(as.size()));
  }
  std::string print(const std::vector<Arg>& as, bool newline) {
    return gosim::interp::print_values(ctx(), args(as), static_cast<int64_t>(as.size()), newline);
  }
  std::string panic(const Arg& a) { return gosim::interp::panic_value(ctx(), args({a})); }

  gosim::ir::Module mod;
  Memory mem;
  std::function<MethodResult(uint64_t, uint64_t)> hook;
  int32_t t_int, t_int8, t_int32, t_int64, t_uint, t_uint8, t_uint64, t_uintptr, t_float, t_string,
      t_bool, t_any, t_error, t_errstring;
};


}  // namespace gosim_fmt_test
