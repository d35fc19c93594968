#include "sim/rt/invariants.h"

#include <fmt/format.h>

#include <vector>

namespace gosim {

std::string check_sched_invariants(const Model& md) {
  const size_t ng = md.allg.size();
  std::vector<int> queued(ng, 0);
  std::vector<int> current(ng, 0);
  auto in_queue = [&](GIdx g, const char* where) -> std::string {
    if (g < 0 || static_cast<size_t>(g) >= ng) return fmt::format("{} holds a bad G index {}", where, g);
    ++queued[static_cast<size_t>(g)];
    return {};
  };
  for (const P& pp : md.allp) {
    if (pp.runnext != kNoG) {
      if (auto e = in_queue(pp.runnext, "runnext"); !e.empty()) return e;
    }
    if (pp.runqtail - pp.runqhead > kLocalRunqSize) return fmt::format("P{}'s run queue holds more than 256", pp.id);
    for (uint32_t i = pp.runqhead; i != pp.runqtail; ++i) {
      if (auto e = in_queue(pp.runq[i % kLocalRunqSize], "a local run queue"); !e.empty()) return e;
    }
    if (pp.status == PStatus::kIdle) {
      if (pp.m != -1) return fmt::format("idle P{} still has M{}", pp.id, pp.m);
      if (pp.runnext != kNoG || pp.runqhead != pp.runqtail) return fmt::format("idle P{} has a non-empty run queue", pp.id);
    }
    if (pp.status == PStatus::kRunning) {
      if (pp.m < 0) return fmt::format("running P{} has no M", pp.id);
      if (md.allm[static_cast<size_t>(pp.m)].p != pp.id) return fmt::format("P{} and M{} disagree", pp.id, pp.m);
    }
  }
  for (GIdx g : md.sched.runq) {
    if (auto e = in_queue(g, "the global queue"); !e.empty()) return e;
  }
  int32_t spinning = 0;
  for (const M& m : md.allm) {
    if (m.spinning) {
      ++spinning;
      if (m.p < 0) return fmt::format("spinning M{} holds no P", m.id);
    }
    if (m.p >= 0 && md.allp[static_cast<size_t>(m.p)].m != m.id) return fmt::format("M{} and P{} disagree", m.id, m.p);
    if (m.curg == kNoG) continue;
    ++current[static_cast<size_t>(m.curg)];
    const G& g = md.allg[static_cast<size_t>(m.curg)];
    if (g.status == GStatus::kRunning && m.p < 0) return fmt::format("G{} runs on M{}, which holds no P", g.goid, m.id);
    if (g.status == GStatus::kSyscall && m.p >= 0) return fmt::format("G{} is in a syscall but M{} holds P{}", g.goid, m.id, m.p);
  }
  for (size_t i = 0; i < ng; ++i) {
    const G& g = md.allg[i];
    const bool runnable = g.status == GStatus::kRunnable;
    if (queued[i] > 1) return fmt::format("G{} is in {} run queues", g.goid, queued[i]);
    if (runnable && queued[i] == 0) return fmt::format("G{} is runnable but in no run queue", g.goid);
    if (runnable && current[i] != 0) return fmt::format("G{} is runnable and also some M's current G", g.goid);
    if (!runnable && queued[i] != 0) return fmt::format("G{} is {} but sits in a run queue", g.goid, gstatus_name(g.status));
    if ((g.status == GStatus::kRunning || g.status == GStatus::kSyscall) && current[i] != 1) {
      return fmt::format("G{} is {} but the current G of {} Ms", g.goid, gstatus_name(g.status), current[i]);
    }
  }
  if (spinning != md.sched.nmspinning) return fmt::format("nmspinning is {} but {} Ms spin", md.sched.nmspinning, spinning);
  const auto busy = static_cast<int32_t>(md.allp.size() - md.sched.pidle.size());
  if (spinning > 1 && 2 * (spinning - 1) >= busy) {
    return fmt::format("{} spinning Ms for {} busy Ps: more than findRunnable allows", spinning, busy);
  }
  return {};
}

}  // namespace gosim
