// The netpoller and sysmon at the cursor, for the Netpoll panel.
//
// Go: runtime/netpoll.go. A goroutine whose Accept or Read would block parks in "IO wait" on
// its fd's pollDesc (pd.rg); the thread goes on with other goroutines. When epoll reports the
// fd ready, the goroutine waits on the ready list until someone polls: a P with no other work
// (findRunnable), sysmon when nobody polled for 10 ms, or (every P idle) an M blocked in
// epoll_wait. sysmon (proc.go sysmon) is an M without a P that wakes after a usleep of 20 µs,
// doubling after 50 idle cycles up to 10 ms, and sleeps deeply while every P is idle.
//
// gosim simplifies the blocked M: with every P idle, the next network delivery is an agenda
// item that makes the fd ready, and the next netpoll collects the goroutine; no M is shown
// sleeping in epoll_wait. The view says so where Go would have one (every P idle, someone in IO
// wait).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/trace/event.h"
#include "visualizer/session/scheduler_view.h"

namespace gosim::viz {

class Session;

struct FdRow {
  int64_t fd = 0;
  bool listener = false, connected = false, closed = false, eof = false;
  int64_t port = 0, peer = -1;
  size_t inbuf = 0;          // bytes arrived, not read
  size_t accept_queue = 0;   // a listener's established connections
  GToken waiter;             // the G parked in IO wait on it (Go: pd.rg)
  bool current = false;      // the event at the cursor names this fd
};

struct SysmonRow {
  int32_t m = -1;            // -1: not started yet
  int32_t idle = 0;          // cycles in a row that retook nothing
  int64_t delay_us = 0;      // its current usleep
  bool deep_sleep = false;   // Go: sched.sysmonwait
  VTime next_wake = -1;      // when its usleep ends (-1: not scheduled)
};

struct NetpollView {
  VTime now = 0;
  std::vector<FdRow> fds;    // by fd
  std::vector<GToken> ready; // collected by the next netpoll, in its order
  // At a netpoll event: the goroutines that call returned (the first runs on the polling P,
  // the rest are injected), each with the fd it was parked on. The ready list is empty by then.
  std::vector<GToken> polled;
  std::vector<int64_t> polled_fds;
  int64_t waiters = 0;       // Go: netpollWaiters
  size_t in_flight = 0;      // deliveries on their way
  VTime lastpoll = 0;        // Go: sched.lastpoll
  bool all_ps_idle = false;  // Go would have an M blocked in netpoll here, if waiters > 0
  std::vector<int32_t> busy_ps;  // the Ps not on the idle list (Go: gomaxprocs - npidle of them)
  SysmonRow sysmon;
};

NetpollView build_netpoll_view(const Session& s);

// The sentence for sysmon's deep sleep, "" when it is awake. Go's sysmon (proc.go) checks
// `sched.npidle == gomaxprocs` once per turn, sets sched.sysmonwait and sleeps up to
// forcegcperiod/2 (or until the next timer); only a system call's entry or exit
// (entersyscall_sysmon, exitsyscallfast_pidle, exitsyscall0) and startTheWorld wake it. A P
// that gets work in between (the M that was blocked in netpoll, which held no P, takes an idle
// one when a connection arrives) does not: sysmon sleeps on while that P runs. So "every P is
// idle" is said only while it is still true.
std::string sysmon_sleep_text(const NetpollView& v);

}  // namespace gosim::viz
