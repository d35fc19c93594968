#include "visualizer/session/history.h"

#include <algorithm>

namespace gosim::viz {

namespace {

constexpr size_t kCheckpointBytesPerEvent = 256;

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
  n += vec_bytes(m.net.ready);
  n += str_bytes(m.output);
  return n;
}

void CheckpointStore::clear() {
  cps_.clear();
  next_due_ = 0;
  bytes_ = 0;
  largest_ = 0;
  thinnings_ = 0;
  every_ = initial_every_;
}

void CheckpointStore::add(uint64_t at, Checkpoint cp) {
  const size_t b = estimate_model_bytes(cp.model);
  cps_.push_back(StoredCheckpoint{at, b, std::move(cp)});
  bytes_ += b;
  largest_ = std::max(largest_, b);
  // A big model (10k goroutines: megabytes a copy) is copied less often: at most
  // kCheckpointBytesPerEvent bytes of checkpoint per event recorded, so recording stays within a
  // small factor of running, and a seek costs at most a few thousand extra steps.
  const uint64_t gap = std::max<uint64_t>(every_, b / kCheckpointBytesPerEvent);
  next_due_ = std::max((at + gap) / every_ * every_, (at / every_ + 1) * every_);
  while (bytes_ > budget_ && cps_.size() > 1) thin();
}

// Doubles K and keeps, for each multiple of the new K, the first checkpoint at or after it
// (event 0 always stays).
void CheckpointStore::thin() {
  every_ *= 2;
  ++thinnings_;
  std::vector<StoredCheckpoint> kept;
  kept.reserve(cps_.size() / 2 + 1);
  bytes_ = 0;
  uint64_t bucket = 0;
  for (auto& c : cps_) {
    if (c.at != 0 && c.at / every_ <= bucket) continue;
    bucket = c.at / every_;
    bytes_ += c.bytes;
    kept.push_back(std::move(c));
  }
  cps_ = std::move(kept);
  next_due_ = (cps_.back().at / every_ + 1) * every_;
}

const StoredCheckpoint& CheckpointStore::at_or_before(uint64_t at) const {
  auto it = std::upper_bound(cps_.begin(), cps_.end(), at, [](uint64_t v, const StoredCheckpoint& c) { return v < c.at; });
  return *(it - 1);  // cps_[0].at == 0 <= at
}

}  // namespace gosim::viz
