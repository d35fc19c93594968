// reflect.Value's methods and MapIter over gosim's memory (part reflect; Go: reflect/value.go,
// map.go of 1.19's value.go).
//
// A Value is Go's three words {typ, ptr, flag}: typ the type word, flag the Kind in its low five
// bits with flagStickyRO, flagEmbedRO, flagIndir (ptr points at the value) and flagAddr. A value
// that is not pointer-shaped is always indirect; a pointer-shaped one held directly is ptr itself.
// Each case below follows Go's body: the checks in Go's order, the panics with Go's texts, and
// the allocations Go makes (copyVal's unsafe_New for an indirect map key or element, MapKeys'
// []Value, MapRange's *MapIter, Slice's escaping header, Interface's packEface copy).
#include <bit>

#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;  // NOLINT: Kind names and flag bits

namespace {
constexpr uint64_t kIterInit = 77;  // a padding byte of gosim's hiter: MapIter.Next has started
}  // namespace

// Go: copyVal — a map key or element at `at` as a Value of its own, written at dst.
void Exec::rf_copy_val(int32_t t, uint64_t flag, uint64_t at, uint64_t dst) {
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  st8(dst, ir::type_word(t));
  if (!ir::is_direct_iface(mod_.types, t)) {
    const uint64_t c = alloc(static_cast<uint64_t>(td.size), td.has_pointers);
    mem_.copy(c, at, static_cast<size_t>(td.size));
    st8(dst + 8, c);
    st8(dst + 16, flag | kFlagIndir);
    return;
  }
  st8(dst + 8, ld8(at));
  st8(dst + 16, flag);
}

// Go: Value.IsZero, on the value of type t at `at`.
bool Exec::rf_is_zero(int32_t t, uint64_t at) const {
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  switch (td.kind) {
    case ir::TypeKind::kArray:
      for (int64_t i = 0; i < td.len; ++i) {
        if (!rf_is_zero(td.elem, at + static_cast<uint64_t>(i * mod_.types[static_cast<size_t>(td.elem)].size))) return false;
      }
      return true;
    case ir::TypeKind::kStruct:
      for (const ir::FieldDesc& f : td.fields) {
        if (!rf_is_zero(f.type, at + static_cast<uint64_t>(f.offset))) return false;
      }
      return true;
    case ir::TypeKind::kString: return ld8(at + 8) == 0;                         // Len() == 0
    case ir::TypeKind::kSlice: case ir::TypeKind::kInterface: return ld8(at) == 0;  // IsNil
    default:  // numbers by their bits (so -0.0 is not zero), and pointer-shaped kinds
      for (int64_t i = 0; i < td.size; ++i) {
        if (mem_.load(at + static_cast<uint64_t>(i), 1) != 0) return false;
      }
      return true;
  }
}

bool Exec::reflect_value_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  auto put = [&](uint64_t at, uint64_t v) {
    if (results != 0) st8(results + at, v);
  };
  auto put_value = [&](uint64_t tw, uint64_t p, uint64_t fl) { put(0, tw), put(8, p), put(16, fl); };
  auto fail = [&](const std::string& text) {
    panic_text(text);
    return requested_;
  };
  auto desc = [&](uint64_t tw) -> const ir::TypeDesc& { return mod_.types[static_cast<size_t>(ir::type_of_word(tw))]; };
  if (f == LibFunc::RfMapIterNext || f == LibFunc::RfMapIterKey || f == LibFunc::RfMapIterValue) {
    const uint64_t iter = ld8(args), it = iter + 24;
    const uint64_t mtw = ld8(iter), mptr = ld8(iter + 8), mflag = ld8(iter + 16);
    const bool started = mem_.load(it + kIterInit, 1) != 0;
    if (f == LibFunc::RfMapIterNext) {
      const int32_t mt = ir::type_of_word(mtw);
      if (!started) {  // Go: mapiterinit (which ends with a mapiternext)
        mapiterinit(map_type(mod_, mt), mt, it, (mflag & kFlagIndir) != 0 ? ld8(mptr) : mptr);
        mem_.store(it + kIterInit, 1, 1);
      } else if (ld8(it + kIterKey) == 0) {
        return fail("MapIter.Next called on exhausted iterator");
      }
      if (!mapiternext(it, 0, 0)) return requested_;
      mem_.store(it + kIterInit, 1, 1);
      put(0, ld8(it + kIterKey) != 0 ? 1 : 0);
      return false;
    }
    const bool key = f == LibFunc::RfMapIterKey;
    if (!started) return fail(key ? "MapIter.Key called before Next" : "MapIter.Value called before Next");
    const uint64_t at = ld8(it + (key ? kIterKey : kIterElem));
    if (ld8(it + kIterKey) == 0) return fail(key ? "MapIter.Key called on exhausted iterator" : "MapIter.Value called on exhausted iterator");
    const int32_t t = key ? desc(mtw).key : desc(mtw).elem;
    if (results != 0) rf_copy_val(t, (mflag & kFlagRO) | kind_of(mod_.types[static_cast<size_t>(t)]), at, results);
    return false;
  }
  const uint64_t tw = ld8(args), ptr = ld8(args + 8), flag = ld8(args + 16);
  const uint64_t kind = flag & kFlagKindMask, ro = flag & kFlagRO;
  const ir::TypeDesc* tp = flag == 0 ? nullptr : &desc(tw);
  // Go: v.pointer() for a pointer-shaped kind.
  const uint64_t word = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;
  // Go: mustBeAssignable (valueMethodName is the Value method's name).
  auto assignable = [&](const char* method) {
    if (flag == 0) return rf_value_error(method, kInvalid), false;
    if ((flag & kFlagRO) != 0) return fail(std::string("reflect: ") + method + " using value obtained using unexported field"), false;
    if ((flag & kFlagAddr) == 0) return fail(std::string("reflect: ") + method + " using unaddressable value"), false;
    return true;
  };
  switch (f) {
    case LibFunc::RfValueKind: put(0, kind); return false;
    case LibFunc::RfValueIsValid: put(0, flag != 0 ? 1 : 0); return false;
    case LibFunc::RfValueCanAddr: put(0, (flag & kFlagAddr) != 0 ? 1 : 0); return false;
    case LibFunc::RfValueCanSet: put(0, (flag & (kFlagAddr | kFlagRO)) == kFlagAddr ? 1 : 0); return false;
    case LibFunc::RfValueCanInterface:
      if (flag == 0) return rf_value_error("reflect.Value.CanInterface", kInvalid);
      put(0, ro == 0 ? 1 : 0);
      return false;
    case LibFunc::RfValueType:
      if (flag == 0) return rf_value_error("reflect.Value.Type", kInvalid);
      if ((flag & kFlagMethod) != 0 && rf_method_type(tw, flag) == 0) {  // part template
        return fail("gosim: reflect.Value.Type: no descriptor for the method's func type");
      }
      put(0, ir::type_word(rf_rtype_type_)), put(8, (flag & kFlagMethod) != 0 ? rf_method_type(tw, flag) : tw);
      return false;
    case LibFunc::RfValueAddr:
      if ((flag & kFlagAddr) == 0) return fail("reflect.Value.Addr of unaddressable value");
      if (tp->ptr_to < 0) return fail("gosim: reflect.Value.Addr: no descriptor for *" + tp->name);
      put_value(ir::type_word(tp->ptr_to), ptr, ro | kPointer);
      return false;
    case LibFunc::RfValueBool:
      if (kind != kBool) return rf_value_error("reflect.Value.Bool", kind);
      put(0, mem_.load(ptr, 1));
      return false;
    case LibFunc::RfValueInt:
      if (kind < kInt || kind > kInt64) return rf_value_error("reflect.Value.Int", kind);
      {
        const int size = static_cast<int>(tp->size), shift = 64 - 8 * size;
        put(0, static_cast<uint64_t>(static_cast<int64_t>(mem_.load(ptr, size) << shift) >> shift));
      }
      return false;
    case LibFunc::RfValueUint:
      if (kind < kUint || kind > kUintptr) return rf_value_error("reflect.Value.Uint", kind);
      put(0, mem_.load(ptr, static_cast<int>(tp->size)));
      return false;
    case LibFunc::RfValueFloat:
      if (kind == kFloat32) {
        put(0, std::bit_cast<uint64_t>(static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(mem_.load(ptr, 4))))));
      } else if (kind == kFloat64) {
        put(0, ld8(ptr));
      } else {
        return rf_value_error("reflect.Value.Float", kind);
      }
      return false;
    case LibFunc::RfValueString:
      if (kind == kString) {
        put(0, ld8(ptr)), put(8, ld8(ptr + 8));
      } else {  // Go: stringNonString
        const std::string s = kind == kInvalid ? "<invalid Value>" : "<" + tp->name + " Value>";
        put(0, new_string(s)), put(8, s.size());
      }
      return false;
    case LibFunc::RfValueInterface:
      if (flag == 0) return rf_value_error("reflect.Value.Interface", kInvalid);
      if (ro != 0) return fail("reflect.Value.Interface: cannot return value obtained from unexported field or method");
      if ((flag & kFlagMethod) != 0) return fail("gosim: unsupported: reflect.Value.Interface of a method Value (Go makes a method value closure)");  // part template
      if (kind == kInterface) {
        put(0, ld8(ptr)), put(8, ld8(ptr + 8));
        return false;
      }
      if (results != 0) rl_pack_eface(args, results);
      return false;
    case LibFunc::RfValueIsNil:
      switch (kind) {
        case kChan: case kFunc: case kMap: case kPointer: case kUnsafePointer: put(0, word == 0 ? 1 : 0); return false;
        case kInterface: case kSlice: put(0, ld8(ptr) == 0 ? 1 : 0); return false;
        default: return rf_value_error("reflect.Value.IsNil", kind);
      }
    case LibFunc::RfValueIsZero:
      if (flag == 0) return rf_value_error("reflect.Value.IsZero", kInvalid);
      put(0, ((flag & kFlagIndir) != 0 ? rf_is_zero(ir::type_of_word(tw), ptr) : ptr == 0) ? 1 : 0);
      return false;
    case LibFunc::RfValueLen: case LibFunc::RfValueCap: {
      const bool len = f == LibFunc::RfValueLen;
      switch (kind) {
        case kArray: put(0, static_cast<uint64_t>(tp->len)); return false;
        case kSlice: put(0, ld8(ptr + (len ? 8 : 16))); return false;
        case kString:
          if (!len) break;
          put(0, ld8(ptr + 8));
          return false;
        case kMap:
          if (!len) break;
          put(0, word == 0 ? 0 : ld8(word));
          return false;
        case kChan: {
          const auto it = mc_.model().chans.find(word);
          put(0, it == mc_.model().chans.end() ? 0 : len ? it->second.buf.size() : it->second.dataqsiz);
          return false;
        }
        case kPointer: {
          const ir::TypeDesc& e = mod_.types[static_cast<size_t>(tp->elem)];
          if (e.kind == ir::TypeKind::kArray) {
            put(0, static_cast<uint64_t>(e.len));
            return false;
          }
          return fail(len ? "reflect: call of reflect.Value.Len on ptr to non-array Value"
                          : "reflect: call of reflect.Value.Cap on ptr to non-array Value");
        }
        default: break;
      }
      return rf_value_error(len ? "reflect.Value.Len" : "reflect.Value.Cap", kind);
    }
    case LibFunc::RfValueNumField:
      if (kind != kStruct) return rf_value_error("reflect.Value.NumField", kind);
      put(0, tp->fields.size());
      return false;
    case LibFunc::RfValueNumMethod: {
      if (flag == 0) return rf_value_error("reflect.Value.NumMethod", kInvalid);
      uint64_t n = 0;
      if (tp->kind == ir::TypeKind::kInterface) {
        n = tp->imethods.size();
      } else {
        for (const auto& m : tp->methods) n += !m.name.empty() && m.name[0] >= 'A' && m.name[0] <= 'Z';
      }
      put(0, n);
      return false;
    }
    case LibFunc::RfValueElem:
      if (kind == kInterface) {  // Go: unpackEface(*(*any)(v.ptr)), keeping the read-only bit
        const uint64_t etw = ld8(ptr);
        if (etw == 0) {
          put_value(0, 0, 0);
          return false;
        }
        const bool indir = !ir::is_direct_iface(mod_.types, ir::type_of_word(etw));
        put_value(etw, ld8(ptr + 8), kind_of(desc(etw)) | (indir ? kFlagIndir : 0) | (ro != 0 ? kFlagStickyRO : 0));
        return false;
      }
      if (kind == kPointer) {
        if (word == 0) {
          put_value(0, 0, 0);
          return false;
        }
        const int32_t et = tp->elem;
        put_value(ir::type_word(et), word, ro | kFlagIndir | kFlagAddr | kind_of(mod_.types[static_cast<size_t>(et)]));
        return false;
      }
      return rf_value_error("reflect.Value.Elem", kind);
    case LibFunc::RfValueField: case LibFunc::RfValueFieldByName: {
      if (kind != kStruct) {
        return rf_value_error(f == LibFunc::RfValueField ? "reflect.Value.Field" : "reflect.Value.FieldByName", kind);
      }
      std::vector<uint64_t> path;
      if (f == LibFunc::RfValueField) {
        const uint64_t i = ld8(args + 24);
        if (i >= tp->fields.size()) return fail("reflect: Field index out of range");
        path.push_back(i);
      } else {  // Go: v.typ.FieldByName(name), then v.FieldByIndex(f.Index)
        const uint64_t fr = rf_scratch(112);
        const uint64_t a = rf_scratch(24);
        st8(a, tw), st8(a + 8, ld8(args + 24)), st8(a + 16, ld8(args + 32));
        reflect_lib(static_cast<int64_t>(LibFunc::RfTypeFieldByName), a, fr);
        rf_scratch_used_ = 0;
        if (ld8(fr + 104) == 0) {
          put_value(0, 0, 0);
          return false;
        }
        for (uint64_t i = 0; i < ld8(fr + 80); ++i) path.push_back(ld8(ld8(fr + 72) + 8 * i));
      }
      uint64_t vt = tw, vp = ptr, vf = flag;
      for (size_t n = 0; n < path.size(); ++n) {
        if (n > 0 && (vf & kFlagKindMask) == kPointer) {  // Go: FieldByIndex through an embedded *T
          const uint64_t w = (vf & kFlagIndir) != 0 ? ld8(vp) : vp;
          if (w == 0) return fail("reflect: indirection through nil pointer to embedded struct");
          const int32_t et = desc(vt).elem;
          vt = ir::type_word(et), vp = w, vf = (vf & kFlagRO) | kFlagIndir | kFlagAddr | kStruct;
        }
        const ir::FieldDesc& fd = desc(vt).fields[path[n]];
        uint64_t fl = (vf & (kFlagStickyRO | kFlagIndir | kFlagAddr)) | kind_of(mod_.types[static_cast<size_t>(fd.type)]);
        const bool exported = !fd.name.empty() && fd.name[0] >= 'A' && fd.name[0] <= 'Z';
        if (!exported) fl |= fd.embedded ? kFlagEmbedRO : kFlagStickyRO;
        vt = ir::type_word(fd.type), vp = vp + static_cast<uint64_t>(fd.offset), vf = fl;
      }
      put_value(vt, vp, vf);
      return false;
    }
    case LibFunc::RfValueIndex: {
      const uint64_t i = ld8(args + 24);
      if (kind == kSlice) {
        if (i >= ld8(ptr + 8)) return fail("reflect: slice index out of range");
        const ir::TypeDesc& e = mod_.types[static_cast<size_t>(tp->elem)];
        put_value(ir::type_word(tp->elem), ld8(ptr) + i * static_cast<uint64_t>(e.size),
                  kFlagAddr | kFlagIndir | ro | kind_of(e));
        return false;
      }
      if (kind == kArray) {
        if (i >= static_cast<uint64_t>(tp->len)) return fail("reflect: array index out of range");
        const ir::TypeDesc& e = mod_.types[static_cast<size_t>(tp->elem)];
        put_value(ir::type_word(tp->elem), ptr + i * static_cast<uint64_t>(e.size),
                  (flag & (kFlagIndir | kFlagAddr)) | ro | kind_of(e));
        return false;
      }
      if (kind == kString) {
        if (i >= ld8(ptr + 8)) return fail("reflect: string index out of range");
        const int32_t u8 = rf_type_named("uint8");
        put_value(ir::type_word(u8), ld8(ptr) + i, ro | kUint8 | kFlagIndir);
        return false;
      }
      return rf_value_error("reflect.Value.Index", kind);
    }
    case LibFunc::RfValueSlice: {
      const auto i = static_cast<int64_t>(ld8(args + 24)), j = static_cast<int64_t>(ld8(args + 32));
      if (kind == kString) {
        const auto n = static_cast<int64_t>(ld8(ptr + 8));
        if (i < 0 || j < i || j > n) return fail("reflect.Value.Slice: string slice index out of bounds");
        const uint64_t t = alloc(16, true);  // Go: t := new(unsafeheader.String)
        if (i < n) st8(t, ld8(ptr) + static_cast<uint64_t>(i)), st8(t + 8, static_cast<uint64_t>(j - i));
        put_value(tw, t, ro | kFlagIndir | kString);
        return false;
      }
      if (kind != kSlice) return rf_value_error("reflect.Value.Slice", kind);
      const auto cap = static_cast<int64_t>(ld8(ptr + 16));
      if (i < 0 || j < i || j > cap) return fail("reflect.Value.Slice: slice index out of bounds");
      const uint64_t x = alloc(24, true);  // Go: var x []unsafe.Pointer; &x escapes
      const auto es = static_cast<uint64_t>(mod_.types[static_cast<size_t>(tp->elem)].size);
      st8(x, cap - i > 0 ? ld8(ptr) + static_cast<uint64_t>(i) * es : ld8(ptr));
      st8(x + 8, static_cast<uint64_t>(j - i)), st8(x + 16, static_cast<uint64_t>(cap - i));
      put_value(tw, x, ro | kFlagIndir | kSlice);
      return false;
    }
    case LibFunc::RfValuePointer:
      switch (kind) {
        case kPointer: case kChan: case kMap: case kUnsafePointer: put(0, word); return false;
        case kFunc: put(0, word == 0 ? 0 : ld8(word)); return false;
        case kSlice: put(0, ld8(ptr)); return false;
        default: return rf_value_error("reflect.Value.Pointer", kind);
      }
    case LibFunc::RfValueSetBool:
      if (!assignable("reflect.Value.SetBool")) return requested_;
      if (kind != kBool) return rf_value_error("reflect.Value.SetBool", kind);
      mem_.store(ptr, ld8(args + 24) & 1, 1);
      return false;
    case LibFunc::RfValueSetInt:
      if (!assignable("reflect.Value.SetInt")) return requested_;
      if (kind < kInt || kind > kInt64) return rf_value_error("reflect.Value.SetInt", kind);
      mem_.store(ptr, ld8(args + 24), static_cast<int>(tp->size));
      return false;
    case LibFunc::RfValueSetUint:
      if (!assignable("reflect.Value.SetUint")) return requested_;
      if (kind < kUint || kind > kUintptr) return rf_value_error("reflect.Value.SetUint", kind);
      mem_.store(ptr, ld8(args + 24), static_cast<int>(tp->size));
      return false;
    case LibFunc::RfValueSetFloat:
      if (!assignable("reflect.Value.SetFloat")) return requested_;
      if (kind == kFloat32) {
        mem_.store(ptr, std::bit_cast<uint32_t>(static_cast<float>(std::bit_cast<double>(ld8(args + 24)))), 4);
      } else if (kind == kFloat64) {
        st8(ptr, ld8(args + 24));
      } else {
        return rf_value_error("reflect.Value.SetFloat", kind);
      }
      return false;
    case LibFunc::RfValueSetString:
      if (!assignable("reflect.Value.SetString")) return requested_;
      if (kind != kString) return rf_value_error("reflect.Value.SetString", kind);
      write_barrier(ptr, args + 24, 16);
      mem_.copy(ptr, args + 24, 16);
      return false;
    case LibFunc::RfValueSet: {
      if (!assignable("reflect.Value.Set")) return requested_;
      const uint64_t x = args + 24, xtw = ld8(x), xflag = ld8(x + 16);
      if (xflag == 0) return rf_value_error("reflect.Value.Set", kInvalid);
      if ((xflag & kFlagRO) != 0) return fail("reflect: reflect.Value.Set using value obtained using unexported field");
      const int32_t dst = ir::type_of_word(tw), src = ir::type_of_word(xtw);
      if (rl_directly_assignable(dst, src)) {  // Go: typedmemmove, or the word of a direct x
        const uint64_t from = (xflag & kFlagIndir) != 0 ? ld8(x + 8) : x + 8;
        write_barrier(ptr, from, static_cast<uint64_t>(tp->size));
        mem_.copy(ptr, from, static_cast<size_t>(tp->size));
        return false;
      }
      if (rl_implements(dst, src)) {  // Go: valueInterface / packEface into the interface
        if ((xflag & kFlagKindMask) == kInterface) {
          const uint64_t at = ld8(x + 8);
          st8(x + 8, ld8(at + 8)), st8(x, ld8(at));
        } else {
          rl_pack_eface(x, x);
        }
        write_barrier(ptr, x, 16);
        mem_.copy(ptr, x, 16);
        return false;
      }
      return fail("reflect.Set: value of type " + desc(xtw).name + " is not assignable to type " + tp->name);
    }
    case LibFunc::RfValueMapIndex: case LibFunc::RfValueSetMapIndex: case LibFunc::RfValueMapKeys:
    case LibFunc::RfValueMapRange:
      break;
    default: return fail("reflect: internal error: no library function " + std::to_string(id));
  }
  const char* method = f == LibFunc::RfValueMapIndex      ? "reflect.Value.MapIndex"
                       : f == LibFunc::RfValueSetMapIndex ? "reflect.Value.SetMapIndex"
                       : f == LibFunc::RfValueMapKeys     ? "reflect.Value.MapKeys"
                                                          : "reflect.Value.MapRange";
  if (kind != kMap) return rf_value_error(method, kind);
  const int32_t mt = ir::type_of_word(tw);
  const MapType t = map_type(mod_, mt);
  const uint64_t h = word;
  if (f == LibFunc::RfValueMapRange) {  // Go: return &MapIter{m: v}
    const uint64_t iter = alloc(24 + ir::kMapIterSize, true);
    mem_.copy(iter, args, 24);
    put(0, iter);
    return false;
  }
  if (f == LibFunc::RfValueMapKeys) {
    const uint64_t n = h == 0 ? 0 : ld8(h);
    const uint64_t a = alloc(24 * n, true);  // Go: a := make([]Value, mlen)
    const uint64_t it = rf_scratch(ir::kMapIterSize);
    mapiterinit(t, mt, it, h);
    uint64_t i = 0;
    for (; i < n; ++i) {
      if (!mapiternext(it, 0, 0)) break;
      const uint64_t k = ld8(it + kIterKey);
      if (k == 0) break;
      rf_copy_val(tp->key, ro | kind_of(mod_.types[static_cast<size_t>(tp->key)]), k, a + 24 * i);
    }
    rf_scratch_used_ = 0;
    if (requested_) return true;
    put(0, a), put(8, i), put(16, n);
    return false;
  }
  // Go: key = key.assignTo(method, tt.key, nil); the key's bytes are where k points.
  const uint64_t key = args + 24, ktw = ld8(key), kflag = ld8(key + 16);
  if (kflag == 0) return rf_value_error(method, kInvalid);
  const int32_t kt = ir::type_of_word(ktw);
  uint64_t k = (kflag & kFlagIndir) != 0 ? ld8(key + 8) : key + 8;
  if (!rl_directly_assignable(tp->key, kt)) {
    if (!rl_implements(tp->key, kt)) {
      return fail(std::string(method) + ": value of type " + desc(ktw).name + " is not assignable to type " +
                  mod_.types[static_cast<size_t>(tp->key)].name);
    }
    if ((kflag & kFlagKindMask) != kInterface) {
      const uint64_t packed = rf_scratch(16);
      rl_pack_eface(key, packed);
      k = packed;
    }
  }
  if (f == LibFunc::RfValueMapIndex) {
    uint64_t rk = 0, re = 0;
    const bool ok = mapaccessK(t, h, k, &rk, &re);
    rf_scratch_used_ = 0;
    if (!ok) return requested_;
    if (re == 0) {
      put_value(0, 0, 0);
      return false;
    }
    if (results != 0) rf_copy_val(tp->elem, ((flag | kflag) & kFlagRO) | kind_of(mod_.types[static_cast<size_t>(tp->elem)]), re, results);
    return false;
  }
  // SetMapIndex: an invalid elem deletes the key (Go: mapdelete).
  const uint64_t elem = args + 48, eflag = ld8(elem + 16);
  if (eflag == 0) {
    const bool ok = mapdelete(t, h, k);
    rf_scratch_used_ = 0;
    return ok ? false : requested_;
  }
  const int32_t et = ir::type_of_word(ld8(elem));
  if (!rl_directly_assignable(tp->elem, et) && !rl_implements(tp->elem, et)) {
    rf_scratch_used_ = 0;
    return fail(std::string(method) + ": value of type " + desc(ld8(elem)).name + " is not assignable to type " +
                mod_.types[static_cast<size_t>(tp->elem)].name);
  }
  uint64_t from = (eflag & kFlagIndir) != 0 ? ld8(elem + 8) : elem + 8;
  const ir::TypeDesc& ed = mod_.types[static_cast<size_t>(tp->elem)];
  if (!rl_directly_assignable(tp->elem, et) && (eflag & kFlagKindMask) != kInterface) {
    const uint64_t packed = rf_scratch(16);
    rl_pack_eface(elem, packed);
    from = packed;
  }
  uint64_t slot = 0;
  const bool ok = mapassign(t, h, k, &slot);
  if (ok && slot != 0) {
    write_barrier(slot, from, static_cast<uint64_t>(ed.size));
    mem_.copy(slot, from, static_cast<size_t>(ed.size));
  }
  rf_scratch_used_ = 0;
  return ok ? false : requested_;
}

}  // namespace gosim::interp
