// The range table the CLI flags share with the scenario schema (sim/scenario/ranges.h).
#include <doctest/doctest.h>

#include "sim/scenario/ranges.h"

using namespace gosim;

TEST_CASE("every key a numeric flag sets has its range in the schema") {
  // The keys cli/run_flags.cpp looks up; a key missing here would leave its flag unchecked.
  for (const char* key : {"GOMAXPROCS", "GOGC", "GOMEMLIMIT", "seed", "limits.max_events", "limits.max_virtual_time_ms",
                          "limits.max_goroutines", "limits.max_stack_bytes", "limits.max_heap_bytes",
                          "whatif.sysmon_period_us"}) {
    INFO(key);
    CHECK(config_range(key).has_value());
  }
  CHECK_FALSE(config_range("limits.no_such_key").has_value());
  CHECK_FALSE(config_range("gctrace").has_value());  // a boolean has no range
}

TEST_CASE("the ranges are the schema's minimum and maximum") {
  const IntRange procs = *config_range("GOMAXPROCS");
  CHECK(procs.min == 1);
  CHECK(procs.max == 256);
  const IntRange gogc = *config_range("GOGC");  // the integer alternative of oneOf
  CHECK(gogc.min == -1);
  CHECK(gogc.max == 100000);
  const IntRange ms = *config_range("limits.max_virtual_time_ms");
  CHECK(ms.max == INT64_MAX / 1'000'000);  // nanoseconds still fit in int64
  CHECK(config_range("limits.max_goroutines")->min == 1);
  CHECK(config_range("limits.max_events")->max == INT64_MAX);
  CHECK(config_range("seed")->min == 0);
  CHECK(config_range("whatif.sysmon_period_us")->max == 1'000'000);
  CHECK(range_text(procs) == "between 1 and 256");
}

TEST_CASE("parse_int64 takes the whole string and nothing that overflows") {
  CHECK(parse_int64("50") == 50);
  CHECK(parse_int64("-1") == -1);
  CHECK(parse_int64("+7") == 7);
  CHECK(parse_int64("9223372036854775807") == INT64_MAX);
  CHECK_FALSE(parse_int64("9223372036854775808").has_value());
  CHECK_FALSE(parse_int64("50abc").has_value());
  CHECK_FALSE(parse_int64("").has_value());
  CHECK_FALSE(parse_int64(" 5").has_value());
  CHECK_FALSE(parse_int64("1e3").has_value());
  CHECK_FALSE(parse_int64("+-3").has_value());
  CHECK_FALSE(parse_int64("-").has_value());
}
