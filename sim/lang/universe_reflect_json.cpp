// The reflect members encoding/json needs beyond universe_reflect.cpp (part json2; Go:
// reflect/type.go PointerTo, PtrTo, StructField.IsExported; value.go Copy, Value.Convert,
// Value.CanConvert). They run in sim/interp/lib_reflect_json.cpp. Declared here, and taken off
// reflect's known-missing list, so that encoding/json loads from source.
#include <algorithm>

#include "sim/lang/universe_builder.h"

namespace gosim::lang {

void declare_reflect_json(Builder& b, LibPackage& r) {
  TypeTable& T = b.t_;
  const Type* bool_t = T.basic(TypeKind::Bool);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* type = r.members.at("Type")->type;
  const Type* value = r.members.at("Value")->type;
  const Type* field = r.members.at("StructField")->type;
  b.func(r, "PointerTo", b.sig({{"t", type}}, {{"", type}}), LibFunc::RfPointerTo);
  b.func(r, "PtrTo", b.sig({{"t", type}}, {{"", type}}), LibFunc::RfPointerTo);  // Go: PtrTo(t) = PointerTo(t)
  b.func(r, "Copy", b.sig({{"dst", value}, {"src", value}}, {{"", int_t}}), LibFunc::RfCopy);
  b.method(value, "Convert", b.sig({{"t", type}}, {{"", value}}), LibFunc::RfValueConvert, false);
  b.method(value, "CanConvert", b.sig({{"t", type}}, {{"", bool_t}}), LibFunc::RfValueCanConvert, false);
  b.method(field, "IsExported", b.sig({}, {{"", bool_t}}), LibFunc::RfStructFieldIsExported, false);
  for (const char* name : {"PointerTo", "PtrTo", "Copy", "Value.Convert", "Value.CanConvert", "StructField.IsExported"}) {
    r.known_missing.erase(std::remove(r.known_missing.begin(), r.known_missing.end(), name), r.known_missing.end());
  }
  // time.Time's MarshalJSON, UnmarshalJSON, MarshalText and UnmarshalText (Go: time/time.go), so
  // that encoding/json writes a Time as Go does ("2009-11-10T23:00:00Z"), not as a struct.
  for (LibPackage& l : b.p_->libs) {
    if (l.ref.path != "time") continue;
    const Type* time_t = l.members.at("Time")->type;
    const Type* bytes = T.slice(T.basic(TypeKind::Uint8));
    const Type* err = b.p_->universe->lookup("error")->type;
    b.method(time_t, "MarshalJSON", b.sig({}, {{"", bytes}, {"", err}}), LibFunc::TimeTimeMarshalJSON, false);
    b.method(time_t, "UnmarshalJSON", b.sig({{"data", bytes}}, {{"", err}}), LibFunc::TimeTimeUnmarshalJSON, true);
    b.method(time_t, "MarshalText", b.sig({}, {{"", bytes}, {"", err}}), LibFunc::TimeTimeMarshalText, false);
    b.method(time_t, "UnmarshalText", b.sig({{"data", bytes}}, {{"", err}}), LibFunc::TimeTimeUnmarshalText, true);
    for (const char* name : {"Time.MarshalJSON", "Time.UnmarshalJSON", "Time.MarshalText", "Time.UnmarshalText"}) {
      l.known_missing.erase(std::remove(l.known_missing.begin(), l.known_missing.end(), name), l.known_missing.end());
    }
  }
}

}  // namespace gosim::lang
