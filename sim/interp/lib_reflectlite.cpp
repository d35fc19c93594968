// internal/reflectlite over gosim's type descriptors (Go: internal/reflectlite/type.go, value.go).
//
// What Go does: reflectlite is the small reflect that errors and context import. A Type is the
// runtime's *rtype, the type descriptor itself, read through unsafe; a Value is {typ *rtype, ptr
// unsafe.Pointer, flag}, where flag holds the Kind in its low five bits and says whether ptr
// points at the value (flagIndir) and whether the value is addressable (flagAddr).
//
// gosim's descriptors are ir::TypeDesc entries and an interface's type word is the address of one
// (ir::type_word), so a Type here is the interface {*reflectlite.rtype, type word}: its data word
// is the descriptor's address, as Go's is. Value keeps Go's three words, with typ the type word.
// The functions below follow Go's bodies one for one.
//
// Simplifications (docs/go-subset.md): PkgPath returns the package's name, which is the path
// for main and the standard library's one-element paths (Go returns the whole import path,
// "unicode/utf8" where gosim says "utf8"); identical underlying types of a defined and an
// undefined type are compared by structure without struct tags and without function signatures
// (gosim's descriptors carry neither); a panic's value is an error holding Go's text (Go's is a
// *reflectlite.ValueError or a string).
#include "sim/interp/exec.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using namespace rk;  // NOLINT: Kind names and flag bits, shared with lib_reflect*.cpp

using lang::LibFunc;


// Go: type.go implements — whether V implements the interface type T: every method of T, by
// name and signature, in V's method set (V's interface methods when V is an interface).
bool Exec::rl_implements(int32_t T, int32_t V) const {
  const ir::TypeDesc& t = mod_.types[static_cast<size_t>(T)];
  if (t.kind != ir::TypeKind::kInterface) return false;
  const ir::TypeDesc& v = mod_.types[static_cast<size_t>(V)];
  for (const auto& [name, sig] : t.imethods) {
    bool found = false;
    if (v.kind == ir::TypeKind::kInterface) {
      for (const auto& [vn, vs] : v.imethods) found = found || (vn == name && vs == sig);
    } else {
      for (const auto& m : v.methods) found = found || (m.name == name && m.sig == sig);
    }
    if (!found) return false;
  }
  return true;
}

// Go: type.go haveIdenticalUnderlyingType (see the file comment for what gosim leaves out).
bool Exec::rl_identical_underlying(int32_t T, int32_t V) const {
  if (T == V) return true;
  const ir::TypeDesc& t = mod_.types[static_cast<size_t>(T)];
  const ir::TypeDesc& v = mod_.types[static_cast<size_t>(V)];
  if (kind_of(t) != kind_of(v)) return false;
  if (kind_of(t) <= kComplex128 || t.kind == ir::TypeKind::kString || t.kind == ir::TypeKind::kUnsafePointer) return true;
  switch (t.kind) {
    case ir::TypeKind::kArray: return t.len == v.len && t.elem == v.elem;
    case ir::TypeKind::kPointer: case ir::TypeKind::kSlice: return t.elem == v.elem;
    case ir::TypeKind::kChan: return t.elem == v.elem && t.name.substr(0, 4) == v.name.substr(0, 4);
    case ir::TypeKind::kMap: return t.key == v.key && t.elem == v.elem;
    case ir::TypeKind::kInterface: return t.imethods == v.imethods;
    case ir::TypeKind::kStruct: {
      if (t.fields.size() != v.fields.size()) return false;
      for (size_t i = 0; i < t.fields.size(); ++i) {
        const ir::FieldDesc &a = t.fields[i], &b = v.fields[i];
        if (a.name != b.name || a.type != b.type || a.offset != b.offset) return false;
      }
      return true;
    }
    default: return false;
  }
}

// Go: type.go directlyAssignable.
bool Exec::rl_directly_assignable(int32_t T, int32_t V) const {
  if (T == V) return true;
  const ir::TypeDesc& t = mod_.types[static_cast<size_t>(T)];
  const ir::TypeDesc& v = mod_.types[static_cast<size_t>(V)];
  if ((has_name(t) && has_name(v)) || kind_of(t) != kind_of(v)) return false;
  return rl_identical_underlying(T, V);
}

// Go: t.equal != nil — funcs, maps and slices, and aggregates holding one, are not comparable.
bool Exec::rl_comparable(int32_t T) const {
  const ir::TypeDesc& t = mod_.types[static_cast<size_t>(T)];
  switch (t.kind) {
    case ir::TypeKind::kFunc: case ir::TypeKind::kMap: case ir::TypeKind::kSlice: return false;
    case ir::TypeKind::kArray: return rl_comparable(t.elem);
    case ir::TypeKind::kStruct:
      for (const ir::FieldDesc& f : t.fields) {
        if (!rl_comparable(f.type)) return false;
      }
      return true;
    default: return true;
  }
}

// Go: value.go packEface — the interface value {type word, data word} for v, written at dst.
// A value that is not pointer-shaped and is addressable is copied first (unsafe_New +
// typedmemmove), so the interface does not alias the variable.
void Exec::rl_pack_eface(uint64_t v, uint64_t dst) {
  const uint64_t tw = ld8(v), ptr = ld8(v + 8), flag = ld8(v + 16);
  const int32_t t = ir::type_of_word(tw);
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  uint64_t word = ptr;
  if (!ir::is_direct_iface(mod_.types, t)) {
    if ((flag & kFlagAddr) != 0) {
      word = alloc(static_cast<uint64_t>(td.size), td.has_pointers);
      mem_.copy(word, ptr, static_cast<size_t>(td.size));
    }
  } else if ((flag & kFlagIndir) != 0) {
    word = ld8(ptr);
  }
  st8(dst, tw);
  st8(dst + 8, word);
}

// Go: type.go (*rtype) methods, value.go Value methods, TypeOf and ValueOf.
bool Exec::reflectlite_lib(int64_t id, uint64_t args, uint64_t results) {
  auto put = [&](uint64_t at, uint64_t v) {
    if (results != 0) st8(results + at, v);
  };
  auto put_type = [&](uint64_t tw) {  // toType: a nil *rtype is a nil Type
    put(0, tw == 0 ? 0 : ir::type_word(rtype_type_));
    put(8, tw);
  };
  auto put_string = [&](const std::string& s) {
    put(0, s.empty() ? 0 : new_string(s));
    put(8, s.size());
  };
  auto desc = [&](uint64_t tw) -> const ir::TypeDesc& { return mod_.types[static_cast<size_t>(ir::type_of_word(tw))]; };
  auto value_error = [&](const char* method, uint64_t kind) {  // Go: value.go ValueError.Error
    panic_text(kind == 0 ? std::string("reflect: call of ") + method + " on zero Value"
                         : std::string("reflect: call of ") + method + " on " + kind_string(kind) + " Value");
    return requested_;
  };
  const auto f = static_cast<LibFunc>(id);
  switch (f) {
    case LibFunc::ReflectTypeOf: put_type(ld8(args)); return false;
    case LibFunc::ReflectValueOf: {  // Go: unpackEface (the escapes(i) is the escape tag)
      const uint64_t tw = ld8(args);
      if (tw == 0) {
        put(0, 0), put(8, 0), put(16, 0);
        return false;
      }
      const int32_t t = ir::type_of_word(tw);
      put(0, tw);
      put(8, ld8(args + 8));
      put(16, kind_of(desc(tw)) | (ir::is_direct_iface(mod_.types, t) ? 0 : kFlagIndir));
      return false;
    }
    case LibFunc::ReflectKindString: put_string(kind_string(ld8(args))); return false;
    default: break;
  }
  if (f >= LibFunc::ReflectTypeName && f <= LibFunc::ReflectTypeElem) {
    // (*rtype).M: the receiver word is the descriptor's address (the type word).
    const uint64_t tw = ld8(args);
    const ir::TypeDesc& t = desc(tw);
    switch (f) {
      case LibFunc::ReflectTypeName: {
        const auto from = static_cast<size_t>(name_dot(t.name) + 1);
        if (has_name(t) && t.name_addr != 0) {  // part json2: a substring of the name in rodata
          put(0, t.name.size() > from ? t.name_addr + from : 0), put(8, t.name.size() - from);
          return false;
        }
        put_string(has_name(t) ? t.name.substr(from) : "");
        return false;
      }
      case LibFunc::ReflectTypePkgPath: {
        const int64_t dot = name_dot(t.name);
        if (t.named && dot > 0 && t.name_addr != 0) {
          put(0, t.name_addr), put(8, static_cast<uint64_t>(dot));
          return false;
        }
        put_string(t.named && dot > 0 ? t.name.substr(0, static_cast<size_t>(dot)) : "");
        return false;
      }
      case LibFunc::ReflectTypeSize: put(0, static_cast<uint64_t>(t.size)); return false;
      case LibFunc::ReflectTypeKind: put(0, kind_of(t)); return false;
      case LibFunc::ReflectTypeString:
        if (t.name_addr != 0) {
          put(0, t.name_addr), put(8, t.name.size());
          return false;
        }
        put_string(t.name);
        return false;
      case LibFunc::ReflectTypeComparable: put(0, rl_comparable(ir::type_of_word(tw)) ? 1 : 0); return false;
      case LibFunc::ReflectTypeElem:
        switch (t.kind) {
          case ir::TypeKind::kArray: case ir::TypeKind::kChan: case ir::TypeKind::kMap:
          case ir::TypeKind::kPointer: case ir::TypeKind::kSlice:
            put_type(ir::type_word(t.elem));
            return false;
          default: panic_text("reflect: Elem of invalid type"); return requested_;
        }
      case LibFunc::ReflectTypeImplements: case LibFunc::ReflectTypeAssignableTo: {
        const bool impl = f == LibFunc::ReflectTypeImplements;
        const uint64_t u = ld8(args + 16);  // u's data word: its descriptor
        if (ld8(args + 8) == 0) {
          panic_text(impl ? "reflect: nil type passed to Type.Implements" : "reflect: nil type passed to Type.AssignableTo");
          return requested_;
        }
        if (impl && desc(u).kind != ir::TypeKind::kInterface) {
          panic_text("reflect: non-interface type passed to Type.Implements");
          return requested_;
        }
        const int32_t T = ir::type_of_word(u), V = ir::type_of_word(tw);
        put(0, (impl ? rl_implements(T, V) : rl_directly_assignable(T, V) || rl_implements(T, V)) ? 1 : 0);
        return false;
      }
      default: return false;
    }
  }
  // Value methods: the receiver {typ, ptr, flag} is the first three words.
  const uint64_t tw = ld8(args), ptr = ld8(args + 8), flag = ld8(args + 16);
  const uint64_t kind = flag & kFlagKindMask;
  switch (f) {
    case LibFunc::ReflectValueIsValid: put(0, flag != 0 ? 1 : 0); return false;
    case LibFunc::ReflectValueKind: put(0, kind); return false;
    case LibFunc::ReflectValueCanSet: put(0, (flag & (kFlagAddr | kFlagRO)) == kFlagAddr ? 1 : 0); return false;
    case LibFunc::ReflectValueType:
      if (flag == 0) return value_error("reflectlite.Value.Type", kInvalid);
      put_type(tw);
      return false;
    case LibFunc::ReflectValueIsNil:
      switch (kind) {
        case kChan: case kFunc: case kMap: case kPointer: case kUnsafePointer:
          put(0, ((flag & kFlagIndir) != 0 ? ld8(ptr) : ptr) == 0 ? 1 : 0);
          return false;
        case kInterface: case kSlice: put(0, ld8(ptr) == 0 ? 1 : 0); return false;
        default: return value_error("reflectlite.Value.IsNil", kind);
      }
    case LibFunc::ReflectValueLen:
      switch (kind) {
        case kSlice: case kString: put(0, ld8(ptr + 8)); return false;
        case kArray: put(0, static_cast<uint64_t>(desc(tw).len)); return false;
        case kMap: {  // Go: maplen — the hmap's count, its first word
          const uint64_t h = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;
          put(0, h == 0 ? 0 : ld8(h));
          return false;
        }
        case kChan: {  // Go: chanlen
          const uint64_t ch = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;
          const auto it = mc_.model().chans.find(ch);
          put(0, it == mc_.model().chans.end() ? 0 : it->second.buf.size());
          return false;
        }
        default: return value_error("reflectlite.Value.Len", kind);
      }
    case LibFunc::ReflectValueElem: {
      const uint64_t ro = flag & kFlagRO;
      if (kind == kInterface) {  // Go: eface := *(*any)(v.ptr); x := unpackEface(eface)
        const uint64_t etw = ld8(ptr);
        if (etw == 0) {
          put(0, 0), put(8, 0), put(16, 0);
          return false;
        }
        put(0, etw);
        put(8, ld8(ptr + 8));
        const bool indir = !ir::is_direct_iface(mod_.types, ir::type_of_word(etw));
        put(16, (kind_of(desc(etw)) | (indir ? kFlagIndir : 0) | (ro != 0 ? kFlagStickyRO : 0)));
        return false;
      }
      if (kind == kPointer) {
        const uint64_t p = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;
        if (p == 0) {
          put(0, 0), put(8, 0), put(16, 0);
          return false;
        }
        const int32_t et = desc(tw).elem;
        put(0, ir::type_word(et));
        put(8, p);
        put(16, ro | kFlagIndir | kFlagAddr | kind_of(mod_.types[static_cast<size_t>(et)]));
        return false;
      }
      return value_error("reflectlite.Value.Elem", kind);
    }
    case LibFunc::ReflectValueSet: {
      // Go: v.mustBeAssignable(); x.mustBeExported(); x = x.assignTo(...); then the store.
      const uint64_t x = args + 24;
      const uint64_t xtw = ld8(x), xflag = ld8(x + 16);
      if (flag == 0) return value_error("reflectlite.Value.Set", kInvalid);
      if ((flag & kFlagRO) != 0) {
        panic_text("reflect: reflectlite.Value.Set using value obtained using unexported field");
        return requested_;
      }
      if ((flag & kFlagAddr) == 0) {
        panic_text("reflect: reflectlite.Value.Set using unaddressable value");
        return requested_;
      }
      if (xflag == 0) return value_error("reflectlite.Value.Set", kInvalid);
      if ((xflag & kFlagRO) != 0) {
        panic_text("reflect: reflectlite.Value.Set using value obtained using unexported field");
        return requested_;
      }
      const int32_t dst = ir::type_of_word(tw), src = ir::type_of_word(xtw);
      const ir::TypeDesc& dt = mod_.types[static_cast<size_t>(dst)];
      if (rl_directly_assignable(dst, src)) {
        // Go: typedmemmove(v.typ, v.ptr, x.ptr), or one word for a pointer-shaped x.
        const uint64_t from = (xflag & kFlagIndir) != 0 ? ld8(x + 8) : x + 8;
        const auto n = static_cast<uint64_t>(dt.size);
        write_barrier(ptr, from, n);
        mem_.copy(ptr, from, static_cast<size_t>(n));
        return false;
      }
      if (rl_implements(dst, src)) {
        // Go: the interface value (packEface; ifaceE2I for a non-empty one: gosim's interfaces
        // are all {type, data}) stored into the target; a nil interface x stores nil.
        if ((xflag & kFlagKindMask) == kInterface) {  // Go: valueInterface: the element inside
          const uint64_t at = ld8(x + 8);
          st8(x + 8, ld8(at + 8));
          st8(x, ld8(at));
        } else {
          rl_pack_eface(x, x);  // in place: the parameter block is this call's own
        }
        write_barrier(ptr, x, 16);
        mem_.copy(ptr, x, 16);
        return false;
      }
      panic_text("reflectlite.Set: value of type " + desc(xtw).name + " is not assignable to type " + dt.name);
      return requested_;
    }
    default: break;
  }
  panic_text("reflectlite: internal error: no library function " + std::to_string(id));
  return requested_;
}

// ---- part sortrand: Swapper ----
// Go: internal/reflectlite/swapper.go Swapper, and the nine closures it returns (their IR
// bodies, sim/ir/lower_swapper.cpp, call ReflectSwapperCall with {funcval, i, j}). The funcval
// holds what Go's closure captures, in Go's order, so it has Go's size: the slice header for
// func3-8 (8 + 24 bytes), {s, size, typ, tmp} for func9 (8 + 32); func1 and func2 capture
// nothing and are static. func9's scratch object tmp is unsafe_New(typ), allocated first.
bool Exec::reflectlite_swapper(int64_t id, uint64_t args, uint64_t results) {
  auto str_panic = [&] {  // panic("reflect: slice index out of range"): a string value
    const uint64_t v[2] = {ir::type_word(mod_.swapper_string_type), mod_.swapper_panic};
    panic_text("reflect: slice index out of range", v);
    return requested_;
  };
  if (static_cast<LibFunc>(id) == LibFunc::ReflectSwapper) {
    const uint64_t tw = ld8(args), data = ld8(args + 8);
    const uint64_t kind = tw == 0 ? kInvalid : kind_of(mod_.types[static_cast<size_t>(ir::type_of_word(tw))]);
    if (kind != kSlice) {  // Go: panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
      panic_text(kind == kInvalid ? std::string("reflect: call of Swapper on zero Value")
                                  : "reflect: call of Swapper on " + kind_string(kind) + " Value");
      return requested_;
    }
    const uint64_t len = ld8(data + 8);
    if (len <= 1) {
      st8(results, mod_.swapper_static[len]);
      return false;
    }
    const int32_t et = mod_.types[static_cast<size_t>(ir::type_of_word(tw))].elem;
    const ir::TypeDesc& e = mod_.types[static_cast<size_t>(et)];
    const auto size = static_cast<uint64_t>(e.size);
    int k = -1;  // which closure: func(k+1)
    if (e.has_pointers) {
      if (size == 8) k = 2;
      else if (e.kind == ir::TypeKind::kString) k = 3;
    } else {
      k = size == 8 ? 4 : size == 4 ? 5 : size == 2 ? 6 : size == 1 ? 7 : -1;
    }
    if (k >= 0) {  // ps/ss/is := *(*[]T)(v.ptr): the header, captured by value
      const uint64_t fv = alloc(32);
      st8(fv, static_cast<uint64_t>(mod_.swapper_fn + k));
      mem_.copy(fv + 8, data, 24);
      st8(results, fv);
      return false;
    }
    const uint64_t tmp = alloc(size, e.has_pointers);  // Go: unsafe_New(typ)
    const uint64_t fv = alloc(40);
    st8(fv, static_cast<uint64_t>(mod_.swapper_fn + 8));
    st8(fv + 8, data);  // s := (*unsafeheader.Slice)(v.ptr)
    st8(fv + 16, size);
    st8(fv + 24, ir::type_word(et));
    st8(fv + 32, tmp);
    st8(results, fv);
    return false;
  }
  // A closure's call: {funcval, i, j}.
  const uint64_t fv = ld8(args), i = ld8(args + 8), j = ld8(args + 16);
  const int64_t k = static_cast<int64_t>(ld8(fv)) - mod_.swapper_fn;
  if (k == 0) return str_panic();
  if (k == 1) return i != 0 || j != 0 ? str_panic() : false;
  if (k == 8) {
    const uint64_t s = ld8(fv + 8), size = ld8(fv + 16), tmp = ld8(fv + 32);
    const int32_t et = ir::type_of_word(ld8(fv + 24));
    const uint64_t n = ld8(s + 8), base = ld8(s);
    if (i >= n || j >= n) return str_panic();  // uint(i) >= uint(s.Len)
    const uint64_t v1 = base + i * size, v2 = base + j * size;
    const bool ptrs = mod_.types[static_cast<size_t>(et)].has_pointers;
    // Go: typedmemmove(typ, tmp, val1); (val1, val2); (val2, tmp): each with its write barrier.
    for (const auto& [dst, src] : {std::pair{tmp, v1}, std::pair{v1, v2}, std::pair{v2, tmp}}) {
      if (ptrs) write_barrier(dst, src, size);
      mem_.copy(dst, src, static_cast<size_t>(size));
    }
    return false;
  }
  // func3-8: is[i], is[j] = is[j], is[i], with the bounds checks of is[i] and then is[j].
  const uint64_t base = ld8(fv + 8), n = ld8(fv + 16);
  for (const uint64_t x : {i, j}) {
    if (x >= n) {
      panic_text(static_cast<int64_t>(x) < 0
                     ? "runtime error: index out of range [" + std::to_string(static_cast<int64_t>(x)) + "]"
                     : "runtime error: index out of range [" + std::to_string(x) + "] with length " + std::to_string(n));
      return requested_;
    }
  }
  const uint64_t size = k == 2 || k == 4 ? 8 : k == 3 ? 16 : k == 5 ? 4 : k == 6 ? 2 : 1;
  const uint64_t a = base + i * size, b = base + j * size;
  const std::string va = mem_.read_string(a, size), vb = mem_.read_string(b, size);
  if (k == 2 || k == 3) {  // pointer words: the write barrier sees both stores
    write_barrier(a, b, size);
    write_barrier(b, a, size);
  }
  mem_.write(a, vb.data(), vb.size());
  mem_.write(b, va.data(), va.size());
  return false;
}

}  // namespace gosim::interp
