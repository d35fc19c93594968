// The binary format of Go 1.19's execution tracer (runtime/trace.go, read back by
// internal/trace/parser.go and `go tool trace`), as far as gosim writes it.
//
// A trace is a 16-byte header, "go 1.19 trace\0\0\0", then events. Each event starts with one
// byte: the type in the low 6 bits and, in the top 2, how many arguments follow besides the
// timestamp (3 meaning "3 or more: a byte count comes first"). Every number is an unsigned
// LEB128 varint. Events are grouped in batches, one per P (EvBatch [pid, ticks]); inside a batch
// each event's first argument is the tick delta to the previous event of that batch. The reader
// merges the batches back into one order by timestamps and by each goroutine's sequence number
// (EvGoStart, EvGoUnblock and EvGoSysExit carry it). Strings (EvString) and stacks (EvStack:
// PC, function, file, line per frame) are dictionaries referenced by id; EvFrequency says how
// many ticks make a second.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gosim::exporter {

// Go: runtime/trace.go traceEv* (the numbers are the file format).
enum GoEv : uint8_t {
  kEvBatch = 1,
  kEvFrequency = 2,
  kEvStack = 3,
  kEvGomaxprocs = 4,
  kEvProcStart = 5,
  kEvProcStop = 6,
  kEvGCStart = 7,
  kEvGCDone = 8,
  kEvGCSTWStart = 9,
  kEvGCSTWDone = 10,
  kEvGCSweepStart = 11,
  kEvGCSweepDone = 12,
  kEvGoCreate = 13,
  kEvGoStart = 14,
  kEvGoEnd = 15,
  kEvGoStop = 16,
  kEvGoSched = 17,
  kEvGoPreempt = 18,
  kEvGoSleep = 19,
  kEvGoBlock = 20,
  kEvGoUnblock = 21,
  kEvGoBlockSend = 22,
  kEvGoBlockRecv = 23,
  kEvGoBlockSelect = 24,
  kEvGoBlockSync = 25,
  kEvGoBlockCond = 26,
  kEvGoBlockNet = 27,
  kEvGoSysCall = 28,
  kEvGoSysExit = 29,
  kEvGoSysBlock = 30,
  kEvGoWaiting = 31,
  kEvGoInSyscall = 32,
  kEvHeapAlloc = 33,
  kEvHeapGoal = 34,
  kEvString = 37,
  kEvGoBlockGC = 42,
  kEvGCMarkAssistStart = 43,
  kEvGCMarkAssistDone = 44,
  kEvCount = 50,
};

// The names internal/trace gives the types (what `go tool trace -d` prints).
std::string_view go_ev_name(uint8_t type);

// Go: runtime/trace.go traceBuf.varint.
inline void append_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>(0x80 | (v & 0x7f)));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline constexpr std::string_view kGoTraceHeader{"go 1.19 trace\0\0\0", 16};

}  // namespace gosim::exporter
