// Go 1.19 runtime/proc.go sysmon.
//
// What Go does: sysmon runs on its own thread without a P. It sleeps 20 µs at a time while it
// keeps finding work, then doubles the sleep after 50 idle turns, up to 10 ms. Each turn it
// retakes Ps stuck in system calls (so other goroutines can use them) and preempts goroutines
// that have run for 10 ms on the same schedtick (the time slice: runnext hand-offs inherit it,
// so a ping-pong pair shares one slice). When every P is idle it sleeps deeply, until the next
// timer or a system call wakes it.
//
// gosim: a preempted G stops at its next safe point, which the interpreter offers every few
// microseconds of virtual time (Go 1.14+ asynchronous preemption stops it within microseconds
// too). sysmon also polls the network when nobody has for 10 ms, as Go's does.
#include "sim/rt/emit.h"
#include "sim/rt/output.h"
#include "sim/rt/sysmon.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "sim/rt/gc.h"
#include "sim/rt/netpoll.h"
#include "sim/rt/proc.h"
#include "sim/rt/time.h"

namespace gosim {

namespace {

void sleep_until(Model& md, VTime when) {
  ++md.sysmon.generation;
  md.engine.agenda.push(when, kItemSysmon, md.sysmon.m, md.sysmon.generation);
}

// Go: runtime/proc.go preemptone
void preemptone(Model& md, int32_t pid, VTime ran) {
  const P& pp = md.allp[static_cast<size_t>(pid)];
  if (pp.m < 0) return;
  const GIdx gi = md.allm[static_cast<size_t>(pp.m)].curg;
  if (gi == kNoG) return;
  G& g = md.allg[static_cast<size_t>(gi)];
  if (g.preempt) return;
  g.preempt = true;
  emit_at(md, EventKind::kSysmonPreempt, pid, g.goid, ran);
}

// Go: runtime/proc.go retake
int retake(Model& md, const CostModel& cost) {
  const VTime now = md.engine.now;
  int n = 0;
  for (P& pp : md.allp) {
    SysmonTick& pd = pp.sysmontick;
    const PStatus s = pp.status;
    bool sysretake = false;
    if (s == PStatus::kRunning || s == PStatus::kSyscall) {
      // Preempt the G if the same schedtick has lasted 10ms.
      if (pd.schedtick != pp.schedtick) {
        pd.schedtick = pp.schedtick;
        pd.schedwhen = now;
      } else if (pd.schedwhen + kForcePreemptNS <= now) {
        preemptone(md, pp.id, now - pd.schedwhen);
        sysretake = true;  // a P in a syscall has no M to preempt
      }
    }
    if (s != PStatus::kSyscall) continue;
    // First sight of this syscall: remember it, retake at a later turn.
    if (!sysretake && pd.syscalltick != pp.syscalltick) {
      pd.syscalltick = pp.syscalltick;
      pd.syscallwhen = now;
      continue;
    }
    // Leave the P alone if it has no work and others are free to help, unless the syscall
    // has lasted 10ms (a P stuck in a syscall keeps sysmon from deep sleep).
    const int32_t npidle = static_cast<int32_t>(md.sched.pidle.size());
    if (runqempty(pp) && md.sched.nmspinning + npidle > 0 && pd.syscallwhen + 10'000'000 > now) continue;
    pp.status = PStatus::kIdle;
    ++n;
    ++pp.syscalltick;
    // The event names the M blocked in the call (it keeps the P as its oldp) and how long the
    // call has lasted; sysmon's own first sight (pd.syscallwhen) can be older than the call.
    Event e;
    e.kind = EventKind::kRetake;
    e.p = pp.id;
    for (const M& mp : md.allm) {
      if (mp.oldp == pp.id) e.m = mp.id;
    }
    e.a = now - pp.syscall_start;
    emit(md.engine, e);
    handoffp(md, pp.id, cost);
  }
  return n;
}

}  // namespace

void newm_sysmon(Model& md) {
  M m;
  m.id = static_cast<int32_t>(md.allm.size());
  m.sysmon = true;
  m.rand = fastrand_for_m(md.seed, m.id);
  md.allm.push_back(m);
  md.sysmon.m = m.id;
  md.sysmon.delay_us = 20;
  sleep_until(md, md.engine.now + 20'000);
}

// Go: runtime/proc.go sysmon (the body of its loop, from just after usleep)
void sysmon_cycle(Model& md, const Config& config) {
  SysmonState& sm = md.sysmon;
  const VTime now = md.engine.now;
  const bool all_idle = md.sched.pidle.size() == md.allp.size();
  // With schedtrace on, sysmon never sleeps deeply: it must print on time.
  if (all_idle && config.schedtrace_ms <= 0) {
    // Deep sleep until the next timer (or half the forced-GC period); a syscall wakes it sooner.
    const VTime next = timeSleepUntil(md);
    VTime sleep = kForceGCPeriod / 2;
    if (next > now && next - now < sleep) sleep = next - now;
    if (next < 0 || next > now) {
      sm.deep_sleep = true;
      sleep_until(md, now + sleep);
      return;
    }
  }
  sm.deep_sleep = false;
  // Poll the network if nobody has for 10ms (Go: so a busy program still serves sockets).
  if (!md.net.fds.empty() && md.net.lastpoll + 10'000'000 < now) {
    md.net.lastpoll = now;
    injectglist(md, -1, netpoll(md, -1, true), config.cost);
  }
  gc_sysmon(md, config.cost);  // Go: sysmon's forced-GC check (gcTriggerTime), every turn
  if (retake(md, config.cost) > 0) {
    sm.idle = 0;
  } else {
    ++sm.idle;
  }
  // The next usleep.
  if (sm.idle == 0) {
    sm.delay_us = 20;
  } else if (sm.idle > 50) {
    sm.delay_us *= 2;
  }
  sm.delay_us = std::min<int64_t>(sm.delay_us, 10'000);
  if (config.whatif.sysmon_period_us > 0) sm.delay_us = config.whatif.sysmon_period_us;  // what-if
  if (config.schedtrace_ms > 0 && (sm.lasttrace < 0 || sm.lasttrace + config.schedtrace_ms * 1'000'000LL <= now)) {
    if (sm.lasttrace < 0) sm.starttime = now;
    sm.lasttrace = now;
    const std::string text = schedtrace(md, config.scheddetail);
    Event e;
    e.kind = EventKind::kWrite;
    e.m = sm.m;
    e.a = 2;
    e.b = write_output(md, text);
    e.c = static_cast<int64_t>(text.size());
    emit(md.engine, e);
  }
  sleep_until(md, now + sm.delay_us * 1000);
}

// Go: runtime/proc.go schedtrace
std::string schedtrace(const Model& md, bool detailed) {
  const SysmonState& sm = md.sysmon;
  int64_t nmidle = 0;
  for (const M& m : md.allm) nmidle += m.parked;
  std::string out = fmt::format(
      "SCHED {}ms: gomaxprocs={} idleprocs={} threads={} spinningthreads={} idlethreads={} runqueue={}",
      (md.engine.now - sm.starttime) / 1'000'000, md.allp.size(), md.sched.pidle.size(), md.allm.size(),
      md.sched.nmspinning, nmidle, md.sched.runq.size());
  if (detailed) out += fmt::format(" gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait={}\n", sm.deep_sleep ? 1 : 0);
  for (size_t i = 0; i < md.allp.size(); ++i) {
    const P& pp = md.allp[i];
    if (detailed) {
      out += fmt::format("  P{}: status={} schedtick={} syscalltick={} m={} runqsize={} gfreecnt={} timerslen={}\n", i,
                         static_cast<int>(pp.status), pp.schedtick, pp.syscalltick, pp.m, pp.runqtail - pp.runqhead,
                         pp.gfree.size(), pp.timers.size());
    } else {
      out += fmt::format("{}{}{}", i == 0 ? " [" : " ", pp.runqtail - pp.runqhead, i + 1 == md.allp.size() ? "]\n" : "");
    }
  }
  if (!detailed) return out;
  // Go walks allm, a list with the newest M first.
  for (auto it = md.allm.rbegin(); it != md.allm.rend(); ++it) {
    const M& m = *it;
    const int64_t curg = m.curg == kNoG ? -1 : md.allg[static_cast<size_t>(m.curg)].goid;
    out += fmt::format("  M{}: p={} curg={} mallocing=0 throwing=0 preemptoff= locks={} dying=0 spinning={} "
                       "blocked={} lockedg=-1\n", m.id, m.p, curg, m.sysmon ? 2 : 0, m.spinning, m.parked);
  }
  for (const G& g : md.allg) {
    out += fmt::format("  G{}: status={}({}) m={} lockedm=-1\n", g.goid, static_cast<int>(g.status),
                       wait_reason_string(g.waitreason), g.m);
  }
  return out;
}

}  // namespace gosim
