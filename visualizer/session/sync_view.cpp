#include "visualizer/session/sync_view.h"

#include <algorithm>

#include "visualizer/session/held_by.h"
#include "visualizer/session/session.h"
#include "visualizer/session/waiters.h"

namespace gosim::viz {

namespace {

// Go: sync/mutex.go (the same constants sim/rt/sync.cpp uses).
constexpr int32_t kMutexLocked = 1;
constexpr int32_t kMutexWoken = 2;
constexpr int32_t kMutexStarving = 4;
constexpr int32_t kMutexWaiterShift = 3;
// An object's size (sim/rt/sync.h layouts): which semaphores are inside it. An object of
// unknown type takes the largest, as `gosim state` does.
uint64_t object_bytes(SyncRow::Kind k) {
  switch (k) {
    case SyncRow::Kind::kMutex: return 8;
    case SyncRow::Kind::kWaitGroup: return 16;
    default: return 24;
  }
}

SyncRow::Kind kind_of(const std::string& type) {
  if (type == "sync.Mutex") return SyncRow::Kind::kMutex;
  if (type == "sync.RWMutex") return SyncRow::Kind::kRWMutex;
  if (type == "sync.WaitGroup") return SyncRow::Kind::kWaitGroup;
  return SyncRow::Kind::kUnknown;
}

// The address the event at the cursor names (a semaphore), or the semaphore whose queue the
// parked goroutine joined; 0 when neither.
uint64_t current_sema(const Session& s, const Model& md, const std::vector<std::pair<uint64_t, const SemaRoot*>>& semas) {
  const Event* e = s.current();
  if (!e) return 0;
  if (e->kind == EventKind::kSemAcquire || e->kind == EventKind::kSemRelease) return static_cast<uint64_t>(e->a);
  if (e->kind != EventKind::kGoPark || e->g == 0) return 0;
  for (const auto& [addr, root] : semas) {
    for (GIdx gi : root->waiters) {
      if (md.allg[static_cast<size_t>(gi)].goid == e->g) return addr;
    }
  }
  return 0;
}

}  // namespace

SyncView build_sync_view(const Session& s) {
  SyncView v;
  if (!s.loaded()) return v;
  const Model& md = s.model();
  const ir::Module* mod = s.module();
  const auto holders = mod ? held_by(md, *mod) : std::map<uint64_t, HeldBy>{};
  // semtable is a hash map: sorted by address before anything is shown, so its order never is.
  std::vector<std::pair<uint64_t, const SemaRoot*>> semas;
  for (const auto& [addr, root] : md.semtable) semas.emplace_back(addr, &root);
  std::sort(semas.begin(), semas.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const uint64_t cur = current_sema(s, md, semas);
  auto queue = [&](uint64_t addr, const SemaRoot& root, uint64_t base) {
    SemaQueue q{addr, addr - base, root.count, {}, addr == cur};
    for (GIdx gi : root.waiters) q.waiters.push_back(token_of(md, gi));
    return q;
  };
  std::vector<bool> inside(semas.size(), false);
  for (const auto& [addr, st] : md.syncs) {
    SyncRow r;
    r.addr = addr;
    if (const auto h = holders.find(addr); h != holders.end() && mod) {
      r.names = h->second.names;
      r.name = h->second.short_name();
      r.kind = kind_of(mod->types[static_cast<size_t>(h->second.type)].name);
    }
    r.state = st.state;
    r.locked = (st.state & kMutexLocked) != 0;
    r.woken = (st.state & kMutexWoken) != 0;
    r.starving = (st.state & kMutexStarving) != 0;
    r.mutex_waiters = st.state >> kMutexWaiterShift;
    r.reader_count = st.reader_count;
    r.reader_wait = st.reader_wait;
    r.wg_counter = static_cast<int32_t>(st.wg_state >> 32);
    r.wg_waiters = static_cast<uint32_t>(st.wg_state);
    const uint64_t end = addr + object_bytes(r.kind);
    for (size_t i = 0; i < semas.size(); ++i) {
      if (semas[i].first >= addr && semas[i].first < end) {
        r.semas.push_back(queue(semas[i].first, *semas[i].second, addr));
        inside[i] = true;
      }
    }
    r.current = cur >= addr && cur < end;
    v.objects.push_back(std::move(r));
  }
  for (size_t i = 0; i < semas.size(); ++i) {
    if (!inside[i]) v.loose.push_back(queue(semas[i].first, *semas[i].second, semas[i].first));
  }
  return v;
}

}  // namespace gosim::viz
