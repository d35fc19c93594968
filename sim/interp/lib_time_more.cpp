// More of package time's calendar, as tutorials use it (part tutorial of issue #19):
// time.UnixMilli/UnixMicro, ParseDuration, and the Time methods UnixMilli, UnixMicro, AddDate,
// Date, Clock, Location, with (*Location).String.
//
// Go: time/time.go and time/format.go (1.19), line for line where they compute; every location
// is UTC (docs/go-subset.md), so Location returns &utcLoc, whose name is "UTC", as Go's does
// for a Time whose loc is nil.
#include <cstring>

#include "sim/interp/exec.h"
#include "sim/interp/time_format.h"
#include "sim/lang/object.h"

namespace gosim::interp {
namespace {

using lang::LibFunc;

constexpr uint64_t kBit63 = uint64_t{1} << 63;


// Go: time/format.go leadingInt: false for errLeadingInt (overflow).
bool leadingInt(std::string* s, uint64_t* x) {
  size_t i = 0;
  *x = 0;
  for (; i < s->size(); i++) {
    const char c = (*s)[i];
    if (c < '0' || c > '9') break;
    if (*x > kBit63 / 10) return false;
    *x = *x * 10 + static_cast<uint64_t>(c - '0');
    if (*x > kBit63) return false;
  }
  *s = s->substr(i);
  return true;
}

// Go: time/format.go leadingFraction.
void leadingFraction(std::string* s, uint64_t* x, double* scale) {
  size_t i = 0;
  *x = 0;
  *scale = 1;
  bool overflow = false;
  for (; i < s->size(); i++) {
    const char c = (*s)[i];
    if (c < '0' || c > '9') break;
    if (overflow) continue;
    if (*x > (kBit63 - 1) / 10) {
      overflow = true;
      continue;
    }
    const uint64_t y = *x * 10 + static_cast<uint64_t>(c - '0');
    if (y > kBit63) {
      overflow = true;
      continue;
    }
    *x = y;
    *scale *= 10;
  }
  *s = s->substr(i);
}

uint64_t unit_of(const std::string& u) {
  if (u == "ns") return 1;
  if (u == "us" || u == "\xc2\xb5s" || u == "\xce\xbcs") return 1000;  // U+00B5 micro sign, U+03BC mu
  if (u == "ms") return 1000000;
  if (u == "s") return 1000000000;
  if (u == "m") return 60000000000ULL;
  if (u == "h") return 3600000000000ULL;
  return 0;
}

// Go: time/format.go ParseDuration. Returns the error text ("" for none).
std::string ParseDuration(const std::string& orig, int64_t* out) {
  *out = 0;
  std::string s = orig;
  uint64_t d = 0;
  bool neg = false;
  const std::string invalid = "time: invalid duration " + gotime::quote(orig);
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s = s.substr(1);
  }
  if (s == "0") return "";
  if (s.empty()) return invalid;
  while (!s.empty()) {
    uint64_t v = 0;
    uint64_t f = 0;
    double scale = 1;
    if (!(s[0] == '.' || ('0' <= s[0] && s[0] <= '9'))) return invalid;
    size_t pl = s.size();
    if (!leadingInt(&s, &v)) return invalid;
    const bool pre = pl != s.size();
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s = s.substr(1);
      pl = s.size();
      leadingFraction(&s, &f, &scale);
      post = pl != s.size();
    }
    if (!pre && !post) return invalid;
    size_t i = 0;
    for (; i < s.size(); i++) {
      const char c = s[i];
      if (c == '.' || ('0' <= c && c <= '9')) break;
    }
    if (i == 0) return "time: missing unit in duration " + gotime::quote(orig);
    const std::string u = s.substr(0, i);
    s = s.substr(i);
    const uint64_t unit = unit_of(u);
    if (unit == 0) return "time: unknown unit " + gotime::quote(u) + " in duration " + gotime::quote(orig);
    if (v > kBit63 / unit) return invalid;
    v *= unit;
    if (f > 0) {
      // float64 is needed to be nanosecond accurate for fractions of hours (Go's comment).
      v += static_cast<uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
      if (v > kBit63) return invalid;
    }
    d += v;
    if (d > kBit63) return invalid;
  }
  if (neg) {
    *out = static_cast<int64_t>(0 - d);
    return "";
  }
  if (d > kBit63 - 1) return invalid;
  *out = static_cast<int64_t>(d);
  return "";
}

}  // namespace

bool Exec::time_more_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto fn = static_cast<LibFunc>(id);
  auto set_int = [&](uint64_t at, int64_t v) { st8(at, static_cast<uint64_t>(v)); };
  switch (fn) {
    case LibFunc::TimeUnixMilli: {  // Go: Unix(msec/1e3, (msec%1e3)*1e6)
      const auto ms = static_cast<int64_t>(ld8(args));
      put_time(results, gotime::unix_time(ms / 1000, (ms % 1000) * 1000000));
      return false;
    }
    case LibFunc::TimeUnixMicro: {  // Go: Unix(usec/1e6, (usec%1e6)*1e3)
      const auto us = static_cast<int64_t>(ld8(args));
      put_time(results, gotime::unix_time(us / 1000000, (us % 1000000) * 1000));
      return false;
    }
    case LibFunc::TimeParseDuration: {
      int64_t d = 0;
      const std::string e = ParseDuration(str_at(args), &d);
      set_int(results, d);
      error_value(e, results + 8);
      return false;
    }
    case LibFunc::TimeLocationString: {  // Go: l.get().name; a nil *Location is UTC
      const uint64_t l = ld8(args);
      const std::string name = l == 0 ? "UTC" : str_at(l);
      st8(results, name.empty() ? 0 : new_string(name));
      st8(results + 8, name.size());
      return false;
    }
    default: break;
  }
  // The methods of Time: the receiver's three words first, then the arguments.
  const gotime::Time t = time_at(args);
  switch (fn) {
    case LibFunc::TimeTimeUnixMilli:
      set_int(results, gotime::unix_sec(t) * 1000 + gotime::nsec(t) / 1000000);
      return false;
    case LibFunc::TimeTimeUnixMicro:
      set_int(results, gotime::unix_sec(t) * 1000000 + gotime::nsec(t) / 1000);
      return false;
    case LibFunc::TimeTimeAddDate: {
      // Go: Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
      const gotime::DateParts p = gotime::parts(t);
      const auto years = static_cast<int64_t>(ld8(args + 24));
      const auto months = static_cast<int64_t>(ld8(args + 32));
      const auto days = static_cast<int64_t>(ld8(args + 40));
      put_time(results, gotime::date(p.year + years, p.month + months, p.day + days, p.hour, p.min, p.sec,
                                     gotime::nsec(t)));
      return false;
    }
    case LibFunc::TimeTimeLocation:  // Go: a nil loc is UTC: &utcLoc
      return io_lib(static_cast<int64_t>(LibFunc::TimeUTCLoc), args, results);
    case LibFunc::TimeTimeDate: {
      const gotime::DateParts p = gotime::parts(t);
      set_int(results, p.year);
      set_int(results + 8, p.month);
      set_int(results + 16, p.day);
      return false;
    }
    case LibFunc::TimeTimeClock: {
      const gotime::DateParts p = gotime::parts(t);
      set_int(results, p.hour);
      set_int(results + 8, p.min);
      set_int(results + 16, p.sec);
      return false;
    }
    default:
      panic_text("gosim: this library function is not implemented yet (id " + std::to_string(id) + ")");
      return requested_;
  }
}

}  // namespace gosim::interp
