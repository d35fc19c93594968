// GoTraceWriter's encoding half: how one event becomes bytes in its P's batch, the string and
// stack dictionaries, and the assembled file. The event table itself is in go_trace.cpp.
#include <string_view>

#include "sim/export/go_trace.h"
#include "sim/rt/machine.h"
#include "sim/rt/proc.h"

namespace gosim::exporter {

std::string_view go_ev_name(uint8_t type) {
  // Go: internal/trace/parser.go EventDescriptions.
  switch (type) {
    case kEvBatch: return "Batch";
    case kEvFrequency: return "Frequency";
    case kEvStack: return "Stack";
    case kEvGomaxprocs: return "Gomaxprocs";
    case kEvProcStart: return "ProcStart";
    case kEvProcStop: return "ProcStop";
    case kEvGCStart: return "GCStart";
    case kEvGCDone: return "GCDone";
    case kEvGCSTWStart: return "GCSTWStart";
    case kEvGCSTWDone: return "GCSTWDone";
    case kEvGCSweepStart: return "GCSweepStart";
    case kEvGCSweepDone: return "GCSweepDone";
    case kEvGoCreate: return "GoCreate";
    case kEvGoStart: return "GoStart";
    case kEvGoEnd: return "GoEnd";
    case kEvGoStop: return "GoStop";
    case kEvGoSched: return "GoSched";
    case kEvGoPreempt: return "GoPreempt";
    case kEvGoSleep: return "GoSleep";
    case kEvGoBlock: return "GoBlock";
    case kEvGoUnblock: return "GoUnblock";
    case kEvGoBlockSend: return "GoBlockSend";
    case kEvGoBlockRecv: return "GoBlockRecv";
    case kEvGoBlockSelect: return "GoBlockSelect";
    case kEvGoBlockSync: return "GoBlockSync";
    case kEvGoBlockCond: return "GoBlockCond";
    case kEvGoBlockNet: return "GoBlockNet";
    case kEvGoSysCall: return "GoSysCall";
    case kEvGoSysExit: return "GoSysExit";
    case kEvGoSysBlock: return "GoSysBlock";
    case kEvGoWaiting: return "GoWaiting";
    case kEvGoInSyscall: return "GoInSyscall";
    case kEvHeapAlloc: return "HeapAlloc";
    case kEvHeapGoal: return "HeapGoal";
    case kEvString: return "String";
    case kEvGoBlockGC: return "GoBlockGC";
    case kEvGCMarkAssistStart: return "GCMarkAssistStart";
    case kEvGCMarkAssistDone: return "GCMarkAssistDone";
    default: return "?";
  }
}

// Go: runtime/trace.go traceEventLocked — type byte with the argument count, a byte length
// when there are 3 or more arguments, the tick delta, the arguments (a stack id last for the
// types that have one).
void GoTraceWriter::put(int32_t pid, uint8_t type, uint64_t tick, std::initializer_list<uint64_t> args) {
  PState& p = ps_[pid];
  std::string body;
  append_varint(body, tick - p.last_tick);
  p.last_tick = tick;
  for (const uint64_t a : args) append_varint(body, a);
  const size_t narg = args.size() < 3 ? args.size() : 3;
  p.buf.push_back(static_cast<char>(type | (narg << 6)));
  // The length counts the bytes after itself (Go reserves one byte; gosim's events are short).
  if (narg == 3) append_varint(p.buf, body.size());
  p.buf += body;
  ++counts_[type];
}

uint64_t GoTraceWriter::string_id(const std::string& s) {
  const auto [it, fresh] = strings_.emplace(s.empty() ? std::string("?") : s, strings_.size() + 1);
  return it->second;
}

// Made-up PCs, 16 bytes apart from a text-segment-like base, one per distinct source position.
uint64_t GoTraceWriter::frame_pc(const std::string& func, const std::string& file, int32_t line) {
  auto key = std::make_tuple(func, file, line);
  const auto it = frames_.find(key);
  if (it != frames_.end()) return it->second;
  const uint64_t pc = 0x401000 + 16 * frames_.size();
  frames_.emplace(std::move(key), pc);
  frame_list_.emplace_back(pc, string_id(func), string_id(file), line);
  return pc;
}

uint64_t GoTraceWriter::stack_id(const std::vector<uint64_t>& pcs) {
  if (pcs.empty()) return 0;
  const auto [it, fresh] = stacks_.emplace(pcs, stacks_.size() + 1);
  return it->second;
}

uint64_t GoTraceWriter::stack_of(const Machine& mc, int64_t goid) {
  if (goid <= 0) return 0;
  const GIdx gi = find_g(mc.model(), goid);
  if (gi == kNoG) return 0;
  std::vector<uint64_t> pcs;
  // Go: traceStackSize — the tracer keeps at most 128 frames.
  for (const TraceFrame& f : mc.program().traceback(mc, gi)) {
    if (pcs.size() == 128) break;
    pcs.push_back(frame_pc(f.func, f.file, f.line));
  }
  return stack_id(pcs);
}

uint64_t GoTraceWriter::start_stack(const Machine& mc, int64_t goid) {
  const GIdx gi = find_g(mc.model(), goid);
  if (gi == kNoG) return 0;
  const int32_t entry = mc.g(gi).code.entry;
  if (entry < 0) {
    // The runtime's own goroutines: where their functions are in the Go 1.19 sources.
    struct Where {
      const char* file;
      int32_t line;
    };
    Where w{"runtime/proc.go", 0};
    switch (entry) {
      case kEntryForcegc: w = {"runtime/proc.go", 293}; break;
      case kEntryBgsweep: w = {"runtime/mgcsweep.go", 271}; break;
      case kEntryBgscavenge: w = {"runtime/mgcscavenge.go", 613}; break;
      case kEntryRunfinq: w = {"runtime/mfinal.go", 162}; break;
      case kEntryGcBgMarkWorker: w = {"runtime/mgc.go", 1201}; break;
      default: break;
    }
    return stack_id({frame_pc(std::string(runtime_entry_name(entry)), w.file, w.line)});
  }
  const std::string name = mc.program().func_name(entry);
  if (name == "runtime.main") return stack_id({frame_pc(name, "runtime/proc.go", 145)});
  // A goroutine that has not run yet: its traceback is its function's first line.
  const std::vector<TraceFrame> tb = mc.program().traceback(mc, gi);
  if (tb.size() == 1 && tb[0].func == name) return stack_id({frame_pc(name, tb[0].file, tb[0].line)});
  return stack_id({frame_pc(name, "?", 0)});
}

std::string GoTraceWriter::finish() {
  // Go: StopTrace — traceGoSched for the running goroutine; the world is stopped, so every P
  // is released (the viewer needs an end for every running slice).
  for (auto& [pid, p] : ps_) {
    if (pid < 0) continue;
    if (p.g != 0) {
      put(pid, kEvGoSched, ++last_tick_, {0});
      gs_[p.g].st = GSt::kRunnable;
      p.g = 0;
    }
    if (p.running) {
      put(pid, kEvProcStop, ++last_tick_, {});
      p.running = false;
    }
  }
  std::string out(kGoTraceHeader);
  // Go: runtime/trace.go traceFlush — EvBatch [pid, ticks]; the events' deltas start from 0.
  for (const auto& [pid, p] : ps_) {
    if (p.buf.empty()) continue;
    out.push_back(static_cast<char>(kEvBatch | (1 << 6)));
    append_varint(out, static_cast<uint64_t>(static_cast<int64_t>(pid)));  // -1 as Go writes traceGlobProc
    append_varint(out, 0);
    out += p.buf;
  }
  // Go: traceString — EvString [id, length, bytes], no argument count.
  std::vector<const std::string*> by_id(strings_.size() + 1, nullptr);
  for (const auto& [s, id] : strings_) by_id[id] = &s;
  for (uint64_t id = 1; id < by_id.size(); ++id) {
    out.push_back(static_cast<char>(kEvString));
    append_varint(out, id);
    append_varint(out, by_id[id]->size());
    out += *by_id[id];
  }
  // Go: traceStackTable.dump — EvStack [id, n, then PC, func, file, line per frame].
  std::map<uint64_t, uint64_t> pc_index;
  for (size_t i = 0; i < frame_list_.size(); ++i) pc_index[std::get<0>(frame_list_[i])] = i;
  std::vector<const std::vector<uint64_t>*> stack_by_id(stacks_.size() + 1, nullptr);
  for (const auto& [pcs, id] : stacks_) stack_by_id[id] = &pcs;
  for (uint64_t id = 1; id < stack_by_id.size(); ++id) {
    std::string body;
    append_varint(body, id);
    append_varint(body, stack_by_id[id]->size());
    for (const uint64_t pc : *stack_by_id[id]) {
      const auto& [fpc, fn, file, line] = frame_list_[pc_index[pc]];
      append_varint(body, fpc);
      append_varint(body, fn);
      append_varint(body, file);
      append_varint(body, static_cast<uint64_t>(line < 0 ? 0 : line));
    }
    out.push_back(static_cast<char>(kEvStack | (3 << 6)));
    append_varint(out, body.size());
    out += body;
  }
  // Go: traceReader's footer — EvFrequency [ticks per second].
  out.push_back(static_cast<char>(kEvFrequency));
  append_varint(out, 1'000'000'000 * kTicksPerNs);
  return out;
}

}  // namespace gosim::exporter
