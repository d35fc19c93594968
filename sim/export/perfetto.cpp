#include "sim/export/perfetto.h"

#include <fmt/format.h>

#include "sim/rt/machine.h"
#include "sim/rt/proc.h"
#include "sim/trace/jsonl.h"

namespace gosim::exporter {

namespace {

constexpr int kProcsPid = 1;
constexpr int kThreadsPid = 2;
constexpr int kRuntimePid = 3;

std::string quoted(std::string_view s) {
  std::string out = "\"";
  append_json_escaped(out, s);
  out += '"';
  return out;
}

const char* phase_name(int phase) {
  switch (phase) {
    case 1: return "GC sweep termination (STW)";
    case 2: return "GC mark";
    case 3: return "GC mark termination (STW)";
    case 4: return "GC sweep";
    default: return "GC off";
  }
}

}  // namespace

std::string micros(VTime ns) { return fmt::format("{}.{:03}", ns / 1000, ns % 1000); }

void PerfettoWriter::thread_name(int pid, int64_t tid, const std::string& name) {
  events_.push_back(fmt::format(R"({{"ph":"M","name":"thread_name","pid":{},"tid":{},"args":{{"name":{}}}}})", pid, tid,
                                quoted(name)));
  events_.push_back(
      fmt::format(R"({{"ph":"M","name":"thread_sort_index","pid":{},"tid":{},"args":{{"sort_index":{}}}}})", pid, tid, tid));
}

void PerfettoWriter::slice(int pid, int64_t tid, const std::string& name, VTime t0, VTime t1, const std::string& args_json) {
  events_.push_back(fmt::format(R"({{"ph":"X","name":{},"pid":{},"tid":{},"ts":{},"dur":{},"args":{}}})", quoted(name), pid,
                                tid, micros(t0), micros(t1 - t0), args_json));
}

void PerfettoWriter::flow(char ph, int pid, int64_t tid, uint64_t id, VTime t) {
  events_.push_back(fmt::format(R"({{"ph":"{}","name":"wakeup","cat":"sched","id":{},"pid":{},"tid":{},"ts":{},"bp":"e"}})", ph, id, pid, tid, micros(t)));
}

void PerfettoWriter::begin(const Machine& mc, int32_t pid, int32_t m, int64_t goid, VTime t) {
  if (!p_named_[pid]) {
    p_named_[pid] = true;
    thread_name(kProcsPid, pid, fmt::format("P{}", pid));
  }
  if (m >= 0 && !m_named_[m]) {
    m_named_[m] = true;
    thread_name(kThreadsPid, m, fmt::format("M{}", m));
  }
  if (!fn_name_.contains(goid)) {
    const GIdx gi = find_g(mc.model(), goid);
    const int32_t entry = gi == kNoG ? 0 : mc.g(gi).code.entry;
    fn_name_[goid] = entry < 0 ? std::string(runtime_entry_name(entry)) : mc.program().func_name(entry);
  }
  running_[pid] = Open{goid, t, m};
  // The arrow from whoever woke it ends here.
  const auto it = wake_flow_.find(goid);
  if (it != wake_flow_.end()) {
    flow('f', kProcsPid, pid, it->second.id, t);
    wake_flow_.erase(it);
  }
}

void PerfettoWriter::end(int32_t pid, VTime t, const char* how) {
  const auto it = running_.find(pid);
  if (it == running_.end()) return;
  const Open o = it->second;
  running_.erase(it);
  const std::string name = fmt::format("G{} {}", o.goid, fn_name_[o.goid]);
  const std::string args = fmt::format(R"({{"goid":{},"end":{}}})", o.goid, quoted(how));
  slice(kProcsPid, pid, name, o.since, t, args);
  if (o.m >= 0) slice(kThreadsPid, o.m, name, o.since, t, fmt::format(R"({{"goid":{},"p":{},"end":{}}})", o.goid, pid, quoted(how)));
}

void PerfettoWriter::end_goroutine(int64_t goid, VTime t, const char* how) {
  for (const auto& [pid, o] : running_) {
    if (o.goid == goid) {
      end(pid, t, how);
      return;
    }
  }
}

void PerfettoWriter::on_event(const Machine& mc, const Event& e) {
  const VTime t = e.time;
  last_ = t;
  switch (e.kind) {
    case EventKind::kGoStart:
      end(e.p, t, "stopped");  // never open here; a safety net for a missed stop
      begin(mc, e.p, e.m, e.g, t);
      break;
    case EventKind::kGoPark: {
      const std::string why(wait_reason_string(static_cast<WaitReason>(e.a)));
      end_goroutine(e.g, t, why.c_str());
      break;
    }
    case EventKind::kGoSched: end_goroutine(e.g, t, "Gosched"); break;
    case EventKind::kPreempt: end_goroutine(e.g, t, "preempted"); break;
    case EventKind::kGoExit: end_goroutine(e.g, t, "exited"); break;
    case EventKind::kSyscallEnter:
      end_goroutine(e.g, t, "system call");
      syscall_since_[e.m] = t;
      syscall_g_[e.m] = e.g;
      break;
    case EventKind::kSyscallExit: {
      const auto it = syscall_since_.find(e.m);
      if (it != syscall_since_.end()) {
        if (!m_named_[e.m]) {
          m_named_[e.m] = true;
          thread_name(kThreadsPid, e.m, fmt::format("M{}", e.m));
        }
        slice(kThreadsPid, e.m, fmt::format("syscall G{}", e.g), it->second, t, fmt::format(R"({{"goid":{}}})", e.g));
        syscall_since_.erase(it);
      }
      if (e.p >= 0) begin(mc, e.p, e.m, e.g, t);  // it goes on at once on a P
      break;
    }
    case EventKind::kGoReady: {
      // From the waker's running slice (if a goroutine woke it) to the woken one's next slice.
      const auto it = running_.find(e.p);
      if (e.p >= 0 && it != running_.end()) {
        const uint64_t id = next_flow_++;
        flow('s', kProcsPid, e.p, id, t);
        wake_flow_[e.g] = PendingFlow{id, events_.size() - 1};
      }
      break;
    }
    case EventKind::kSteal: {
      // Go: runqsteal — an instant on both Ps and an arrow from the victim to the thief.
      const int32_t victim = static_cast<int32_t>(e.a);
      for (const int32_t pid : {victim, e.p}) {
        if (!p_named_[pid]) {
          p_named_[pid] = true;
          thread_name(kProcsPid, pid, fmt::format("P{}", pid));
        }
      }
      const std::string name = fmt::format("runqsteal: P{} takes {} from P{}", e.p, e.b, victim);
      slice(kProcsPid, victim, name, t, t, "{}");
      slice(kProcsPid, e.p, name, t, t, "{}");
      const uint64_t id = next_flow_++;
      events_.push_back(fmt::format(R"({{"ph":"s","name":"steal","cat":"sched","id":{},"pid":{},"tid":{},"ts":{},"bp":"e"}})", id,
                                    kProcsPid, victim, micros(t)));
      events_.push_back(fmt::format(R"({{"ph":"f","name":"steal","cat":"sched","id":{},"pid":{},"tid":{},"ts":{},"bp":"e"}})", id,
                                    kProcsPid, e.p, micros(t)));
      break;
    }
    case EventKind::kGcPhase: gc_phase(e); break;
    default: break;
  }
  counters(mc, e);
}

void PerfettoWriter::gc_phase(const Event& e) {
  if (gc_phase_ != 0) {
    slice(kRuntimePid, 0, phase_name(gc_phase_), gc_since_, e.time, fmt::format(R"({{"cycle":{}}})", e.c));
  }
  gc_phase_ = static_cast<int>(e.b);
  gc_since_ = e.time;
}

void PerfettoWriter::counters(const Machine& mc, const Event& e) {
  const Model& md = mc.model();
  const uint64_t live = md.heap.stats.heapLive;
  const uint64_t goal = md.heap.stats.nextGC;
  if (live != heap_live_ || goal != heap_goal_) {
    heap_live_ = live;
    heap_goal_ = goal;
    events_.push_back(fmt::format(R"({{"ph":"C","name":"heap","pid":{},"ts":{},"args":{{"heapLive":{},"goal":{}}}}})", kRuntimePid,
                                  micros(e.time), live, goal));
  }
  const EventCategory cat = event_info(e.kind).category;
  if (cat != EventCategory::kSched && cat != EventCategory::kSyscall && cat != EventCategory::kChan &&
      cat != EventCategory::kSync) {
    return;
  }
  int64_t running = 0, runnable = 0, waiting = 0;
  for (const G& g : md.allg) {
    if (g.status == GStatus::kRunning || g.status == GStatus::kSyscall) ++running;
    if (g.status == GStatus::kRunnable) ++runnable;
    if (g.status == GStatus::kWaiting || g.status == GStatus::kPreempted) ++waiting;
  }
  if (running == n_running_ && runnable == n_runnable_ && waiting == n_waiting_) return;
  n_running_ = running;
  n_runnable_ = runnable;
  n_waiting_ = waiting;
  events_.push_back(fmt::format(R"({{"ph":"C","name":"goroutines","pid":{},"ts":{},"args":{{"running":{},"runnable":{},"waiting":{}}}}})",
                                kRuntimePid, micros(e.time), running, runnable, waiting));
}

std::string PerfettoWriter::finish() {
  while (!running_.empty()) end(running_.begin()->first, last_, "program ended");
  if (gc_phase_ != 0) slice(kRuntimePid, 0, phase_name(gc_phase_), gc_since_, last_, "{}");
  gc_phase_ = 0;
  // An arrow must end somewhere: a goroutine woken but never run again before the end gets none.
  for (const auto& [goid, pending] : wake_flow_) events_[pending.start_index].clear();
  wake_flow_.clear();
  std::string out = "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"producer\":\"gosim\",\"clock\":\"virtual time\"},\"traceEvents\":[\n";
  out += R"({"ph":"M","name":"process_name","pid":1,"args":{"name":"Ps"}},)" "\n";
  out += R"({"ph":"M","name":"process_name","pid":2,"args":{"name":"Ms"}},)" "\n";
  out += R"({"ph":"M","name":"process_name","pid":3,"args":{"name":"runtime"}},)" "\n";
  out += R"({"ph":"M","name":"thread_name","pid":3,"tid":0,"args":{"name":"GC"}})";
  for (const std::string& ev : events_) {
    if (ev.empty()) continue;
    out += ",\n";
    out += ev;
  }
  out += "\n]}\n";
  return out;
}

}  // namespace gosim::exporter
