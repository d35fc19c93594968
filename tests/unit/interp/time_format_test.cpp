// Package time's calendar (sim/interp/time_format.cpp, Go's time.go and format.go). The Go lines
// beside each case produced the expected strings with Go 1.19.8.
#include <doctest/doctest.h>

#include "sim/interp/time_format.h"

using namespace gosim::interp::gotime;  // NOLINT: the module under test

TEST_CASE("Date and Format follow Go's calendar and layout language") {
  const Time t = date(2009, 11, 10, 23, 0, 0, 0);
  // t.Format(time.RFC3339Nano) → "2009-11-10T23:00:00Z"
  CHECK(format(t, "2006-01-02T15:04:05.999999999Z07:00") == "2009-11-10T23:00:00Z");
  // t.Add(1500*time.Millisecond).Format("Mon Jan _2 15:04:05.000 2006 __2 002 pm -07:00")
  CHECK(format(add(t, 1500000000), "Mon Jan _2 15:04:05.000 2006 __2 002 pm -07:00") ==
        "Tue Nov 10 23:00:01.500 2009 314 314 pm +00:00");
  // time.Date(-1, 12, 31, 0, 0, 0, 0, time.UTC).Format("2006 06 Jan 2") → "-0001 01 Dec 31"
  CHECK(format(date(-1, 12, 31, 0, 0, 0, 0), "2006 06 Jan 2") == "-0001 01 Dec 31");
  CHECK(unix_sec(t) == 1257894000);  // t.Unix()
  // time.Date(2023, 10, 32, 25, 0, 0, -1, time.UTC).String()
  CHECK(time_string(date(2023, 10, 32, 25, 0, 0, -1)) == "2023-11-02 00:59:59.999999999 +0000 UTC");
}

TEST_CASE("Truncate uses Go's div, including times before year 1") {
  // time.Date(2022, 6, 30, 23, 45, 30, 0, time.UTC).Truncate(7*time.Minute).Unix() → 1656632400
  CHECK(unix_sec(truncate(date(2022, 6, 30, 23, 45, 30, 0), 7 * 60 * 1000000000LL)) == 1656632400);
  // time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Second).Truncate(3*time.Second+1).Nanosecond() → 999999999
  CHECK(nsec(truncate(add(date(1, 1, 1, 0, 0, 0, 0), -1000000000), 3000000001LL)) == 999999999);
}

TEST_CASE("time.Now is virtual: gosim's epoch plus the virtual clock, with a monotonic reading") {
  // The epoch is the Go playground's time; the " m=" suffix is Go's String for a monotonic Time.
  const Time n = now_at(1234);
  CHECK(unix_sec(n) == kEpochUnix);
  CHECK(time_string(n) == "2009-11-10 23:00:00.000001234 +0000 UTC m=+0.000001234");
  const Time later = now_at(2500000000LL);
  CHECK(sub(later, n) == 2500000000LL - 1234);  // both monotonic: the readings' difference
  CHECK(time_string(strip_mono(later)) == "2009-11-10 23:00:02.5 +0000 UTC");
}

TEST_CASE("Month and Weekday names, and Go's text out of range") {
  CHECK(month_string(2) == "February");
  CHECK(month_string(13) == "%!Month(13)");
  CHECK(weekday_string(0) == "Sunday");
  CHECK(weekday_string(-1) == "%!Weekday(18446744073709551615)");  // Go: fmtInt(buf, uint64(d))
  CHECK(parts(date(2024, 12, 31, 0, 0, 0, 0)).yday == 366);
  CHECK(parts(date(1970, 1, 1, 0, 0, 0, 0)).weekday == 4);  // Thursday
}
