// The discrete-event engine: virtual time, the agenda, and step().
//
// The engine knows nothing about goroutines. It drives a Simulation (the Go runtime model in
// sim/rt) through one interface: "here is the earliest agenda item, process it". Processing
// emits Events into a queue; step() hands them out one at a time, so a learner can pause after
// any single runtime step even when one agenda item produced several (a send that readies a
// receiver and then parks the sender, say).
//
// Several Ps, one host thread: each P that has work owns one agenda item at its own virtual
// clock, and the engine always processes the earliest, ties in insertion order. Shared model
// state is touched only while an item is processed, so the interleaving is defined.
//
// All engine state is in EngineState, plain data inside the model, so a checkpoint of the
// model is a checkpoint of the engine.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/engine/agenda.h"
#include "sim/trace/event.h"

namespace gosim {

// Which gosim limit ended a run (Event::a of a Limit event).
enum class LimitKind : int32_t { kNone = 0, kMaxEvents, kMaxVirtualTime, kMaxGoroutines, kMaxStack, kMaxHeap, kMaxCpuTime };
std::string_view limit_name(LimitKind k);         // "max_events"
std::string_view limit_flag(LimitKind k);         // "--max-events"

struct EngineLimits {
  int64_t max_events = Limits{}.max_events;
  VTime max_virtual_time = Limits{}.max_virtual_time_ns;
};

// Emitted events waiting for step(): a FIFO that reuses one buffer. It empties after almost
// every agenda item, so unlike a deque it never allocates once it has grown to a run's widest
// burst (a std::deque<Event> allocated and freed a block per event burst: a tenth of ping-pong).
class EventQueue {
 public:
  bool empty() const { return head_ == buf_.size(); }
  size_t size() const { return buf_.size() - head_; }
  const Event& front() const { return buf_[head_]; }
  const Event& back() const { return buf_.back(); }
  const Event* begin() const { return buf_.data() + head_; }
  const Event* end() const { return buf_.data() + buf_.size(); }
  size_t capacity_bytes() const { return buf_.capacity() * sizeof(Event); }
  void push_back(const Event& e) { buf_.push_back(e); }
  void pop_front() {
    if (++head_ == buf_.size()) clear();
  }
  void clear() {
    buf_.clear();
    head_ = 0;
  }

 private:
  std::vector<Event> buf_;
  size_t head_ = 0;
};

// Sees each event the instant it is emitted, with the model exactly as it is then: the moment
// that makes every event a pause point (Machine::capture_at, --check-events). Host-side, not
// model state; the Machine that owns the model sets it (and sets it again after a restore).
class EmitObserver {
 public:
  virtual ~EmitObserver() = default;
  virtual void on_emit(const Event& e) = 0;
};

struct EngineState {
  VTime now = 0;
  Agenda agenda;
  EventQueue pending;  // emitted, not yet returned by step()
  uint64_t next_seq = 1;      // seq of the next emitted event
  uint64_t returned = 0;      // events handed out so far
  bool finished = false;      // the program ended (exit, fatal error, deadlock, limit)
  LimitKind limit = LimitKind::kNone;
  int64_t limit_value = 0;
  EmitObserver* observer = nullptr;  // not state: see EmitObserver
};

// Records an event at the current virtual time.
inline void emit(EngineState& es, Event e) {
  e.seq = es.next_seq++;
  e.time = es.now;
  es.pending.push_back(e);
  if (es.observer != nullptr) es.observer->on_emit(es.pending.back());
}

// Ends the run because a gosim limit was reached; the Limit event is the run's last.
void stop_at_limit(EngineState& es, LimitKind which, int64_t value);

class Simulation {
 public:
  virtual ~Simulation() = default;
  virtual EngineState& engine_state() = 0;
  // Process one agenda item at engine_state().now.
  virtual void dispatch(const AgendaItem& item) = 0;
  // Nothing is left on the agenda but the program has not ended: nothing can ever happen
  // again. The model decides what that means (Go: checkdead's deadlock report) and must
  // either finish the run or add an item.
  virtual void on_quiescent() = 0;
};

class Engine {
 public:
  Engine(Simulation& sim, EngineLimits limits) : sim_(sim), limits_(limits) {}

  // Processes agenda items until one event is available and returns it; nullopt once the run
  // has ended and every event has been handed out.
  std::optional<Event> step();

  // Steps until `pred(event)` holds; returns that event, or nullopt if the run ended first.
  template <class Pred>
  std::optional<Event> run_until(Pred&& pred) {
    while (auto e = step()) {
      if (pred(*e)) return e;
    }
    return std::nullopt;
  }

  // Runs to the end; returns how many events were handed out.
  uint64_t run() {
    uint64_t n = 0;
    while (step()) ++n;
    return n;
  }

  const EngineLimits& limits() const { return limits_; }

 private:
  bool refill();  // processes items until an event is pending or the run is over
  Simulation& sim_;
  EngineLimits limits_;
};

}  // namespace gosim
