#include "sim/rt/output.h"
#include "sim/state/state.h"

#include <fmt/format.h>

#include "sim/interp/interp.h"
#include "sim/rt/exit_status.h"
#include "sim/state/state_impl.h"
#include "sim/trace/vtime.h"

namespace gosim::state {

using json = nlohmann::ordered_json;

std::string hex(uint64_t v) { return fmt::format("{:#x}", v); }

namespace {

json event_json(const Machine& mc, const Event& e, Lang lang) {
  const EventInfo& info = event_info(e.kind);
  json args = json::object();
  const int64_t vals[3] = {e.a, e.b, e.c};
  for (int i = 0; i < 3; ++i) {
    if (!info.arg_names[i].empty()) args[std::string(info.arg_names[i])] = vals[i];
  }
  return {{"seq", e.seq},
          {"time_ns", e.time},
          {"time", format_vtime(e.time)},
          {"kind", info.name},
          {"category", category_name(info.category)},
          {"p", e.p},
          {"m", e.m},
          {"g", e.g},
          {"args", std::move(args)},
          {"func", event_go_func(e)},
          {"file", event_go_file(e)},
          {"text", mc.describe(e, lang)}};
}

json exit_json(const Model& md) {
  const char* kind = "running";
  if (md.engine.limit != LimitKind::kNone) {
    kind = "limit";
  } else {
    switch (md.exit_kind) {
      case ExitKind::kRunning: kind = "running"; break;
      case ExitKind::kExited: kind = "exited"; break;
      case ExitKind::kFatal: kind = "fatal"; break;
      case ExitKind::kLimit: kind = "limit"; break;
      case ExitKind::kInternal: kind = "internal"; break;
    }
  }
  const bool ended = std::string_view(kind) != "running";
  // The status `gosim run` exits with: 3 after a limit, 4 after an internal error.
  return {{"finished", ended}, {"kind", kind}, {"code", ended ? json(exit_status(md)) : json(nullptr)}};
}

}  // namespace

json state_json(const Machine& mc, const std::optional<Event>& event, Lang lang) {
  const Model& md = mc.state();
  const auto* in = dynamic_cast<const interp::Interp*>(&mc.program());
  const ir::Module* mod = in != nullptr ? &in->module() : nullptr;
  const Config& cfg = mc.config();
  json st;
  st["schema"] = kSchema;
  // A finished run's model is final: nothing follows its last event.
  const bool exact = !event || mc.finished() || mc.state_is_exact();
  st["at"] = {{"seq", event ? event->seq : 0}, {"exact", exact}};
  st["time_ns"] = event ? event->time : md.engine.now;
  st["config"] = {{"gomaxprocs", cfg.gomaxprocs}, {"seed", cfg.seed}, {"gogc", cfg.gogc}};
  st["event"] = event ? event_json(mc, *event, lang) : json(nullptr);
  st["exit"] = exit_json(md);
  st["goroutines"] = goroutines_json(mc, md, mod);
  st["ps"] = ps_json(md);
  st["ms"] = ms_json(md);
  st["sched"] = sched_json(md);
  st["channels"] = channels_json(md);
  st["semaphores"] = semaphores_json(md);
  st["sync"] = sync_json(md);
  st["netpoll"] = netpoll_json(md);
  st["files"] = files_json(md);  // part fs
  st["heap"] = heap_json(md);
  st["gc"] = gc_json(md);
  st["memstats"] = memstats_json(md);
  st["output"] = output_text(md);  // with a line saying what was dropped, when something was
  st["output_dropped"] = md.output_dropped;
  return st;
}

}  // namespace gosim::state
