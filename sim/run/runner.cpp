#include "sim/run/runner.h"

#include <fmt/format.h>

#include "sim/trace/hash.h"

namespace gosim {

RunReport run_to_end(Machine& machine, const EventSink& sink, bool want_hash) {
  TraceHasher hash;
  RunReport r;
  while (auto e = machine.step()) {
    if (want_hash) hash.add(*e);
    ++r.events;
    if (sink) sink(machine, *e);
  }
  const Model& md = machine.model();
  if (want_hash) {
    hash.add_bytes(md.output);
    // Past the kept window the hash covers the tail and how much came before it.
    if (md.output_dropped > 0) hash.add_bytes(std::to_string(md.output_dropped));
    r.trace_hash = hash.hex();
  }
  r.exit_kind = md.engine.limit != LimitKind::kNone ? ExitKind::kLimit : md.exit_kind;
  r.exit_code = md.exit_code;
  r.limit = md.engine.limit;
  r.limit_value = md.engine.limit_value;
  r.end_time = md.engine.now;
  return r;
}

std::string limit_message(const RunReport& r) {
  std::string what;
  switch (r.limit) {
    case LimitKind::kMaxEvents: what = fmt::format("{} events", r.limit_value); break;
    case LimitKind::kMaxVirtualTime: what = fmt::format("{} ms of virtual time", r.limit_value / 1'000'000); break;
    case LimitKind::kMaxCpuTime:
      what = fmt::format("{} ms of virtual CPU time: goroutine code that never stops running", r.limit_value / 1'000'000);
      break;
    case LimitKind::kMaxGoroutines: what = fmt::format("{} live goroutines", r.limit_value); break;
    default: what = fmt::format("{}", r.limit_value); break;
  }
  return fmt::format("gosim: the run reached {} ({}); raise it with {} or in the scenario's config.limits",
                     limit_name(r.limit), what, limit_flag(r.limit));
}

}  // namespace gosim
