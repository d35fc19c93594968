// Go 1.19 runtime/proc.go, system calls.
//
// What Go does: a G entering a blocking system call keeps its M (the thread really is stuck in
// the kernel) but leaves its P in _Psyscall, unowned. If the call is quick, the M takes the same
// P back on return without any scheduling (the fast path). If it is slow, sysmon notices the P
// sitting in _Psyscall for a whole sysmon tick and hands it to another M (retake + handoffp),
// so other goroutines keep running; the returning M then looks for an idle P, and failing that
// puts its G on the global run queue and goes to sleep (exitsyscall0).
#include "sim/rt/emit.h"
#include "sim/rt/syscall.h"

#include "sim/rt/proc.h"

namespace gosim {

namespace {

}  // namespace

// Go: proc.go sysmon's wake-up from deep sleep when a syscall starts or ends.
void wake_sysmon(Model& md) {
  SysmonState& sm = md.sysmon;
  if (!sm.deep_sleep) return;
  sm.deep_sleep = false;
  sm.idle = 0;
  sm.delay_us = 20;
  ++sm.generation;
  md.engine.agenda.push(md.engine.now + 20'000, kItemSysmon, sm.m, sm.generation);
}

// Go: runtime/proc.go reentersyscall
void entersyscall(Model& md, int32_t pid, VTime duration, int64_t sysno, int64_t fd) {
  P& pp = md.allp[static_cast<size_t>(pid)];
  M& mp = md.allm[static_cast<size_t>(pp.m)];
  G& g = md.allg[static_cast<size_t>(mp.curg)];
  g.status = GStatus::kSyscall;
  mp.oldp = pid;
  mp.p = -1;
  pp.m = -1;
  pp.status = PStatus::kSyscall;
  pp.syscall_start = md.engine.now;
  // The event once the P is left in _Psyscall, as its sentence says.
  emit_on_m(md, EventKind::kSyscallEnter, pid, mp.id, g.goid, duration, sysno, fd);
  wake_sysmon(md);
  md.engine.agenda.push(md.engine.now + duration, kItemSyscallDone, mp.id);
}

// Go: runtime/proc.go exitsyscall + exitsyscallfast + exitsyscall0
int32_t exitsyscall(Model& md, int32_t mid) {
  M& mp = md.allm[static_cast<size_t>(mid)];
  G& g = md.allg[static_cast<size_t>(mp.curg)];
  wake_sysmon(md);
  int32_t pid = -1;
  SyscallExitPath path = SyscallExitPath::kSlow;
  const int32_t oldp = mp.oldp;
  mp.oldp = -1;
  // (GOMAXPROCS may have removed the old P meanwhile.)
  if (oldp >= 0 && oldp < static_cast<int32_t>(md.allp.size()) &&
      md.allp[static_cast<size_t>(oldp)].status == PStatus::kSyscall) {
    pid = oldp;  // nobody took it: wire it again
    path = SyscallExitPath::kFastOldP;
  } else if (!md.sched.pidle.empty()) {
    pid = md.sched.pidle.back();  // Go: exitsyscallfast_pidle
    md.sched.pidle.pop_back();
    path = SyscallExitPath::kFastIdleP;
  }
  if (pid >= 0) {
    P& pp = md.allp[static_cast<size_t>(pid)];
    pp.status = PStatus::kRunning;
    pp.m = mid;
    ++pp.syscalltick;
    mp.p = pid;
    g.status = GStatus::kRunning;
    emit_on_m(md, EventKind::kSyscallExit, pid, mid, g.goid, static_cast<int64_t>(path), pid);
    return pid;
  }
  // Go: exitsyscall0 — no P: the G waits in the global queue and this M sleeps. The call is
  // done: when the G runs again it goes on after it (not into the same call again).
  g.status = GStatus::kRunnable;
  g.m = -1;
  reset_request(g.req);
  const GIdx gi = mp.curg;
  mp.curg = kNoG;
  globrunqput(md, gi);
  mp.parked = true;
  md.sched.midle.push_back(mid);
  emit_on_m(md, EventKind::kSyscallExit, -1, mid, g.goid, static_cast<int64_t>(SyscallExitPath::kSlow), -1);
  return -1;
}

}  // namespace gosim
