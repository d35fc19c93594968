// Running a built program to its end, feeding every event to the sinks a front end asked for.
// The CLI uses it for `gosim run`; tests use it to compare output with real Go.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "sim/rt/machine.h"
#include "sim/trace/event.h"

namespace gosim {

struct RunReport {
  ExitKind exit_kind = ExitKind::kRunning;
  int exit_code = 0;           // what the process would return (0, os.Exit's code, 2 on fatal)
  LimitKind limit = LimitKind::kNone;
  int64_t limit_value = 0;
  uint64_t events = 0;
  VTime end_time = 0;
  std::string trace_hash;      // over every event and the program's output
};

// Called for each event in order, after the machine has processed it.
using EventSink = std::function<void(const Machine&, const Event&)>;

// want_hash = false skips the trace hash (a tenth of a fast run); trace_hash is then empty.
RunReport run_to_end(Machine& machine, const EventSink& sink, bool want_hash = true);

// What gosim prints when a limit ended the run, e.g. "gosim: the run reached max_events
// (1000000 events); raise it with --max-events or in the scenario's config.limits".
std::string limit_message(const RunReport& r);

}  // namespace gosim
