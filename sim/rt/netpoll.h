// The network poller — Go 1.19 runtime/netpoll.go + netpoll_epoll.go — and package net on a
// simulated loopback.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// The net call ops (NetCall events' `op` argument).
enum class NetOp : int32_t { kListen = 0, kDial, kAccept, kRead, kWrite, kClose };

// Runs a net call for the G on `pid`. Returns false when the G parked in "IO wait" (whoever
// makes its fd ready completes the call); true when the call finished (result in g.netres).
bool net_call(Model& md, int32_t pid, const Request& r, const CostModel& cost);

// A delivery (agenda item kItemNet) lands: the fd becomes ready and a parked G joins the
// netpoller's ready list. Returns true if a G became ready.
bool net_deliver(Model& md, uint64_t delivery);

// Go: netpoll(0) — the Gs whose fds are ready, in the order Go's list gives them (the last one
// to become ready first).
std::vector<GIdx> netpoll(Model& md, int32_t pid, bool by_sysmon);

// Go: proc.go injectglist — make the Gs runnable: with a P, as many as there are idle Ps go to
// the global queue (and that many Ms start), the rest to pid's local queue; without a P
// (pid < 0, sysmon) all go to the global queue.
void injectglist(Model& md, int32_t pid, const std::vector<GIdx>& glist, const CostModel& cost);

}  // namespace gosim
