// What text/template needs of package reflect beyond part reflect (part template): ChanDir,
// Method, and Value's Call, CallSlice, Method, MethodByName, Recv, FieldByIndex,
// FieldByIndexErr and Slice3 (run in sim/interp/lib_reflect_call.cpp). Go: reflect/type.go, value.go.
#include "sim/lang/universe_builder.h"

namespace gosim::lang {

// Go: type ChanDir int; RecvDir = 1 << iota, SendDir, BothDir = RecvDir | SendDir.
const Type* declare_reflect_chan_dir(Builder& b, LibPackage& r) {
  TypeTable& T = b.t_;
  const Type* dir = b.named(r, "ChanDir");
  T.set_underlying(dir, T.basic(TypeKind::Int));
  b.method(dir, "String", b.sig({}, {{"", T.basic(TypeKind::String)}}), LibFunc::RfChanDirString, false);
  b.constant(r, "RecvDir", dir, 1);
  b.constant(r, "SendDir", dir, 2);
  b.constant(r, "BothDir", dir, 3);
  return dir;
}

void declare_reflect_call(Builder& b, LibPackage& r, const Type* value, const Type* type, const Type* method) {
  TypeTable& T = b.t_;
  const Type* str = T.basic(TypeKind::String);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* values = T.slice(value);
  const Type* err = b.p_->universe->lookup("error")->type;
  // Go: Method{Name, PkgPath string; Type Type; Func Value; Index int}: 80 bytes.
  T.set_underlying(method, b.fields(r, {{"Name", str}, {"PkgPath", str}, {"Type", type}, {"Func", value}, {"Index", int_t}}));
  const Type* ints = T.slice(int_t);
  b.method(value, "Call", b.sig({{"in", values}}, {{"", values}}), LibFunc::RfValueCall, false);
  b.method(value, "CallSlice", b.sig({{"in", values}}, {{"", values}}), LibFunc::RfValueCallSlice, false);
  b.method(value, "Method", b.sig({{"i", int_t}}, {{"", value}}), LibFunc::RfValueMethod, false);
  b.method(value, "MethodByName", b.sig({{"name", str}}, {{"", value}}), LibFunc::RfValueMethodByName, false);
  b.method(value, "Recv", b.sig({}, {{"x", value}, {"ok", T.basic(TypeKind::Bool)}}), LibFunc::RfValueRecv, false);
  b.method(value, "FieldByIndex", b.sig({{"index", ints}}, {{"", value}}), LibFunc::RfValueFieldByIndex, false);
  b.method(value, "Slice3", b.sig({{"i", int_t}, {"j", int_t}, {"k", int_t}}, {{"", value}}), LibFunc::RfValueSlice3, false);
  b.method(value, "FieldByIndexErr", b.sig({{"index", ints}}, {{"", value}, {"", err}}), LibFunc::RfValueFieldByIndexErr,
           false);
}

}  // namespace gosim::lang
