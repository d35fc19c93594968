// Package reflect over gosim's type descriptors: Type's methods and the package's functions
// (part reflect; Go: reflect/type.go, value.go New Zero MakeSlice MakeMap Indirect, deepequal.go).
//
// What Go does: a reflect.Type is the runtime's *rtype, the type descriptor, and reflect reads
// it through unsafe. gosim's descriptors are ir::TypeDesc entries; a Type here is the interface
// {*reflect.rtype, type word}, so its data word is the descriptor's address as Go's is, and the
// methods below read the descriptor (lib_reflectlite.cpp does the same for internal/reflectlite,
// and its Name, PkgPath, Size, Kind, String, Comparable, Implements, AssignableTo serve both).
// Value's methods are lib_reflect_value.cpp.
//
// Simplifications (docs/go-subset.md, "reflect"): PkgPath is the package's name (reflectlite's
// rule), and an unnamed struct's unexported field's PkgPath ("main") is a new string; a panic's value is an error with Go's text (Go's is a *ValueError or a
// string); DeepEqual stops at 100 levels of pointers instead of keeping Go's visited map.
#include <bit>

#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"
#include "sim/rt/stack.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;  // NOLINT: Kind names and flag bits

// Go: Value methods panic with &ValueError{Method, Kind}, whose Error is this text.
bool Exec::rf_value_error(const char* method, uint64_t kind) {
  panic_text(kind == kInvalid ? std::string("reflect: call of ") + method + " on zero Value"
                              : std::string("reflect: call of ") + method + " on " + kind_string(kind) + " Value");
  return requested_;
}

// Room for a runtime structure Go keeps in a reflect function's frame (MapKeys' hiter): below
// the stack pointer, where that function's frame would be. Go's stack guard keeps more than this
// free below any running frame.
uint64_t Exec::rf_scratch(uint64_t size) {
  rf_scratch_used_ += (size + 7) / 8 * 8;
  return stack_sp(code()) - rf_scratch_used_;
}

// A descriptor by its name ("uint8"), for the few types reflect names itself.
int32_t Exec::rf_type_named(const char* name) const {
  for (size_t i = 0; i < mod_.types.size(); ++i) {
    if (mod_.types[i].name == name && !mod_.types[i].named) return static_cast<int32_t>(i);
  }
  return -1;
}

// Go: type.go convertOp — whether a value of type src converts to dst.
bool Exec::rf_convertible(int32_t dst, int32_t src) const {
  const ir::TypeDesc& d = mod_.types[static_cast<size_t>(dst)];
  const ir::TypeDesc& s = mod_.types[static_cast<size_t>(src)];
  const uint64_t dk = kind_of(d), sk = kind_of(s);
  auto integer = [](uint64_t k) { return k >= kInt && k <= kUintptr; };
  auto flt = [](uint64_t k) { return k == kFloat32 || k == kFloat64; };
  auto bytes_or_runes = [&](const ir::TypeDesc& sl) {
    const ir::TypeDesc& e = mod_.types[static_cast<size_t>(sl.elem)];
    return !e.named && (kind_of(e) == kUint8 || kind_of(e) == kInt32);
  };
  if ((integer(sk) || flt(sk)) && (integer(dk) || flt(dk))) return true;
  if (integer(sk) && dk == kString) return true;
  if ((sk == kComplex64 || sk == kComplex128) && (dk == kComplex64 || dk == kComplex128)) return true;
  if (sk == kString && dk == kSlice && bytes_or_runes(d)) return true;
  if (sk == kSlice && dk == kString && bytes_or_runes(s)) return true;
  if (sk == kSlice && dk == kPointer) {  // Go 1.17: []T to *[N]T
    const ir::TypeDesc& a = mod_.types[static_cast<size_t>(d.elem)];
    if (a.kind == ir::TypeKind::kArray && a.elem == s.elem) return true;
  }
  if (rl_identical_underlying(dst, src)) return true;
  if (dk == kPointer && !d.named && sk == kPointer && !s.named && rl_identical_underlying(d.elem, s.elem)) return true;
  return rl_implements(dst, src);
}

// Go: structType.Field — the StructField of field i, written at dst (104 bytes).
void Exec::rf_struct_field(int32_t t, size_t i, uint64_t dst) {
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  const ir::FieldDesc f = td.fields[i];
  // A string in rodata when lowering laid it out there (part xml: names and tags, Go's point
  // into the binary), else a new one.
  auto put_str = [&](uint64_t at, const std::string& s, uint64_t ro) {
    st8(at, s.empty() ? 0 : ro != 0 ? ro : new_string(s));
    st8(at + 8, s.size());
  };
  put_str(dst, f.name, f.name_addr);
  const bool exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
  const int64_t dot = name_dot(td.name);
  if (exported) {
    put_str(dst + 16, "", 0);
  } else if (td.named && dot > 0) {  // the package part of the type's name in rodata
    put_str(dst + 16, td.name.substr(0, static_cast<size_t>(dot)), td.name_addr);
  } else {
    put_str(dst + 16, "main", 0);
  }
  st8(dst + 32, ir::type_word(rf_rtype_type_));
  st8(dst + 40, ir::type_word(f.type));
  put_str(dst + 48, f.tag, f.tag_addr);
  st8(dst + 64, static_cast<uint64_t>(f.offset));
  const uint64_t index = alloc(8, false);  // Go: f.Index = []int{i}
  st8(index, i);
  st8(dst + 72, index);
  st8(dst + 80, 1);
  st8(dst + 88, 1);
  st8(dst + 96, f.embedded ? 1 : 0);
}

namespace {

// Go: StructTag.Lookup — the conventional `key:"value" key2:"value2"` format; the value is
// unquoted as strconv.Unquote does for the escapes a tag uses.
bool tag_lookup(std::string tag, const std::string& key, std::string* value) {
  while (!tag.empty()) {
    size_t i = 0;
    while (i < tag.size() && tag[i] == ' ') i++;
    tag = tag.substr(i);
    if (tag.empty()) break;
    i = 0;
    while (i < tag.size() && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f) i++;
    if (i == 0 || i + 1 >= tag.size() || tag[i] != ':' || tag[i + 1] != '"') break;
    const std::string name = tag.substr(0, i);
    tag = tag.substr(i + 1);
    i = 1;
    while (i < tag.size() && tag[i] != '"') {
      if (tag[i] == '\\') i++;
      i++;
    }
    if (i >= tag.size()) break;
    const std::string qvalue = tag.substr(0, i + 1);
    tag = tag.substr(i + 1);
    if (key == name) {
      std::string out;
      for (size_t k = 1; k + 1 < qvalue.size(); ++k) {
        char c = qvalue[k];
        if (c == '\\' && k + 2 < qvalue.size()) {
          c = qvalue[++k];
          c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
        }
        out += c;
      }
      *value = out;
      return true;
    }
  }
  return false;
}

}  // namespace

// Go: deepequal.go deepValueEqual, over two values of type t at a and b.
bool Exec::rf_deep_equal(int32_t t, uint64_t a, uint64_t b, int depth) {
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  if (depth > 100) return true;  // a cycle: Go's visited map says equal on the way back
  switch (td.kind) {
    case ir::TypeKind::kArray:
      for (int64_t i = 0; i < td.len; ++i) {
        const uint64_t off = static_cast<uint64_t>(i * mod_.types[static_cast<size_t>(td.elem)].size);
        if (!rf_deep_equal(td.elem, a + off, b + off, depth + 1)) return false;
      }
      return true;
    case ir::TypeKind::kSlice: {
      if ((ld8(a) == 0) != (ld8(b) == 0) || ld8(a + 8) != ld8(b + 8)) return false;
      if (ld8(a) == ld8(b)) return true;
      const auto es = static_cast<uint64_t>(mod_.types[static_cast<size_t>(td.elem)].size);
      for (uint64_t i = 0; i < ld8(a + 8); ++i) {
        if (!rf_deep_equal(td.elem, ld8(a) + i * es, ld8(b) + i * es, depth + 1)) return false;
      }
      return true;
    }
    case ir::TypeKind::kInterface: {
      const uint64_t ta = ld8(a), tb = ld8(b);
      if (ta == 0 || tb == 0) return ta == tb;
      if (ta != tb) return false;
      const int32_t et = ir::type_of_word(ta);
      return rf_deep_equal(et, ir::iface_value_addr(mod_.types, et, a, ld8(a + 8)),
                           ir::iface_value_addr(mod_.types, et, b, ld8(b + 8)), depth + 1);
    }
    case ir::TypeKind::kPointer: {
      const uint64_t pa = ld8(a), pb = ld8(b);
      if (pa == pb) return true;
      if (pa == 0 || pb == 0) return false;
      return rf_deep_equal(td.elem, pa, pb, depth + 1);
    }
    case ir::TypeKind::kStruct:
      for (const ir::FieldDesc& f : td.fields) {
        const auto off = static_cast<uint64_t>(f.offset);
        if (!rf_deep_equal(f.type, a + off, b + off, depth + 1)) return false;
      }
      return true;
    case ir::TypeKind::kMap: {
      const uint64_t ha = ld8(a), hb = ld8(b);
      if ((ha == 0) != (hb == 0)) return false;
      const uint64_t na = ha == 0 ? 0 : ld8(ha), nb = hb == 0 ? 0 : ld8(hb);
      if (na != nb) return false;
      if (ha == hb) return true;
      // Go: for _, k := range v1.MapKeys() { val1 := v1.MapIndex(k); val2 := v2.MapIndex(k) ... }
      const MapType mt = map_type(mod_, t);
      const uint64_t it = rf_scratch(ir::kMapIterSize);
      mapiterinit(mt, t, it, ha);
      bool eq = true;
      while (eq) {
        if (!mapiternext(it, 0, 0)) return false;
        const uint64_t k = ld8(it + kIterKey);
        if (k == 0) break;
        uint64_t rk = 0, re = 0;
        if (!mapaccessK(mt, hb, k, &rk, &re)) return false;
        eq = re != 0 && rf_deep_equal(td.elem, ld8(it + kIterElem), re, depth + 1);
      }
      return eq;
    }
    case ir::TypeKind::kFunc: return ld8(a) == 0 && ld8(b) == 0;
    case ir::TypeKind::kString: {
      const uint64_t n = ld8(a + 8);
      return n == ld8(b + 8) && mem_.read_string(ld8(a), n) == mem_.read_string(ld8(b), n);
    }
    case ir::TypeKind::kFloat64: return std::bit_cast<double>(ld8(a)) == std::bit_cast<double>(ld8(b));
    case ir::TypeKind::kFloat32:
      return std::bit_cast<float>(static_cast<uint32_t>(mem_.load(a, 4))) ==
             std::bit_cast<float>(static_cast<uint32_t>(mem_.load(b, 4)));
    case ir::TypeKind::kComplex128:
      return std::bit_cast<double>(ld8(a)) == std::bit_cast<double>(ld8(b)) &&
             std::bit_cast<double>(ld8(a + 8)) == std::bit_cast<double>(ld8(b + 8));
    default: {
      const auto n = static_cast<size_t>(td.size);
      return mem_.read_string(a, n) == mem_.read_string(b, n);
    }
  }
}

// Type's methods (the receiver word is the descriptor's address) and the package's functions.
bool Exec::reflect_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  if (f >= LibFunc::RfJsonBegin) return reflect_json_lib(id, args, results);  // part json2
  if (f >= LibFunc::RfValueCanInt) return reflect_more_lib(id, args, results);
  if (f >= LibFunc::RfValueAddr) return reflect_value_lib(id, args, results);
  auto put = [&](uint64_t at, uint64_t v) {
    if (results != 0) st8(results + at, v);
  };
  auto put_type = [&](uint64_t at, uint64_t tw) {  // toType: a nil *rtype is a nil Type
    put(at, tw == 0 ? 0 : ir::type_word(rf_rtype_type_));
    put(at + 8, tw);
  };
  auto put_string = [&](const std::string& s) {
    put(0, s.empty() ? 0 : new_string(s));
    put(8, s.size());
  };
  auto desc = [&](uint64_t tw) -> const ir::TypeDesc& { return mod_.types[static_cast<size_t>(ir::type_of_word(tw))]; };
  auto fail = [&](const std::string& text) {
    panic_text(text);
    return requested_;
  };
  switch (f) {
    case LibFunc::RfTypeOf: put_type(0, ld8(args)); return false;
    case LibFunc::RfValueOf: return reflectlite_lib(static_cast<int64_t>(LibFunc::ReflectValueOf), args, results);
    case LibFunc::RfNew: case LibFunc::RfZero: case LibFunc::RfMakeMap: case LibFunc::RfMakeSlice: {
      if (ld8(args) == 0) {
        return fail(f == LibFunc::RfNew ? "reflect: New(nil)" : f == LibFunc::RfZero ? "reflect: Zero(nil)"
                    : f == LibFunc::RfMakeMap ? "reflect.MakeMapWithSize of non-map type"
                                              : "reflect.MakeSlice of non-slice type");
      }
      const uint64_t tw = ld8(args + 8);
      const int32_t t = ir::type_of_word(tw);
      const ir::TypeDesc& td = desc(tw);
      if (f == LibFunc::RfNew) {  // Go: ptr := unsafe_New(t); Value{t.ptrTo(), ptr, flag(Pointer)}
        if (td.ptr_to < 0) return fail("gosim: reflect.New: no descriptor for *" + td.name);
        const uint64_t p = alloc(static_cast<uint64_t>(td.size), td.has_pointers);
        put(0, ir::type_word(td.ptr_to)), put(8, p), put(16, kPointer);
        return false;
      }
      if (f == LibFunc::RfZero) {  // Go: zeroVal for an indirect type up to 1024 bytes
        if (ir::is_direct_iface(mod_.types, t)) {
          put(0, tw), put(8, 0), put(16, kind_of(td));
          return false;
        }
        const uint64_t p = td.size <= 1024 && mod_.zeroval != 0 ? mod_.zeroval
                                                                 : alloc(static_cast<uint64_t>(td.size), td.has_pointers);
        put(0, tw), put(8, p), put(16, kind_of(td) | kFlagIndir);
        return false;
      }
      if (f == LibFunc::RfMakeMap) {  // Go: MakeMapWithSize(typ, 0): makemap(t, 0, nil)
        if (td.kind != ir::TypeKind::kMap) return fail("reflect.MakeMapWithSize of non-map type");
        const uint64_t h = makemap(map_type(mod_, t), 0, 0, false);
        put(0, tw), put(8, h), put(16, kMap);
        return false;
      }
      if (td.kind != ir::TypeKind::kSlice) return fail("reflect.MakeSlice of non-slice type");
      const auto len = static_cast<int64_t>(ld8(args + 16)), cap = static_cast<int64_t>(ld8(args + 24));
      if (len < 0) return fail("reflect.MakeSlice: negative len");
      if (cap < 0) return fail("reflect.MakeSlice: negative cap");
      if (len > cap) return fail("reflect.MakeSlice: len > cap");
      // Go: s := unsafeheader.Slice{Data: unsafe_NewArray(elem, cap), Len: len, Cap: cap}; &s escapes.
      const ir::TypeDesc& e = mod_.types[static_cast<size_t>(td.elem)];
      const uint64_t data = alloc(static_cast<uint64_t>(e.size * cap), e.has_pointers);
      const uint64_t hdr = alloc(24, true);
      st8(hdr, data), st8(hdr + 8, static_cast<uint64_t>(len)), st8(hdr + 16, static_cast<uint64_t>(cap));
      put(0, tw), put(8, hdr), put(16, kSlice | kFlagIndir);
      return false;
    }
    case LibFunc::RfIndirect:  // Go: if v.Kind() != Pointer { return v }; return v.Elem()
      if ((ld8(args + 16) & kFlagKindMask) != kPointer) {
        for (uint64_t i = 0; i < 24; i += 8) put(i, ld8(args + i));
        return false;
      }
      return reflect_value_lib(static_cast<int64_t>(LibFunc::RfValueElem), args, results);
    case LibFunc::RfDeepEqual: {
      const uint64_t tx = ld8(args), ty = ld8(args + 16);
      if (tx == 0 || ty == 0 || tx != ty) {
        put(0, tx == ty && ld8(args + 8) == ld8(args + 24) ? 1 : 0);
        return false;
      }
      const int32_t t = ir::type_of_word(tx);
      rf_scratch_used_ = 0;
      const bool eq = rf_deep_equal(t, ir::iface_value_addr(mod_.types, t, args, ld8(args + 8)),
                                    ir::iface_value_addr(mod_.types, t, args + 16, ld8(args + 24)), 0);
      rf_scratch_used_ = 0;
      if (!requested_) put(0, eq ? 1 : 0);
      return requested_;
    }
    case LibFunc::RfStructTagGet: case LibFunc::RfStructTagLookup: {
      const std::string tag = mem_.read_string(ld8(args), ld8(args + 8));
      const std::string key = mem_.read_string(ld8(args + 16), ld8(args + 24));
      std::string v;
      const bool ok = tag_lookup(tag, key, &v);
      put_string(v);
      if (f == LibFunc::RfStructTagLookup) put(16, ok ? 1 : 0);
      return false;
    }
    default: break;
  }
  // (*rtype).M: the receiver word is the type word.
  const uint64_t tw = ld8(args);
  const ir::TypeDesc& t = desc(tw);
  const uint64_t k = kind_of(t);
  switch (f) {
    case LibFunc::RfTypeAlign: put(0, static_cast<uint64_t>(t.align)); return false;
    case LibFunc::RfTypeBits:
      if (k < kInt || k > kComplex128) return fail("reflect: Bits of non-arithmetic Type " + t.name);
      put(0, static_cast<uint64_t>(t.size * 8));
      return false;
    case LibFunc::RfTypeElem:
      if (k != kArray && k != kChan && k != kMap && k != kPointer && k != kSlice) {
        return fail("reflect: Elem of invalid type " + t.name);
      }
      put_type(0, ir::type_word(t.elem));
      return false;
    case LibFunc::RfTypeKey:
      if (k != kMap) return fail("reflect: Key of non-map type " + t.name);
      put_type(0, ir::type_word(t.key));
      return false;
    case LibFunc::RfTypeLen:
      if (k != kArray) return fail("reflect: Len of non-array type " + t.name);
      put(0, static_cast<uint64_t>(t.len));
      return false;
    case LibFunc::RfTypeNumField:
      if (k != kStruct) return fail("reflect: NumField of non-struct type " + t.name);
      put(0, t.fields.size());
      return false;
    case LibFunc::RfTypeField: {
      if (k != kStruct) return fail("reflect: Field of non-struct type " + t.name);
      const uint64_t i = ld8(args + 8);
      if (i >= t.fields.size()) return fail("reflect: Field index out of bounds");
      if (results != 0) rf_struct_field(ir::type_of_word(tw), i, results);
      return false;
    }
    case LibFunc::RfTypeFieldByName: {
      if (k != kStruct) return fail("reflect: FieldByName of non-struct type " + t.name);
      const std::string name = mem_.read_string(ld8(args + 8), ld8(args + 16));
      // Go: FieldByName — this struct's fields, then the embedded structs' by depth (one match
      // at the shallowest depth; two at one depth hide each other). Index is the whole path.
      std::vector<std::pair<int32_t, std::vector<uint64_t>>> level{{ir::type_of_word(tw), {}}};
      for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
        std::vector<std::pair<int32_t, std::vector<uint64_t>>> next, found;
        for (const auto& [st, path] : level) {
          const ir::TypeDesc& sd = mod_.types[static_cast<size_t>(st)];
          for (size_t i = 0; i < sd.fields.size(); ++i) {
            std::vector<uint64_t> p = path;
            p.push_back(i);
            if (sd.fields[i].name == name) found.push_back({st, p});
            if (!sd.fields[i].embedded) continue;
            int32_t ft = sd.fields[i].type;
            if (mod_.types[static_cast<size_t>(ft)].kind == ir::TypeKind::kPointer) ft = mod_.types[static_cast<size_t>(ft)].elem;
            if (mod_.types[static_cast<size_t>(ft)].kind == ir::TypeKind::kStruct) next.push_back({ft, p});
          }
        }
        if (found.size() == 1) {
          const auto& [st, path] = found[0];
          if (results != 0) {
            rf_struct_field(st, path.back(), results);
            const uint64_t index = alloc(8 * path.size(), false);
            for (size_t i = 0; i < path.size(); ++i) st8(index + 8 * i, path[i]);
            st8(results + 72, index), st8(results + 80, path.size()), st8(results + 88, path.size());
            put(104, 1);
          }
          return false;
        }
        if (found.size() > 1) break;
        level = std::move(next);
      }
      if (results != 0) mem_.zero(results, 112);
      return false;
    }
    case LibFunc::RfTypeNumMethod: {
      uint64_t n = 0;
      if (k == kInterface) {
        n = t.imethods.size();
      } else {
        for (const auto& m : t.methods) n += !m.name.empty() && m.name[0] >= 'A' && m.name[0] <= 'Z';
      }
      put(0, n);
      return false;
    }
    case LibFunc::RfTypeConvertibleTo: {
      if (ld8(args + 8) == 0) return fail("reflect: nil type passed to Type.ConvertibleTo");
      put(0, rf_convertible(ir::type_of_word(ld8(args + 16)), ir::type_of_word(tw)) ? 1 : 0);
      return false;
    }
    case LibFunc::RfTypeNumIn: case LibFunc::RfTypeNumOut: case LibFunc::RfTypeIn: case LibFunc::RfTypeOut:
    case LibFunc::RfTypeIsVariadic: {
      const bool in = f == LibFunc::RfTypeNumIn || f == LibFunc::RfTypeIn;
      const char* what = f == LibFunc::RfTypeIsVariadic ? "IsVariadic"
                         : f == LibFunc::RfTypeNumIn    ? "NumIn"
                         : f == LibFunc::RfTypeNumOut   ? "NumOut"
                         : in                           ? "In"
                                                        : "Out";
      if (k != kFunc) return fail(std::string("reflect: ") + what + " of non-func type " + t.name);
      const std::vector<int32_t>& list = in ? t.in : t.out;
      if (f == LibFunc::RfTypeIsVariadic) {
        put(0, t.variadic ? 1 : 0);
      } else if (f == LibFunc::RfTypeNumIn || f == LibFunc::RfTypeNumOut) {
        put(0, list.size());
      } else {
        const uint64_t i = ld8(args + 8);
        if (i >= list.size()) {
          return fail("runtime error: index out of range [" + std::to_string(static_cast<int64_t>(i)) +
                      "] with length " + std::to_string(list.size()));
        }
        put_type(0, ir::type_word(list[i]));
      }
      return false;
    }
    default: break;
  }
  return fail("reflect: internal error: no library function " + std::to_string(id));
}

}  // namespace gosim::interp
