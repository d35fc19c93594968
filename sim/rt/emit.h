// How the runtime's functions put an event into the trace, and which G a P is running.
//
// Every event carries the P, M and goroutine it happened on. In Go those are getg().m.p,
// getg().m and getg().m.curg; gosim's runtime functions are handed the P, so the M is the P's M
// and the G that M's curg. These helpers are the one place that spells it out (the runtime's
// files used to keep a copy each).
#pragma once

#include <cstdint>

#include "sim/heap/heap.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Go: getg().m.curg for the M holding P pid; kNoG when the P has no M or its M runs no G.
GIdx running_g(const Model& md, int32_t pid);
// The goid of running_g, 0 for none (events carry goids).
int64_t running_goid(const Model& md, int32_t pid);

// An event on P pid (its M filled in; -1 without a P) for goroutine `goid`.
void emit_at(Model& md, EventKind kind, int32_t pid, int64_t goid, int64_t a = 0, int64_t b = 0, int64_t c = 0);
// The same, on an explicit M (an M in a system call or handing off a P has no P of its own).
void emit_on_m(Model& md, EventKind kind, int32_t pid, int32_t mid, int64_t goid, int64_t a = 0, int64_t b = 0,
               int64_t c = 0);

// The allocator's and collector's events (sim/heap) on P pid, for goroutine goid: each goes
// into the trace the instant it happens. An event that already names its P or G keeps it.
class RuntimeSink final : public heap::EventSink {
 public:
  RuntimeSink(Model& md, int32_t pid, int64_t goid) : md_(md), pid_(pid), goid_(goid) {}
  void put(const Event& in) override;

 private:
  Model& md_;
  int32_t pid_;
  int64_t goid_;
};

}  // namespace gosim
