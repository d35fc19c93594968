#include "sim/engine/engine.h"

#include <stdexcept>

namespace gosim {

std::string_view limit_name(LimitKind k) {
  switch (k) {
    case LimitKind::kNone: return "none";
    case LimitKind::kMaxEvents: return "max_events";
    case LimitKind::kMaxVirtualTime: return "max_virtual_time";
    case LimitKind::kMaxGoroutines: return "max_goroutines";
    case LimitKind::kMaxStack: return "max_stack_bytes";
    case LimitKind::kMaxHeap: return "max_heap_bytes";
    case LimitKind::kMaxCpuTime: return "max_cpu_time";
  }
  return "?";
}

std::string_view limit_flag(LimitKind k) {
  switch (k) {
    case LimitKind::kMaxEvents: return "--max-events";
    case LimitKind::kMaxVirtualTime: return "--max-time-ms";
    case LimitKind::kMaxGoroutines: return "--max-goroutines";
    case LimitKind::kMaxStack: return "--max-stack-bytes";
    case LimitKind::kMaxHeap: return "--max-heap-bytes";
    case LimitKind::kMaxCpuTime: return "--max-cpu-ms";
    default: return "the scenario's config.limits";
  }
}

void stop_at_limit(EngineState& es, LimitKind which, int64_t value) {
  if (es.finished) return;
  es.finished = true;  // the state at the Limit event says the run has ended, and why
  es.limit = which;
  es.limit_value = value;
  Event e;
  e.kind = EventKind::kLimit;
  e.a = static_cast<int64_t>(which);
  e.b = value;
  emit(es, e);
}

bool Engine::refill() {
  EngineState& es = sim_.engine_state();
  // Agenda items handled at one instant without an event: a model that keeps rescheduling work
  // it never does (a livelock) would otherwise loop here where neither the event limit nor the
  // virtual-time limit can see it. Real runs handle a few per P per instant.
  constexpr uint64_t kMaxSilentItems = uint64_t{1} << 22;
  uint64_t silent = 0;
  while (es.pending.empty()) {
    if (es.finished) return false;
    if (es.agenda.empty()) {
      sim_.on_quiescent();
      if (!es.finished && es.agenda.empty() && es.pending.empty()) {
        throw std::logic_error("engine: the model left nothing to do and did not end the run");
      }
      continue;
    }
    const AgendaItem item = es.agenda.pop();
    if (item.time > limits_.max_virtual_time) {
      es.now = limits_.max_virtual_time;
      stop_at_limit(es, LimitKind::kMaxVirtualTime, limits_.max_virtual_time);
      break;
    }
    if (item.time > es.now) {
      es.now = item.time;
      silent = 0;
    } else if (++silent > kMaxSilentItems) {
      throw std::logic_error("engine: agenda items at one instant keep making no event (a livelock)");
    }
    sim_.dispatch(item);
  }
  return true;
}

std::optional<Event> Engine::step() {
  EngineState& es = sim_.engine_state();
  if (es.pending.empty() && !refill()) return std::nullopt;
  Event e = es.pending.front();
  es.pending.pop_front();
  ++es.returned;
  // The limit is an event of its own, so a runaway run ends by saying why.
  if (es.returned >= static_cast<uint64_t>(limits_.max_events) && !es.finished) {
    // Events already computed past the limit are dropped, and numbering stays contiguous.
    es.pending.clear();
    es.next_seq = es.returned + 1;
    stop_at_limit(es, LimitKind::kMaxEvents, limits_.max_events);
  }
  return e;
}

}  // namespace gosim
