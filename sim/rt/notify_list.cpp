// Go 1.19 runtime/sema.go notifyList: the ticket-based wait list under sync.Cond.
//
// What Go does: Wait takes a ticket (notifyListAdd: l.wait++) before it unlocks c.L, then parks
// on the list with it (notifyListWait). Signal hands out the next ticket to notify (l.notify++)
// and readies the waiter holding it, wherever it sits in the list; Broadcast notifies every
// ticket handed out so far. The tickets make a Signal between a waiter's Unlock and its park
// count: the waiter finds its ticket already notified and does not park at all.
//
// gosim keeps wait and notify where Go does, in the Cond's memory (simulated), and the list of
// parked Gs with their tickets in Model::notify_lists.
#include "sim/rt/notify_list.h"

#include <algorithm>

#include "sim/rt/proc.h"

namespace gosim {

namespace {

// Go: sema.go less — ticket a comes before b, with wrap-around.
bool less(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }

}  // namespace

bool notifyListWait(Model& md, int32_t pid, uint64_t l, uint32_t t) {
  const auto notify = static_cast<uint32_t>(md.mem.load(l + 4, 4));
  if (less(t, notify)) return false;  // already notified
  const GIdx gi = md.allm[static_cast<size_t>(md.allp[static_cast<size_t>(pid)].m)].curg;
  md.notify_lists[l].emplace_back(gi, t);
  gopark(md, pid, WaitReason::kSyncCondWait);  // Go: goparkunlock(&l.lock, waitReasonSyncCondWait, ...)
  return true;
}

void notifyListNotifyOne(Model& md, int32_t pid, uint64_t l, const CostModel& cost) {
  const auto wait = static_cast<uint32_t>(md.mem.load(l, 4));
  const auto t = static_cast<uint32_t>(md.mem.load(l + 4, 4));
  if (wait == t) return;  // nobody waits that has not been notified
  md.mem.store(l + 4, t + 1, 4);
  const auto it = md.notify_lists.find(l);
  if (it == md.notify_lists.end()) return;  // the ticket's owner has not parked yet: it will not
  auto& q = it->second;
  const auto w = std::find_if(q.begin(), q.end(), [t](const auto& e) { return e.second == t; });
  if (w == q.end()) return;
  const GIdx gi = w->first;
  q.erase(w);
  if (q.empty()) md.notify_lists.erase(it);
  goready(md, pid, gi, cost);  // Go: readyWithTime(s, 4)
}

void notifyListNotifyAll(Model& md, int32_t pid, uint64_t l, const CostModel& cost) {
  const auto wait = static_cast<uint32_t>(md.mem.load(l, 4));
  if (wait == static_cast<uint32_t>(md.mem.load(l + 4, 4))) return;
  md.mem.store(l + 4, wait, 4);
  const auto it = md.notify_lists.find(l);
  if (it == md.notify_lists.end()) return;
  const auto waiters = std::move(it->second);
  md.notify_lists.erase(it);
  for (const auto& [gi, ticket] : waiters) goready(md, pid, gi, cost);
}

}  // namespace gosim
