// Package time's wall-clock arithmetic and Format, on the three words of a time.Time.
//
// Go: time/time.go and time/format.go (1.19). A Time is {wall uint64, ext int64, loc *Location}:
// with the hasMonotonic bit set, wall holds 33 bits of seconds since 1885 and 30 bits of
// nanoseconds, and ext the monotonic reading (ns since the process started); without it, wall
// holds only the nanoseconds and ext the signed seconds since January 1 of year 1. These
// functions are Go's, line for line, with one simplification said in docs/go-subset.md: every
// location is UTC (gosim has no time zone database; Local is UTC, as in a container without TZ).
#pragma once

#include <cstdint>
#include <string>

namespace gosim::interp::gotime {

struct Time {
  uint64_t wall = 0;
  int64_t ext = 0;
  uint64_t loc = 0;  // gosim: always nil (UTC)
};

constexpr uint64_t kHasMonotonic = uint64_t{1} << 63;
constexpr int64_t kSecondsPerDay = 86400;
constexpr int64_t kUnixToInternal = (1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;
constexpr int64_t kWallToInternal = (1884LL * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kSecondsPerDay;

// gosim's virtual wall clock starts where the Go playground's does: 2009-11-10 23:00:00 UTC.
constexpr int64_t kEpochUnix = 1257894000;

// Go: time.Now with the virtual clock: mono = nanoseconds since the program started.
Time now_at(int64_t mono);
// Go: time.Date (loc UTC), time.Unix.
Time date(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec);
Time unix_time(int64_t sec, int64_t nsec);

int64_t sec(const Time& t);       // seconds since January 1, year 1
int32_t nsec(const Time& t);
int64_t unix_sec(const Time& t);  // Go: (Time).Unix
Time add(Time t, int64_t d);      // Go: (Time).Add
int64_t sub(const Time& t, const Time& u);
bool before(const Time& t, const Time& u);
bool after(const Time& t, const Time& u);
bool equal(const Time& t, const Time& u);
Time truncate(Time t, int64_t d);
Time strip_mono(Time t);

struct DateParts {
  int64_t year = 0;
  int64_t month = 0;  // 1..12
  int64_t day = 0;
  int64_t yday = 0;   // 1-based
  int64_t hour = 0, min = 0, sec = 0;
  int64_t weekday = 0;  // 0 = Sunday
};
DateParts parts(const Time& t);

std::string month_string(int64_t m);    // Go: Month.String ("%!Month(13)" out of range)
std::string weekday_string(int64_t d);  // Go: Weekday.String
std::string format(const Time& t, const std::string& layout);  // Go: (Time).Format
std::string time_string(const Time& t);  // Go: (Time).String (with " m=+0.000000001" when monotonic)

// Go: time.Parse(layout, value) (time_parse.cpp). `error` is ParseError's text ("" for none).
// A value in a zone other than UTC would be in a FixedZone Location, which gosim does not model:
// `unsupported_zone` then names the zone ("MST +0000", "+0200") and `time` is the instant.
struct ParseResult {
  Time time;
  std::string error;
  std::string unsupported_zone;
  // part lang19: the *ParseError's fields (Go: format.go ParseError) when error is set; the
  // message is a concatenation Go makes at run time (`": extra text: " + quote(value)`, the
  // range errors) when message_made, else one of Go's constants.
  std::string layout_elem, value_elem, message;
  bool message_made = false;
};
ParseResult parse(const std::string& layout, const std::string& value);

// Go: time/format.go quote (ParseError.Error and ParseDuration's errors use it): bytes >= 0x80
// and control bytes as \x escapes, '"' and '\\' escaped; not strconv.Quote.
std::string quote(const std::string& s);

}  // namespace gosim::interp::gotime
