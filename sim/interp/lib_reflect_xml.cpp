// The reflect members encoding/xml needs beyond lib_reflect*.cpp (part xml; Go 1.19:
// reflect/value.go Append, AppendSlice and grow; type.go (*rtype).FieldByIndex and
// (*structType).FieldByIndex). Each follows Go's body step by step, through the same Value
// methods Go's calls (Len, Cap, Slice, MakeSlice, Copy, Index, Set), so its checks come in Go's
// order with Go's panic texts and it allocates what Go's does.
//
// Go 1.19's grow is not the runtime's growslice: it doubles the capacity below 256 elements and
// adds (m+768)/4 above, without rounding up to a size class, then MakeSlice(typ, i1, m) and
// Copy (Go 1.20 moved it to growslice). So reflect.Append of a byte to an empty []byte gives
// cap 1 where append gives 8, as in Go 1.19.
#include "sim/interp/exec.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;  // NOLINT: Kind names and flag bits

bool Exec::reflect_xml_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  auto fail = [&](const std::string& text) {
    panic_text(text);
    rf_scratch_used_ = 0;
    return requested_;
  };
  auto bail = [&]() {  // a method called below panicked
    rf_scratch_used_ = 0;
    return requested_;
  };
  // Runs one of the Value methods Go's body calls; true when it panicked (or made a request).
  const uint64_t panics = panic_count_;
  auto sub = [&](bool (Exec::*lib)(int64_t, uint64_t, uint64_t), LibFunc m, uint64_t a, uint64_t r) {
    return (this->*lib)(static_cast<int64_t>(m), a, r) || panic_count_ != panics;
  };
  auto desc = [&](uint64_t tw) -> const ir::TypeDesc& { return mod_.types[static_cast<size_t>(ir::type_of_word(tw))]; };
  if (f == LibFunc::RfTypeFieldByIndex) {
    // Go: (*rtype).FieldByIndex, then structType.FieldByIndex: f.Type starts as t; each index
    // steps into f.Type (through one pointer to a struct after the first) with Type.Field.
    const uint64_t tw = ld8(args);
    if (kind_of(desc(tw)) != kStruct) return fail("reflect: FieldByIndex of non-struct type " + desc(tw).name);
    const uint64_t index = ld8(args + 8), n = ld8(args + 16);
    const uint64_t out = rf_scratch(104);
    mem_.zero(out, 104);
    int32_t t = ir::type_of_word(tw);
    for (uint64_t i = 0; i < n; ++i) {
      if (i > 0) {
        const ir::TypeDesc& ft = mod_.types[static_cast<size_t>(t)];
        if (ft.kind == ir::TypeKind::kPointer && mod_.types[static_cast<size_t>(ft.elem)].kind == ir::TypeKind::kStruct) {
          t = ft.elem;
        }
      }
      const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
      if (kind_of(td) != kStruct) return fail("reflect: Field of non-struct type " + td.name);
      const uint64_t x = ld8(index + 8 * i);
      if (x >= td.fields.size()) return fail("reflect: Field index out of bounds");
      if (i + 1 < n) {
        // A step on the way: Go's Field makes the whole StructField, of which the next step
        // keeps only Type; its one allocation is Index's []int{i} (the name and tag are in
        // rodata; only an unnamed struct's unexported field's PkgPath would be a new string
        // in rf_struct_field, which Go does not allocate).
        alloc(8, false);
        t = td.fields[x].type;
        continue;
      }
      rf_struct_field(t, x, out);
    }
    if (n == 0) st8(out + 32, ir::type_word(rf_rtype_type_)), st8(out + 40, tw);  // Go: f.Type = toType(&t.rtype)
    if (results != 0) mem_.copy(results, out, 104);
    rf_scratch_used_ = 0;
    return false;
  }

  // Append(s Value, x ...Value) and AppendSlice(s, t Value). Go: s.mustBe(Slice) (and t's), whose
  // ValueError names the Value method on the stack: none, so "unknown method".
  const uint64_t s = args;
  const uint64_t sflag = ld8(s + 16);
  if ((sflag & kFlagKindMask) != kSlice) return rf_value_error("unknown method", sflag & kFlagKindMask);
  uint64_t extra = 0;
  if (f == LibFunc::RfAppend) {
    extra = ld8(args + 32);  // len(x)
  } else {
    const uint64_t t = args + 24, tflag = ld8(t + 16);
    if ((tflag & kFlagKindMask) != kSlice) return rf_value_error("unknown method", tflag & kFlagKindMask);
    // Go: typesMustMatch("reflect.AppendSlice", s.Type().Elem(), t.Type().Elem())
    const int32_t se = desc(ld8(s)).elem, te = desc(ld8(t)).elem;
    if (se != te) {
      return fail("reflect.AppendSlice: " + mod_.types[static_cast<size_t>(se)].name + " != " +
                  mod_.types[static_cast<size_t>(te)].name);
    }
    extra = ld8(ld8(t + 8) + 8);  // t.Len()
  }
  // Go: grow(s, extra).
  const uint64_t sptr = ld8(s + 8);
  const uint64_t i0 = ld8(sptr + 8), i1 = i0 + extra, m0 = ld8(sptr + 16);
  if (static_cast<int64_t>(i1) < static_cast<int64_t>(i0)) return fail("reflect.Append: slice overflow");
  const uint64_t grown = rf_scratch(24);
  if (i1 <= m0) {  // Go: s.Slice(0, i1)
    const uint64_t a = rf_scratch(40);
    mem_.copy(a, s, 24), st8(a + 24, 0), st8(a + 32, i1);
    if (sub(&Exec::reflect_value_lib, LibFunc::RfValueSlice, a, grown)) return bail();
  } else {
    uint64_t m = m0;
    if (m == 0) {
      m = extra;
    } else {
      constexpr uint64_t kThreshold = 256;
      while (m < i1) m += i0 < kThreshold ? m : (m + 3 * kThreshold) / 4;
    }
    // Go: t := MakeSlice(s.Type(), i1, m); Copy(t, s)
    const uint64_t a = rf_scratch(32);
    st8(a, ir::type_word(rf_rtype_type_)), st8(a + 8, ld8(s)), st8(a + 16, i1), st8(a + 24, m);
    if (sub(&Exec::reflect_lib, LibFunc::RfMakeSlice, a, grown)) return bail();
    const uint64_t c = rf_scratch(48);
    mem_.copy(c, grown, 24), mem_.copy(c + 24, s, 24);
    if (sub(&Exec::reflect_json_lib, LibFunc::RfCopy, c, 0)) return bail();
  }
  if (f == LibFunc::RfAppend) {
    // Go: for i, j := i0, 0; i < i1; i, j = i+1, j+1 { s.Index(i).Set(x[j]) }
    const uint64_t xs = ld8(args + 24);
    const uint64_t a = rf_scratch(48);
    for (uint64_t i = i0, j = 0; i < i1; ++i, ++j) {
      mem_.copy(a, grown, 24), st8(a + 24, i);
      if (sub(&Exec::reflect_value_lib, LibFunc::RfValueIndex, a, a)) return bail();
      mem_.copy(a + 24, xs + 24 * j, 24);
      if (sub(&Exec::reflect_value_lib, LibFunc::RfValueSet, a, 0)) return bail();
    }
  } else {
    // Go: Copy(s.Slice(i0, i1), t)
    const uint64_t a = rf_scratch(48);
    mem_.copy(a, grown, 24), st8(a + 24, i0), st8(a + 32, i1);
    if (sub(&Exec::reflect_value_lib, LibFunc::RfValueSlice, a, a)) return bail();
    mem_.copy(a + 24, args + 24, 24);
    if (sub(&Exec::reflect_json_lib, LibFunc::RfCopy, a, 0)) return bail();
  }
  if (results != 0) mem_.copy(results, grown, 24);
  rf_scratch_used_ = 0;
  return false;
}

}  // namespace gosim::interp
