#include "visualizer/session/netpoll_view.h"

#include <algorithm>

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/session.h"
#include "visualizer/session/waiters.h"

namespace gosim::viz {

namespace {

// The fd the event at the cursor names: net_call's b, net_ready's a.
int64_t current_fd(const Session& s) {
  const Event* e = s.current();
  if (!e) return -1;
  if (e->kind == EventKind::kNetCall) return e->b;
  if (e->kind == EventKind::kNetReady) return e->a;
  return -1;
}

}  // namespace

NetpollView build_netpoll_view(const Session& s) {
  NetpollView v;
  if (!s.loaded()) return v;
  const Model& md = s.model();
  v.now = s.now();
  const int64_t cur = current_fd(s);
  for (const auto& [fd, f] : md.net.fds) {
    v.fds.push_back(FdRow{fd, f.listener, f.connected, f.closed, f.eof, f.port, f.peer, f.inbuf.size(),
                          f.accept_queue.size(), token_of(md, f.rg), fd == cur});
  }
  for (GIdx gi : md.net.ready) v.ready.push_back(token_of(md, gi));
  // The model keeps what the last netpoll returned (NetState::polled); it is this event's
  // result only at the netpoll event itself.
  if (const Event* e = s.current(); e && e->kind == EventKind::kNetpoll) {
    for (const auto& [gi, fd] : md.net.polled) {
      v.polled.push_back(token_of(md, gi));
      v.polled_fds.push_back(fd);
    }
  }
  v.waiters = md.net.waiters;
  v.in_flight = md.net.in_flight.size();
  v.lastpoll = md.net.lastpoll;
  v.all_ps_idle = !md.allp.empty() && md.sched.pidle.size() == md.allp.size();
  for (const P& pp : md.allp) {
    if (std::find(md.sched.pidle.begin(), md.sched.pidle.end(), pp.id) == md.sched.pidle.end()) v.busy_ps.push_back(pp.id);
  }
  const SysmonState& sm = md.sysmon;
  v.sysmon.m = sm.m;
  v.sysmon.idle = sm.idle;
  v.sysmon.delay_us = sm.delay_us;
  v.sysmon.deep_sleep = sm.deep_sleep;
  // Its pending wake-up is the agenda item carrying its current generation (older ones are
  // stale: sysmon_cycle replaced them).
  for (const AgendaItem& it : md.engine.agenda.items()) {
    if (it.kind == kItemSysmon && it.token == sm.generation) {
      v.sysmon.next_wake = it.time;
      break;
    }
  }
  return v;
}

std::string sysmon_sleep_text(const NetpollView& v) {
  if (!v.sysmon.deep_sleep) return "";
  if (v.all_ps_idle || v.busy_ps.empty()) return tr(Str::kSysmonDeep);
  std::string ps;
  for (const int32_t p : v.busy_ps) ps += fmt::format("{}P{}", ps.empty() ? "" : " ", p);
  return trf(Str::kSysmonDeepBusy, ps);
}

}  // namespace gosim::viz
