// Go 1.19 runtime/netpoll.go and package net, on a simulated loopback.
//
// What Go does: a network call that would block (accept with no connection waiting, read with
// no data) parks the goroutine in "IO wait" on the fd's pollDesc; the thread is not blocked.
// When epoll reports the fd ready, the goroutine is not woken at once: whoever polls next
// collects it — a P that found no other work (findRunnable polls after its local and global
// queues), sysmon if nobody polled for 10ms, or an M sleeping in epoll_wait because every P was
// idle. Collected goroutines are injected into run queues (injectglist), not into runnext.
//
// gosim: sockets are loopback pairs inside the model; a write arrives at the peer after
// config.cost.net_ns of virtual time; send buffers never fill (a write never blocks); dial
// takes one latency to connect. Error texts are Go's.
#include "sim/rt/emit.h"
#include "sim/rt/netpoll.h"

#include <algorithm>

#include "sim/rt/proc.h"

namespace gosim {

namespace {

void deliver_later(Model& md, NetDelivery d, VTime latency) {
  const uint64_t id = md.net.next_delivery++;
  md.net.in_flight[id] = std::move(d);
  md.engine.agenda.push(md.engine.now + latency, kItemNet, 0, id);
}

// Go: netpollblock — park the running G on the fd until it is ready. The net_call event goes
// out once the fd's pollDesc holds the G (its sentence says it parks there); go_park follows.
void netpollblock(Model& md, int32_t pid, int64_t fd, NetOp op, int64_t result) {
  const GIdx gi = running_g(md, pid);
  md.net.fds[fd].rg = gi;
  ++md.net.waiters;
  emit_at(md, EventKind::kNetCall, pid, goid_of(md, gi), static_cast<int64_t>(op), fd, result);
  gopark(md, pid, WaitReason::kIOWait);
}

// Go: netpollunblock + netpollready — the fd is ready; its waiter joins the ready list.
// (Go 1.19 does not decrement netpollWaiters on this path, only when a close or deadline
// unblocks a waiter; gosim keeps that, with its consequence: once a goroutine has waited on
// the network, an idle M blocks in netpoll and checkdead never reports a deadlock.)
bool ready_fd(Model& md, int64_t fd) {
  NetFD& f = md.net.fds[fd];
  if (f.rg == kNoG) return false;
  md.net.ready.push_back(f.rg);
  md.net.ready_fds.push_back(fd);
  f.rg = kNoG;
  return true;
}

std::string take(std::string& buf, int64_t n) {
  const size_t k = std::min(buf.size(), static_cast<size_t>(std::max<int64_t>(n, 0)));
  std::string out = buf.substr(0, k);
  buf.erase(0, k);
  return out;
}

// Completes a call whose fd is ready; false if it must (still) wait.
bool try_complete(Model& md, G& g, const Request& r) {
  NetResult& res = g.netres;
  NetFD& f = md.net.fds[r.a];
  switch (static_cast<ReqKind>(r.kind)) {
    case ReqKind::kNetAccept:
      if (f.closed) {
        res.err = "accept tcp [::]:" + std::to_string(f.port) + ": use of closed network connection";
        return true;
      }
      if (f.accept_queue.empty()) return false;
      res.fd = f.accept_queue.front();
      f.accept_queue.pop_front();
      return true;
    case ReqKind::kNetRead:
      if (!f.inbuf.empty()) {
        res.data = take(f.inbuf, r.b);
        return true;
      }
      if (f.eof) {
        res.err = "EOF";
        return true;
      }
      return false;
    case ReqKind::kNetDial:
      return f.connected;
    default:
      return true;
  }
}

}  // namespace

bool net_call(Model& md, int32_t pid, const Request& r, const CostModel& cost) {
  const GIdx gi = running_g(md, pid);
  G& g = md.allg[static_cast<size_t>(gi)];
  NetState& net = md.net;
  const int64_t goid = g.goid;
  g.netres = NetResult{};
  NetOp op = NetOp::kClose;
  switch (r.kind) {
    case ReqKind::kNetListen: {
      op = NetOp::kListen;
      int64_t port = r.a;
      if (port == 0) port = net.next_port++;
      if (net.ports.count(port)) {
        g.netres.err = "listen tcp :" + std::to_string(port) + ": bind: address already in use";
        break;
      }
      const int64_t fd = net.next_fd++;
      NetFD& f = net.fds[fd];
      f.listener = true;
      f.port = port;
      net.ports[port] = fd;
      g.netres.fd = fd;
      g.netres.port = port;
      break;
    }
    case ReqKind::kNetDial: {
      op = NetOp::kDial;
      const auto lit = net.ports.find(r.a);
      if (lit == net.ports.end()) {
        g.netres.err = "dial tcp 127.0.0.1:" + std::to_string(r.a) + ": connect: connection refused";
        break;
      }
      const int64_t fd = net.next_fd++;
      net.fds[fd];
      g.netres.fd = fd;
      deliver_later(md, NetDelivery{NetDelivery::kConnect, fd, lit->second, {}}, cost.net_ns);
      // connect(2) returns EINPROGRESS: wait until the socket is writable.
      g.req.a = fd;
      netpollblock(md, pid, fd, op, 0);
      return false;
    }
    case ReqKind::kNetAccept:
      op = NetOp::kAccept;
      break;
    case ReqKind::kNetRead:
      op = NetOp::kRead;
      break;
    case ReqKind::kNetWrite: {
      op = NetOp::kWrite;
      NetFD& f = net.fds[r.a];
      if (f.closed) {
        g.netres.err = "write: use of closed network connection";
        break;
      }
      deliver_later(md, NetDelivery{NetDelivery::kData, f.peer, -1, r.text}, cost.net_ns);
      g.netres.fd = static_cast<int64_t>(r.text.size());
      break;
    }
    case ReqKind::kNetClose: {
      op = NetOp::kClose;
      NetFD& f = net.fds[r.a];
      f.closed = true;
      if (f.listener) {
        net.ports.erase(f.port);
        // Go: poll_runtime_pollUnblock -> netpollgoready: a pending Accept wakes at once (runnext)
        // and fails.
        if (f.rg != kNoG) {
          const GIdx waiter = f.rg;
          f.rg = kNoG;
          --net.waiters;
          G& w = md.allg[static_cast<size_t>(waiter)];
          try_complete(md, w, w.req);
          w.req = Request{};
          goready(md, pid, waiter, cost);
        }
      } else if (f.peer >= 0) {
        deliver_later(md, NetDelivery{NetDelivery::kEof, f.peer, -1, {}}, cost.net_ns);
      }
      break;
    }
    default:
      break;
  }
  if (op == NetOp::kAccept || op == NetOp::kRead) {
    if (!try_complete(md, g, r)) {
      netpollblock(md, pid, r.a, op, -1);
      return false;
    }
  }
  const G& done_g = md.allg[static_cast<size_t>(gi)];
  emit_at(md, EventKind::kNetCall, pid, goid, static_cast<int64_t>(op), op == NetOp::kListen ? done_g.netres.fd : r.a,
           done_g.netres.err.empty() ? static_cast<int64_t>(done_g.netres.fd >= 0 ? done_g.netres.fd : done_g.netres.data.size()) : -2);
  return true;
}

bool net_deliver(Model& md, uint64_t id) {
  NetState& net = md.net;
  auto it = net.in_flight.find(id);
  if (it == net.in_flight.end()) return false;
  const NetDelivery d = std::move(it->second);
  net.in_flight.erase(it);
  int64_t ready_on = d.fd;
  switch (d.kind) {
    case NetDelivery::kData:
      net.fds[d.fd].inbuf += d.data;
      break;
    case NetDelivery::kEof:
      net.fds[d.fd].eof = true;
      break;
    case NetDelivery::kConnect: {
      NetFD& listener = net.fds[d.listener];
      if (listener.closed) {
        net.fds[d.fd].eof = true;
        break;
      }
      // The handshake completed: a server-side socket waits in the accept queue.
      const int64_t server = net.next_fd++;
      NetFD& s = net.fds[server];
      s.peer = d.fd;
      s.connected = true;
      NetFD& c = net.fds[d.fd];
      c.peer = server;
      c.connected = true;
      listener.accept_queue.push_back(server);
      const bool w1 = ready_fd(md, d.listener);
      const bool w2 = ready_fd(md, d.fd);
      emit_at(md, EventKind::kNetReady, -1, 0, d.fd, static_cast<int64_t>(d.kind), w1 || w2);
      return w1 || w2;
    }
  }
  const bool woke = ready_fd(md, ready_on);
  emit_at(md, EventKind::kNetReady, -1, 0, ready_on, static_cast<int64_t>(d.kind), woke);
  return woke;
}

// Go: runtime/netpoll_epoll.go netpoll(0) + netpollready
std::vector<GIdx> netpoll(Model& md, int32_t pid, bool by_sysmon) {
  std::vector<GIdx> list(md.net.ready.rbegin(), md.net.ready.rend());  // netpollready pushes at the head
  md.net.polled.clear();
  for (size_t i = list.size(); i-- > 0;) md.net.polled.emplace_back(md.net.ready[i], md.net.ready_fds[i]);
  md.net.ready.clear();
  md.net.ready_fds.clear();
  for (GIdx g : list) {
    // The call it was waiting in completes now; if it cannot (another reader took the data),
    // the G keeps its request and retries it when it runs, as Go's read loop does on EAGAIN.
    G& gg = md.allg[static_cast<size_t>(g)];
    if (try_complete(md, gg, gg.req)) gg.req = Request{};
  }
  if (!list.empty()) emit_at(md, EventKind::kNetpoll, pid, 0, static_cast<int64_t>(list.size()), by_sysmon ? 1 : 0, 0);
  return list;
}

// Go: runtime/proc.go injectglist
void injectglist(Model& md, int32_t pid, const std::vector<GIdx>& glist, const CostModel& cost) {
  if (glist.empty()) return;
  for (GIdx g : glist) md.allg[static_cast<size_t>(g)].status = GStatus::kRunnable;
  size_t i = 0;
  if (pid < 0) {
    for (GIdx g : glist) globrunqput(md, g);
    for (size_t n = glist.size(); n != 0 && !md.sched.pidle.empty(); --n) startm(md, -1, false, -1, cost);
    return;
  }
  const size_t npidle = md.sched.pidle.size();
  for (; i < npidle && i < glist.size(); ++i) globrunqput(md, glist[i]);
  for (size_t n = i; n != 0 && !md.sched.pidle.empty(); --n) startm(md, -1, false, pid, cost);
  for (; i < glist.size(); ++i) runqput(md, pid, glist[i], false);
}

}  // namespace gosim
