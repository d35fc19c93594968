// Go 1.19 runtime/chan.go.
//
// What Go does: a channel (hchan) has a ring buffer of dataqsiz elements and two queues of
// waiting goroutines (sudogs): recvq and sendq. A send first looks for a waiting receiver and
// copies the element straight into it (no buffer involved), else appends to the buffer, else
// queues itself and parks. A receive mirrors it; from a full buffer with a sender waiting, it
// takes the buffer's head and moves the sender's element to the tail. Close wakes every waiter:
// receivers get zero values, senders panic. Woken goroutines go to the waker's runnext.
//
// gosim: elements travel as bytes; the runtime hands a received element to the G in its
// ChanResult and the G's code copies it where it belongs. Go writes into the receiver's stack
// slot directly (sudog.elem) — same effect, but that pointer is not modeled.
#include "sim/rt/emit.h"
#include "sim/rt/chan.h"

#include "sim/rt/proc.h"

namespace gosim {

namespace {

void emit_chan(Model& md, EventKind kind, int32_t pid, int64_t goid, uint64_t c, int64_t b, int64_t peer) {
  emit_at(md, kind, pid, goid, static_cast<int64_t>(c), b, peer);
}

// A select that fired is no longer waiting on its other channels (Go does this "pass 3" when
// the selecting G resumes; gosim does it at the wake-up, which no program can tell apart).
void drop_select_sudogs(Model& md, GIdx g) {
  for (uint64_t ch : md.allg[static_cast<size_t>(g)].select_chans) {
    auto it = md.chans.find(ch);
    if (it == md.chans.end()) continue;
    for (auto* q : {&it->second.recvq, &it->second.sendq}) {
      for (auto s = q->begin(); s != q->end();) s = s->g == g ? q->erase(s) : s + 1;
    }
  }
  md.allg[static_cast<size_t>(g)].select_chans.clear();
}

// Go: runtime/chan.go waitq.dequeue. A select's sudog fires its case and cancels its others.
bool dequeue(Model& md, std::deque<Sudog>& q, Sudog* out) {
  if (q.empty()) return false;
  *out = q.front();
  q.pop_front();
  if (out->is_select) {
    md.allg[static_cast<size_t>(out->g)].chanres.selected = out->case_index;
    drop_select_sudogs(md, out->g);
  }
  return true;
}

std::string zero(int64_t elemsize) { return std::string(static_cast<size_t>(elemsize), '\0'); }

// The G joins the channel's queue, the event says so (the G is in the queue at that pause),
// then it parks (go_park is the next event).
void park_on(Model& md, int32_t pid, std::deque<Sudog>& q, Sudog sg, WaitReason why, EventKind kind, uint64_t addr) {
  const int64_t goid = goid_of(md, sg.g);
  q.push_back(std::move(sg));
  emit_chan(md, kind, pid, goid, addr, static_cast<int64_t>(ChanHow::kBlock), 0);
  gopark(md, pid, why);
}

}  // namespace

void makechan(Model& md, uint64_t addr, int64_t elemsize, int64_t size) {
  HChan c;
  c.elemsize = elemsize;
  c.dataqsiz = static_cast<uint32_t>(size);
  md.chans[addr] = std::move(c);
}

// Go: runtime/chan.go chansend
ChanOutcome chansend(Model& md, int32_t pid, uint64_t addr, const std::string& data, bool block, const CostModel& cost) {
  const GIdx gi = running_g(md, pid);
  const int64_t goid = goid_of(md, gi);
  md.allg[static_cast<size_t>(gi)].chanres = ChanResult{};
  if (addr == 0) {
    if (!block) return {};
    gopark(md, pid, WaitReason::kChanSendNilChan);  // forever
    return {ChanStep::kParked, {}};
  }
  HChan& c = md.chans.at(addr);
  if (c.closed) return {ChanStep::kPanic, "send on closed channel"};
  Sudog sg;
  if (dequeue(md, c.recvq, &sg)) {
    // A receiver is waiting: the element goes straight to it.
    ChanResult& r = md.allg[static_cast<size_t>(sg.g)].chanres;
    r.data = data;
    r.ok = true;
    emit_chan(md, EventKind::kChanSend, pid, goid, addr, static_cast<int64_t>(ChanHow::kDirect), goid_of(md, sg.g));
    goready(md, pid, sg.g, cost);
    md.allg[static_cast<size_t>(gi)].chanres.ok = true;
    return {};
  }
  if (c.buf.size() < c.dataqsiz) {
    c.buf.push_back(data);
    c.sendx = (c.sendx + 1) % c.dataqsiz;
    emit_chan(md, EventKind::kChanSend, pid, goid, addr, static_cast<int64_t>(ChanHow::kBuffer), 0);
    md.allg[static_cast<size_t>(gi)].chanres.ok = true;
    return {};
  }
  if (!block) {
    emit_chan(md, EventKind::kChanSend, pid, goid, addr, static_cast<int64_t>(ChanHow::kNotReady), 0);
    return {};
  }
  park_on(md, pid, c.sendq, Sudog{gi, false, -1, data}, WaitReason::kChanSend, EventKind::kChanSend, addr);
  return {ChanStep::kParked, {}};
}

void sendTime(Model& md, int32_t pid, uint64_t addr, const std::string& data, const CostModel& cost) {
  HChan& c = md.chans.at(addr);
  Sudog sg;
  if (dequeue(md, c.recvq, &sg)) {
    ChanResult& r = md.allg[static_cast<size_t>(sg.g)].chanres;
    r.data = data;
    r.ok = true;
    goready(md, pid, sg.g, cost);
    return;
  }
  if (c.buf.size() < c.dataqsiz) c.buf.push_back(data);  // else dropped, as Go's select-default
}

// Go: runtime/chan.go chanrecv
ChanOutcome chanrecv(Model& md, int32_t pid, uint64_t addr, bool block, const CostModel& cost) {
  const GIdx gi = running_g(md, pid);
  const int64_t goid = goid_of(md, gi);
  ChanResult& res = md.allg[static_cast<size_t>(gi)].chanres;
  res = ChanResult{};
  if (addr == 0) {
    if (!block) return {};
    gopark(md, pid, WaitReason::kChanReceiveNilChan);  // forever
    return {ChanStep::kParked, {}};
  }
  HChan& c = md.chans.at(addr);
  res.selected = 0;
  if (c.closed && c.buf.empty()) {
    res.data = zero(c.elemsize);
    res.ok = false;
    emit_chan(md, EventKind::kChanRecv, pid, goid, addr, static_cast<int64_t>(ChanHow::kClosed), 0);
    return {};
  }
  Sudog sg;
  if (dequeue(md, c.sendq, &sg)) {
    // Go: runtime/chan.go recv — unbuffered: take the sender's element; buffered (so full):
    // take the head and put the sender's element at the tail.
    ChanHow how = ChanHow::kDirect;
    if (c.dataqsiz == 0) {
      res.data = sg.data;
    } else {
      res.data = c.buf.front();
      c.buf.pop_front();
      c.buf.push_back(sg.data);
      c.recvx = (c.recvx + 1) % c.dataqsiz;
      c.sendx = c.recvx;
      how = ChanHow::kBufferRefill;
    }
    res.ok = true;
    md.allg[static_cast<size_t>(sg.g)].chanres.ok = true;
    emit_chan(md, EventKind::kChanRecv, pid, goid, addr, static_cast<int64_t>(how), goid_of(md, sg.g));
    goready(md, pid, sg.g, cost);
    return {};
  }
  if (!c.buf.empty()) {
    res.data = c.buf.front();
    res.ok = true;
    c.buf.pop_front();
    c.recvx = (c.recvx + 1) % c.dataqsiz;
    emit_chan(md, EventKind::kChanRecv, pid, goid, addr, static_cast<int64_t>(ChanHow::kBuffer), 0);
    return {};
  }
  if (!block) {
    res.selected = -1;
    emit_chan(md, EventKind::kChanRecv, pid, goid, addr, static_cast<int64_t>(ChanHow::kNotReady), 0);
    return {};
  }
  park_on(md, pid, c.recvq, Sudog{gi, false, -1, {}}, WaitReason::kChanReceive, EventKind::kChanRecv, addr);
  return {ChanStep::kParked, {}};
}

// Go: runtime/chan.go closechan
ChanOutcome closechan(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  if (addr == 0) return {ChanStep::kPanic, "close of nil channel"};
  HChan& c = md.chans.at(addr);
  if (c.closed) return {ChanStep::kPanic, "close of closed channel"};
  c.closed = true;
  // Go collects the waiters on a list used as a stack, then readies them in that (reversed)
  // order; each goes to runnext, so the first receiver queued runs first and the rest follow
  // in reverse.
  std::vector<GIdx> glist;
  Sudog sg;
  while (dequeue(md, c.recvq, &sg)) {
    ChanResult& r = md.allg[static_cast<size_t>(sg.g)].chanres;
    r.data = zero(c.elemsize);
    r.ok = false;
    glist.push_back(sg.g);
  }
  while (dequeue(md, c.sendq, &sg)) {
    md.allg[static_cast<size_t>(sg.g)].req_panic = "send on closed channel";
    glist.push_back(sg.g);
  }
  emit_chan(md, EventKind::kChanClose, pid, goid_of(md, running_g(md, pid)), addr, static_cast<int64_t>(glist.size()), 0);
  for (auto it = glist.rbegin(); it != glist.rend(); ++it) goready(md, pid, *it, cost);
  return {};
}

}  // namespace gosim
