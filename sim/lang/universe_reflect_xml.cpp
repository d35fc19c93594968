// The reflect members encoding/xml needs beyond parts reflect, json2 and template (part xml; Go:
// reflect/value.go Append, AppendSlice; type.go (*rtype).FieldByIndex, whose method is in the
// Type interface of universe_reflect.cpp). They run in sim/interp/lib_reflect_xml.cpp. Declared
// here, and taken off reflect's known-missing list, so that encoding/xml loads from source.
#include <algorithm>

#include "sim/lang/universe_builder.h"

namespace gosim::lang {

void declare_reflect_xml(Builder& b, LibPackage& r, const Type* value) {
  // Go: func Append(s Value, x ...Value) Value; func AppendSlice(s, t Value) Value.
  b.func(r, "Append", b.sig({{"s", value}, {"x", b.t_.slice(value)}}, {{"", value}}, true), LibFunc::RfAppend);
  b.func(r, "AppendSlice", b.sig({{"s", value}, {"t", value}}, {{"", value}}), LibFunc::RfAppendSlice);
  for (const char* name : {"Append", "AppendSlice", "Type.FieldByIndex"}) {
    r.known_missing.erase(std::remove(r.known_missing.begin(), r.known_missing.end(), name), r.known_missing.end());
  }
}

}  // namespace gosim::lang
