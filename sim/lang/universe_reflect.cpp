// Package reflect, declared over gosim's type descriptors (part reflect).
//
// Go: reflect/type.go and value.go. Go's reflect reads the runtime's type descriptors through
// unsafe and calls into the runtime (mapaccess, unsafe_New, typedmemmove, makeFuncStub in
// assembly), so in gosim it belongs to the model, as internal/reflectlite does: a Type's dynamic
// type is *reflect.rtype whose data word is the type word (the descriptor's address, as Go's
// *rtype is the descriptor), a Value is Go's {typ, ptr, flag}, and the members below run in C++
// (sim/interp/lib_reflect.cpp, lib_reflect_value.cpp). The API's names, signatures, struct
// layouts (StructField is Go's 104 bytes) and panic texts are Go 1.19's. What gosim leaves out
// is listed as known-missing, so using it says "unsupported" instead of "undefined".
#include "sim/lang/universe_builder.h"

namespace gosim::lang {

void declare_reflect(Builder& b) {
  TypeTable& T = b.t_;
  const Type* str = T.basic(TypeKind::String);
  const Type* bool_t = T.basic(TypeKind::Bool);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* u64 = T.basic(TypeKind::Uint64);
  const Type* f64 = T.basic(TypeKind::Float64);
  const Type* uptr = T.basic(TypeKind::Uintptr);
  const Type* any = T.any_type();
  LibPackage& r = b.lib("reflect", {"Append", "AppendSlice", "ArrayOf", "ChanOf", "Copy", "FuncOf", "MakeChan",
                                    "MakeFunc", "MakeMapWithSize", "MapOf", "NewAt", "PointerTo", "PtrTo", "Select",
                                    "SliceOf", "StructOf", "VisibleFields", "SelectCase",
                                    "SelectDir", "SliceHeader", "StringHeader", "SelectSend", "SelectRecv", "SelectDefault",
                                    // Methods gosim's Value, Type and MapIter lack (check_deep.cpp
                                    // lib_method_missing says unsupported for them).
                                    "Value.CanConvert", "Value.Close", "Value.Convert", "Value.FieldByNameFunc", "Value.InterfaceData",
                                    "Value.OverflowComplex", "Value.Send", "Value.SetCap", "Value.SetIterKey", "Value.SetIterValue", "Value.SetPointer",
                                    "Value.TryRecv", "Value.TrySend", "Value.UnsafeAddr", "Type.FieldAlign", "Type.FieldByIndex", "Type.FieldByNameFunc",
                                    "MapIter.Reset",
                                    "StructField.IsExported"});
  const Type* kind = b.named(r, "Kind");
  T.set_underlying(kind, T.basic(TypeKind::Uint));
  b.method(kind, "String", b.sig({}, {{"", str}}), LibFunc::ReflectKindString, false);
  const char* const kinds[] = {"Invalid", "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "Uint", "Uint8",
                               "Uint16", "Uint32", "Uint64", "Uintptr", "Float32", "Float64", "Complex64",
                               "Complex128", "Array", "Chan", "Func", "Interface", "Map", "Pointer", "Slice",
                               "String", "Struct", "UnsafePointer"};
  for (int i = 0; i < 27; ++i) b.constant(r, kinds[i], kind, i);
  b.constant(r, "Ptr", kind, 22);  // Go: const Ptr = Pointer

  // Go: type StructTag string, with Get and Lookup.
  const Type* tag = b.named(r, "StructTag");
  T.set_underlying(tag, str);
  b.method(tag, "Get", b.sig({{"key", str}}, {{"", str}}), LibFunc::RfStructTagGet, false);
  b.method(tag, "Lookup", b.sig({{"key", str}}, {{"value", str}, {"ok", bool_t}}), LibFunc::RfStructTagLookup, false);

  const Type* type = b.named(r, "Type");
  // part template (universe_reflect_call.cpp): ChanDir, and Method, whose Func field is a Value.
  const Type* chan_dir = declare_reflect_chan_dir(b, r);
  const Type* method = b.named(r, "Method");
  const Type* field = b.named(r, "StructField");
  // Go: StructField{Name, PkgPath string; Type Type; Tag StructTag; Offset uintptr; Index []int;
  // Anonymous bool}: 104 bytes.
  T.set_underlying(field, b.fields(r, {{"Name", str}, {"PkgPath", str}, {"Type", type}, {"Tag", tag},
                                       {"Offset", uptr}, {"Index", T.slice(int_t)}, {"Anonymous", bool_t}}));
  auto m = [&](const char* name, const Type* s) { return TypeTable::MethodSpec{name, s, {}, &r.ref}; };
  // The Type interface: the methods gosim models (Go's has also Method, MethodByName, ChanDir,
  // FieldAlign, FieldByNameFunc).
  T.set_underlying(type, T.interface({
      m("Align", b.sig({}, {{"", int_t}})), m("AssignableTo", b.sig({{"u", type}}, {{"", bool_t}})),
      m("Bits", b.sig({}, {{"", int_t}})), m("Comparable", b.sig({}, {{"", bool_t}})),
      m("ConvertibleTo", b.sig({{"u", type}}, {{"", bool_t}})), m("Elem", b.sig({}, {{"", type}})),
      m("Field", b.sig({{"i", int_t}}, {{"", field}})),
      m("FieldByIndex", b.sig({{"index", T.slice(int_t)}}, {{"", field}})),  // part xml
      m("FieldByName", b.sig({{"name", str}}, {{"", field}, {"", bool_t}})),
      m("Implements", b.sig({{"u", type}}, {{"", bool_t}})), m("In", b.sig({{"i", int_t}}, {{"", type}})),
      m("IsVariadic", b.sig({}, {{"", bool_t}})), m("Key", b.sig({}, {{"", type}})),
      m("Kind", b.sig({}, {{"", kind}})), m("Len", b.sig({}, {{"", int_t}})), m("Name", b.sig({}, {{"", str}})),
      m("NumField", b.sig({}, {{"", int_t}})), m("NumIn", b.sig({}, {{"", int_t}})),
      m("NumMethod", b.sig({}, {{"", int_t}})), m("NumOut", b.sig({}, {{"", int_t}})),
      m("Out", b.sig({{"i", int_t}}, {{"", type}})), m("PkgPath", b.sig({}, {{"", str}})),
      m("Size", b.sig({}, {{"", uptr}})), m("String", b.sig({}, {{"", str}})),
      // part template
      m("ChanDir", b.sig({}, {{"", chan_dir}})), m("Method", b.sig({{"", int_t}}, {{"", method}})),
      m("MethodByName", b.sig({{"", str}}, {{"", method}, {"", bool_t}}))}));

  const Type* value = b.named(r, "Value");
  T.set_underlying(value, b.fields(r, {{"typ", uptr}, {"ptr", T.basic(TypeKind::UnsafePointer)}, {"flag", uptr}}));
  // Go: ValueError{Method string; Kind Kind}; its Error is the panic text gosim prints.
  const Type* verr = b.named(r, "ValueError");
  T.set_underlying(verr, b.fields(r, {{"Method", str}, {"Kind", kind}}));
  const Type* iter = b.named(r, "MapIter");
  // Go: MapIter{m Value; hiter hiter}: the hiter is gosim's 96-byte one (map_iter.cpp).
  T.set_underlying(iter, b.fields(r, {{"m", value}, {"hiter", T.array(uptr, 12)}}));
  const Type* iter_ptr = T.pointer(iter);
  b.method(iter, "Next", b.sig({}, {{"", bool_t}}), LibFunc::RfMapIterNext, true);
  b.method(iter, "Key", b.sig({}, {{"", value}}), LibFunc::RfMapIterKey, true);
  b.method(iter, "Value", b.sig({}, {{"", value}}), LibFunc::RfMapIterValue, true);

  struct M {
    const char* name;
    const Type* sig;
    LibFunc id;
  };
  const Type* v0 = b.sig({}, {{"", value}});
  const Type* b0 = b.sig({}, {{"", bool_t}});
  const Type* i0 = b.sig({}, {{"", int_t}});
  const Type* c128 = T.basic(TypeKind::Complex128);
  const Type* bytes = T.slice(T.basic(TypeKind::Uint8));
  const M vms[] = {
      {"Addr", v0, LibFunc::RfValueAddr}, {"Bool", b0, LibFunc::RfValueBool}, {"CanAddr", b0, LibFunc::RfValueCanAddr},
      {"CanInterface", b0, LibFunc::RfValueCanInterface}, {"CanSet", b0, LibFunc::RfValueCanSet},
      {"Cap", i0, LibFunc::RfValueCap}, {"Elem", v0, LibFunc::RfValueElem},
      {"Field", b.sig({{"i", int_t}}, {{"", value}}), LibFunc::RfValueField},
      {"FieldByName", b.sig({{"name", str}}, {{"", value}}), LibFunc::RfValueFieldByName},
      {"Float", b.sig({}, {{"", f64}}), LibFunc::RfValueFloat},
      {"Index", b.sig({{"i", int_t}}, {{"", value}}), LibFunc::RfValueIndex},
      {"Int", b.sig({}, {{"", i64}}), LibFunc::RfValueInt},
      {"Interface", b.sig({}, {{"i", any}}), LibFunc::RfValueInterface}, {"IsNil", b0, LibFunc::RfValueIsNil},
      {"IsValid", b0, LibFunc::RfValueIsValid}, {"IsZero", b0, LibFunc::RfValueIsZero},
      {"Kind", b.sig({}, {{"", kind}}), LibFunc::RfValueKind}, {"Len", i0, LibFunc::RfValueLen},
      {"MapIndex", b.sig({{"key", value}}, {{"", value}}), LibFunc::RfValueMapIndex},
      {"MapKeys", b.sig({}, {{"", T.slice(value)}}), LibFunc::RfValueMapKeys},
      {"MapRange", b.sig({}, {{"", iter_ptr}}), LibFunc::RfValueMapRange},
      {"NumField", i0, LibFunc::RfValueNumField}, {"NumMethod", i0, LibFunc::RfValueNumMethod},
      {"Pointer", b.sig({}, {{"", uptr}}), LibFunc::RfValuePointer},
      {"Set", b.sig({{"x", value}}, {}), LibFunc::RfValueSet},
      {"SetBool", b.sig({{"x", bool_t}}, {}), LibFunc::RfValueSetBool},
      {"SetFloat", b.sig({{"x", f64}}, {}), LibFunc::RfValueSetFloat},
      {"SetInt", b.sig({{"x", i64}}, {}), LibFunc::RfValueSetInt},
      {"SetMapIndex", b.sig({{"key", value}, {"elem", value}}, {}), LibFunc::RfValueSetMapIndex},
      {"SetString", b.sig({{"x", str}}, {}), LibFunc::RfValueSetString},
      {"SetUint", b.sig({{"x", u64}}, {}), LibFunc::RfValueSetUint},
      {"Slice", b.sig({{"i", int_t}, {"j", int_t}}, {{"", value}}), LibFunc::RfValueSlice},
      {"String", b.sig({}, {{"", str}}), LibFunc::RfValueString},
      {"Type", b.sig({}, {{"", type}}), LibFunc::RfValueType},
      {"Uint", b.sig({}, {{"", u64}}), LibFunc::RfValueUint},
      // part json (lib_reflect_more.cpp)
      {"CanInt", b0, LibFunc::RfValueCanInt}, {"CanUint", b0, LibFunc::RfValueCanUint},
      {"CanFloat", b0, LibFunc::RfValueCanFloat}, {"CanComplex", b0, LibFunc::RfValueCanComplex},
      {"Complex", b.sig({}, {{"", c128}}), LibFunc::RfValueComplex},
      {"SetComplex", b.sig({{"x", c128}}, {}), LibFunc::RfValueSetComplex},
      {"Bytes", b.sig({}, {{"", bytes}}), LibFunc::RfValueBytes},
      {"SetBytes", b.sig({{"x", bytes}}, {}), LibFunc::RfValueSetBytes},
      {"SetLen", b.sig({{"n", int_t}}, {}), LibFunc::RfValueSetLen},
      {"UnsafePointer", b.sig({}, {{"", T.basic(TypeKind::UnsafePointer)}}), LibFunc::RfValueUnsafePointer},
      {"OverflowInt", b.sig({{"x", i64}}, {{"", bool_t}}), LibFunc::RfValueOverflowInt},
      {"OverflowUint", b.sig({{"x", u64}}, {{"", bool_t}}), LibFunc::RfValueOverflowUint},
      {"OverflowFloat", b.sig({{"x", f64}}, {{"", bool_t}}), LibFunc::RfValueOverflowFloat},
  };
  for (const M& x : vms) b.method(value, x.name, x.sig, x.id, false);

  declare_reflect_call(b, r, value, type, method);  // part template
  b.func(r, "TypeOf", b.sig({{"i", any}}, {{"", type}}), LibFunc::RfTypeOf);
  b.func(r, "ValueOf", b.sig({{"i", any}}, {{"", value}}), LibFunc::RfValueOf);
  b.func(r, "New", b.sig({{"typ", type}}, {{"", value}}), LibFunc::RfNew);
  b.func(r, "Zero", b.sig({{"typ", type}}, {{"", value}}), LibFunc::RfZero);
  b.func(r, "Indirect", b.sig({{"v", value}}, {{"", value}}), LibFunc::RfIndirect);
  b.func(r, "DeepEqual", b.sig({{"x", any}, {"y", any}}, {{"", bool_t}}), LibFunc::RfDeepEqual);
  b.func(r, "MakeSlice", b.sig({{"typ", type}, {"len", int_t}, {"cap", int_t}}, {{"", value}}), LibFunc::RfMakeSlice);
  b.func(r, "MakeMap", b.sig({{"typ", type}}, {{"", value}}), LibFunc::RfMakeMap);
  b.func(r, "Swapper", b.sig({{"slice", any}}, {{"", b.sig({{"i", int_t}, {"j", int_t}}, {})}}),
         LibFunc::ReflectSwapper);
  declare_reflect_json(b, r);  // part json2: universe_reflect_json.cpp
  declare_reflect_xml(b, r, value);  // part xml: universe_reflect_xml.cpp
}

}  // namespace gosim::lang
