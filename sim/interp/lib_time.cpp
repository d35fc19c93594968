// Package time's calendar as the interpreter sees it (part io of issue #19): time.Now on the
// virtual clock, Date, Unix, Month/Weekday.String and the Time methods (the arithmetic is
// time_format.cpp, Go's code; every location is UTC).
//
// A Time is passed as its three words {wall, ext, loc}; a method's receiver comes first in
// the argument block, then its arguments, as Go lays them out.
#include <cstring>

#include "sim/interp/exec.h"
#include "sim/interp/time_format.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

gotime::Time Exec::time_at(uint64_t at) const {
  return gotime::Time{ld8(at), static_cast<int64_t>(ld8(at + 8)), ld8(at + 16)};
}

void Exec::put_time(uint64_t at, const gotime::Time& t) {
  st8(at, t.wall);
  st8(at + 8, static_cast<uint64_t>(t.ext));
  st8(at + 16, 0);  // Go: all UTC times have loc == nil
}

bool Exec::time_lib(int64_t id, uint64_t args, uint64_t results) {
  auto set_int = [&](int64_t v) { st8(results, static_cast<uint64_t>(v)); };
  auto set_bool = [&](bool v) { mem_.store(results, v ? 1 : 0, 1); };
  auto set_str = [&](const std::string& s) {
    st8(results, s.empty() ? 0 : new_string(s));
    st8(results + 8, s.size());
  };
  const auto fn = static_cast<LibFunc>(id);
  switch (fn) {
    case LibFunc::TimeMonthString: set_str(gotime::month_string(static_cast<int64_t>(ld8(args)))); return false;
    case LibFunc::TimeWeekdayString: set_str(gotime::weekday_string(static_cast<int64_t>(ld8(args)))); return false;
    case LibFunc::TimeDate: {
      if (ld8(args + 56) == 0) {
        panic_text("time: missing Location in call to Date");
        return requested_;
      }
      int64_t v[7];
      for (int i = 0; i < 7; ++i) v[i] = static_cast<int64_t>(ld8(args + 8 * static_cast<uint64_t>(i)));
      put_time(results, gotime::date(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
      return false;
    }
    case LibFunc::TimeUnix:
      put_time(results, gotime::unix_time(static_cast<int64_t>(ld8(args)), static_cast<int64_t>(ld8(args + 8))));
      return false;
    default: break;
  }
  // The methods of Time: the receiver's three words first.
  const gotime::Time t = time_at(args);
  switch (fn) {
    case LibFunc::TimeTimeYear: set_int(gotime::parts(t).year); return false;
    case LibFunc::TimeTimeMonth: set_int(gotime::parts(t).month); return false;
    case LibFunc::TimeTimeDay: set_int(gotime::parts(t).day); return false;
    case LibFunc::TimeTimeHour: set_int(gotime::parts(t).hour); return false;
    case LibFunc::TimeTimeMinute: set_int(gotime::parts(t).min); return false;
    case LibFunc::TimeTimeSecond: set_int(gotime::parts(t).sec); return false;
    case LibFunc::TimeTimeNanosecond: set_int(gotime::nsec(t)); return false;
    case LibFunc::TimeTimeYearDay: set_int(gotime::parts(t).yday); return false;
    case LibFunc::TimeTimeWeekday: set_int(gotime::parts(t).weekday); return false;
    case LibFunc::TimeTimeFormat: set_str(gotime::format(t, str_at(args + 24))); return false;
    case LibFunc::TimeTimeString: set_str(gotime::time_string(t)); return false;
    case LibFunc::TimeTimeTruncate: put_time(results, gotime::truncate(t, static_cast<int64_t>(ld8(args + 24)))); return false;
    case LibFunc::TimeTimeUTC: put_time(results, t); return false;
    case LibFunc::TimeTimeBefore: set_bool(gotime::before(t, time_at(args + 24))); return false;
    case LibFunc::TimeTimeAfter: set_bool(gotime::after(t, time_at(args + 24))); return false;
    case LibFunc::TimeTimeEqual: set_bool(gotime::equal(t, time_at(args + 24))); return false;
    case LibFunc::TimeTimeIsZero: set_bool(gotime::sec(t) == 0 && gotime::nsec(t) == 0); return false;
    case LibFunc::TimeTimeUnix: set_int(gotime::unix_sec(t)); return false;
    default:
      panic_text("gosim: this library function is not implemented yet (id " + std::to_string(id) + ")");
      return requested_;
  }
}

}  // namespace gosim::interp
