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

// Items are strictly ordered by (time, seq). The earliest may sit in a one-slot `front_`
// outside the heap: a P that has just run usually pushes the very item the engine pops next,
// and the slot makes that push and pop O(1) without changing the order.
class Agenda {
 public:
  void push(VTime time, int32_t kind, int32_t id, uint64_t token = 0);
  bool empty() const { return !has_front_ && heap_.empty(); }
  size_t size() const { return heap_.size() + (has_front_ ? 1 : 0); }
  const AgendaItem& top() const { return has_front_ ? front_ : heap_.front(); }
  AgendaItem pop();
  std::vector<AgendaItem> items() const;  // every pending item, earliest first, for viewers

 private:
  std::vector<AgendaItem> heap_;  // a binary min-heap on (time, seq)
  AgendaItem front_;              // when has_front_: earlier than everything in heap_
  bool has_front_ = false;
  uint64_t next_seq_ = 0;
};

}  // namespace gosim
