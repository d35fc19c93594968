// --check-events rules for channels, select, runtime semaphores and the netpoller: what the
// event says happened to the channel's buffer and wait queues, the semaphore's count, the fd.
#include <fmt/format.h>

#include "sim/rt/chan.h"
#include "sim/rt/check_events_internal.h"
#include "sim/rt/netpoll.h"
#include "sim/rt/proc.h"

namespace gosim::check {

namespace {

const G& gg_of(const Model& md, GIdx g) { return md.allg[static_cast<size_t>(g)]; }

bool queued_on(const std::deque<Sudog>& q, GIdx g) {
  for (const Sudog& s : q) {
    if (s.g == g) return true;
  }
  return false;
}

const HChan* chan_at(const Model& md, int64_t addr) {
  const auto it = md.chans.find(static_cast<uint64_t>(addr));
  return it == md.chans.end() ? nullptr : &it->second;
}

std::string chan_state(const HChan& c) {
  return fmt::format("the channel holds {}/{} in its buffer, {} receiver(s) and {} sender(s) waiting, closed={}",
                     c.buf.size(), c.dataqsiz, c.recvq.size(), c.sendq.size(), c.closed);
}

// The peer a direct hand-off names: taken off the channel's queue `q`, still waiting (its
// goready is the next event).
std::string check_peer(const Model& md, const std::deque<Sudog>& q, int64_t goid) {
  const GIdx peer = find_g(md, goid);
  if (peer == kNoG) return fmt::format("no G has goid {}", goid);
  if (queued_on(q, peer)) return fmt::format("G{} is still in the channel's wait queue", goid);
  if (gg_of(md, peer).status != GStatus::kWaiting) return g_state(md, peer);
  return {};
}

std::string sem_acquire(const Model& md, const Event& e) {
  const auto it = md.semtable.find(static_cast<uint64_t>(e.a));
  const int64_t count = it == md.semtable.end() ? 0 : it->second.count;
  if (count != e.b) return fmt::format("the semaphore's count is {}", count);
  return {};
}

std::string sem_release(const Model& md, const Event& e) {
  const auto it = md.semtable.find(static_cast<uint64_t>(e.a));
  if (it == md.semtable.end()) return "the semaphore is not in the table";
  if (it->second.count != e.b) return fmt::format("the semaphore's count is {}", it->second.count);
  if (e.c == 0) {
    if (!it->second.waiters.empty()) return fmt::format("{} waiter(s) on the semaphore", it->second.waiters.size());
    return {};
  }
  // The waiter it wakes is off the queue and still waiting (its go_ready comes next).
  const GIdx w = find_g(md, e.c);
  if (w == kNoG) return fmt::format("no G has goid {}", e.c);
  for (const GIdx q : it->second.waiters) {
    if (q == w) return fmt::format("G{} is still in the semaphore's queue", e.c);
  }
  if (md.allg[static_cast<size_t>(w)].status != GStatus::kWaiting) return g_state(md, w);
  return {};
}

std::string chan_send(const Model& md, const Event& e) {
  const HChan* c = chan_at(md, e.a);
  if (c == nullptr) return fmt::format("no channel at {:#x}", e.a);
  const GIdx g = find_g(md, e.g);
  bool ok = true;
  switch (static_cast<ChanHow>(e.b)) {
    case ChanHow::kDirect: return check_peer(md, c->recvq, e.c);
    case ChanHow::kBuffer: ok = !c->buf.empty() && c->buf.size() <= c->dataqsiz && c->recvq.empty(); break;
    case ChanHow::kBlock: ok = g != kNoG && queued_on(c->sendq, g); break;
    case ChanHow::kNotReady: ok = !c->closed && c->recvq.empty() && c->buf.size() == c->dataqsiz; break;
    default: return fmt::format("how {} is not a send's", e.b);
  }
  return ok ? std::string() : chan_state(*c) + (g != kNoG && queued_on(c->sendq, g) ? " (G in sendq)" : " (G not in sendq)");
}

std::string chan_recv(const Model& md, const Event& e) {
  const HChan* c = chan_at(md, e.a);
  if (c == nullptr) return fmt::format("no channel at {:#x}", e.a);
  const GIdx g = find_g(md, e.g);
  bool ok = true;
  switch (static_cast<ChanHow>(e.b)) {
    case ChanHow::kDirect:
      if (c->dataqsiz != 0) return chan_state(*c) + ": a buffered channel";
      return check_peer(md, c->sendq, e.c);
    case ChanHow::kBufferRefill:
      if (c->buf.size() != c->dataqsiz) return chan_state(*c);
      return check_peer(md, c->sendq, e.c);
    case ChanHow::kBuffer: ok = c->buf.size() < c->dataqsiz && c->sendq.empty(); break;
    case ChanHow::kBlock: ok = g != kNoG && queued_on(c->recvq, g); break;
    case ChanHow::kClosed: ok = c->closed && c->buf.empty(); break;
    case ChanHow::kNotReady: ok = !c->closed && c->buf.empty() && c->sendq.empty(); break;
  }
  return ok ? std::string() : chan_state(*c) + (g != kNoG && queued_on(c->recvq, g) ? " (G in recvq)" : " (G not in recvq)");
}

std::string chan_close(const Model& md, const Event& e) {
  const HChan* c = chan_at(md, e.a);
  if (c == nullptr) return fmt::format("no channel at {:#x}", e.a);
  if (!c->closed || !c->recvq.empty() || !c->sendq.empty()) return chan_state(*c);
  return {};
}

std::string select(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  if (e.a >= 0) {
    const HChan* c = chan_at(md, e.c);
    if (c == nullptr) return fmt::format("no channel at {:#x}", e.c);
    // The case is a send or a receive; either way its channel can go ahead now.
    const bool can_send = c->closed || !c->recvq.empty() || c->buf.size() < c->dataqsiz;
    const bool can_recv = c->closed || !c->sendq.empty() || !c->buf.empty();
    if (!can_send && !can_recv) return chan_state(*c);
    return {};
  }
  if (e.a == -2) {
    for (uint64_t ch : gg_of(md, g).select_chans) {
      const HChan* c = chan_at(md, static_cast<int64_t>(ch));
      if (c == nullptr || !(queued_on(c->recvq, g) || queued_on(c->sendq, g))) {
        return fmt::format("G{} is not queued on channel {:#x}", e.g, ch);
      }
    }
  }
  return {};
}

std::string net_call(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  const NetResult& res = gg_of(md, g).netres;
  if (e.c == -1 || (e.a == static_cast<int64_t>(NetOp::kDial) && e.c == 0)) {
    const auto it = md.net.fds.find(e.b);
    if (it == md.net.fds.end() || it->second.rg != g) {
      return fmt::format("fd {}'s pollDesc holds G index {}, not G{}", e.b, it == md.net.fds.end() ? -1 : it->second.rg, e.g);
    }
    return {};
  }
  if (e.c == -2) return res.err.empty() ? "the G's call has no error" : std::string();
  if (!res.err.empty()) return fmt::format("the G's call failed: {}", res.err);
  if (e.a == static_cast<int64_t>(NetOp::kListen)) {
    const auto it = md.net.fds.find(e.b);
    if (it == md.net.fds.end() || !it->second.listener) return fmt::format("fd {} is no listener", e.b);
  }
  return {};
}

std::string net_ready(const Model& md, const Event& e) {
  const auto it = md.net.fds.find(e.a);
  if (it == md.net.fds.end()) return fmt::format("no fd {}", e.a);
  const NetFD& f = it->second;
  if (e.b == NetDelivery::kEof && !f.eof) return fmt::format("fd {} has no end-of-file", e.a);
  if (e.b == NetDelivery::kConnect && !f.connected && !f.eof) return fmt::format("fd {} is neither connected nor at EOF", e.a);
  if (e.c != 0 && (md.net.ready.empty() || f.rg != kNoG)) {
    return fmt::format("{} G(s) on the ready list; fd {}'s pollDesc holds G index {}", md.net.ready.size(), e.a, f.rg);
  }
  return {};
}

std::string netpoll(const Model& md, const Event& e) {
  if (!md.net.ready.empty()) return fmt::format("{} G(s) still on the ready list", md.net.ready.size());
  if (e.a <= 0) return "it found none";
  return {};
}

}  // namespace

void add_chan_rules(RuleTable& t) {
  add(t, EventKind::kSemAcquire, "sem_acquire: the semaphore's count is the named one, after the take", sem_acquire);
  add(t, EventKind::kSemRelease, "sem_release: the count is the named one; nobody waits, or the waiter it wakes is off the "
      "queue and still waiting", sem_release);
  add(t, EventKind::kChanSend, "chan_send: direct: the receiver is off the recvq, still waiting; buffer: the element is "
      "in the buffer and nobody waits to receive; block: the G is in the channel's sendq; not ready: no receiver, "
      "buffer full", chan_send);
  add(t, EventKind::kChanRecv, "chan_recv: direct (unbuffered) or refill (buffer full): the sender is off the sendq, "
      "still waiting; buffer: the buffer has room again and no sender waits; block: the G is in the recvq; closed: "
      "closed and empty; not ready: nothing to take", chan_recv);
  add(t, EventKind::kChanClose, "chan_close: the channel is closed and no goroutine waits on it", chan_close);
  add(t, EventKind::kSelect, "select: a case fired: its channel can go ahead; it waits: the G is queued on every "
      "channel of the select", select);
  add(t, EventKind::kNetCall, "net_call: parked or connecting: the fd's pollDesc holds the G; failed: the G's result "
      "has an error; done: it has none (listen: the fd is a listener)", net_call);
  add(t, EventKind::kNetReady, "net_ready: the fd shows what arrived (EOF, a connection); a woken waiter is on the "
      "ready list, no longer on the fd", net_ready);
  add(t, EventKind::kNetpoll, "netpoll: it found goroutines and the ready list is empty", netpoll);
}

}  // namespace gosim::check
