// The agenda: what happens next in virtual time.
//
// Every P, timer, sysmon tick and network completion that has something to do is one item
// here, at the virtual time it will do it. The engine always takes the earliest item; items at
// the same time go in the order they were added (a sequence number), never by address, so the
// interleaving of several Ps is defined and repeats exactly. Plain data: a checkpoint copies it.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/trace/event.h"

namespace gosim {

struct AgendaItem {
  VTime time = 0;
  uint64_t seq = 0;   // tie-breaker: first added, first taken
  int32_t kind = 0;   // defined by the model that drives the engine (e.g. "P step")
  int32_t id = 0;     // which P / timer / thread
  uint64_t token = 0; // lets the model recognise a stale item it cancelled by replacing it
};

class Agenda {
 public:
  void push(VTime time, int32_t kind, int32_t id, uint64_t token = 0);
  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  const AgendaItem& top() const { return heap_.front(); }
  AgendaItem pop();
  const std::vector<AgendaItem>& items() const { return heap_; }  // heap order, for viewers

 private:
  std::vector<AgendaItem> heap_;  // a binary min-heap on (time, seq)
  uint64_t next_seq_ = 0;
};

}  // namespace gosim
