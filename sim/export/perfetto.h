// PerfettoWriter: a gosim run as Chrome trace-event JSON (`gosim run --perfetto OUT.json`),
// which ui.perfetto.dev and chrome://tracing open.
//
// The layout (Trace Event Format: "X" complete slices, "C" counters, "s"/"f" flow arrows bound
// to their enclosing slices with "bp":"e", "M" metadata for the names):
//   process 1 "Ps"       one thread per P: the goroutines it ran, one slice per stretch
//                        (name "G7 main.worker", args: goid, how the stretch ended)
//   process 2 "Ms"       one thread per M: the same stretches from the thread's side, and the
//                        system calls it sat in
//   process 3 "runtime"  thread 0 "GC": one slice per GC phase; counters "heap" (heapLive,
//                        the goal) and "goroutines" (running, runnable, waiting)
// Flow arrows go from the waker's slice to the woken goroutine's next slice (goready), and
// from the victim P to the thief P (runqsteal). Timestamps are virtual time in microseconds
// with nanosecond decimals; displayTimeUnit is "ns".
//
// Like the Go trace it is an observer of the event stream; the bytes depend only on the run.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sim/trace/event.h"

namespace gosim {

class Machine;

namespace exporter {

class PerfettoWriter {
 public:
  void on_event(const Machine& mc, const Event& e);
  // The whole JSON document (closes the slices still open at the last event).
  std::string finish();

 private:
  struct Open {
    int64_t goid = 0;
    VTime since = 0;
    int32_t m = -1;
  };
  void begin(const Machine& mc, int32_t pid, int32_t m, int64_t goid, VTime t);
  void end(int32_t pid, VTime t, const char* how);
  void end_goroutine(int64_t goid, VTime t, const char* how);
  void slice(int pid, int64_t tid, const std::string& name, VTime t0, VTime t1, const std::string& args_json);
  void flow(char ph, int pid, int64_t tid, uint64_t id, VTime t);
  void counters(const Machine& mc, const Event& e);
  void gc_phase(const Event& e);
  void thread_name(int pid, int64_t tid, const std::string& name);

  std::vector<std::string> events_;      // one JSON object each
  std::map<int32_t, Open> running_;      // by P
  struct PendingFlow {
    uint64_t id = 0;
    size_t start_index = 0;  // its "s" in events_ (dropped if the goroutine never runs again)
  };
  std::map<int64_t, PendingFlow> wake_flow_;  // goid -> the arrow waiting for its next start
  std::map<int32_t, bool> p_named_, m_named_;
  std::map<int64_t, std::string> fn_name_;  // goid -> its function
  std::map<int32_t, VTime> syscall_since_;  // M -> when its G entered the system call
  std::map<int32_t, int64_t> syscall_g_;
  uint64_t next_flow_ = 1;
  int gc_phase_ = 0;
  VTime gc_since_ = 0;
  VTime last_ = 0;
  uint64_t heap_live_ = ~0ull, heap_goal_ = ~0ull;
  int64_t n_running_ = -1, n_runnable_ = -1, n_waiting_ = -1;
};

// Timestamps: microseconds with three decimals, exact ("1.250" for 1250 ns).
std::string micros(VTime ns);

}  // namespace exporter
}  // namespace gosim
