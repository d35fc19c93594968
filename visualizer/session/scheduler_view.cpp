#include "visualizer/session/scheduler_view.h"

#include <algorithm>

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

GToken token(const Model& md, GIdx gi) {
  if (gi == kNoG) return {};
  const G& g = md.allg[static_cast<size_t>(gi)];
  return GToken{gi, g.goid, g.status, g.waitreason, g.code.entry, g.system};
}

std::string short_of(const std::string& full) {
  const auto dot = full.rfind('.');
  return dot == std::string::npos ? full : full.substr(dot + 1);
}

}  // namespace

std::string place_text(const GPlace& p) {
  switch (p.kind) {
    case GPlace::Kind::kNowhere: return tr(Str::kPlaceNowhere);
    case GPlace::Kind::kRunning: return trf(Str::kPlaceRunning, p.where);
    case GPlace::Kind::kRunnext: return trf(Str::kPlaceRunnext, p.where);
    case GPlace::Kind::kLocalQueue: return trf(Str::kPlaceLocalQueue, p.where, p.slot + 1);
    case GPlace::Kind::kGlobalQueue: return trf(Str::kPlaceGlobalQueue, p.slot + 1);
    case GPlace::Kind::kSyscall: return trf(Str::kPlaceSyscall, p.where);
    case GPlace::Kind::kWaiting: return tr(Str::kPlaceWaiting);
    case GPlace::Kind::kElsewhere: return tr(Str::kPlaceElsewhere);
    case GPlace::Kind::kDead: return tr(Str::kPlaceDead);
  }
  return "?";
}

std::string gstate_text(GStatus s, WaitReason r) {
  switch (s) {
    case GStatus::kIdle: return tr(Str::kGsIdle);
    case GStatus::kRunnable: return tr(Str::kGsRunnable);
    case GStatus::kRunning: return tr(Str::kGsRunning);
    case GStatus::kSyscall: return tr(Str::kGsSyscall);
    case GStatus::kWaiting: return trf(Str::kGsWaiting, wait_reason_string(r));
    case GStatus::kDead: return tr(Str::kGsDead);
    case GStatus::kCopystack: return tr(Str::kGsCopystack);
    case GStatus::kPreempted: return tr(Str::kGsPreempted);
  }
  return "?";
}

const std::string& SchedView::short_name(int32_t entry) const {
  static const std::string unknown = "?";
  auto it = names.find(entry);
  return it == names.end() ? unknown : it->second;
}

SchedView build_sched_view(const Session& s) {
  SchedView v;
  if (!s.loaded()) return v;
  const Model& md = s.model();
  v.places.assign(md.allg.size(), GPlace{});
  // The model at an event is exact (Session::model). Only at cursor 0, before the first event,
  // does the model hold the runtime's start-up (G2–G5, created as events 1–9) ahead of its
  // events: a G whose go_create is still to come is not drawn.
  std::vector<int64_t> unborn;
  for (const Event& e : md.engine.pending) {
    if (e.kind == EventKind::kGoCreate) unborn.push_back(e.g);
  }
  auto hidden = [&](GIdx gi) {
    return gi != kNoG && !unborn.empty() &&
           std::find(unborn.begin(), unborn.end(), md.allg[static_cast<size_t>(gi)].goid) != unborn.end();
  };
  auto place = [&](GIdx gi, GPlace::Kind k, int32_t where, int32_t slot) {
    if (gi != kNoG && !hidden(gi)) v.places[static_cast<size_t>(gi)] = GPlace{k, where, slot};
  };

  for (const P& p : md.allp) {
    PLane lane;
    lane.id = p.id;
    lane.status = p.status;
    lane.m = p.m;
    lane.schedtick = p.schedtick;
    lane.timers = p.timers.size();
    v.timers += p.timers.size();
    if (p.m >= 0) {
      const M& m = md.allm[static_cast<size_t>(p.m)];
      lane.m_spinning = m.spinning;
      if (m.curg != kNoG && md.allg[static_cast<size_t>(m.curg)].status == GStatus::kRunning && !hidden(m.curg)) {
        lane.running = token(md, m.curg);
        place(m.curg, GPlace::Kind::kRunning, p.id, -1);
      }
    }
    if (!hidden(p.runnext)) lane.runnext = token(md, p.runnext);
    place(p.runnext, GPlace::Kind::kRunnext, p.id, -1);
    for (uint32_t i = p.runqhead; i != p.runqtail; ++i) {
      const GIdx gi = p.runq[i % kLocalRunqSize];
      if (hidden(gi)) continue;
      place(gi, GPlace::Kind::kLocalQueue, p.id, static_cast<int32_t>(lane.runq.size()));
      lane.runq.push_back(token(md, gi));
    }
    v.ps.push_back(std::move(lane));
  }
  for (GIdx gi : md.sched.runq) {
    if (hidden(gi)) continue;
    place(gi, GPlace::Kind::kGlobalQueue, -1, static_cast<int32_t>(v.global.size()));
    v.global.push_back(token(md, gi));
  }
  v.idle_ps = md.sched.pidle;
  v.idle_ms = md.sched.midle;
  v.nmspinning = md.sched.nmspinning;
  v.net_waiters = md.net.waiters;
  for (const M& m : md.allm) {
    // A G not yet created in the log is not named on its M either (at cursor 0, M0 holds G1).
    const bool named = m.curg != kNoG && !hidden(m.curg);
    v.ms.push_back(MRow{m.id, m.p, named ? md.allg[static_cast<size_t>(m.curg)].goid : 0, m.spinning,
                        m.parked, m.sysmon, m.oldp});
    if (m.curg != kNoG && md.allg[static_cast<size_t>(m.curg)].status == GStatus::kSyscall && !hidden(m.curg)) {
      v.syscalls.push_back(SyscallRow{m.id, token(md, m.curg)});
      place(m.curg, GPlace::Kind::kSyscall, m.id, -1);
    }
  }

  std::map<WaitReason, std::vector<GToken>> waiting;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    const G& g = md.allg[i];
    const auto gi = static_cast<GIdx>(i);
    if (!v.names.count(g.code.entry)) v.names[g.code.entry] = short_of(s.func_name(g.code.entry));
    if (g.status == GStatus::kDead || g.status == GStatus::kIdle) {
      v.places[i] = GPlace{GPlace::Kind::kDead, -1, -1};
      continue;
    }
    if (hidden(gi)) {
      ++v.unborn;
      continue;
    }
    ++v.total;
    if (!g.system) ++v.live;
    if (v.places[i].kind != GPlace::Kind::kNowhere) continue;
    if (g.status == GStatus::kWaiting) {
      waiting[g.waitreason].push_back(token(md, gi));
      v.places[i] = GPlace{GPlace::Kind::kWaiting, -1, -1};
    } else if (g.status == GStatus::kRunnable) {
      v.elsewhere.push_back(token(md, gi));
      v.places[i] = GPlace{GPlace::Kind::kElsewhere, -1, -1};
    }
  }
  for (auto& [reason, gs] : waiting) {
    std::sort(gs.begin(), gs.end(), [](const GToken& a, const GToken& b) { return a.goid < b.goid; });
    v.waiting.push_back(WaitGroup{reason, std::move(gs)});
  }
  v.allg = static_cast<int64_t>(md.allg.size());
  return v;
}

}  // namespace gosim::viz
