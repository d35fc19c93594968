// Go 1.19 runtime/select.go selectgo.
//
// What Go does: the compiler lists a select's send cases first, then its receives. selectgo
// shuffles the cases into a random poll order (one fastrandn per case with a channel), then
// pass 1 takes the first case that can proceed in that order; with a default case it returns
// at once if none can; otherwise pass 2 queues a sudog on every channel and parks in "select";
// whoever wakes it fires one case, and pass 3 takes its sudogs off the other channels.
//
// gosim: the lock order (cases sorted by channel address) only matters for real locks; gosim
// queues in that order too, so the queues look as they would.
#include <algorithm>
#include <numeric>

#include "sim/rt/emit.h"
#include "sim/rt/chan.h"
#include "sim/rt/proc.h"

namespace gosim {

namespace {

void emit_select(Model& md, int32_t pid, int64_t goid, int64_t which, int64_t ncases, uint64_t c) {
  emit_at(md, EventKind::kSelect, pid, goid, which, ncases, static_cast<int64_t>(c));
}

}  // namespace

// Go: runtime/select.go selectgo
ChanOutcome selectgo(Model& md, int32_t pid, const std::vector<SelectCase>& cases, bool block, const CostModel& cost) {
  const P& pp = md.allp[static_cast<size_t>(pid)];
  M& mp = md.allm[static_cast<size_t>(pp.m)];
  const GIdx gi = mp.curg;
  const int64_t goid = goid_of(md, gi);
  md.allg[static_cast<size_t>(gi)].chanres = ChanResult{};

  // scases: sends first, then receives, each in source order.
  std::vector<int32_t> scases;
  for (int32_t i = 0; i < static_cast<int32_t>(cases.size()); ++i) {
    if (cases[static_cast<size_t>(i)].send) scases.push_back(i);
  }
  for (int32_t i = 0; i < static_cast<int32_t>(cases.size()); ++i) {
    if (!cases[static_cast<size_t>(i)].send) scases.push_back(i);
  }
  // The poll order: an inside-out shuffle over the cases that have a channel.
  std::vector<int32_t> pollorder;
  for (int32_t i : scases) {
    if (cases[static_cast<size_t>(i)].chan == 0) continue;
    const size_t norder = pollorder.size();
    const uint32_t j = mp.rand.fastrandn(static_cast<uint32_t>(norder + 1));
    pollorder.push_back(0);
    pollorder[norder] = pollorder[j];
    pollorder[j] = i;
  }

  if (pollorder.empty() && block) {
    // select {} (or only nil channels): block forever.
    emit_select(md, pid, goid, -2, static_cast<int64_t>(cases.size()), 0);
    gopark(md, pid, cases.empty() ? WaitReason::kSelectNoCases : WaitReason::kSelect);
    return {ChanStep::kParked, {}};
  }

  // Pass 1: the first case, in poll order, that can go ahead now.
  for (int32_t i : pollorder) {
    const SelectCase& sc = cases[static_cast<size_t>(i)];
    HChan& c = md.chans.at(sc.chan);
    const bool ready = sc.send ? (c.closed || !c.recvq.empty() || c.buf.size() < c.dataqsiz)
                               : (!c.sendq.empty() || !c.buf.empty() || c.closed);
    if (!ready) continue;
    emit_select(md, pid, goid, i, static_cast<int64_t>(cases.size()), sc.chan);
    const ChanOutcome out = sc.send ? chansend(md, pid, sc.chan, sc.data, false, cost)
                                    : chanrecv(md, pid, sc.chan, false, cost);
    md.allg[static_cast<size_t>(gi)].chanres.selected = i;
    return out;
  }
  if (!block) {
    emit_select(md, pid, goid, -1, static_cast<int64_t>(cases.size()), 0);
    md.allg[static_cast<size_t>(gi)].chanres.selected = -1;
    return {};
  }

  // Pass 2: wait on every channel, in lock order (by address).
  std::vector<int32_t> lockorder = pollorder;
  std::stable_sort(lockorder.begin(), lockorder.end(),
                   [&](int32_t x, int32_t y) { return cases[static_cast<size_t>(x)].chan < cases[static_cast<size_t>(y)].chan; });
  G& g = md.allg[static_cast<size_t>(gi)];
  g.select_chans.clear();
  for (int32_t i : lockorder) {
    const SelectCase& sc = cases[static_cast<size_t>(i)];
    HChan& c = md.chans.at(sc.chan);
    Sudog sg{gi, true, i, sc.send ? sc.data : std::string()};
    (sc.send ? c.sendq : c.recvq).push_back(std::move(sg));
    g.select_chans.push_back(sc.chan);
  }
  emit_select(md, pid, goid, -2, static_cast<int64_t>(cases.size()), 0);
  gopark(md, pid, WaitReason::kSelect);
  return {ChanStep::kParked, {}};
}

}  // namespace gosim
