// time.Time's MarshalJSON, UnmarshalJSON, MarshalText and UnmarshalText (part json2; Go:
// time/time.go). package time is modelled (its Time is the model's three words), so encoding/json,
// read from Go's source, finds these through its Marshaler and TextUnmarshaler checks and calls
// them here. Each follows Go's body: the year check and its error text, the []byte Go makes
// (make([]byte, 0, len(RFC3339Nano)+2)), Parse with Go's layout and error text; string(data)
// allocates as Go's does, since Parse's value escapes into its *ParseError.
//
// A parse error is a *time.ParseError, as time.Parse's (part lang19, lib_parse.cpp).
#include "sim/interp/exec.h"
#include "sim/interp/time_format.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
constexpr const char* kRFC3339 = "2006-01-02T15:04:05Z07:00";
constexpr const char* kRFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00";
}  // namespace

bool Exec::time_json_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  if (f == LibFunc::TimeTimeMarshalJSON || f == LibFunc::TimeTimeMarshalText) {
    const bool json = f == LibFunc::TimeTimeMarshalJSON;
    const gotime::Time t = time_at(args);
    if (const int64_t y = gotime::parts(t).year; y < 0 || y >= 10000) {
      st8(results, 0), st8(results + 8, 0), st8(results + 16, 0);
      error_value(json ? "Time.MarshalJSON: year outside of range [0,9999]"
                       : "Time.MarshalText: year outside of range [0,9999]",
                  results + 24);
      return false;
    }
    const std::string s = json ? "\"" + gotime::format(t, kRFC3339Nano) + "\"" : gotime::format(t, kRFC3339Nano);
    const uint64_t cap = std::string(kRFC3339Nano).size() + (json ? 2 : 0);
    const uint64_t p = alloc(cap, false);  // Go: make([]byte, 0, cap), then AppendFormat
    mem_.write(p, s.data(), s.size());
    st8(results, p), st8(results + 8, s.size()), st8(results + 16, cap);
    st8(results + 24, 0), st8(results + 32, 0);
    return false;
  }
  // (*Time).UnmarshalJSON / UnmarshalText: the receiver pointer, then data.
  const bool json = f == LibFunc::TimeTimeUnmarshalJSON;
  const uint64_t recv = ld8(args), data = ld8(args + 8), n = ld8(args + 16);
  const std::string value = n == 0 ? std::string() : mem_.read_string(data, n);
  if (json && value == "null") {  // Go: no-op by convention
    st8(results, 0), st8(results + 8, 0);
    return false;
  }
  uint64_t vptr = 0;
  if (n > 1) {  // Go: string(data), Parse's escaping value (one byte: staticuint64s)
    vptr = alloc(n, false);
    mem_.write(vptr, value.data(), value.size());
  }
  const std::string layout = json ? std::string("\"") + kRFC3339 + "\"" : std::string(kRFC3339);
  const gotime::ParseResult r = gotime::parse(layout, value);
  if (!r.unsupported_zone.empty()) {
    panic_text("gosim: unsupported: time.Parse of " + value + " gives a time in the zone " + r.unsupported_zone +
               ", and gosim models no Location but UTC (no time zone database, no FixedZone)");
    return requested_;
  }
  put_time(recv, r.error.empty() ? r.time : gotime::Time{});  // Go: *t, err = Parse(...)
  // part lang19: Parse's *time.ParseError (its layout is Go's constant, a new string here).
  parse_error_value(0, vptr, layout, value, r, results);
  return false;
}

}  // namespace gosim::interp
