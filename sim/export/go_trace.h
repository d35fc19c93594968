// GoTraceWriter: a gosim run as a Go 1.19 execution trace (`gosim run --go-trace OUT.trace`),
// the file `runtime/trace.Start` writes, so `go tool trace` opens a simulated run like a real one.
//
// It is an observer of the event stream, like the JSON Lines writer: on_event() sees each gosim
// event with the machine, translates the scheduling ones into the tracer's events (the table is
// in go_trace.cpp) and keeps the shadow state the reader checks (which G runs on which P, each
// G's sequence number, whether a P has started), so the file always parses. finish() returns
// the bytes; they depend only on the events, so the same run gives the same file.
//
// What gosim simplifies, and says so in docs/export.md:
//  - Time. Virtual nanoseconds are the timestamps, but many gosim events share one virtual
//    instant, and the reader orders events of different Ps by timestamp. So the trace clock
//    ticks kTicksPerNs times per virtual nanosecond and events at one instant get consecutive
//    ticks in gosim's order; EvFrequency says so, and `go tool trace` shows virtual nanoseconds.
//  - PCs. gosim has no machine code: each distinct (function, file, line) gets a made-up PC.
//  - Events Go's tracer has and gosim does not model (CPU samples, user tasks and regions,
//    futile wakeups) never appear.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "sim/export/go_trace_format.h"
#include "sim/trace/event.h"

namespace gosim {

class Machine;

namespace exporter {

class GoTraceWriter {
 public:
  static constexpr uint64_t kTicksPerNs = 1024;  // a power of two: ns = ticks / 1024 exactly in float

  void on_event(const Machine& mc, const Event& e);
  // The whole file: header, one batch per P (and one for events without a P), the string and
  // stack dictionaries, the frequency. First it ends the trace as runtime/trace.Stop does: the
  // goroutines still running yield (EvGoSched) and their Ps stop.
  std::string finish();

  // How many events of each tracer type were written (tests compare them with gosim's events).
  const std::array<uint64_t, kEvCount>& counts() const { return counts_; }
  // gosim events that could not be written without breaking the reader's rules (0 on every
  // shipped scenario; a test checks it).
  uint64_t dropped() const { return dropped_; }

 private:
  enum class GSt : uint8_t { kDead, kRunnable, kRunning, kWaiting };
  struct GState {
    GSt st = GSt::kDead;
    uint64_t seq = 0;       // the reader's per-goroutine sequence number (next one expected)
    int32_t p = -1;         // the P whose batch it runs in
    bool started = false;
    bool in_syscall = false;
    bool sys_blocked = false;  // EvGoSysBlock written: it waits for EvGoSysExit
  };
  struct PState {
    bool running = false;  // EvProcStart written, no EvProcStop since
    int64_t g = 0;         // the goroutine it runs (0: none)
    std::string buf;       // the batch's events
    uint64_t last_tick = 0;
  };

  // --- the event table (go_trace.cpp) ---
  void translate(const Machine& mc, const Event& e, uint64_t tick);
  void go_park(const Machine& mc, const Event& e, uint64_t tick);
  void netpoll(const Machine& mc, const Event& e, uint64_t tick);
  void syscall_exit(const Machine& mc, const Event& e, uint64_t tick);
  void gc_phase(const Machine& mc, const Event& e, uint64_t tick);
  // Stops the running G of its P with event `type` (block, sched, preempt, end); false if the
  // shadow state says it is not running.
  bool stop_running(const Machine& mc, int64_t goid, uint8_t type, uint64_t tick, GSt next);
  void start_g(int32_t pid, int32_t m, int64_t goid, uint64_t tick);
  void ensure_proc(int32_t pid, int32_t m, uint64_t tick);
  void stop_proc(int32_t pid, uint64_t tick);

  // --- encoding and dictionaries (go_trace_tables.cpp) ---
  void put(int32_t pid, uint8_t type, uint64_t tick, std::initializer_list<uint64_t> args);
  uint64_t string_id(const std::string& s);
  uint64_t frame_pc(const std::string& func, const std::string& file, int32_t line);
  uint64_t stack_id(const std::vector<uint64_t>& pcs);
  // The goroutine's call stack now, innermost first (0: none).
  uint64_t stack_of(const Machine& mc, int64_t goid);
  // The one-frame stack of the function a new goroutine starts in (what the goroutine
  // analysis groups goroutines by).
  uint64_t start_stack(const Machine& mc, int64_t goid);

  std::map<int64_t, GState> gs_;
  std::map<int32_t, PState> ps_;  // -1: events with no P (Go: traceGlobProc)
  std::map<std::string, uint64_t> strings_;
  std::map<std::tuple<std::string, std::string, int32_t>, uint64_t> frames_;  // -> PC
  std::vector<std::tuple<uint64_t, uint64_t, uint64_t, int32_t>> frame_list_;  // PC, func id, file id, line
  std::map<std::vector<uint64_t>, uint64_t> stacks_;
  std::array<uint64_t, kEvCount> counts_{};
  uint64_t dropped_ = 0;
  uint64_t last_tick_ = 0;
  bool started_ = false;
  bool gc_running_ = false;
  bool stw_ = false;
  int32_t sweep_p_ = -2;  // the P whose batch holds the open EvGCSweepStart (-2: none)
  uint64_t gc_seq_ = 0;
  uint64_t heap_live_ = 0;
};

}  // namespace exporter
}  // namespace gosim
