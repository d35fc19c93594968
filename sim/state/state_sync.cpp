// Channels, runtime semaphores, package sync's state words and the netpoller, as state.
//
// Model::semtable is an unordered_map (Go hashes addresses into semtable's buckets): it is
// copied out and sorted by address before anything is printed, so its order never shows.
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "sim/state/state_impl.h"

namespace gosim::state {

using json = nlohmann::ordered_json;

namespace {

// Matches sim/rt/sync.cpp (Go: sync/mutex.go).
constexpr int32_t kMutexLocked = 1;
constexpr int32_t kMutexWoken = 2;
constexpr int32_t kMutexStarving = 4;
constexpr int32_t kMutexWaiterShift = 3;
// The semaphores package sync keeps inside its objects (sim/rt/sync.h): Mutex.sema @4,
// RWMutex.writerSem @8 and readerSem @12, WaitGroup's sema @8.
constexpr uint64_t kSyncObjectBytes = 24;

json goids(const Model& md, const std::deque<GIdx>& q) {
  json out = json::array();
  for (GIdx gi : q) out.push_back(md.allg[static_cast<size_t>(gi)].goid);
  return out;
}

json sudogs(const Model& md, const std::deque<Sudog>& q) {
  json out = json::array();
  for (const Sudog& s : q) {
    out.push_back({{"goid", md.allg[static_cast<size_t>(s.g)].goid}, {"select", s.is_select}, {"case", s.case_index}});
  }
  return out;
}

std::string hex_bytes(const std::string& s) {
  std::string out;
  for (unsigned char c : s) out += fmt::format("{:02x}", c);
  return out;
}

std::vector<std::pair<uint64_t, const SemaRoot*>> sorted_semas(const Model& md) {
  std::vector<std::pair<uint64_t, const SemaRoot*>> out;
  out.reserve(md.semtable.size());
  for (const auto& [addr, root] : md.semtable) out.emplace_back(addr, &root);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

}  // namespace

json channels_json(const Model& md) {
  json out = json::array();
  for (const auto& [addr, c] : md.chans) {  // a std::map: address order
    json buf = json::array();
    for (const std::string& e : c.buf) {
      json el = {{"bytes", hex_bytes(e)}};
      // Without the element type, an element of up to 8 bytes is shown as the little-endian
      // integer it holds (ints, bools, pointers); larger ones as bytes only.
      if (!e.empty() && e.size() <= 8) {
        uint64_t v = 0;
        for (size_t i = 0; i < e.size(); ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(e[i])) << (8 * i);
        el["int"] = v;
      }
      buf.push_back(std::move(el));
    }
    out.push_back({{"addr", hex(addr)},
                   {"elemsize", c.elemsize},
                   {"cap", c.dataqsiz},
                   {"count", c.buf.size()},
                   {"sendx", c.sendx},
                   {"recvx", c.recvx},
                   {"closed", c.closed},
                   {"buf", std::move(buf)},
                   {"sendq", sudogs(md, c.sendq)},
                   {"recvq", sudogs(md, c.recvq)}});
  }
  return out;
}

json semaphores_json(const Model& md) {
  json out = json::array();
  for (const auto& [addr, root] : sorted_semas(md)) {
    out.push_back({{"addr", hex(addr)}, {"count", root->count}, {"waiters", goids(md, root->waiters)}});
  }
  return out;
}

json sync_json(const Model& md) {
  const auto semas = sorted_semas(md);
  json out = json::array();
  for (const auto& [addr, s] : md.syncs) {
    json inner = json::array();
    auto lo = std::lower_bound(semas.begin(), semas.end(), addr, [](const auto& a, uint64_t v) { return a.first < v; });
    for (; lo != semas.end() && lo->first < addr + kSyncObjectBytes; ++lo) {
      inner.push_back({{"offset", lo->first - addr}, {"count", lo->second->count}, {"waiters", goids(md, lo->second->waiters)}});
    }
    out.push_back({{"addr", hex(addr)},
                   {"state", s.state},
                   {"mutex",
                    {{"locked", (s.state & kMutexLocked) != 0},
                     {"woken", (s.state & kMutexWoken) != 0},
                     {"starving", (s.state & kMutexStarving) != 0},
                     {"waiters", s.state >> kMutexWaiterShift}}},
                   {"reader_count", s.reader_count},
                   {"reader_wait", s.reader_wait},
                   {"waitgroup", {{"counter", static_cast<int32_t>(s.wg_state >> 32)}, {"waiters", static_cast<uint32_t>(s.wg_state)}}},
                   {"semas", std::move(inner)}});
  }
  return out;
}

json netpoll_json(const Model& md) {
  json fds = json::array();
  for (const auto& [fd, f] : md.net.fds) {
    fds.push_back({{"fd", fd},
                   {"listener", f.listener},
                   {"port", f.port},
                   {"peer", f.peer},
                   {"connected", f.connected},
                   {"closed", f.closed},
                   {"eof", f.eof},
                   {"inbuf_bytes", f.inbuf.size()},
                   {"accept_queue", f.accept_queue},
                   {"waiting_goid", f.rg != kNoG ? json(md.allg[static_cast<size_t>(f.rg)].goid) : json(nullptr)}});
  }
  json ready = json::array();
  for (GIdx gi : md.net.ready) ready.push_back(md.allg[static_cast<size_t>(gi)].goid);
  // The fd each ready goroutine had parked on (NetState::ready_fds, parallel to ready).
  json ready_fds = json::array();
  for (const int64_t fd : md.net.ready_fds) ready_fds.push_back(fd);
  // What the last netpoll call returned (NetState::polled), in the order it ran or was injected:
  // at a netpoll event the ready list is already empty, and this says whom that call woke. It
  // stays until the next call that finds something (Go keeps no such record: netpoll's gList is
  // a local of findRunnable or sysmon).
  json polled = json::array();
  for (const auto& [gi, fd] : md.net.polled) polled.push_back({{"goid", md.allg[static_cast<size_t>(gi)].goid}, {"fd", fd}});
  return {{"fds", std::move(fds)},
          {"waiters", md.net.waiters},
          {"ready", std::move(ready)},
          {"ready_fds", std::move(ready_fds)},
          {"polled", std::move(polled)},
          {"in_flight", md.net.in_flight.size()},
          {"lastpoll_ns", md.net.lastpoll}};
}

}  // namespace gosim::state
