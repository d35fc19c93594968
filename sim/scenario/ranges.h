// The numeric range of every config key, one table for the scenario loader and the CLI.
//
// The table is the scenario schema itself (scenario.schema.json, compiled in): its "minimum"
// and "maximum" are what `gosim check` enforces on a scenario file, and config_range reads the
// same numbers for the command-line flag that sets the same key (--max-events for
// config.limits.max_events), so a flag can never accept a value the file would refuse. The
// bounds also keep every value usable: milliseconds that still fit in int64 as nanoseconds,
// a sysmon period that cannot stall the run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gosim {

struct IntRange {
  int64_t min = INT64_MIN;
  int64_t max = INT64_MAX;
  bool contains(int64_t v) const { return v >= min && v <= max; }
};

// The range of a config key given by its path below "config", with dots: "GOMAXPROCS",
// "limits.max_events", "whatif.sysmon_period_us". For a key with alternatives (GOGC: an
// integer or "off") the integer's. nullopt when the schema has no integer key by that name
// (a unit test keeps every flag's key in the schema).
std::optional<IntRange> config_range(std::string_view key);

// "between 1 and 256", for messages and --help.
std::string range_text(const IntRange& r);

// Parses all of `text` as a decimal integer (optional sign, digits only); nullopt for anything
// else, including a value outside int64.
std::optional<int64_t> parse_int64(std::string_view text);

}  // namespace gosim
