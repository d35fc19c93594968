// Shared by the views of the runtime's blocking objects (channels, semaphores and package
// sync, timers, the netpoller): a waiting goroutine as the token the panels draw, and the
// channel or object the event at the cursor concerns, so the panel can highlight it.
#pragma once

#include <cstdint>

#include "sim/rt/runtime2.h"
#include "sim/trace/event.h"
#include "visualizer/session/scheduler_view.h"

namespace gosim::viz {

// The token of G `gi` as the Scheduler panel builds it (scheduler_view.cpp).
inline GToken token_of(const Model& md, GIdx gi) {
  if (gi == kNoG || gi < 0 || static_cast<size_t>(gi) >= md.allg.size()) return {};
  const G& g = md.allg[static_cast<size_t>(gi)];
  return GToken{gi, g.goid, g.status, g.waitreason, g.code.entry, g.system};
}

// The channel event `e` names (chan_send/chan_recv/chan_close: a; select: c), or 0.
inline uint64_t event_chan(const Event& e) {
  switch (e.kind) {
    case EventKind::kChanSend:
    case EventKind::kChanRecv:
    case EventKind::kChanClose: return static_cast<uint64_t>(e.a);
    case EventKind::kSelect: return static_cast<uint64_t>(e.c);
    default: return 0;
  }
}

}  // namespace gosim::viz
