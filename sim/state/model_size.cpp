#include "sim/state/model_size.h"

namespace gosim::state {

namespace {

// libstdc++ gives every std::deque a map and one 512-byte node even when empty.
constexpr size_t kDequeOverhead = 64 + 512;
// A node-based container entry: the node's links and the allocator's header.
constexpr size_t kNodeOverhead = 48;

template <class T>
size_t vec_bytes(const std::vector<T>& v) { return v.capacity() * sizeof(T); }

size_t str_bytes(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

template <class T>
size_t deque_bytes(const std::deque<T>& d) { return kDequeOverhead + d.size() * sizeof(T); }

size_t g_bytes(const G& g) {
  size_t n = str_bytes(g.req.text) + vec_bytes(g.req.cases) + str_bytes(g.req_panic);
  for (const auto& c : g.req.cases) n += str_bytes(c.data);
  n += str_bytes(g.chanres.data) + str_bytes(g.netres.data) + str_bytes(g.netres.err);
  n += vec_bytes(g.select_chans) + vec_bytes(g.code.regs) + vec_bytes(g.code.frames) + vec_bytes(g.code.defers);
  for (const auto& d : g.code.defers) n += str_bytes(d.args);
  return n;
}

}  // namespace

size_t estimate_model_bytes(const Model& m) {
  size_t n = sizeof(Model);
  n += m.engine.pending.capacity_bytes() + m.engine.agenda.size() * sizeof(AgendaItem);
  n += vec_bytes(m.allg) + vec_bytes(m.allm) + vec_bytes(m.allp);
  for (const G& g : m.allg) n += g_bytes(g);
  for (const P& p : m.allp) n += vec_bytes(p.gfree) + vec_bytes(p.timers);
  n += deque_bytes(m.sched.runq) + vec_bytes(m.sched.pidle) + vec_bytes(m.sched.midle) + vec_bytes(m.sched.gfree);
  n += m.semtable.bucket_count() * sizeof(void*);
  for (const auto& [addr, root] : m.semtable) n += kNodeOverhead + sizeof(root) + deque_bytes(root.waiters);
  n += m.syncs.size() * (kNodeOverhead + sizeof(uint64_t) + sizeof(SyncState));
  for (const auto& [addr, c] : m.chans) {
    n += kNodeOverhead + sizeof(c) + 3 * kDequeOverhead;
    for (const auto& s : c.buf) n += sizeof(s) + str_bytes(s);
    n += (c.recvq.size() + c.sendq.size()) * sizeof(Sudog);
  }
  for (const auto& [fd, f] : m.net.fds) n += kNodeOverhead + sizeof(f) + kDequeOverhead + str_bytes(f.inbuf);
  n += (m.net.ports.size() + m.net.in_flight.size()) * (kNodeOverhead + sizeof(NetDelivery));
  n += vec_bytes(m.net.ready) + vec_bytes(m.net.ready_fds) + vec_bytes(m.net.polled);
  n += str_bytes(m.output);
  return n;
}

}  // namespace gosim::state
