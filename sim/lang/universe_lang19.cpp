// Part lang19 (issue #19): time.ParseError, the error time.Parse returns, and reflect.Value's
// channel operations (TryRecv, Send, TrySend, Close; Recv is part template's), which
// sim/interp/lib_reflect_chan.cpp runs.
//
// Go: time/format.go ParseError {Layout, Value, LayoutElem, ValueElem, Message string} and its
// (*ParseError).Error. package time is modelled, so the type is declared here with its Error
// method a library function (sim/interp/lib_parse.cpp); time.Parse's errors are *ParseError
// values of Go's layout (five strings, 80 bytes), so errors.As(err, &pe) finds them.
#include <algorithm>

#include "sim/lang/universe_builder.h"

namespace gosim::lang {

void declare_lang19(Builder& b) {
  TypeTable& T = b.t_;
  const Type* str = T.basic(TypeKind::String);
  LibPackage& tm = b.existing("time");
  const Type* pe = b.named(tm, "ParseError");
  T.set_underlying(pe, b.fields(tm, {{"Layout", str}, {"Value", str}, {"LayoutElem", str}, {"ValueElem", str},
                                     {"Message", str}}));
  b.method(pe, "Error", b.sig({}, {{"", str}}), LibFunc::TimeParseErrorError, true);

  // Go: reflect/value.go TryRecv() (x Value, ok bool), Send(x Value), TrySend(x Value) bool, Close().
  LibPackage& r = b.existing("reflect");
  const auto it = r.members.find("Value");
  if (r.ref.path != "reflect" || it == r.members.end()) return;
  const Type* value = it->second->type;
  for (const char* m : {"Value.TryRecv", "Value.Send", "Value.TrySend", "Value.Close"}) {
    r.known_missing.erase(std::remove(r.known_missing.begin(), r.known_missing.end(), m), r.known_missing.end());
  }
  const Type* boolean = T.basic(TypeKind::Bool);
  b.method(value, "TryRecv", b.sig({}, {{"x", value}, {"ok", boolean}}), LibFunc::RfValueTryRecv, false);
  b.method(value, "Send", b.sig({{"x", value}}, {}), LibFunc::RfValueSend, false);
  b.method(value, "TrySend", b.sig({{"x", value}}, {{"", boolean}}), LibFunc::RfValueTrySend, false);
  b.method(value, "Close", b.sig({}, {}), LibFunc::RfValueClose, false);
}

}  // namespace gosim::lang
